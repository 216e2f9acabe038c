// Issue 15: a request page loads what the first step needs; the Riepilogo/bollo/Conferma, the payment
// and the file questions arrive by import(), through the `parts` seam (wizard-parts.ts) that these
// tests stub in place of the network.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SERVICE, STATUS, addPratica, loginAs, worker } from '../support/mock.js';
import { FORM_PATH } from '../../mocks/handlers/form-server.js';
import { forms } from '../../mocks/fixtures/forms/index.js';
import { $, $$, buttonNamed, findButton, text } from '../support/dom.js';
import { acceptPrivacy, field, focusedIn, mountWizard, next, press, stepHeading, toDisservizioReport, fillDisservizioReport, rememberSent, sentAndPaidAtPagoPA } from '../support/wizard.js';
import { parts } from '../../src/elements/sdc-pratica-wizard/wizard-parts.js';
import { hasJsonLogic, installJsonLogic, jsonLogic } from '../../src/forms/logic.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

type Parts = typeof parts;
let restore: Array<() => void> = [];

/** Replaces a part's import: `fail` rejects as a dropped connection does, `never` never settles, else the real module. */
function stubPart<K extends keyof Parts>(name: K, mode: () => 'fail' | 'never' | 'real', real: () => Promise<unknown>): { calls: number } {
  const seen = { calls: 0 };
  const part = parts[name] as unknown as { stub(load: () => Promise<unknown>): () => void };
  restore.push(part.stub(() => {
    seen.calls++;
    const m = mode();
    if (m === 'fail') return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    if (m === 'never') return new Promise(() => undefined);
    return real();
  }));
  return seen;
}

const REAL = {
  late: () => import('../../src/elements/sdc-pratica-wizard/late-steps.js'),
  payment: () => import('../../src/elements/sdc-pratica-wizard/payment-step.js'),
  files: () => import('../../src/elements/sdc-pratica-wizard/file-part.js'),
  logic: () => import('../../src/forms/jsonlogic.js'),
};

/** A page that has not imported the JSONLogic evaluator yet (it is installed once per page). */
function withoutJsonLogic(): void {
  const installed = hasJsonLogic() ? jsonLogic() : undefined;
  installJsonLogic(undefined);
  restore.push(() => installJsonLogic(installed));
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '');
});
afterEach(() => {
  restore.splice(0).forEach((r) => r());
});

const loading = (el: Element) => !!$(el, '.sdc-state--loading');

describe('sdc-pratica-wizard: what the first step does not need arrives later', () => {
  it('renders the first steps while no later part ever arrives, and asks only for the file question’s', async () => {
    const late = stubPart('late', () => 'never', REAL.late);
    const payment = stubPart('payment', () => 'never', REAL.payment);
    const files = stubPart('files', () => 'never', REAL.files);
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    expect(stepHeading(el)).to.equal('Informativa sulla privacy');
    await acceptPrivacy(el);
    await next(el);
    expect(stepHeading(el)).to.equal('Chi segnala');
    expect(loading(el)).to.equal(false);
    expect(field(el, 'Nome')).to.exist;
    expect(field(el, 'Codice fiscale')).to.exist;
    await expect(el).to.be.accessible();
    // The form has a file question: its code is fetched ahead; nothing else is.
    expect(files.calls).to.equal(1);
    expect(late.calls).to.equal(0);
    expect(payment.calls).to.equal(0);
  });

  it('a form without JSONLogic rules opens without the evaluator', async () => {
    withoutJsonLogic();
    const logic = stubPart('logic', () => 'never', REAL.logic);
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    expect(stepHeading(el)).to.equal('Informativa sulla privacy');
    await acceptPrivacy(el);
    await next(el);
    expect(stepHeading(el)).to.equal('Chi segnala');
    expect(field(el, 'Nome')).to.exist;
    await expect(el).to.be.accessible();
    expect(logic.calls).to.equal(0);
    expect(hasJsonLogic()).to.equal(false);
  });

  it('a form with JSONLogic rules imports the evaluator with it; a failed import says so with “Riprova”, which imports it again', async () => {
    withoutJsonLogic();
    loginAs('giulia');
    let mode: 'fail' | 'real' = 'fail';
    const logic = stubPart('logic', () => mode, REAL.logic);
    const el = await mountWizard({ 'service-id': SERVICE.accessoAtti });
    await waitUntil(() => !!$(el, '.sdc-state--error'), 'no error state', { timeout: 8000 });
    expect(text($(el, '.sdc-state--error'))).to.contain('Non è stato possibile caricare la richiesta');
    expect(logic.calls).to.equal(1);
    await expect(el).to.be.accessible();
    mode = 'real';
    await press(el, 'Riprova');
    await waitUntil(() => stepHeading(el) === 'Informativa sulla privacy', 'the form never came', { timeout: 8000 });
    expect(logic.calls).to.equal(2);
    expect(hasJsonLogic()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('the evaluator’s import starts with the service’s form, while its nested forms are still on their way', async () => {
    withoutJsonLogic();
    loginAs('giulia');
    let asked!: () => void;
    const logicAsked = new Promise<void>((r) => (asked = r));
    // The nested forms (the Anagrafica) answer only once the evaluator has been asked for.
    worker.use(http.get(FORM_PATH, async ({ request }) => {
      await logicAsked;
      return HttpResponse.json(forms().get(new URL(request.url).pathname.split('/').pop()!) as never);
    }));
    const logic = stubPart('logic', () => 'real', () => {
      asked();
      return REAL.logic();
    });
    const el = await mountWizard({ 'service-id': SERVICE.accessoAtti });
    expect(stepHeading(el)).to.equal('Informativa sulla privacy');
    expect(logic.calls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('prefetches the steps after the form on the last form step', async () => {
    const late = stubPart('late', () => 'real', REAL.late);
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    await toDisservizioReport(el);
    expect(late.calls).to.equal(1);
    await waitUntil(() => parts.late.state === 'ready', 'the Riepilogo code never arrived', { timeout: 8000 });
  });

  it('the later steps’ styles come with their part, before the step shows', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    stubPart('late', () => 'real', () => gate.then(REAL.late));
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    const hasRule = (selector: string) => el.shadowRoot!.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes(selector)));
    expect(hasRule('.summary-list__row')).to.equal(false);
    expect(hasRule('.step-heading')).to.equal(true);
    await toDisservizioReport(el);
    await fillDisservizioReport(el);
    release();
    await next(el);
    expect(stepHeading(el)).to.equal('Riepilogo');
    await waitUntil(() => !!$(el, '.summary-list__row'), 'the Riepilogo never came', { timeout: 8000 });
    expect(hasRule('.summary-list__row')).to.equal(true);
    expect(getComputedStyle($(el, '.summary-list__row')!).borderBottomStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });

  it('a step whose code failed to load says so with “Riprova”, keeps the answers, and sends nothing meanwhile', async () => {
    let mode: 'fail' | 'real' = 'fail';
    const late = stubPart('late', () => mode, REAL.late);
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    await toDisservizioReport(el);
    await fillDisservizioReport(el);
    await next(el);
    expect(stepHeading(el)).to.equal('Riepilogo');
    await waitUntil(() => !!$(el, '.sdc-state--error'), 'no error state', { timeout: 8000 });
    const error = text($(el, '.sdc-state--error'));
    expect(error).to.contain('Non è stato possibile caricare i contenuti');
    expect(error).to.contain('Le risposte che hai inserito sono conservate.');
    await expect(el).to.be.accessible();
    // The prefetch on the last form step failed silently; the step asked again and failed.
    expect(late.calls).to.be.at.least(2);
    const calls = late.calls;

    // Nothing to send from a Riepilogo the citizen cannot see; Indietro and Salva richiesta stay.
    expect(findButton(el, /invia/i)).to.equal(undefined);
    expect(buttonNamed(el, 'Indietro')).to.exist;

    mode = 'real';
    await press(el, 'Riprova');
    await waitUntil(() => !!$(el, '.riepilogo'), 'the Riepilogo never came', { timeout: 8000 });
    expect(late.calls).to.equal(calls + 1);
    await waitUntil(() => focusedIn(el)?.id === 'step-heading', 'the focus stayed on the Riprova that went');
    const summary = text($(el, '.riepilogo'));
    expect(summary).to.contain('Giulia').and.contain('Lampione spento').and.contain('Via Roma 12');
    await expect(el).to.be.accessible();
  });

  it('a file question waits for its code, shows the error state when it cannot come, and “Riprova” brings it', async () => {
    let mode: 'fail' | 'never' | 'real' = 'fail';
    const files = stubPart('files', () => mode, REAL.files);
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    await toDisservizioReport(el);
    // The prefetch with the form failed silently; the step with the file question asked again.
    await waitUntil(() => !!$(el, '.sdc-state--error'), 'no error state', { timeout: 8000 });
    expect(files.calls).to.be.at.least(2);
    expect(text($(el, '.sdc-state--error'))).to.contain('Le risposte che hai inserito sono conservate.');
    expect($$(el, 'input[type=file]')).to.have.length(0);
    await expect(el).to.be.accessible();

    mode = 'never';
    await press(el, 'Riprova');
    expect(loading(el)).to.equal(true);
    await expect(el).to.be.accessible();
    expect(buttonNamed(el, 'Indietro')).to.exist;

    // Back on the previous step the answers are all there.
    await press(el, 'Indietro');
    expect(stepHeading(el)).to.equal('Chi segnala');
    expect(field(el, 'Nome').value).to.equal('Giulia');
    expect(field(el, 'Email').value).to.equal('giulia@example.org');
  });

  it('back from pagoPA on a pratica already moved on, the payment part is fetched before the wizard decides where to open', async () => {
    loginAs('giulia');
    let el = await mountWizard({ 'service-id': SERVICE.accessoAtti });
    await acceptPrivacy(el);
    await next(el);
    el.remove();
    // Sent, paid in the same tab, and the backend already at 1900: only the device's checkout record says "just paid".
    sentAndPaidAtPagoPA(STATUS.PRE_SUBMIT);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const payment = stubPart('payment', () => 'real', () => gate.then(REAL.payment));
    const node = document.createElement('sdc-pratica-wizard');
    node.setAttribute('base-url', (await import('../support/mock.js')).BASE);
    node.setAttribute('service-id', SERVICE.accessoAtti);
    document.body.append(node);
    el = node as SdcPraticaWizard;
    try {
      await waitUntil(() => payment.calls === 1, 'the payment part was not asked for', { timeout: 8000 });
      // Still loading: the wizard waits for the part rather than guess.
      expect(loading(el)).to.equal(true);
      expect(stepHeading(el)).to.equal('');
      release();
      await waitUntil(() => stepHeading(el) === 'Richiesta inviata', `payment not confirmed: ${stepHeading(el)}`, { timeout: 10000 });
      expect(text($(el, '.confirmation'))).to.contain('Il pagamento di 10,00 € è stato registrato');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('a sent pratica whose confirmation cannot be fetched says it was sent, and “Riprova” shows the confirmation', async () => {
    loginAs('giulia');
    let el = await mountWizard({ 'service-id': SERVICE.biblioteca });
    await acceptPrivacy(el);
    await next(el);
    el.remove();
    const app = addPratica({ user: 'giulia', service_id: SERVICE.biblioteca, status: STATUS.SUBMITTED });
    rememberSent(app.id, 'conferma');
    let mode: 'fail' | 'real' = 'fail';
    stubPart('late', () => mode, REAL.late);
    el = await mountWizard({ 'service-id': SERVICE.biblioteca });
    await waitUntil(() => !!$(el, '.sdc-state--error'), 'no error state', { timeout: 8000 });
    expect(stepHeading(el)).to.equal('Richiesta inviata');
    expect(text($(el, '.sdc-state--error'))).to.contain('La tua richiesta è stata inviata.');
    await expect(el).to.be.accessible();
    mode = 'real';
    await press(el, 'Riprova');
    await waitUntil(() => !!$(el, '.confirmation'), 'the confirmation never came', { timeout: 8000 });
    expect(text($(el, '.confirmation__facts'))).to.contain('Numero della pratica');
    await expect(el).to.be.accessible();
  });
});
