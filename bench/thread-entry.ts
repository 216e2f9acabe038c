/**
 * Browser side of `bench/thread.bench.mjs`: the mock tenant (msw) with pratiche of 2 000 and 10 000
 * messages, and `sdc-message-thread`. Driven by Playwright.
 */
import { startMockBackend, addPratica, addMessage, loginAs, CITIZEN, SERVICE, STATUS, OPERATOR_ID } from '../mocks/browser.js';
import '../src/elements/sdc-message-thread/define.js';
import '../src/elements/sdc-provider/define.js';

const BASE = '/lang';
const threads = new Map<number, string>();

function deepCount(root: ParentNode): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += deepCount(el.shadowRoot);
  }
  return n;
}

async function setup(sizes: number[]): Promise<void> {
  await startMockBackend({ persist: false, reset: true, quiet: true });
  for (const count of sizes) {
    const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.PENDING, created_at: Date.now() - 86_400_000 * 400, submitted_at: Date.now() - 86_400_000 * 400 });
    const t0 = Date.now() - count * 3_600_000;
    for (let i = 0; i < count; i++) {
      addMessage({
        application: p.id, author: i % 2 ? CITIZEN.giulia : OPERATOR_ID, created_at: t0 + i * 3_600_000, sent_at: t0 + i * 3_600_000, read_at: t0 + i * 3_600_000 + 60_000,
        subject: i % 2 ? null : `Comunicazione n. ${i}`,
        message: i % 2 ? `Grazie, ho capito. Messaggio n. ${i}.` : `<p>Gentile signora Bianchi, le scriviamo a proposito della sua pratica (messaggio n. ${i}). <strong>Entro 10 giorni</strong> riceverà una risposta.</p>`,
      });
    }
    threads.set(count, p.id);
  }
  loginAs('giulia');
}

const host = () => document.getElementById('host')!;
const thread = () => host().querySelector('sdc-message-thread')!;
const shown = () => thread().shadowRoot?.querySelectorAll('.thread__item').length ?? 0;

function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** Resolves at the first frame where `done()` holds (checked once per frame). */
async function untilFrame(done: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`${what}: timed out`);
    await frame();
  }
}

/** A provider kept across mounts: its client already knows the session (a page where the citizen moves around). */
let warm: HTMLElement | undefined;

/**
 * Mounts the thread of `count` messages inside a fresh provider (fresh client and session: nothing cached),
 * or with `session` inside the kept one; waits for the first frame with a message in the DOM; returns time,
 * DOM size and messages shown.
 */
async function mount(count: number, session = false): Promise<{ ms: number; nodes: number; items: number; error: boolean }> {
  const t0 = performance.now();
  let provider = session ? warm : undefined;
  if (!provider) {
    provider = document.createElement('sdc-provider');
    provider.setAttribute('base-url', BASE);
    if (session) warm = provider;
  }
  provider.replaceChildren();
  const el = document.createElement('sdc-message-thread');
  el.setAttribute('base-url', BASE);
  el.setAttribute('pratica-id', threads.get(count)!);
  el.setAttribute('poll-interval', '0');
  provider.append(el);
  host().append(provider);
  await untilFrame(() => shown() > 0 || !!el.shadowRoot?.querySelector('.sdc-state--error'), 'first message');
  const ms = performance.now() - t0;
  return { ms, nodes: deepCount(host()), items: shown(), error: !!el.shadowRoot?.querySelector('.sdc-state--error') };
}

/** "Mostra i messaggi precedenti" once: click → the frame where the older messages are in the DOM. */
async function older(): Promise<{ ms: number; nodes: number; items: number }> {
  const before = shown();
  const button = [...thread().shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Mostra i messaggi precedenti')!;
  const t0 = performance.now();
  button.click();
  await untilFrame(() => shown() > before, 'older messages');
  return { ms: performance.now() - t0, nodes: deepCount(host()), items: shown() };
}

function unmount(): void {
  host().replaceChildren();
}

(window as unknown as { bench: unknown }).bench = { setup, mount, older, unmount };
