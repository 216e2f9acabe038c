/**
 * Driving `<sdc-pratica-wizard>` as a citizen does: answer a question by its label, press "Avanti",
 * go to a step by its heading. One copy for the wizard, resilience, forms and fault tests.
 *
 *   const el = await mountWizard({ 'service-id': SERVICE.biblioteca });
 *   await check(el, 'Ho letto e compreso l’informativa sulla privacy');
 *   await next(el);
 *   await type(el, 'Numero civico', '12');
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { BASE, CITIZEN, SERVICE, addPayment, addPratica, loginAs, settlePayment, tenantState, worker } from './mock.js';
import { rememberPending } from '../../src/controllers/payment-flow.js';
import { $, $$, buttonNamed, fieldByLabel, selectOption, settled, text, typeInto } from './dom.js';
import '../../src/elements/sdc-pratica-wizard/define.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';
import { parts } from '../../src/elements/sdc-pratica-wizard/wizard-parts.js';

// The wizard's later parts (Riepilogo…, payment, file questions) arrive by import(), prefetched a step
// ahead (issue 15). The test server compiles a module on its first request, slower than a scripted
// citizen's next step: fetch them with the page. test/elements/sdc-pratica-wizard-lazy.test.ts covers
// the wait, the failure and the first step without them.
await Promise.all(Object.values(parts).map((p) => p.prefetch()));

export { settled as settle } from './dom.js';

/** Mounts the wizard on the test tenant and waits until it has left its loading state. */
export async function mountWizard(attrs: Record<string, string>, timeout = 8000): Promise<SdcPraticaWizard> {
  const node = document.createElement('sdc-pratica-wizard');
  node.setAttribute('base-url', BASE);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  const el = await fixture<SdcPraticaWizard>(node);
  await waitUntil(() => !$(el, '.sdc-state--loading'), 'the wizard did not load', { timeout });
  return el;
}

/** The current step's heading (focus moves to it on each step change). */
export const stepHeading = (el: Element): string => text($(el, '#step-heading'));

/** What has the keyboard focus inside the wizard's own shadow root (not followed deeper). */
export const focusedIn = (el: Element): HTMLElement | null => (el.shadowRoot?.activeElement ?? null) as HTMLElement | null;

/** The links of the error summary, in order. */
export const summaryLinks = (el: Element): string[] => $$(el, '#error-summary a').map((a) => text(a));

/** The input of a question by its visible label or legend; the editable one when a locked twin exists. */
export const field = <T extends HTMLElement = HTMLInputElement>(el: Element, label: string): T => fieldByLabel<T>(el, label);

/** Types an answer into the question labelled `label`. */
export async function type(el: Element, label: string, value: string): Promise<void> {
  typeInto(field(el, label), value);
  await settled(el);
}

/** Picks a file for the file question labelled `label`, as the file chooser does. */
export async function upload(el: Element, label: string, name: string, body = '%PDF-1.4 prova', mime = 'application/pdf'): Promise<void> {
  const input = field(el, label);
  const dt = new DataTransfer();
  dt.items.add(new File([body], name, { type: mime }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(el);
}

/** Picks `option` in a radio group (by its legend) or a select (by its label). */
export async function choose(el: Element, legend: string, option: string): Promise<void> {
  const lg = $$(el, 'legend').find((l) => text(l).replace(/ \(facoltativo\)$/, '') === legend);
  if (lg) {
    const lab = [...lg.parentElement!.querySelectorAll('label')].find((l) => text(l) === option);
    if (!lab) throw new Error(`no option "${option}" in "${legend}"`);
    field(lg.parentElement!, option).click();
  } else {
    selectOption(field<HTMLSelectElement>(el, legend), option);
  }
  await settled(el);
}

/** Ticks (or unticks) the checkbox labelled `label`. */
export async function check(el: Element, label: string): Promise<void> {
  field(el, label).click();
  await settled(el);
}

/** Presses the button named `label`; optionally waits for what it should bring. */
export async function press(el: Element, label: string | RegExp, waitFor?: () => unknown): Promise<void> {
  buttonNamed(el, label).click();
  await settled(el);
  if (waitFor) await waitUntil(waitFor, `nothing after "${String(label)}"`, { timeout: 8000 });
}

/** "Avanti": the step must change, else the test fails with the error summary; `blocked` expects the summary. */
export async function next(el: Element, blocked = false): Promise<void> {
  const before = stepHeading(el);
  await press(el, 'Avanti');
  await waitUntil(() => stepHeading(el) !== before || !!$(el, '.error-summary'), 'Avanti did nothing', { timeout: 10000 });
  if (!blocked && stepHeading(el) === before) throw new Error(`Avanti blocked on "${before}": ${text($(el, '.error-summary'))}`);
}

/**
 * Presses "Avanti" until the step titled `heading` shows, answering each step on the way with
 * `answers[stepHeading]` (a function that fills that step). Fails on a step it cannot leave.
 */
export async function goToStep(
  el: Element, heading: string, answers: Record<string, (el: Element) => Promise<void> | void> = {}, maxSteps = 12,
): Promise<void> {
  for (let i = 0; i < maxSteps && stepHeading(el) !== heading; i++) {
    await answers[stepHeading(el)]?.(el);
    await next(el);
  }
  if (stepHeading(el) !== heading) throw new Error(`never reached "${heading}", stopped on "${stepHeading(el)}"`);
}

/** The privacy step every OpenCity service opens with. */
/** For a `beforeEach`: the wizard starts at the consent, with no device draft and no step remembered in the history. */
export function startFresh(): void {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '');
}

export const PRIVACY = 'Informativa sulla privacy';

/** The disservizio report (the mock's service with a signed-in applicant): from the consent to its "Segnalazione" step. */
export async function toDisservizioReport(el: SdcPraticaWizard): Promise<void> {
  await acceptPrivacy(el);
  await next(el);
  await type(el, 'Nome', 'Giulia');
  await type(el, 'Cognome', 'Bianchi');
  await type(el, 'Codice fiscale', 'BNCGLI85C52A944F');
  await type(el, 'Email', 'giulia@example.org');
  await next(el);
  if (stepHeading(el) !== 'Segnalazione') await press(el, 'Conferma e prosegui');
  await waitUntil(() => stepHeading(el) === 'Segnalazione', 'report step', { timeout: 8000 });
}

/** Real keystrokes (the browser's own), one at a time, into `input`; returns the field's text after each. */
export async function typeKeys(el: SdcPraticaWizard, input: HTMLInputElement | HTMLTextAreaElement, keys: string): Promise<string[]> {
  input.focus();
  const seen: string[] = [];
  for (const k of keys) {
    await sendKeys({ type: k });
    await settled(el);
    seen.push(input.value);
  }
  return seen;
}

/**
 * Giulia sent an accesso agli atti (a wizard for it is on the page, its draft on the device) and paid
 * its 10 € at pagoPA in this tab: the device remembers the checkout, the backend has the payment settled
 * and the pratica at `status`.
 */
export function sentAndPaidAtPagoPA(status: number): { praticaId: string; paymentId: string } {
  const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status });
  const pay = addPayment({ user_id: CITIZEN.giulia, service_id: SERVICE.accessoAtti, remote_id: app.id, reason: 'Diritti di segreteria accesso agli atti', amount: 10 } as Parameters<typeof addPayment>[0]);
  rememberSent(app.id, 'pagamento');
  rememberPending({ paymentId: pay.id, praticaId: app.id, startedAt: Date.now() });
  settlePayment(tenantState(), pay.id, 'paid');
  return { praticaId: app.id, paymentId: pay.id };
}

/** The device's draft of the one wizard on the page now says its pratica was sent, open on `position` (as after "Invia"). */
export function rememberSent(praticaId: string, position: 'pagamento' | 'conferma'): void {
  const key = Object.keys(localStorage).find((k) => k.startsWith('sdc-pratica-wizard:'))!;
  localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key)!), praticaId, submitted: true, position }));
}

/** On "Segnalazione": a street lamp out in Via Roma 12 (the answers the Riepilogo then shows). */
export async function fillDisservizioReport(el: SdcPraticaWizard): Promise<void> {
  selectOption(field<HTMLSelectElement>(el, 'Categoria'), 'Illuminazione pubblica');
  await type(el, 'Oggetto', 'Lampione spento');
  await type(el, 'Luogo', 'Via Roma 12');
  await type(el, 'Descrizione del problema', 'Il lampione davanti al civico 12 è spento da una settimana.');
}

/** Giulia's wizard for a service whose form is `form`, past the consent, on the form's first step. */
export async function openFormStep(form: Record<string, unknown>): Promise<SdcPraticaWizard> {
  loginAs('giulia');
  worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(form as never)));
  const el = await mountWizard({ 'service-id': SERVICE.mensaRinnovo });
  await waitUntil(() => !!$(el, '#step-heading'), 'the wizard did not load', { timeout: 8000 });
  await acceptPrivacy(el);
  await next(el);
  return el;
}
export const acceptPrivacy = (el: Element): Promise<void> => check(el, 'Ho letto e compreso l’informativa sulla privacy');
