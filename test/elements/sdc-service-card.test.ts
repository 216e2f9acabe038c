import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/elements/sdc-service-card/define.js';
import type { SdcServiceCard } from '../../src/elements/sdc-service-card/sdc-service-card.js';
import { BASE, SERVICE, mutate, scenarios, worker } from '../support/mock.js';
import { serviceToWire } from '../../mocks/wire.js';
import { findService } from '../../mocks/db.js';

const WIZARD = '/richiesta.html?service={id}';
const BOOKING = '/prenota.html?service={identifier}';
const LIST = '/index.html';

const $ = (sel: string) => document.querySelector(sel);
const $$ = (sel: string) => [...document.querySelectorAll(sel)];
const text = (sel: string) => $(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mount(id: string, extra = html``) {
  const el = await fixture<SdcServiceCard>(html`<div>
    <sdc-service-card base-url=${BASE} service-id=${id} wizard-url=${WIZARD} booking-url=${BOOKING} list-url=${LIST}></sdc-service-card>
    ${extra}
  </div>`);
  const card = el.querySelector('sdc-service-card')!;
  await waitUntil(() => card.querySelector('[data-element="service-title"], .sdc-state--error, .sdc-card__notfound'), 'the card did not load', { timeout: 5000 });
  await card.updateComplete;
  return card;
}

/** The checker wants `div[data-element=X] p` with at least 3 characters (pa-domain.md §5.2). */
function voiceParagraph(dataElement: string): string {
  const p = $(`div[data-element="${dataElement}"] p`);
  return p?.textContent?.trim() ?? '';
}

describe('sdc-service-card', () => {
  it('renders every voice of the scheda in the light DOM, in the Modello Comuni order', async () => {
    const card = await mount('accesso-atti');
    expect(card.shadowRoot).to.equal(null);

    const crumbs = $$('[data-element="breadcrumb"] li').map((li) => li.textContent!.replace('/', '').trim());
    expect(crumbs).to.deep.equal(['Servizi', 'Catasto e urbanistica', 'Accesso agli atti amministrativi']);
    expect(($('[data-element="breadcrumb"] a') as HTMLAnchorElement).getAttribute('href')).to.equal(LIST);

    expect($('h1[data-element="service-title"]')!.textContent!.trim()).to.equal('Accesso agli atti amministrativi');
    expect(text('[data-element="service-status"]')).to.equal('Servizio attivo');
    expect(text('[data-element="service-description"]')).to.contain('diritti di segreteria');

    // The index: the checker's eight labels, exact and in order (others may be interleaved).
    const index = $$('ul[data-element="page-index"] li a').map((a) => a.textContent!.trim());
    const required = ['A chi è rivolto', 'Come fare', 'Cosa serve', 'Cosa si ottiene', 'Tempi e scadenze', 'Accedi al servizio', 'Condizioni di servizio', 'Contatti'];
    const positions = required.map((label) => index.indexOf(label));
    expect(positions.every((p) => p >= 0), `index: ${index.join(', ')}`).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    // Every index entry points to a section that exists.
    for (const a of $$('ul[data-element="page-index"] a')) expect(document.getElementById(a.getAttribute('href')!.slice(1)), a.textContent!).to.exist;

    // Each voice has content the checker can read.
    for (const voice of ['service-addressed', 'service-needed', 'service-how-to', 'service-achieved', 'service-calendar-text']) {
      expect(voiceParagraph(voice).length, voice).to.be.greaterThan(2);
    }
    // The DOM order of the voices follows the index.
    const order = ['service-title', 'service-status', 'service-description', 'page-index', 'service-addressed', 'service-how-to', 'service-needed', 'service-achieved', 'service-calendar-text', 'service-online-access', 'service-file', 'service-area', 'service-topic'];
    const nodes = order.map((d) => $(`[data-element="${d}"]`)!);
    nodes.forEach((n, i) => expect(n, order[i]).to.exist);
    for (let i = 1; i < nodes.length; i++) {
      expect(nodes[i - 1].compareDocumentPosition(nodes[i]) & Node.DOCUMENT_POSITION_FOLLOWING, `${order[i - 1]} before ${order[i]}`).to.not.equal(0);
    }

    expect($('[data-element="service-generic-access"]')!.textContent).to.contain('SPID o CIE');
    expect(text('div[data-element="service-area"]')).to.contain('Ufficio Tecnico');
    expect($$('a[data-element="service-topic"]').map((a) => a.textContent!.trim())).to.deep.equal(['Catasto e urbanistica']);
    expect(($('a[data-element="service-file"]') as HTMLAnchorElement).href).to.match(/\/lang\/api\/services\/.+\/attachments\/conditions\/condizioni-accesso-atti\.pdf$/);
    expect($('[data-element="feedback"] [data-element="feedback-title"]')).to.exist;
    await expect(card).to.be.accessible();
  });

  it('fills the URL templates of the access, booking and topic links', async () => {
    await mount('accesso-atti');
    expect(($('a[data-element="service-online-access"]') as HTMLAnchorElement).getAttribute('href')).to.equal(`/richiesta.html?service=${SERVICE.accessoAtti}`);
    expect(($('a[data-element="service-booking-access"]') as HTMLAnchorElement).getAttribute('href')).to.equal('/prenota.html?service=accesso-atti');
    expect(($('a[data-element="appointment-booking"]') as HTMLAnchorElement).getAttribute('href')).to.equal('/prenota.html?service=accesso-atti');
    expect(($('a[data-element="service-topic"]') as HTMLAnchorElement).getAttribute('href')).to.match(/^\/index\.html\?categoria=c1a0e7b2-0006/);
  });

  it('says what the service costs and when it is paid, from its payment configuration', async () => {
    worker.use(http.get('*/api/services/:id', ({ params }) => {
      const s = findService(String(params.id));
      if (!s) return HttpResponse.json(['Service not found'], { status: 404 });
      return HttpResponse.json({
        ...serviceToWire(s, BASE),
        payment_required: 1,
        payment_parameters: { total_amounts: '1020.5', gateways: [{ identifier: 'mypay' }], stamps: [{ amount: 16, reason: 'Imposta sull’istanza', when: 'richiesta' }] },
      });
    }));
    const card = await mount('accesso-atti');
    const costs = text('#costs');
    expect(costs).to.contain('Quanto costa');
    expect(costs).to.contain('Imposta di bollo').and.contain('16,00 €').and.contain('al momento della richiesta');
    expect(costs).to.contain('Diritti di segreteria e costi del servizio').and.contain('1.020,50 €');
    expect(costs).to.contain('Quando si paga').and.contain('online con pagoPA');
    await expect(card).to.be.accessible();
  });

  it('explains a deferred payment', async () => {
    await mount('occupazione-suolo-pubblico');
    expect(text('#costs')).to.contain('Dopo l’esame della richiesta');
  });

  it('shows a suspended service with its reason and without the online access button', async () => {
    const card = await mount('trasporto-scolastico');
    const status = text('[data-element="service-status"]');
    expect(status).to.contain('Servizio sospeso');
    expect(status).to.contain('temporaneamente sospeso');
    expect($('[data-element="service-online-access"]')).to.equal(null);
    expect(text('#submit-request')).to.contain('Al momento non è possibile presentare la richiesta online');
    await expect(card).to.be.accessible();
  });

  it('uses the backend’s own reason when it gives one', async () => {
    mutate((s) => { s.services.find((x) => x.id === SERVICE.trasporto)!.status_reason = 'Iscrizioni chiuse fino al 15 gennaio 2027.'; });
    await mount('trasporto-scolastico');
    expect(text('[data-element="service-status"]')).to.contain('Iscrizioni chiuse fino al 15 gennaio 2027.');
  });

  it('lists the other actions of the service group, each with its own wizard link and action', async () => {
    const card = await mount('iscrizione-mensa-scolastica');
    const actions = $$('.sdc-card__action');
    expect(actions.map((a) => a.querySelector('h4')!.textContent!.trim())).to.deep.equal(['Rinnovo', 'Interruzione', 'Sospensione', 'Modifica', 'Voltura', 'Subentro']);
    const voltura = actions[4];
    expect(voltura.textContent).to.contain('Intesta il servizio a un’altra persona');
    expect(voltura.querySelector('a')!.getAttribute('href')).to.equal(`/richiesta.html?service=${SERVICE.mensaVoltura}&action=voltura`);
    await expect(card).to.be.accessible();
  });

  it('adds the action to the access link of a service that is itself an action', async () => {
    await mount('rinnovo-mensa-scolastica');
    expect(($('a[data-element="service-online-access"]') as HTMLAnchorElement).getAttribute('href')).to.equal(`/richiesta.html?service=${SERVICE.mensaRinnovo}&action=rinnovo`);
    expect($$('.sdc-card__action h4').map((h) => h.textContent!.trim())).to.include('Attivazione');
  });

  it('sanitizes every HTML field of the backend', async () => {
    const payloads = '<p>Testo <img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=2">link</a></p><script>window.__pwned=3</script><iframe src="javascript:alert(1)"></iframe><p onclick="window.__pwned=4" style="position:fixed">Altro testo</p>';
    mutate((s) => {
      const svc = s.services.find((x) => x.id === SERVICE.accessoAtti)!;
      for (const f of ['short_description', 'description', 'who', 'how_to_do', 'howto', 'what_you_need', 'what_you_get', 'times_and_deadlines', 'costs', 'conditions', 'special_cases', 'more_info', 'status_reason']) svc[f] = payloads;
      svc.booking_call_to_action = 'javascript:window.__pwned=5';
      (svc.conditions_attachments as Array<Record<string, string>>)[0].url = 'javascript:window.__pwned=6';
    });
    const card = await mount('accesso-atti', html``);
    card.bookingUrl = undefined;
    await card.updateComplete;
    expect(card.querySelectorAll('script:not([type="application/ld+json"]), iframe, [onerror], [onclick], [style*="fixed"]')).to.have.length(0);
    for (const a of card.querySelectorAll('a')) expect(a.getAttribute('href') ?? '', a.outerHTML).not.to.match(/^\s*javascript:/i);
    expect(card.textContent).to.contain('Altro testo');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // The JSON-LD cannot be closed early by a backend string.
    const ld = card.querySelector('script[type="application/ld+json"]')!;
    expect(ld.textContent).not.to.contain('</script');
    expect(JSON.parse(ld.textContent!)['@type']).to.equal('GovernmentService');
  });

  it('publishes a GovernmentService JSON-LD in the light DOM', async () => {
    await mount('accesso-atti');
    const data = JSON.parse($('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.include({ '@type': 'GovernmentService', name: 'Accesso agli atti amministrativi', serviceType: 'Catasto e urbanistica' });
    expect(data.availableChannel.serviceUrl).to.contain(`/richiesta.html?service=${SERVICE.accessoAtti}`);
    expect(data.serviceOperator.name).to.be.a('string');
  });

  it('lists the offices in charge under "Contatti", with address, phone, e-mail, PEC and opening hours', async () => {
    const card = await mount('accesso-atti');
    const office = $('div[data-element="service-area"] .sdc-card__office')!;
    expect(office.querySelector('h3')!.textContent!.trim()).to.equal('Ufficio Tecnico – Sportello Unico Edilizia');
    const data = office.textContent!.replace(/\s+/g, ' ');
    expect(data).to.contain('Piazza del Municipio 1, 40099 Esempio (BO)');
    expect(data).to.contain('Martedì dalle 9:00 alle 12:30');
    expect((office.querySelector('a[href^="tel:"]') as HTMLAnchorElement).getAttribute('href')).to.equal('tel:+390510000031');
    expect((office.querySelector('a[href^="mailto:edilizia"]') as HTMLAnchorElement).textContent).to.equal('edilizia@comune.esempio.it');
    const ld = JSON.parse($('script[type="application/ld+json"]')!.textContent!);
    // A PostalAddress in its parts, from the office's location (schema.org; Modello Comuni structured data).
    expect(ld.availableChannel.serviceLocation.address).to.deep.equal({
      '@type': 'PostalAddress', streetAddress: 'Piazza del Municipio 1', postalCode: '40099', addressLocality: 'Esempio', addressRegion: 'BO', addressCountry: 'IT',
    });
    await expect(card).to.be.accessible();
  });

  it('still shows the scheda, with the contacts text, when the offices cannot be read', async () => {
    worker.use(scenarios.serverError('/api/user-groups', 'get'));
    const card = await mount('accesso-atti');
    expect($('h1[data-element="service-title"]')!.textContent!.trim()).to.equal('Accesso agli atti amministrativi');
    expect($('div[data-element="service-area"] .sdc-card__office')).to.equal(null);
    expect($('div[data-element="service-area"]')).to.exist;
    await expect(card).to.be.accessible();
  });

  it('says when a service does not exist and links back to the list', async () => {
    const card = await mount('servizio-che-non-esiste');
    expect(text('.sdc-card__notfound')).to.contain('Servizio non trovato');
    expect(($('.sdc-card__notfound a') as HTMLAnchorElement).getAttribute('href')).to.equal(LIST);
    await expect(card).to.be.accessible();
  });

  it('treats a cancelled service (403) as not found', async () => {
    await mount('bonus-bici-2023');
    expect(text('.sdc-card__notfound')).to.contain('Servizio non trovato');
  });

  it('shows an error with "Riprova" and loads the service on retry', async () => {
    worker.use(scenarios.serverError('/api/services/:id', 'get'));
    const card = await mount('accesso-atti');
    expect(text('.sdc-state--error')).to.contain('Non è stato possibile caricare la scheda del servizio');
    await expect(card).to.be.accessible();
    worker.resetHandlers();
    ([...card.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riprova') as HTMLButtonElement).click();
    await waitUntil(() => card.querySelector('[data-element="service-title"]'), 'no retry', { timeout: 5000 });
  });

  it('loads its service when another card asking for the same service is removed mid-request', async () => {
    // The removed card cancels its GET; the client must not hand that cancelled request to the other card.
    worker.use(scenarios.slow('/api/services/:id', 150, 'get'));
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const make = () => {
      const card = document.createElement('sdc-service-card') as SdcServiceCard;
      card.setAttribute('base-url', BASE);
      card.setAttribute('service-id', 'accesso-atti');
      return card;
    };
    const first = make();
    wrap.append(first);
    await first.updateComplete;
    const second = make();
    wrap.append(second);
    first.remove();
    await waitUntil(() => second.querySelector('[data-element="service-title"], .sdc-state--error'), 'the second card did not load', { timeout: 5000 });
    expect(second.querySelector('.sdc-state--error')).to.equal(null);
    expect(second.querySelector('[data-element="service-title"]')!.textContent!.trim()).to.equal('Accesso agli atti amministrativi');
    await expect(second).to.be.accessible();
  });

  it('shows the full scheda after switching from the compact variant mid-request', async () => {
    worker.use(scenarios.slow('/api/services/:id', 150, 'get'));
    const el = await fixture<SdcServiceCard>(html`<sdc-service-card base-url=${BASE} service-id="accesso-atti" variant="compact"></sdc-service-card>`);
    el.variant = 'full';
    await waitUntil(() => el.querySelector('[data-element="service-title"], .sdc-state--error'), 'the scheda did not load', { timeout: 5000 });
    expect(el.querySelector('.sdc-state--error')).to.equal(null);
    expect(el.querySelector('[data-element="page-index"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton while loading', async () => {
    worker.use(scenarios.hang('/api/services/:id', 'get'));
    const el = await fixture<SdcServiceCard>(html`<sdc-service-card base-url=${BASE} service-id="accesso-atti"></sdc-service-card>`);
    const status = el.querySelector('[role=status]')!;
    expect(status.getAttribute('aria-busy')).to.equal('true');
    expect(status.textContent).to.contain('Caricamento della scheda del servizio');
    await expect(el).to.be.accessible();
  });

  it('renders a compact card linking to the scheda', async () => {
    const el = await fixture<SdcServiceCard>(html`<sdc-service-card base-url=${BASE} service-id="accesso-atti" variant="compact"
      service-url="/servizio.html?id={identifier}" wizard-url=${WIZARD}></sdc-service-card>`);
    await waitUntil(() => el.querySelector('[data-element="service-link"]'), 'no compact card', { timeout: 5000 }).catch((e) => { throw new Error(e.message + el.innerHTML.slice(0, 1500)); });
    expect(el.querySelector('[data-element="service-link"]')!.getAttribute('href')).to.equal('/servizio.html?id=accesso-atti');
    expect(el.querySelector('[data-element="page-index"]')).to.equal(null);
    expect(el.querySelector('[data-element="feedback"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('Condizioni di servizio with the ente’s general terms (conditions-url)', () => {
    const TERMS = '/documenti/condizioni-generali-servizi-online.pdf';
    const withoutOwnConditions = () => mutate((s) => {
      const svc = s.services.find((x) => x.id === SERVICE.accessoAtti)!;
      svc.conditions = '';
      svc.conditions_attachments = [];
    });

    it('gives the voice its service-file link and links the sentence to it, when the service has no conditions of its own', async () => {
      withoutOwnConditions();
      const el = await fixture<HTMLDivElement>(html`<div><sdc-service-card base-url=${BASE} service-id="accesso-atti" conditions-url=${TERMS}></sdc-service-card></div>`);
      await waitUntil(() => el.querySelector('[data-element="service-title"]'), 'the card did not load', { timeout: 5000 });
      expect($$('ul[data-element="page-index"] li a').map((a) => a.textContent!.trim())).to.include('Condizioni di servizio');
      const file = $('#conditions a[data-element="service-file"]') as HTMLAnchorElement;
      expect(file.getAttribute('href')).to.equal(TERMS);
      expect(file.textContent!.trim()).to.equal('Termini e condizioni di servizio');
      const sentence = $('#conditions p')!;
      expect(sentence.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Per conoscere i dettagli di scadenze, requisiti e altre informazioni importanti, leggi i termini e le condizioni di servizio.');
      expect((sentence.querySelector('a') as HTMLAnchorElement).getAttribute('href')).to.equal(TERMS);
      await expect(el).to.be.accessible();
    });

    it('lists the general terms before the service’s own conditions documents', async () => {
      await mount('accesso-atti');
      const card = $('sdc-service-card') as SdcServiceCard;
      card.conditionsUrl = TERMS;
      await card.updateComplete;
      const files = $$('#conditions a[data-element="service-file"]').map((a) => a.getAttribute('href')!);
      expect(files[0]).to.equal(TERMS);
      expect(files[1]).to.match(/condizioni-accesso-atti\.pdf$/);
    });

    it('takes the general terms from <sdc-provider conditions-url>', async () => {
      withoutOwnConditions();
      await import('../../src/elements/sdc-provider/define.js');
      const el = await fixture<HTMLElement>(html`<sdc-provider base-url=${BASE} conditions-url=${TERMS}><sdc-service-card service-id="accesso-atti"></sdc-service-card></sdc-provider>`);
      await waitUntil(() => el.querySelector('[data-element="service-title"]'), 'the card did not load', { timeout: 5000 });
      expect(($('#conditions a[data-element="service-file"]') as HTMLAnchorElement).getAttribute('href')).to.equal(TERMS);
    });

    it('never renders a javascript: URL as the terms link', async () => {
      withoutOwnConditions();
      const el = await fixture<HTMLDivElement>(html`<div><sdc-service-card base-url=${BASE} service-id="accesso-atti" conditions-url="javascript:alert(1)"></sdc-service-card></div>`);
      await waitUntil(() => el.querySelector('[data-element="service-title"]'), 'the card did not load', { timeout: 5000 });
      for (const a of el.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
    });
  });
});
