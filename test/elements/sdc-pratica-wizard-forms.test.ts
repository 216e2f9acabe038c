/**
 * Every Form.io form of the mock tenant, driven end to end the way a hurried citizen does it: press
 * "Avanti", read the error summary, follow each link and answer that question, until the Riepilogo;
 * then send and check the pratica the tenant received. axe runs on every step.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { CITIZEN, SERVICE, loginAs, tenantState, worker } from '../support/mock.js';
import { setClientDefaults } from '../../src/controllers/client-scope.js';
import { ANAGRAFICA_FORM_IDS } from '../../mocks/fixtures/forms/anagrafica.js';
import { FORM_PATH, formServerFaults } from '../../mocks/handlers/form-server.js';
import { http, HttpResponse } from 'msw';
import { applicant } from '../../mocks/fixtures/forms/anagrafica.js';
import { $, root, text } from '../support/dom.js';
import { mountWizard, settle, stepHeading as heading, startFresh } from '../support/wizard.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

// Fault tests shorten the document's client settings; every test starts from the kit's defaults.
afterEach(() => setClientDefaults(document, { timeoutMs: 15000, retries: 2 }));

function fire(input: HTMLElement) {
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A plausible answer for a text input, from its data path (what a citizen would know to type). */
function answerFor(name: string, input: HTMLInputElement): string {
  const n = name.toLowerCase();
  if (/codice_fiscale|fiscal_code/.test(n)) return 'RSSMRA80A01H501U';
  if (/iban/.test(n)) return 'IT60X0542811101000000123456';
  if (/email/.test(n)) return 'prova@esempio.it';
  if (/telefono|phone|cell/.test(n)) return '3331234567';
  if (/postal_code|\bcap\b|\.zip$/.test(n)) return '00100';
  if (/bollo_identifier/.test(n)) return '01234567890123';
  if (/ora_emissione/.test(n)) return '10:30:00';
  if (/county|provincia|\.state$/.test(n)) return 'RM';
  if (/protocollo_dsu/.test(n)) return 'INPS-ISEE-2026-00000000A-00';
  if (/anno/.test(n)) return '2020';
  if (/house_number|civico/.test(n)) return '12';
  if (/nascita|nato|data_/.test(n)) return '15/03/2015';
  if (input.inputMode === 'decimal' || input.inputMode === 'numeric') return '10';
  return 'Risposta di prova';
}

/** Answers the question whose input has this id. */
async function answer(el: SdcPraticaWizard, id: string) {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
  if (!input) return; // an earlier answer hid this question (conditional section)
  if (input.tagName === 'BUTTON') {
    input.click(); // "Aggiungi" of an empty grid
  } else if (input.type === 'checkbox' || input.type === 'radio') {
    if (!input.checked) input.click();
  } else if (input.tagName === 'SELECT') {
    (input as unknown as HTMLSelectElement).selectedIndex = 1;
    fire(input);
  } else if (input.type === 'file') {
    const accept = input.accept.split(',').map((s) => s.trim()).find((s) => s.startsWith('.')) ?? '.pdf';
    const dt = new DataTransfer();
    dt.items.add(new File(['contenuto di prova'], `documento${accept}`, { type: accept === '.pdf' ? 'application/pdf' : 'image/jpeg' }));
    input.files = dt.files;
    fire(input);
    await settle(el);
    await waitUntil(() => !$(el, '.file-item--uploading'), 'upload did not finish', { timeout: 8000 });
  } else if (input.type === 'date') {
    input.value = '2026-01-15';
    fire(input);
  } else if (input.classList.contains('date-input__box')) {
    const boxes = [...input.closest('.date-input')!.querySelectorAll('input')] as HTMLInputElement[];
    ['15', '3', '1990'].forEach((v, i) => { boxes[i]!.value = v; fire(boxes[i]!); });
  } else if (input.tagName === 'TEXTAREA') {
    input.value = 'Testo di prova della richiesta, con abbastanza parole.';
    fire(input);
  } else {
    input.value = answerFor(input.name || id, input);
    fire(input);
  }
  await settle(el);
}

/** Presses the primary button and waits for a new step or an error summary. */
async function primary(el: SdcPraticaWizard): Promise<boolean> {
  const before = heading(el);
  const btn = root(el).querySelector<HTMLButtonElement>('.actions button[type=submit]')!;
  btn.click();
  await settle(el);
  await waitUntil(() => heading(el) !== before || !!$(el, '#error-summary') || !!$(el, '#warning-summary'), `nothing happened on "${before}"`, { timeout: 8000 });
  return heading(el) !== before;
}

/** Fills a step by following the error summary until Avanti goes through. */
async function completeStep(el: SdcPraticaWizard) {
  for (let round = 0; round < 6; round++) {
    if (await primary(el)) return;
    if ($(el, '#warning-summary') && !$(el, '#error-summary')) {
      // a warning (e.g. codice fiscale not matching the name): the citizen confirms it is right
      $(el, '#warning-summary button')!.click();
      await settle(el);
      await waitUntil(() => !$(el, '#warning-summary'), 'warning not confirmed', { timeout: 8000 });
      return;
    }
    const ids = [...root(el).querySelectorAll<HTMLAnchorElement>('#error-summary a')].map((a) => a.getAttribute('href')!.slice(1));
    if (!ids.length) throw new Error(`blocked on "${heading(el)}" without links: ${text($(el, '#error-summary'))}`);
    for (const id of ids) await answer(el, id);
  }
  throw new Error(`could not complete "${heading(el)}": ${text($(el, '#error-summary'))}`);
}

const FORMS: Array<[string, string, { anonymous?: boolean }?]> = [
  ['mensa scolastica (iscrizione)', SERVICE.mensaIscrizione],
  ['mensa: rinnovo', SERVICE.mensaRinnovo],
  ['mensa: rinuncia', SERVICE.mensaInterruzione],
  ['mensa: sospensione', SERVICE.mensaSospensione],
  ['mensa: modifica', SERVICE.mensaModifica],
  ['mensa: voltura', SERVICE.mensaVoltura],
  ['mensa: subentro', SERVICE.mensaSubentro],
  ['certificati anagrafici (marca da bollo nel modulo)', SERVICE.certificati],
  ['accesso agli atti (pagamento immediato)', SERVICE.accessoAtti],
  ['occupazione di suolo pubblico', SERVICE.suoloPubblico],
  ['contrassegno disabili', SERVICE.contrassegno],
  ['segnalazione di disservizio (senza accesso)', SERVICE.disservizio, { anonymous: true }],
  ['contributo libri di testo', SERVICE.libri],
  ['iscrizione alla biblioteca', SERVICE.biblioteca],
];

beforeEach(startFresh);

describe('sdc-pratica-wizard: every mock form end to end', () => {
  for (const [name, serviceId, opts] of FORMS) {
    it(`sends the ${name} form and the tenant receives the pratica`, async () => {
      if (!opts?.anonymous) loginAs('giulia');
      const before = tenantState().applications.length;
      const el = await mountWizard({ 'service-id': serviceId });
      await waitUntil(() => !!$(el, '#step-heading'), 'the wizard did not load', { timeout: 8000 });
      const seen: string[] = [];
      for (let i = 0; i < 10 && heading(el) !== 'Riepilogo'; i++) {
        seen.push(heading(el));
        await expect(el).to.be.accessible();
        await completeStep(el);
      }
      expect(heading(el)).to.equal('Riepilogo');
      await expect(el).to.be.accessible();
      await completeStep(el);
      await waitUntil(() => ['Richiesta inviata', 'Pagamento'].includes(heading(el)), `not sent: ${heading(el)}`, { timeout: 8000 });
      await expect(el).to.be.accessible();
      const apps = tenantState().applications;
      // exactly one pratica, whatever the drafts saved on the way (created once, then updated)
      expect(apps.length).to.equal(before + 1);
      const app = apps[apps.length - 1]!;
      expect(app.service_id).to.equal(serviceId);
      expect(app.status).to.be.at.least(1500);
      if (!opts?.anonymous) expect(app.user).to.equal(CITIZEN.giulia);
      // the Anagrafica keeps its nested-form shape (opencity-api.md §6.2)
      const json = JSON.stringify(app.data);
      expect(json).to.contain(opts?.anonymous ? 'Risposta di prova' : 'BNCGLI85C52A944F');
      expect(seen[0]).to.equal('Informativa sulla privacy');
    });
  }
});

/** The wizard of one service, once it shows a step or says why it cannot. */
async function mountService(serviceId: string): Promise<SdcPraticaWizard> {
  const el = await mountWizard({ 'service-id': serviceId });
  await waitUntil(() => !!$(el, '#step-heading') || !!$(el, '[role=alert]'), 'the wizard did not load', { timeout: 8000 });
  return el;
}

/** URLs of the form server asked while `fn` runs. */
async function formServerRequests<T>(fn: () => Promise<T>): Promise<{ urls: string[]; result: T }> {
  const urls: string[] = [];
  const on = ({ request }: { request: Request }) => { if (FORM_PATH.test(new URL(request.url).pathname)) urls.push(request.url); };
  worker.events.on('request:start', on);
  try {
    const result = await fn();
    return { urls, result };
  } finally {
    worker.events.removeListener('request:start', on);
  }
}

const inputByName = (el: SdcPraticaWizard, name: string) => root(el).querySelector<HTMLInputElement>(`[name="${name}"]`);

describe('sdc-pratica-wizard: the Anagrafica by reference (form server)', () => {
  it('loads the applicant and its blocks from the flow_steps form server once, prefills and locks SPID data, sends the nested shape', async () => {
    loginAs('giulia');
    const { urls, result: el } = await formServerRequests(() => mountService(SERVICE.mensaRinnovo));
    // The Anagrafica, then its five blocks: each once, from the service's `flow_steps[].parameters.url`.
    expect(urls.map((u) => u.split('/').pop()).sort()).to.deep.equal(Object.values(ANAGRAFICA_FORM_IDS).filter((id) => id !== ANAGRAFICA_FORM_IDS.anagraficaLite).sort());
    expect(urls.every((u) => u.startsWith('https://form.stanzadelcittadino.it/form/'))).to.equal(true);
    await completeStep(el); // privacy
    expect(heading(el)).to.equal('Richiedente');
    const cf = inputByName(el, 'applicant.data.fiscal_code.data.fiscal_code')!;
    expect(cf.value).to.equal('BNCGLI85C52A944F');
    expect(cf.readOnly).to.equal(true);
    expect(inputByName(el, 'applicant.data.completename.data.name')!.readOnly).to.equal(true);
    expect(inputByName(el, 'applicant.data.address.data.postal_code')).to.exist;
    await expect(el).to.be.accessible();

    // A second wizard on the same page: the Anagrafica comes from the cache.
    const again = await formServerRequests(() => mountService(SERVICE.libri));
    expect(again.urls).to.deep.equal([]);

    for (let i = 0; i < 6 && heading(el) !== 'Riepilogo'; i++) await completeStep(el);
    await completeStep(el);
    await waitUntil(() => heading(el) === 'Richiesta inviata', `not sent: ${heading(el)}`, { timeout: 8000 });
    const app = tenantState().applications.at(-1)!;
    const data = JSON.stringify(app.data);
    expect(data).to.contain('"fiscal_code":{"data":{"fiscal_code":"BNCGLI85C52A944F"}}');
    expect(data).to.contain('"completename":{"data":{"name":"Giulia"');
  });

  const FAULTS: Array<[string, () => ReturnType<typeof formServerFaults.error>, string, () => void]> = [
    ['a 500', () => formServerFaults.error(ANAGRAFICA_FORM_IDS.address, 500), 'Non è stato possibile caricare la richiesta', () => setClientDefaults(document, { retries: 0 })],
    ['an HTML page', () => formServerFaults.html(ANAGRAFICA_FORM_IDS.address), 'Il modulo non può essere mostrato', () => undefined],
    ['no answer (timeout)', () => formServerFaults.hang(ANAGRAFICA_FORM_IDS.address), 'Non è stato possibile caricare la richiesta', () => setClientDefaults(document, { timeoutMs: 300, retries: 0 })],
    ['a 404', () => formServerFaults.error(ANAGRAFICA_FORM_IDS.address, 404), 'Modulo non disponibile', () => undefined],
  ];
  for (const [name, fault, title, setup] of FAULTS) {
    it(`shows an error with a working "Riprova" when a sub-form answers ${name}, never the form without it`, async () => {
      loginAs('giulia');
      setup();
      worker.use(fault());
      const el = await mountService(SERVICE.mensaRinnovo);
      await waitUntil(() => !!$(el, '[role=alert]'), 'no error shown', { timeout: 8000 });
      expect(text($(el, '[role=alert]'))).to.contain(title);
      expect($(el, '#step-heading')).to.equal(null);
      await expect(el).to.be.accessible();
      worker.resetHandlers();
      const retry = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Riprova')!;
      expect(retry, 'Riprova').to.exist;
      retry.click();
      await waitUntil(() => !!$(el, '#step-heading'), 'Riprova did not load the form', { timeout: 8000 });
      await completeStep(el); // privacy
      expect(inputByName(el, 'applicant.data.address.data.postal_code')).to.exist;
    });
  }
});

/** The platform's built-in booking form (S1 `bookings-schema-flat.json`): the slot is computed in JS. */
export const BOOKING_FORM = {
  _id: '5f1a2b3c4d5e6f7a8b9c0d1e', title: 'Prenotazione appuntamento', display: 'form',
  components: [
    applicant(),
    { type: 'dynamic_calendar', key: 'calendar', label: 'Calendario', input: true, validate: { required: true }, calculateValue: 'value = data.calendar_id + " " + data.day;' },
    { type: 'hidden', key: 'meeting_id', label: 'meeting_id', input: true, calculateValue: 'value = instance.root.meetingId;' },
    { type: 'textarea', key: 'user_message', label: 'Motivo dell’appuntamento', input: true },
  ],
};

describe('sdc-pratica-wizard: a form only a kit element can complete', () => {
  it('does not offer the booking form and says where to book instead', async () => {
    loginAs('giulia');
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(BOOKING_FORM as never)));
    const el = await mountService(SERVICE.mensaRinnovo);
    await waitUntil(() => !!$(el, '[role=alert]'), 'no message', { timeout: 8000 });
    expect(text($(el, '[role=alert]'))).to.contain('Questo servizio si prenota dal calendario degli appuntamenti');
    expect($(el, '#step-heading')).to.equal(null);
    expect([...root(el).querySelectorAll('button')].map(text)).not.to.include('Riprova');
    await expect(el).to.be.accessible();
  });
});

describe('sdc-pratica-wizard: selects with options from a URL', () => {
  const FORM = {
    _id: 'f3', display: 'wizard', title: 'Modulo', components: [
      { type: 'panel', key: 'p1', title: 'Argomento', components: [
        { type: 'select', key: 'argomento', label: 'Argomento della richiesta', dataSrc: 'url',
          data: { url: '/lang/api/categories?limit=100', headers: [{ key: 'X-Ente', value: 'esempio' }] },
          valueProperty: 'slug', template: '<span>{{ item.name }}</span>', validate: { required: true } },
        { type: 'select', key: 'altro', label: 'Altro argomento', dataSrc: 'url', data: { url: '/lang/api/categories?limit=100' }, valueProperty: 'slug', template: '{{ item.name }}' },
      ] },
    ],
  };

  async function toSelects(): Promise<SdcPraticaWizard> {
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(FORM as never)));
    const el = await mountService(SERVICE.mensaRinnovo);
    await completeStep(el); // privacy
    return el;
  }

  it('fetches the options once for both selects, with the headers, and labels them by the template', async () => {
    loginAs('giulia');
    const asked: Request[] = [];
    const on = ({ request }: { request: Request }) => { if (new URL(request.url).pathname.endsWith('/api/categories')) asked.push(request); };
    worker.events.on('request:start', on);
    try {
      const el = await toSelects();
      const select = inputByName(el, 'argomento') as unknown as HTMLSelectElement;
      await waitUntil(() => select.options.length > 2, 'the options did not load', { timeout: 8000 });
      expect(text([...select.options].find((o) => o.value === 'anagrafe-e-stato-civile'))).to.equal('Anagrafe e stato civile');
      expect((inputByName(el, 'altro') as unknown as HTMLSelectElement).options.length).to.equal(select.options.length);
      expect(asked.length).to.equal(1);
      expect(asked[0]!.headers.get('X-Ente')).to.equal('esempio');
      await expect(el).to.be.accessible();
    } finally {
      worker.events.removeListener('request:start', on);
    }
  });

  it('says the choices could not be loaded, with a "Riprova" that loads them', async () => {
    loginAs('giulia');
    setClientDefaults(document, { retries: 0 });
    worker.use(http.get('*/api/categories', () => HttpResponse.json({ type: 'error', title: 'Internal Server Error' }, { status: 500 })));
    const el = await toSelects();
    await waitUntil(() => !!root(el).querySelector('[id$="-remote"]'), 'no failure shown', { timeout: 8000 });
    const note = root(el).querySelector('[data-path="argomento"] [id$="-remote"]')!;
    expect(text(note)).to.contain('Non è stato possibile caricare le scelte.');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    [...note.querySelectorAll('button')].find((b) => text(b) === 'Riprova')!.click();
    const select = () => inputByName(el, 'argomento') as unknown as HTMLSelectElement;
    await waitUntil(() => select().options.length > 2, 'Riprova did not load the options', { timeout: 8000 });
    expect(root(el).querySelector('[id$="-remote"]')).to.equal(null);
  });
});

describe('sdc-pratica-wizard: the address component', () => {
  it('asks the address by hand (no geocoder called), checks CAP and provincia, and sends Form.io’s manual shape', async () => {
    loginAs('giulia');
    const form = { _id: 'f4', display: 'wizard', title: 'Segnalazione', components: [
      { type: 'panel', key: 'chi', title: 'Richiedente', components: [applicant()] },
      { type: 'panel', key: 'dove', title: 'Dove', components: [
        { type: 'address', key: 'luogo', label: 'Luogo del disservizio', input: true, provider: 'nominatim', enableManualMode: true, validate: { required: true } },
      ] },
    ] };
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(form as never)));
    const outside: string[] = [];
    const on = ({ request }: { request: Request }) => { if (new URL(request.url).origin !== location.origin) outside.push(request.url); };
    worker.events.on('request:start', on);
    try {
      const el = await mountService(SERVICE.mensaRinnovo);
      await completeStep(el); // privacy
      await completeStep(el); // applicant, prefilled
      expect(heading(el)).to.equal('Dove');
      expect(text(root(el).querySelector('[data-path="luogo"] legend, fieldset legend'))).to.contain('Luogo del disservizio');
      await expect(el).to.be.accessible();
      const zip = inputByName(el, 'luogo.address.zip')!;
      zip.value = '12';
      fire(zip);
      const state = inputByName(el, 'luogo.address.state')!;
      state.value = 'XX';
      fire(state);
      await settle(el);
      await primary(el);
      const summary = text($(el, '#error-summary'));
      expect(summary).to.contain('Il CAP deve avere 5 cifre');
      expect(summary).to.contain('sigla di una provincia italiana');
      await expect(el).to.be.accessible();
      for (let i = 0; i < 4 && heading(el) !== 'Riepilogo'; i++) await completeStep(el);
      await completeStep(el);
      await waitUntil(() => heading(el) === 'Richiesta inviata', `not sent: ${heading(el)}`, { timeout: 8000 });
      const app = tenantState().applications.at(-1)!;
      expect((app.data as Record<string, unknown>).luogo).to.deep.include({ mode: 'manual' });
      expect(JSON.stringify(app.data)).to.contain('"zip":"00100"');
      // Only the tenant and its form server: no geocoder (nominatim) is called.
      expect(outside.filter((u) => !u.startsWith('https://form.stanzadelcittadino.it/form/'))).to.deep.equal([]);
    } finally {
      worker.events.removeListener('request:start', on);
    }
  });
});
