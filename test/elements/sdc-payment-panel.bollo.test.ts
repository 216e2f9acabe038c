import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { BASE, CITIZEN, SERVICE, STATUS, addPratica, findUser, loginAs, tenantState, worker } from '../support/mock.js';
import { applicationHandlers } from '../../mocks/handlers/applications.js';
import { paymentHandlers } from '../../mocks/handlers/payments.js';
import { validateBollo, EMPTY_BOLLO } from '../../src/elements/sdc-payment-panel/bollo-entry.js';
import '../../src/elements/sdc-payment-panel/define.js';
import type { SdcPaymentPanel } from '../../src/elements/sdc-payment-panel/sdc-payment-panel.js';

async function mount(praticaId: string, bolloRequired = false): Promise<SdcPaymentPanel> {
  const node = document.createElement('sdc-payment-panel');
  node.setAttribute('base-url', BASE);
  node.setAttribute('pratica-id', praticaId);
  node.toggleAttribute('bollo-required', bolloRequired);
  const el = await fixture<SdcPaymentPanel>(node);
  await waitUntil(() => !el.shadowRoot!.querySelector('.sdc-state--loading'), 'panel did not load', { timeout: 5000 });
  return el;
}

const $ = (el: SdcPaymentPanel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SdcPaymentPanel, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const fact = (el: SdcPaymentPanel, label: string) => text($$(el, '.facts dt').find((dt) => text(dt) === label)?.nextElementSibling);

async function typeInto(el: SdcPaymentPanel, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

async function submit(el: SdcPaymentPanel) {
  ($(el, '.bollo-card button[type=submit]') as HTMLButtonElement).click();
  await el.updateComplete;
}

/** A draft as the wizard saves it: raw Form.io submission with the applicant matching the citizen. */
function draft() {
  loginAs('giulia');
  const u = findUser(CITIZEN.giulia)!;
  const applicant = { data: { completename: { data: { name: u.nome, surname: u.cognome } }, fiscal_code: { data: { fiscal_code: u.codice_fiscale } } } };
  return addPratica({ user: 'giulia', service_id: SERVICE.certificati, status: STATUS.DRAFT, data: { applicant, tipo_certificato: 'residenza' } });
}

beforeEach(() => {
  worker.use(...applicationHandlers, ...paymentHandlers);
});

describe('sdc-payment-panel: marca da bollo', () => {
  it('shows a physical marca da bollo: type, causale, identifier and emission date', async () => {
    loginAs('giulia');
    const app = addPratica({
      user: 'giulia', service_id: SERVICE.certificati, status: STATUS.SUBMITTED, payment_type: 'bollo',
      payment_data: { status: 'paid', bollo_identifier: '01234567890123', bollo_emission_date: '2026-03-05', bollo_emission_hour: '10:25:43' },
    } as Parameters<typeof addPratica>[0]);
    const el = await mount(app.id);
    expect(text($(el, '.payment__title'))).to.equal('Imposta di bollo');
    expect(text($(el, '.sdc-tag'))).to.equal('Pagato');
    expect(fact(el, 'Tipo')).to.equal('Marca da bollo (contrassegno telematico)');
    expect(fact(el, 'Causale')).to.equal('Imposta di bollo');
    expect(fact(el, 'Identificativo')).to.equal('01234567890123');
    // The marca's printed Italian time, whatever the device's zone.
    expect(fact(el, 'Data e ora di emissione')).to.match(/^05\/03\/2026, 10:25( \(ora italiana\))?$/);
    expect($(el, '.bollo-card')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks for the stamp when the request needs one and lists every problem on an empty save', async () => {
    const app = draft();
    const el = await mount(app.id, true);
    expect(text($(el, '.bollo-card h3'))).to.equal('Inserisci i dati della marca da bollo');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.error-summary'), 'the error summary did not take focus');
    expect($$(el, '.error-summary li').map(text)).to.deep.equal([
      'Inserisci l’identificativo della marca da bollo',
      'Inserisci la data di emissione',
      'Inserisci l’ora di emissione',
      'Conferma che la marca da bollo è usata solo per questa richiesta',
    ]);
    expect($(el, '#bollo-identifier')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#bollo-identifier')!.getAttribute('aria-describedby')).to.contain('bollo-identifier-error');
    await expect(el).to.be.accessible();
    ($(el, '.error-summary a') as HTMLAnchorElement).click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#bollo-identifier'));
  });

  it('says exactly what is wrong with an identifier, a date or a time', async () => {
    const app = draft();
    const el = await mount(app.id, true);
    await typeInto(el, 'bollo-identifier', '0123456789012');
    await typeInto(el, 'bollo-date', '31/04/2026');
    await typeInto(el, 'bollo-time', '25:00');
    await submit(el);
    expect(text($(el, '#bollo-identifier-error'))).to.contain('L’identificativo della marca da bollo deve avere 14 cifre');
    expect(text($(el, '#bollo-date-error'))).to.contain('La data di emissione deve essere una data reale');
    expect(text($(el, '#bollo-time-error'))).to.contain('L’ora di emissione deve essere nel formato hh:mm');
  });

  it('validates identifier, date and time like the form engine, and refuses a stamp from the future', () => {
    const now = new Date(2026, 2, 10, 12, 0);
    const ok = validateBollo({ identifier: '0123 4567 8901 23', date: '05/03/2026', time: '10:25', declared: true }, now);
    expect(ok.value).to.deep.include({ identifier: '01234567890123', date: '2026-03-05', time: '10:25:00' });
    expect(validateBollo({ ...EMPTY_BOLLO, identifier: '0123456789012A', date: '05/03/2026', time: '10:25', declared: true }, now).errors)
      .to.deep.equal({ identifier: 'errIdFormat' });
    expect(validateBollo({ identifier: '01234567890123', date: '2026-03-05', time: '10:25', declared: true }, now).errors)
      .to.deep.equal({ date: 'errDateFormat' });
    expect(validateBollo({ identifier: '01234567890123', date: '11/03/2026', time: '09:00', declared: true }, now).errors)
      .to.deep.equal({ date: 'errFuture' });
  });

  it('saves the stamp on the pratica with PATCH and then shows it as recorded', async () => {
    const app = draft();
    const el = await mount(app.id, true);
    const sent: unknown[] = [];
    worker.events.on('request:start', async ({ request }) => {
      if (request.method === 'PATCH') sent.push(await request.clone().json());
    });
    await typeInto(el, 'bollo-identifier', '01234567890123');
    await typeInto(el, 'bollo-date', '05/03/2026');
    await typeInto(el, 'bollo-time', '10:25:43');
    ($(el, '#bollo-declared') as HTMLInputElement).click();
    await submit(el);
    await waitUntil(() => !$(el, '.bollo-card'), 'the form did not give way to the recorded stamp', { timeout: 5000 });
    worker.events.removeAllListeners();
    expect(sent).to.deep.equal([{ data: { bollo_identifier: '01234567890123', bollo_data_emissione: '2026-03-05', bollo_ora_emissione: '10:25:43' } }]);
    expect(tenantState().applications.find((a) => a.id === app.id)!.data.bollo_identifier).to.equal('01234567890123');
    expect(fact(el, 'Identificativo')).to.equal('01234567890123');
    expect(text($(el, '[role=status][aria-live]'))).to.contain('Dati della marca da bollo salvati');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed and says so when saving fails', async () => {
    const app = draft();
    const el = await mount(app.id, true);
    worker.use(http.patch('*/api/applications/:id', () => HttpResponse.json({ type: 'error', title: 'Internal Server Error' }, { status: 500 })));
    await typeInto(el, 'bollo-identifier', '01234567890123');
    await typeInto(el, 'bollo-date', '05/03/2026');
    await typeInto(el, 'bollo-time', '10:25');
    ($(el, '#bollo-declared') as HTMLInputElement).click();
    await submit(el);
    await waitUntil(() => $(el, '.bollo-card .sdc-alert--danger'), 'no save error shown', { timeout: 5000 });
    expect(text($(el, '.bollo-card .sdc-alert--danger'))).to.contain('I dati inseriti non sono stati persi');
    expect(($(el, '#bollo-identifier') as HTMLInputElement).value).to.equal('01234567890123');
    expect(($(el, '#bollo-time') as HTMLInputElement).value).to.equal('10:25');
    await expect(el).to.be.accessible();
  });
});
