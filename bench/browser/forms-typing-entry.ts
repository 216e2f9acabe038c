/**
 * Browser side of `bench/forms-typing.bench.mjs` (issue 15): the real `<sdc-pratica-wizard>` on the
 * mock tenant (msw in the page) and `@formio/js` on the same page, for keystroke → next painted frame.
 * Playwright types with the real keyboard; this page only times: from the keydown's timestamp (when
 * the browser received the key, so time queued behind earlier work counts) to the first task after
 * the next frame in which the expected DOM is there (a field shown or hidden by a toggle).
 */
import { http, HttpResponse } from 'msw';
import { loginAs, startMockBackend, tenantState, worker } from '../../mocks/browser.js';
import { forms } from '../../mocks/fixtures/forms/index.js';
import { inlineReferences } from '../../src/forms/resolve.js';
import '../../src/elements/sdc-provider/define.js';
import '../../src/elements/sdc-pratica-wizard/define.js';

const BASE = '/lang';

interface FormioForm { ready: Promise<unknown>; destroy(all?: boolean): void }
declare global {
  interface Window { Formio: { createForm(el: HTMLElement, json: unknown, opts: unknown): Promise<FormioForm> } }
}

let formio: FormioForm | undefined;
let wizard: HTMLElement | undefined;

async function setup(): Promise<void> {
  await startMockBackend({ persist: false, reset: true, quiet: true });
  loginAs('giulia');
}

const until = (ok: () => unknown, what: string, ms = 30_000): Promise<void> => new Promise((resolve, reject) => {
  const end = performance.now() + ms;
  const tick = () => (ok() ? resolve() : performance.now() > end ? reject(new Error(`timeout: ${what}`)) : requestAnimationFrame(tick));
  tick();
});

/** The Form.io JSON of a service, nested forms inlined (what Form.io renders, what the wizard fetches). */
function serviceForm(serviceId: string): unknown {
  const svc = tenantState().services.find((s) => s.id === serviceId);
  const id = svc?.flow_steps?.[0]?.parameters.formio_id;
  const all = forms();
  const def = id ? all.get(id) : undefined;
  if (!def) throw new Error(`no form for ${serviceId}`);
  return inlineReferences(structuredClone(def), Object.fromEntries(all));
}

/** The wizard of `serviceId` (its form replaced by `json` when given), past the consent, on its first form step. */
async function mountOurs(serviceId: string, json?: unknown): Promise<{ inputs: number }> {
  unmount();
  localStorage.clear();
  sessionStorage.clear();
  worker.resetHandlers();
  if (json) worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(json as never)));
  // A provider of its own: a fresh client, so no form is served from an earlier mount's cache.
  const provider = document.createElement('sdc-provider');
  provider.setAttribute('base-url', BASE);
  const el = document.createElement('sdc-pratica-wizard');
  el.setAttribute('service-id', serviceId);
  el.setAttribute('no-history', '');
  provider.append(el);
  document.getElementById('ours')!.append(provider);
  wizard = el;
  const r = () => el.shadowRoot!;
  await until(() => r()?.querySelector('.step--privacy input[type=checkbox]'), 'privacy step');
  r().querySelector<HTMLInputElement>('.step--privacy input[type=checkbox]')!.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  r().querySelector<HTMLButtonElement>('.actions button[type=submit]')!.click();
  await until(() => r().querySelector('.step--form'), 'first form step');
  return { inputs: r().querySelectorAll('.step--form input, .step--form select, .step--form textarea').length };
}

async function mountFormio(json: unknown): Promise<{ inputs: number }> {
  unmount();
  const host = document.getElementById('formio')!;
  formio = await window.Formio.createForm(host, structuredClone(json), { noAlerts: true, buttonSettings: { showCancel: false } });
  await formio.ready;
  return { inputs: host.querySelectorAll('input, select, textarea').length };
}

function unmount(): void {
  formio?.destroy(true);
  formio = undefined;
  document.getElementById('formio')!.replaceChildren();
  document.getElementById('ours')!.replaceChildren();
  wizard = undefined;
}

type Side = 'ours' | 'formio';
const scope = (side: Side): ParentNode => (side === 'ours' ? wizard!.shadowRoot! : document.getElementById('formio')!);
/** Form.io names inputs `data[key]`; the kit by data path. */
const byName = (side: Side, path: string) => scope(side).querySelector<HTMLInputElement>(side === 'ours' ? `[name="${path}"]` : `[name="data[${path}]"]`);

/** The first editable text input of the first page (a locked SPID field is not one). */
function firstText(side: Side): HTMLInputElement | null {
  const sel = side === 'ours' ? '.step--form input[type=text]:not([readonly]), .step--form textarea:not([readonly])' : 'input[type=text]:not([readonly]):not([disabled]), textarea:not([readonly])';
  return [...scope(side).querySelectorAll<HTMLInputElement>(sel)].find((i) => i.offsetParent !== null) ?? null;
}

/** A bare `<input>` outside both forms: what a keystroke costs the browser (and the harness) alone. */
function focusBare(): boolean {
  const input = document.getElementById('bare') as HTMLInputElement;
  input.value = '';
  input.focus();
  return document.activeElement === input;
}

/** Focuses the field to type in (by data path, or the first text field); returns whether there is one. */
function focusField(side: Side, path?: string): boolean {
  const input = path ? byName(side, path) : firstText(side);
  if (!input) return false;
  input.scrollIntoView({ block: 'center' });
  input.focus();
  return document.activeElement === input || (side === 'ours' && wizard!.shadowRoot!.activeElement === input);
}

/** Whether the input of `path` is on screen (a toggle's dependent). */
const shown = (side: Side, path: string) => { const i = byName(side, path); return !!i && i.offsetParent !== null; };

/** Whether what `selector` finds is on screen (a dependent field or section, by CSS selector). */
const shownSel = (side: Side, selector: string) => { const e = scope(side).querySelector<HTMLElement>(selector); return !!e && e.offsetParent !== null; };

/** Focuses what `selector` finds and selects its text (typing replaces it); returns whether there is one. */
function focusSelector(side: Side, selector: string): boolean {
  const input = scope(side).querySelector<HTMLInputElement>(selector);
  if (!input || input.readOnly) return false;
  input.scrollIntoView({ block: 'center' });
  input.focus();
  input.select();
  return true;
}

let samples: number[] = [];
let expectation: (() => boolean) | undefined;

/** Starts timing every keydown / click until `stop()`; `expect` is checked each frame before a sample is taken. */
function start(): void {
  samples = [];
  expectation = undefined;
  document.addEventListener('keydown', onInput, true);
  document.addEventListener('click', onInput, true);
}

function stop(): number[] {
  document.removeEventListener('keydown', onInput, true);
  document.removeEventListener('click', onInput, true);
  return samples;
}

/** The next keystroke must show (true) or hide (false) what `selector` finds before it counts. */
function expectShown(side: Side, selector: string, visible: boolean): void {
  expectation = () => shownSel(side, selector) === visible;
}

function onInput(e: Event): void {
  const t0 = e.timeStamp;
  const check = expectation;
  expectation = undefined;
  const deadline = t0 + 5000;
  const frame = () => {
    if (check && !check() && performance.now() < deadline) return void requestAnimationFrame(frame);
    // The first task after the frame: that frame has been painted.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => samples.push(performance.now() - t0);
    ch.port2.postMessage(0);
  };
  requestAnimationFrame(frame);
}

const count = () => samples.length;

(window as unknown as { typing: unknown }).typing = {
  setup, serviceForm, mountOurs, mountFormio, unmount, focusField, focusBare, focusSelector, shown, shownSel, start, stop, expectShown, count,
};
