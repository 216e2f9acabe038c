/**
 * Nothing a citizen typed is lost (ARCHITECTURE §7): drafts across reloads, browser Back, one pratica
 * whatever the clicks, 500/401/400 on submit, the payment round trip, and bad services or forms.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CITIZEN, SERVICE, STATUS, loginAs, logout, scenarios, tenantState, worker } from '../support/mock.js';
import { findService } from '../../mocks/db.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import { serviceToWire } from '../../mocks/wire.js';
import { baseOf } from '../../mocks/http.js';
import { $, $$, buttonNamed as button, findButton, root, text } from '../support/dom.js';
import { field, focusedIn as focused, mountWizard as mount, next, press, settle, stepHeading as heading, type, sentAndPaidAtPagoPA, startFresh } from '../support/wizard.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

/** Like a page reload: the element goes away and a new one starts (local storage and history stay). */
async function reload(el: SdcPraticaWizard, attrs: Record<string, string>): Promise<SdcPraticaWizard> {
  el.remove();
  return mount(attrs);
}

/** The biblioteca form: one step "Dati" with the Anagrafica; only the house number and the rules to add. */
async function toBibliotecaSummary(el: SdcPraticaWizard) {
  field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
  await settle(el);
  await next(el);
  await type(el, 'Numero civico', '12');
  field(el, 'Accetto il regolamento della biblioteca').click();
  await settle(el);
  await next(el);
}

const biblioteca = { 'service-id': SERVICE.biblioteca };
const appsOf = (serviceId: string) => tenantState().applications.filter((a) => a.user === CITIZEN.giulia && a.service_id === serviceId);

beforeEach(startFresh);

describe('sdc-pratica-wizard: drafts and history', () => {
  it('brings back the same step and answers after a reload, and says so', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Numero civico', '21/B');
    el = await reload(el, biblioteca);
    expect(heading(el)).to.equal('Dati');
    expect(field(el, 'Numero civico').value).to.equal('21/B');
    expect(text($(el, '.callout[role=status]'))).to.contain('Abbiamo ripristinato i dati che avevi inserito');
    await expect(el).to.be.accessible();
  });

  it('keeps even what was typed but not yet committed (the field never lost focus)', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    const input = field(el, 'Numero civico');
    input.value = '7';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 500)); // the debounced device save
    el = await reload(el, biblioteca);
    expect(field(el, 'Numero civico').value).to.equal('7');
  });

  it('goes back one step with the browser Back button, and forward again', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    expect(heading(el)).to.equal('Dati');
    history.back();
    await waitUntil(() => heading(el) === 'Informativa sulla privacy', 'Back did not go to the previous step');
    history.forward();
    await waitUntil(() => heading(el) === 'Dati', 'Forward did not come back');
  });

  it('starts again from scratch when the citizen asks', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    el = await reload(el, biblioteca);
    await press(el, 'Ricomincia da capo');
    await waitUntil(() => heading(el) === 'Informativa sulla privacy', 'did not start over');
    expect(field(el, 'Ho letto e compreso l’informativa sulla privacy').checked).to.equal(false);
  });

  it('saves a draft pratica on the portal with "Salva richiesta"', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Numero civico', '3');
    const saved: Array<{ local: boolean }> = [];
    el.addEventListener('sdc-draft-saved', (e) => saved.push(e.detail));
    await press(el, 'Salva richiesta');
    await waitUntil(() => text($(el, '.callout--success')).includes('Richiesta salvata'), 'no confirmation of the save');
    const drafts = appsOf(SERVICE.biblioteca).filter((a) => a.status === 1000);
    expect(drafts).to.have.length(1);
    expect(JSON.stringify(drafts[0]!.data)).to.contain('"house_number":"3"');
    expect(saved.some((s) => !s.local)).to.equal(true);
  });

  it('resumes a draft from the portal with pratica-id', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Numero civico', '44');
    await press(el, 'Salva richiesta');
    await waitUntil(() => !!$(el, '.callout--success'));
    const id = appsOf(SERVICE.biblioteca)[0]!.id;
    localStorage.clear();
    history.replaceState(null, '');
    el = await reload(el, { ...biblioteca, 'pratica-id': id });
    expect(heading(el)).to.equal('Dati');
    expect(field(el, 'Numero civico').value).to.equal('44');
    expect(field(el, 'Codice fiscale').value).to.equal('BNCGLI85C52A944F');
  });

  it('asks which version to keep when the device has changes the portal draft lacks', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Numero civico', '44');
    await press(el, 'Salva richiesta');
    await waitUntil(() => !!$(el, '.callout--success'));
    const id = appsOf(SERVICE.biblioteca)[0]!.id;
    await type(el, 'Numero civico', '45');
    el = await reload(el, { ...biblioteca, 'pratica-id': id });
    expect(text($(el, 'h2'))).to.equal('Hai due versioni di questa richiesta');
    await expect(el).to.be.accessible();
    await press(el, 'Usa i dati di questo dispositivo');
    expect(field(el, 'Numero civico').value).to.equal('45');
  });
});

describe('sdc-pratica-wizard: sending', () => {
  it('creates exactly one pratica on a double click of "Conferma e invia"', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    await toBibliotecaSummary(el);
    expect(heading(el)).to.equal('Riepilogo');
    const posts: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.includes('/api/applications')) posts.push(new URL(request.url).pathname);
    });
    const send = button(el, 'Conferma e invia');
    send.click();
    send.click();
    root(el).querySelector('form')!.requestSubmit();
    await settle(el);
    expect(send.disabled).to.equal(true);
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'not sent', { timeout: 8000 });
    worker.events.removeAllListeners();
    expect(appsOf(SERVICE.biblioteca)).to.have.length(1);
    expect(posts.filter((p) => p.endsWith('/transition/submit'))).to.have.length(1);
  });

  it('keeps everything on a 500 and sends on retry', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    await toBibliotecaSummary(el);
    worker.use(scenarios.serverError('/api/applications/:id/transition/submit', 'post'));
    await press(el, 'Conferma e invia');
    await waitUntil(() => !!$(el, '#submit-error'), 'no error shown', { timeout: 8000 });
    expect(text($(el, '#submit-error'))).to.contain('La richiesta non è stata inviata');
    expect(focused(el)?.id).to.equal('submit-error');
    expect(heading(el)).to.equal('Riepilogo');
    expect(text($(el, '.riepilogo'))).to.contain('Accetto il regolamento della biblioteca');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    await press(el, 'Riprova a inviare');
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'retry did not send', { timeout: 8000 });
    const apps = appsOf(SERVICE.biblioteca);
    expect(apps).to.have.length(1);
    expect(apps[0]!.status).to.be.at.least(1900);
  });

  it('asks to log in again on a 401, keeps the answers, and finishes after login', async () => {
    loginAs('giulia');
    let el = await mount(biblioteca);
    await toBibliotecaSummary(el);
    // the session ends on the backend while the citizen reads the Riepilogo
    logout();
    worker.use(scenarios.unauthorized('/api/applications/:id', 'put'), scenarios.unauthorized('/api/applications', 'post'));
    await press(el, 'Conferma e invia');
    await waitUntil(() => !!$(el, '#session-expired'), 'no login request shown', { timeout: 8000 });
    expect(text($(el, '#session-expired'))).to.contain('La sessione è scaduta');
    expect($<HTMLAnchorElement>(el, '#session-expired a')!.href).to.contain('/lang/login?return-url=');
    await expect(el).to.be.accessible();
    // the citizen logs in and comes back to the same page
    worker.resetHandlers();
    loginAs('giulia');
    el = await reload(el, biblioteca);
    // The device copy is restored once the portal's draft has been read. When the last autosave reached the
    // portal before the session ended the two agree; when it did not (it got the 401 too), the wizard asks
    // which to keep, and the citizen keeps what is on this device.
    const keepDevice = 'Usa i dati di questo dispositivo';
    await waitUntil(() => heading(el) === 'Riepilogo' || !!findButton(el, keepDevice), `resumed on "${heading(el)}"`, { timeout: 8000 });
    if (findButton(el, keepDevice)) await press(el, keepDevice);
    await waitUntil(() => heading(el) === 'Riepilogo', `resumed on "${heading(el)}", not on the Riepilogo`, { timeout: 8000 });
    expect(text($(el, '.riepilogo'))).to.contain('12');
    await press(el, 'Conferma e invia');
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'not sent after login', { timeout: 8000 });
  });

  it('shows the portal’s validation errors next to the fields they concern', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    await toBibliotecaSummary(el);
    worker.use(scenarios.validationError('/api/applications/:id/transition/submit', ['Il numero civico non esiste nello stradario.: data.applicant.data.address.data.house_number'], 'post'));
    await press(el, 'Conferma e invia');
    await waitUntil(() => !!$(el, '#error-summary'), 'no error summary', { timeout: 8000 });
    const link = $$<HTMLAnchorElement>(el, '#error-summary a').find((a) => text(a).includes('stradario'))!;
    expect(link).to.exist;
    link.click();
    await waitUntil(() => heading(el) === 'Dati', 'the link did not open the step');
    await waitUntil(() => focused(el)?.id === field(el, 'Numero civico').id, 'the field has no focus');
    expect(field(el, 'Numero civico').getAttribute('aria-invalid')).to.equal('true');
  });

});

describe('sdc-pratica-wizard: payment and confirmation', () => {
  it('confirms the payment by asking the backend after the return from pagoPA', async () => {
    loginAs('giulia');
    // the citizen sent the request, went to the pagoPA checkout and paid there
    let el = await mount({ 'service-id': SERVICE.accessoAtti });
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    el.remove();
    sentAndPaidAtPagoPA(STATUS.PAYMENT_PENDING);
    const completed: unknown[] = [];
    document.addEventListener('sdc-payment-complete', (e) => completed.push((e as CustomEvent).detail), { once: true });
    el = await reload(el, { 'service-id': SERVICE.accessoAtti });
    await waitUntil(() => heading(el) === 'Richiesta inviata', `payment not confirmed: ${heading(el)}`, { timeout: 10000 });
    expect(completed).to.have.length(1);
    expect(text($(el, '.confirmation'))).to.contain('Il pagamento di 10,00 € è stato registrato');
    await expect(el).to.be.accessible();
  });

  it('shows the rating block with the PNRR wording on the confirmation', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    await toBibliotecaSummary(el);
    let submitted = false;
    el.addEventListener('sdc-submitted', () => (submitted = true));
    await press(el, 'Conferma e invia');
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'not sent', { timeout: 8000 });
    expect(submitted).to.equal(true);
    expect(focused(el)?.id).to.equal('step-heading');
    expect(text($(el, '.confirmation__facts'))).to.contain('Numero della pratica');
    // No "we e-mailed you": the backend never says an e-mail was sent (issue 19).
    expect(text($(el, '.confirmation'))).not.to.contain('Ti abbiamo inviato');
    expect(text($(el, '[data-element=feedback-title]'))).to.equal('Quanto è stato facile usare questo servizio?');
    expect($$(el, '[data-element^=feedback-rate-]')).to.have.length(5);
    expect($(el, '[data-element=feedback-rating-positive]')).to.exist;
    expect($(el, '[data-element=feedback-rating-negative]')).to.exist;
    await expect(el).to.be.accessible();
    let rating = 0;
    el.addEventListener('sdc-feedback', (e) => (rating = e.detail.rating));
    ($(el, '[data-element=feedback-rate-2]') as HTMLLabelElement).click();
    await settle(el);
    expect($(el, '[data-element=feedback-rating-negative]')!.hidden).to.equal(false);
    expect($(el, '[data-element=feedback-rating-positive]')!.hidden).to.equal(true);
    await press(el, 'Invia la valutazione');
    expect(rating).to.equal(2);
    expect(text($(el, '.rating__thanks'))).to.equal('Grazie per il tuo aiuto!');
    // the draft on the device is gone once the pratica is sent
    expect(Object.keys(localStorage).filter((k) => k.startsWith('sdc-pratica-wizard:'))).to.have.length(0);
  });
});

describe('sdc-pratica-wizard: marca da bollo and warnings', () => {
  /** The biblioteca service as a backend with the legacy "bollo" gateway would describe it. */
  function withPhysicalBollo() {
    worker.use(http.get('*/api/services/:id', ({ request, params }) => {
      const rec = findService(String(params.id));
      if (!rec || rec.id !== SERVICE.biblioteca) return undefined;
      return HttpResponse.json({ ...serviceToWire(rec, baseOf(request)), payment_parameters: { total_amounts: '16.00', gateways: [{ identifier: 'bollo', parameters: [] }] } } as never);
    }));
  }

  it('asks for the marca da bollo after the Riepilogo, checks it, and sends it with the request', async () => {
    loginAs('giulia');
    withPhysicalBollo();
    const el = await mount(biblioteca);
    expect(text($(el, '.stepper__count'))).to.contain('Passo 1 di 4');
    await toBibliotecaSummary(el);
    await next(el);
    expect(heading(el)).to.equal('Marca da bollo');
    await press(el, 'Conferma e invia');
    expect($$(el, '#error-summary a').map((a) => text(a))).to.deep.equal([
      'Inserisci l’identificativo della marca da bollo',
      'Inserisci la data di emissione della marca da bollo',
      'Inserisci l’ora di emissione della marca da bollo',
      'Dichiara che la marca da bollo è usata solo per questa richiesta',
    ]);
    await expect(el).to.be.accessible();
    await type(el, 'Identificativo della marca da bollo', '0123 4567 8901');
    await type(el, 'Data di emissione', '2099-01-01');
    await type(el, 'Ora di emissione', '10.35');
    await press(el, 'Conferma e invia');
    expect($$(el, '#error-summary a').map((a) => text(a))).to.deep.equal([
      'L’identificativo della marca da bollo deve avere 14 cifre',
      'La data di emissione non può essere successiva a oggi',
      'Dichiara che la marca da bollo è usata solo per questa richiesta',
    ]);
    await type(el, 'Identificativo della marca da bollo', '0123 4567 8901 23');
    await type(el, 'Data di emissione', '2026-01-10');
    field(el, 'Dichiaro che la marca da bollo è usata solo per questa richiesta e che ne conservo l’originale').click();
    await settle(el);
    await press(el, 'Conferma e invia');
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'not sent', { timeout: 8000 });
    const data = appsOf(SERVICE.biblioteca)[0]!.data as Record<string, unknown>;
    expect(data.bollo_identifier).to.equal('01234567890123');
    expect(data.bollo_data_emissione).to.equal('2026-01-10');
    expect(data.bollo_ora_emissione).to.equal('10:35:00');
  });

  it('shows a warning that does not block, and goes on after "Conferma e prosegui"', async () => {
    const el = await mount({ 'service-id': SERVICE.disservizio });
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Nome', 'Giulia');
    await type(el, 'Cognome', 'Bianchi');
    await type(el, 'Codice fiscale', 'RSSMRA80A01H501U');
    await type(el, 'Email', 'giulia@example.org');
    await press(el, 'Avanti');
    await waitUntil(() => !!$(el, '#warning-summary'), 'no warning shown');
    expect(heading(el)).to.equal('Chi segnala');
    expect(focused(el)?.id).to.equal('warning-summary');
    expect(text($(el, '.field__warning'))).to.match(/^Attenzione:/);
    await expect(el).to.be.accessible();
    await press(el, 'Conferma e prosegui');
    await waitUntil(() => heading(el) === 'Segnalazione', 'the warning blocked the citizen');
  });
});

describe('sdc-pratica-wizard: actions on an existing pratica', () => {
  it('opens the service of the action (rinnovo) from the base service, with the previous pratica as reference', async () => {
    loginAs('giulia');
    const el = await mount({ 'service-id': SERVICE.mensaIscrizione, action: 'rinnovo', 'ref-pratica': PRATICA.giuliaMensa });
    expect(heading(el)).to.equal('Informativa sulla privacy');
    expect($(el, '.wizard')!.getAttribute('aria-label')).to.equal('Richiesta online: Rinnovo dell’iscrizione alla mensa scolastica');
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    expect(field(el, 'Codice fiscale').value).to.equal('BNCGLI85C52A944F');
  });
});

describe('sdc-pratica-wizard: bad input', () => {
  it('says clearly when the service does not exist', async () => {
    const el = await mount({ 'service-id': 'servizio-che-non-esiste' });
    expect(text($(el, '[role=alert]'))).to.contain('Servizio non trovato');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the service has no online form', async () => {
    const el = await mount({ 'service-id': SERVICE.bookings });
    expect(text($(el, '[role=alert]'))).to.contain('Questo servizio non si richiede online');
  });

  it('says clearly when the service is no longer offered', async () => {
    const el = await mount({ 'service-id': SERVICE.bonusBici });
    expect(text($(el, '[role=alert]'))).to.contain('Servizio non disponibile');
  });

  it('shows an error with retry when the form JSON is broken', async () => {
    loginAs('giulia');
    worker.use(http.get('*/api/services/:id/form', () => new HttpResponse('{"components": [{"type": "panel", "key"', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const el = await mount(biblioteca);
    expect(text($(el, '[role=alert]'))).to.contain('Il modulo non può essere mostrato');
    expect(button(el, 'Riprova')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error when the service has no form on the form server (404)', async () => {
    loginAs('giulia');
    worker.use(scenarios.notFound('/api/services/:id/form', 'get', 'Form not found'));
    const el = await mount(biblioteca);
    expect(text($(el, '[role=alert]'))).to.contain('Modulo non disponibile');
  });

  it('loads the options of a select from its URL (dataSrc url)', async () => {
    loginAs('giulia');
    const form = {
      _id: 'f2', display: 'wizard', title: 'Modulo', components: [
        { type: 'panel', key: 'p1', title: 'Argomento', components: [
          { type: 'select', key: 'argomento', label: 'Argomento della richiesta', dataSrc: 'url', data: { url: '/lang/api/categories' },
            valueProperty: 'slug', template: '<span>{{ item.name }}</span>', validate: { required: true } },
        ] },
      ],
    };
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(form)));
    const el = await mount(biblioteca);
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    const select = field(el, 'Argomento della richiesta') as unknown as HTMLSelectElement;
    await waitUntil(() => select.options.length > 2, 'the options did not load');
    const anagrafe = [...select.options].find((o) => o.value === 'anagrafe-e-stato-civile');
    expect(text(anagrafe)).to.equal('Anagrafe e stato civile');
  });

  it('still renders a form with unsupported parts and logs the lint for the editor', async () => {
    loginAs('giulia');
    const form = {
      _id: 'f1', display: 'wizard', title: 'Modulo con firma', components: [
        { type: 'panel', key: 'p1', title: 'Dati', components: [
          { type: 'textfield', key: 'nome', label: 'Nome del bambino', validate: { required: true } },
          { type: 'signature', key: 'firma', label: 'Firma' },
          { type: 'textfield', key: 'calcolato', label: 'Calcolato', calculateValue: 'value = 1' },
        ] },
      ],
    };
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(form)));
    const warned: unknown[] = [];
    const original = { warn: console.warn, info: console.info };
    console.warn = (...a: unknown[]) => warned.push(a);
    console.info = (...a: unknown[]) => warned.push(a);
    try {
      const el = await mount(biblioteca);
      field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
      await settle(el);
      await next(el);
      expect(heading(el)).to.equal('Dati');
      expect(field(el, 'Nome del bambino')).to.exist;
      expect(text($(el, '.field--unsupported'))).to.contain('Firma');
      expect(JSON.stringify(warned)).to.contain('signature');
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original.warn;
      console.info = original.info;
    }
  });
});

describe('sdc-pratica-wizard: keyboard only', () => {
  /** Tabs forward until the element with this id has focus (fails if it is not reachable). */
  async function tabTo(el: SdcPraticaWizard, match: (e: HTMLElement) => boolean, max = 80) {
    for (let i = 0; i < max; i++) {
      const f = focused(el);
      if (f && match(f)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error('not reachable with Tab');
  }

  it('completes a request with the keyboard alone', async () => {
    loginAs('giulia');
    const el = await mount(biblioteca);
    const consent = field(el, 'Ho letto e compreso l’informativa sulla privacy');
    await tabTo(el, (e) => e === consent);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' }); // implicit submission = Avanti
    await waitUntil(() => heading(el) === 'Dati', 'Enter did not go on');
    expect(focused(el)?.id).to.equal('step-heading');
    await tabTo(el, (e) => e.id === field(el, 'Numero civico').id);
    await sendKeys({ type: '12' });
    await tabTo(el, (e) => e.id === field(el, 'Accetto il regolamento della biblioteca').id);
    await sendKeys({ press: 'Space' });
    await tabTo(el, (e) => text(e) === 'Avanti');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Riepilogo', 'not on the Riepilogo');
    await tabTo(el, (e) => text(e) === 'Conferma e invia');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Richiesta inviata', 'not sent', { timeout: 8000 });
  });
});

