import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BASE, CITIZEN, loginAs, worker, scenarios, findUser } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-profile/define.js';
import type { SdcProfile } from '../../src/elements/sdc-profile/sdc-profile.js';


let patches: Array<Record<string, unknown>> = [];
const onRequest = ({ request }: { request: Request }) => {
  if (request.method === 'PATCH' && request.url.includes('/api/users/')) void request.clone().json().then((b) => patches.push(b as Record<string, unknown>));
};
beforeEach(() => {
  patches = [];
  worker.events.on('request:start', onRequest);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

async function mount(): Promise<SdcProfile> {
  const el = await fixture<SdcProfile>(html`<sdc-profile base-url=${BASE}></sdc-profile>`);
  await waitUntil(() => $(el, '.view') || $(el, '.sdc-state--error') || $(el, '.sdc-state--login'), 'profile did not load', { timeout: 5000 });
  return el;
}
async function edit(el: SdcProfile) {
  ($(el, '[data-action="edit"]') as HTMLButtonElement).click();
  await waitUntil(() => $(el, 'form'), 'no form');
}
async function type(el: SdcProfile, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
async function save(el: SdcProfile) {
  ($(el, '[data-action="save"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('sdc-profile', () => {
  it('shows the profile with the SPID/CIE data and their explanation', async () => {
    loginAs('giulia');
    const el = await mount();
    expect(text($(el, '.view'))).to.contain('Giulia');
    expect(text($(el, '.note'))).to.contain('provengono dalla tua identità digitale (SPID o CIE)');
    expect(text(el.shadowRoot!)).to.contain('BNCGLI85C52A944F');
    await expect(el).to.be.accessible();
  });

  it('renders name, surname and codice fiscale readonly (not disabled) while editing', async () => {
    loginAs('giulia');
    const el = await mount();
    await edit(el);
    for (const id of ['p-givenName', 'p-familyName', 'p-fiscalCode']) {
      const input = $(el, `#${id}`) as HTMLInputElement;
      expect(input.readOnly, id).to.equal(true);
      expect(input.disabled, id).to.equal(false);
      expect(input.getAttribute('aria-readonly')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain(`${id}-locked`);
    }
    expect(($(el, '#p-email') as HTMLInputElement).readOnly).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#p-email'));
    await expect(el).to.be.accessible();
  });

  it('saves the changed contacts and address with PATCH, leaving the SPID/CIE fields out of the request', async () => {
    loginAs('giulia');
    const el = await mount();
    await edit(el);
    await type(el, 'p-email', 'giulia.nuova@example.org');
    await type(el, 'p-dom-address', 'Via Garibaldi 3');
    await type(el, 'p-dom-postalCode', '40121');
    await type(el, 'p-dom-province', 'bo');
    await save(el);
    await waitUntil(() => text($(el, '.status')).includes('Le modifiche al profilo sono state salvate'), 'no success message');
    expect(patches).to.have.length(1);
    expect(patches[0]).to.deep.equal({
      email: 'giulia.nuova@example.org', indirizzo_domicilio: 'Via Garibaldi 3', cap_domicilio: '40121', provincia_domicilio: 'BO',
    });
    for (const k of ['nome', 'cognome', 'codice_fiscale']) expect(patches[0]).not.to.have.property(k);
    const stored = findUser(CITIZEN.giulia)!;
    expect(stored.email).to.equal('giulia.nuova@example.org');
    expect(stored.nome).to.equal('Giulia');
    expect($$(el, '.view').map(text).join(' ')).to.contain('giulia.nuova@example.org');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.status'));
    await expect(el).to.be.accessible();
  });

  it('validates CAP, phone, email and province before sending, with an error summary linked to the fields', async () => {
    loginAs('giulia');
    const el = await mount();
    await edit(el);
    await type(el, 'p-email', 'giulia@');
    await type(el, 'p-mobilePhone', '347-12');
    await type(el, 'p-res-postalCode', '0014');
    await type(el, 'p-res-province', 'Bologna');
    await save(el);
    await waitUntil(() => $(el, '.error-summary'), 'no error summary');
    expect(patches).to.have.length(0);
    const links = $$(el, '.error-summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#p-email', '#p-mobilePhone', '#p-res-postalCode', '#p-res-province']);
    expect(text($(el, '#p-email-error'))).to.contain('Inserisci un indirizzo email valido');
    expect(text($(el, '#p-res-postalCode-error'))).to.contain('Il CAP deve avere 5 cifre');
    expect(($(el, '#p-res-postalCode') as HTMLInputElement).getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.error-summary'));
    expect(($(el, '#p-email') as HTMLInputElement).value).to.equal('giulia@');
    await expect(el).to.be.accessible();
    links[2]!.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#p-res-postalCode'));
  });

  it('maps server field errors to the fields and keeps everything typed', async () => {
    loginAs('giulia');
    worker.use(http.patch('*/api/users/:id', () => HttpResponse.json({ type: 'validation_error', title: 'There was a validation error', errors: ['Questo valore non è valido.: cellulare'] }, { status: 400 })));
    const el = await mount();
    await edit(el);
    await type(el, 'p-mobilePhone', '+39 333 0000000');
    await type(el, 'p-res-address', 'Via Nuova 1');
    await save(el);
    await waitUntil(() => $(el, '.error-summary'), 'no error summary');
    expect(text($(el, '#p-mobilePhone-error'))).to.contain('Questo valore non è valido.');
    expect(($(el, '#p-mobilePhone') as HTMLInputElement).value).to.equal('+39 333 0000000');
    expect(($(el, '#p-res-address') as HTMLInputElement).value).to.equal('Via Nuova 1');
    await expect(el).to.be.accessible();
  });

  it('keeps the form and says the changes were not saved when the server fails', async () => {
    loginAs('giulia');
    worker.use(scenarios.serverError('/api/users/:id', 'patch'));
    const el = await mount();
    await edit(el);
    await type(el, 'p-phone', '06 1234 5678');
    await save(el);
    await waitUntil(() => text($(el, '.form-error')).includes('Le modifiche non sono state salvate'), 'no error');
    expect(text($(el, '.form-error'))).to.contain('I dati che hai inserito sono ancora nel modulo');
    expect(($(el, '#p-phone') as HTMLInputElement).value).to.equal('06 1234 5678');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.form-error'));
    await expect(el).to.be.accessible();
  });

  it('asks to log in when nobody is logged in', async () => {
    const el = await mount();
    expect($(el, '.sdc-state--login a')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with Riprova when the profile cannot be loaded', async () => {
    loginAs('giulia');
    worker.use(scenarios.serverError('/api/users/:id', 'get'));
    const el = await mount();
    await waitUntil(() => $(el, '.sdc-state--error, .sdc-state--login'), 'no error');
    await expect(el).to.be.accessible();
  });
});
