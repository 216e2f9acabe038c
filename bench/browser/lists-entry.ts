/**
 * Browser side of `bench/lists.bench.mjs`: the mock tenant (msw) with a citizen who has 10 000
 * pratiche and one pratica with 2 000 messages, and the two list elements. Driven by Playwright.
 */
import { startMockBackend, mutate, addPratica, addMessage, loginAs, CITIZEN, SERVICE, STATUS, OPERATOR_ID } from '../../mocks/browser.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import '../../src/elements/sdc-provider/define.js';

const BASE = '/lang';
const CODES = [STATUS.DRAFT, STATUS.SUBMITTED, STATUS.REGISTERED, STATUS.PENDING, STATUS.COMPLETE, STATUS.CANCELLED, STATUS.PAYMENT_PENDING, STATUS.REQUEST_INTEGRATION];
const SERVICES = [SERVICE.accessoAtti, SERVICE.certificati, SERVICE.suoloPubblico, SERVICE.mensaIscrizione];

function deepCount(root: ParentNode): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += deepCount(el.shadowRoot);
  }
  return n;
}

let threadId = '';

async function setup(pratiche: number, messages: number): Promise<void> {
  await startMockBackend({ persist: false, reset: true, quiet: true });
  const start = Date.now() - pratiche * 60_000;
  mutate((s) => { s.applications = s.applications.filter((a) => a.user !== CITIZEN.giulia); });
  for (let i = 0; i < pratiche; i++) {
    const status = CODES[i % CODES.length]!;
    addPratica({ user: 'giulia', service_id: SERVICES[i % SERVICES.length]!, status, created_at: start + i * 60_000, submitted_at: status === STATUS.DRAFT ? null : start + i * 60_000 });
  }
  const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.PENDING, created_at: Date.now() - 86_400_000 * 60, submitted_at: Date.now() - 86_400_000 * 60 });
  threadId = p.id;
  const t0 = Date.now() - messages * 3_600_000;
  for (let i = 0; i < messages; i++) {
    addMessage({
      application: p.id, author: i % 2 ? CITIZEN.giulia : OPERATOR_ID, created_at: t0 + i * 3_600_000, sent_at: t0 + i * 3_600_000, read_at: t0 + i * 3_600_000 + 60_000,
      subject: i % 2 ? null : `Comunicazione n. ${i}`,
      message: i % 2 ? `Grazie, ho capito. Messaggio n. ${i}.` : `<p>Gentile signora Bianchi, le scriviamo a proposito della sua pratica (messaggio n. ${i}). <strong>Entro 10 giorni</strong> riceverà una risposta.</p>`,
    });
  }
  loginAs('giulia');
}

type Kind = 'list' | 'thread';

function create(kind: Kind): HTMLElement {
  const el = document.createElement(kind === 'list' ? 'sdc-pratiche-list' : 'sdc-message-thread');
  el.setAttribute('base-url', BASE);
  if (kind === 'list') el.setAttribute('url-sync', 'none');
  else { el.setAttribute('pratica-id', threadId); el.setAttribute('poll-interval', '0'); }
  return el;
}

const contentShown = (kind: Kind, el: HTMLElement) => {
  const r = el.shadowRoot;
  if (!r) return false;
  return kind === 'list' ? !!r.querySelector('.card, .sdc-state--empty, .sdc-state--error') : !!r.querySelector('.thread__item, .sdc-state--empty, .sdc-state--error');
};

/** Mounts, waits for the first content (rAF polling), returns time and DOM size; leaves it mounted. */
async function mount(kind: Kind, fresh = true): Promise<{ ms: number; nodes: number; items: number; error: boolean }> {
  const host = document.getElementById('host')!;
  const t0 = performance.now();
  const el = create(kind);
  if (fresh) {
    // A provider of its own gives a fresh client and session: nothing cached from an earlier mount.
    const provider = document.createElement('sdc-provider');
    provider.setAttribute('base-url', BASE);
    provider.append(el);
    host.append(provider);
  } else {
    host.append(el);
  }
  await new Promise<void>((resolve, reject) => {
    const deadline = t0 + 60_000;
    const tick = () => (contentShown(kind, el) ? resolve() : performance.now() > deadline ? reject(new Error(`${kind}: no content`)) : requestAnimationFrame(tick));
    tick();
  });
  const ms = performance.now() - t0;
  const r = el.shadowRoot!;
  return { ms, nodes: deepCount(host), items: r.querySelectorAll(kind === 'list' ? '.card' : '.thread__item').length, error: !!r.querySelector('.sdc-state--error') };
}

function unmount(): void {
  document.getElementById('host')!.replaceChildren();
}

(window as unknown as { bench: unknown }).bench = { setup, mount, unmount };
