/**
 * "Componi il widget" (demo/componi.html): an editor checks the OpenCity address, picks an element and a
 * service, sees it live and copies the snippet; every way the address can be wrong is explained in
 * plain Italian. Against the msw tenant, with handlers for the failures.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { worker, BASE } from '../support/mock.js';
import { $, $$, buttonNamed, deep, fieldByLabel, loaded, selectOption, settled, text, typeInto, waitForText } from '../support/dom.js';
import { CDN_URL, type DemoEmbedBuilder } from '../../demo/builder/embed-builder.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/elements/sdc-provider/define.js';
import '../../src/elements/sdc-service-card/define.js';
import '../../src/elements/sdc-service-list/define.js';

const TENANT = 'https://servizi.comune.example.it/lang';
/** The embedded tenant, as the demo page gives it: absolute. */
const MOCK = new URL(BASE, location.href).href;

async function mount(base = MOCK): Promise<DemoEmbedBuilder> {
  const el = await fixture<DemoEmbedBuilder>(html`<demo-embed-builder default-base-url=${base}></demo-embed-builder>`);
  el.loadElement = async () => undefined;
  return el;
}

async function checkAddress(el: DemoEmbedBuilder, address?: string): Promise<void> {
  if (address !== undefined) typeInto(fieldByLabel(el, /Indirizzo dei servizi OpenCity/), address);
  await settled(el);
  buttonNamed(el, 'Verifica l’indirizzo').click();
  await waitUntil(() => el.querySelector('.alert') && !el.querySelector('button[aria-busy="true"]'), 'the check never ended');
  await settled(el);
}

const alertText = (el: DemoEmbedBuilder) => $$(el, '[role="alert"]').map(text).join(' ');

describe('Componi il widget (embed builder)', () => {
  it('checks the address, lists the live catalogue, previews the chosen service and copies the exact snippet', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await checkAddress(el);
    expect(text($(el, '[role="status"]'))).to.match(/Collegamento riuscito: \d+ servizi pubblicati\./);

    (deep<HTMLInputElement>(el, 'input[type="radio"][id$="sdc-service-card"]'))!.click();
    await settled(el);
    const select = fieldByLabel<HTMLSelectElement>(el, 'Servizio');
    selectOption(select, /Accesso agli atti/);
    await settled(el);
    typeInto(fieldByLabel(el, /Pagina della richiesta online/), '/richiesta?service={id}');
    await settled(el);

    // The preview is the real element, with the tenant and the attributes the snippet has.
    await waitUntil(() => el.querySelector('sdc-provider sdc-service-card'), 'no preview');
    expect(el.querySelector('sdc-provider')!.getAttribute('base-url')).to.equal(MOCK);
    expect(el.querySelector('sdc-service-card')!.getAttribute('service-id')).to.equal(select.value);
    await loaded(el.querySelector('sdc-service-card')!);
    await waitForText(el.querySelector('sdc-service-card')!, 'Accesso agli atti');

    const code = $(el, 'pre code')!.textContent;
    expect(CDN_URL).to.include(`sdc-widgets@${VERSION}/`);
    expect(code).to.equal(`<script type="module" src="${CDN_URL}"></script>\n\n`
      + `<sdc-provider base-url="${MOCK}">\n`
      + `  <sdc-service-card service-id="${select.value}" wizard-url="/richiesta?service={id}"></sdc-service-card>\n`
      + '</sdc-provider>\n');

    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { copied.push(t); } } });
    try {
      buttonNamed(el, 'Copia il codice').click();
      await waitForText(el, 'Codice copiato negli appunti.');
      expect(copied).to.deep.equal([el.snippet]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    await expect(el).to.be.accessible();
  });

  it('escapes what the editor typed in the snippet and builds the preview without parsing it as HTML', async () => {
    const el = await mount();
    await checkAddress(el);
    typeInto(fieldByLabel(el, /Pagina della scheda servizio/), '/s?id={identifier}"><img src=x onerror=alert(1)>');
    await settled(el);
    expect(text($(el, 'pre code'))).to.include('service-url="/s?id={identifier}&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    await waitUntil(() => el.querySelector('sdc-service-list'), 'no preview');
    expect(el.querySelector('.demo-builder__preview img')).to.equal(null);
  });

  it('explains a web page where the API was expected (the site’s address instead of the tenant’s)', async () => {
    worker.use(http.get(`${TENANT}/api/services`, () => HttpResponse.html('<!doctype html><title>Comune</title><h1>Benvenuti</h1>')));
    const el = await mount();
    await checkAddress(el, TENANT);
    expect(alertText(el)).to.include('Questo non è l’indirizzo dei servizi OpenCity');
    expect(alertText(el)).to.include(`${TENANT}/api/services`);
    expect(alertText(el)).to.include('seguito da /lang');
    expect($(el, 'pre code')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a 404', async () => {
    worker.use(http.get(`${TENANT}/api/services`, () => HttpResponse.html('<h1>Not Found</h1>', { status: 404 })));
    const el = await mount();
    await checkAddress(el, TENANT);
    expect(alertText(el)).to.include('Indirizzo non trovato (errore 404)');
    await expect(el).to.be.accessible();
  });

  it('explains a CORS refusal and what to ask the OpenCity administrator', async () => {
    // What a browser shows when the answer lacks Access-Control-Allow-Origin for this origin: a network
    // error for the page's request, while an opaque (no-cors) request to the same server goes through.
    worker.use(http.get(`${TENANT}/api/services`, ({ request }) => (request.mode === 'no-cors' ? new HttpResponse('[]') : HttpResponse.error())));
    const el = await mount();
    await checkAddress(el, TENANT);
    const said = alertText(el);
    expect(said).to.include('OpenCity non permette a questo sito di leggere i dati');
    expect(said).to.include(`Chiedi all’amministratore di OpenCity del Comune di consentire l’origine ${location.origin}`);
    expect(said).to.include('di solito finisce con /lang');
    await expect(el).to.be.accessible();
  });

  it('tells an unreachable server from a CORS refusal', async () => {
    worker.use(http.get(`${TENANT}/api/services`, () => HttpResponse.error()));
    const el = await mount();
    await checkAddress(el, TENANT);
    expect(alertText(el)).to.include('Server non raggiungibile');
    expect(alertText(el)).to.include('servizi.comune.example.it');
    expect(alertText(el)).not.to.include('CORS');
    await expect(el).to.be.accessible();
  });

  it('says when no services are published, and still gives the code for the elements that need none', async () => {
    worker.use(http.get(`${TENANT}/api/services`, () => HttpResponse.json([])));
    const el = await mount();
    await checkAddress(el, TENANT);
    expect(alertText(el)).to.include('Nessun servizio pubblicato');
    expect(text($(el, 'pre code'))).to.include(`<sdc-provider base-url="${TENANT}">`);
    await expect(el).to.be.accessible();
  });

  it('explains a server error, and "Riprova" checks again', async () => {
    let calls = 0;
    // Counts the builder's checks (no query string), not the preview's own catalogue requests.
    worker.use(http.get(`${TENANT}/api/services`, ({ request }) => (new URL(request.url).search || ++calls > 1 ? HttpResponse.json([{ id: 'a1', identifier: 'anagrafe', name: 'Certificati anagrafici' }]) : HttpResponse.json({ type: 'error', title: 'Internal Server Error' }, { status: 500 }))));
    const el = await mount();
    await checkAddress(el, TENANT);
    expect(alertText(el)).to.include('codice 500');
    buttonNamed(el, 'Riprova').click();
    await waitForText(el, 'Collegamento riuscito: 1 servizio pubblicato.');
    expect(calls).to.equal(2);
  });

  it('takes an API address pasted whole as the tenant’s base', async () => {
    worker.use(http.get(`${TENANT}/api/services`, () => HttpResponse.json([{ id: 'a1', identifier: 'anagrafe', name: 'Certificati anagrafici' }])));
    const el = await mount();
    await checkAddress(el, `${TENANT}/api/services?version=2`);
    expect(text($(el, '[role="status"]'))).to.equal('Collegamento riuscito: 1 servizio pubblicato.');
    expect($(el, 'pre code')!.textContent).to.include(`<sdc-provider base-url="${TENANT}">`);
  });

  it('asks for a full address', async () => {
    const el = await mount();
    await checkAddress(el, 'comune di esempio');
    expect(alertText(el)).to.include('Scrivi l’indirizzo completo, che inizia con https://');
    expect(fieldByLabel(el, /Indirizzo dei servizi OpenCity/).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
