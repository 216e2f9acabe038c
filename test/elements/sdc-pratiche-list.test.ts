import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BASE, CITIZEN, SERVICE, STATUS, addPratica, loginAs, mutate, worker, scenarios } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import type { SdcPraticheList } from '../../src/elements/sdc-pratiche-list/sdc-pratiche-list.js';
import { readUrlParams, writeUrlParams } from '../../src/controllers/url-state.js';
import { actionUrl, fillTemplate, resumeUrl } from '../../src/ui/pratica-links.js';

const DAY = 86_400_000;

/** API requests the element made, in order. */
let requests: URL[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const u = new URL(request.url);
  if (u.pathname.includes('/api/applications')) requests.push(u);
};

beforeEach(() => {
  // Each test arranges exactly the pratiche it talks about.
  mutate((s) => { s.applications = s.applications.filter((a) => a.user !== CITIZEN.giulia && a.user !== CITIZEN.marco); });
  requests = [];
  worker.events.on('request:start', onRequest);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});
afterEach(() => {
  worker.events.removeListener('request:start', onRequest);
});

function seed(n: number, fn: (i: number) => { service_id?: string; status?: number } = () => ({})) {
  const now = Date.now();
  for (let i = 0; i < n; i++) {
    const o = fn(i);
    addPratica({
      user: 'giulia', service_id: o.service_id ?? SERVICE.accessoAtti, status: o.status ?? STATUS.SUBMITTED,
      created_at: now - (n - i) * DAY, submitted_at: (o.status ?? STATUS.SUBMITTED) === STATUS.DRAFT ? null : now - (n - i) * DAY,
    });
  }
}

async function mount(attrs = ''): Promise<SdcPraticheList> {
  const el = await fixture<SdcPraticheList>(html`<sdc-pratiche-list base-url=${BASE} url-sync="hash"
    wizard-url="/richiesta.html?service={service}&pratica={pratica}" .pageSize=${10}></sdc-pratiche-list>`);
  void attrs;
  await settled(el);
  return el;
}

async function settled(el: Element) {
  await (el as SdcPraticheList).updateComplete;
  await waitUntil(() => !$(el, '.sdc-state--loading') && ($(el, '.cards') || $(el, '.sdc-state')), 'list did not load', { timeout: 5000 });
}

async function choose(el: Element, selectId: string, value: string) {
  const select = $(el, selectId) as HTMLSelectElement;
  await waitUntil(() => [...select.options].some((o) => o.value === value), `option ${value} not offered`);
  const before = requests.length;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => requests.length > before, 'no new request');
  await settled(el);
}

describe('sdc-pratiche-list', () => {
  it('lists the pratiche with service, date, number, status tag and the next action', async () => {
    loginAs('giulia');
    const draft = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.DRAFT, created_at: Date.UTC(2026, 2, 5, 10) });
    addPratica({ user: 'giulia', service_id: SERVICE.suoloPubblico, status: STATUS.PAYMENT_PENDING, created_at: Date.UTC(2026, 2, 4, 10), submitted_at: Date.UTC(2026, 2, 4, 10) });
    addPratica({ user: 'giulia', service_id: SERVICE.certificati, status: STATUS.REQUEST_INTEGRATION, created_at: Date.UTC(2026, 2, 3, 10), submitted_at: Date.UTC(2026, 2, 3, 10), protocol_number: 'PG-2026-0042' });
    addPratica({ user: 'giulia', service_id: SERVICE.certificati, status: STATUS.CANCELLED, created_at: Date.UTC(2026, 2, 2, 10), submitted_at: Date.UTC(2026, 2, 2, 10) });
    const el = await mount();
    const cards = $$(el, '.card');
    expect(cards).to.have.length(4);
    expect(text($(el, '.results-status'))).to.equal('4 pratiche trovate');
    // Newest first by default.
    expect(text(cards[0]!.querySelector('.card__title'))).to.contain('Accesso');
    expect(text(cards[0]!.querySelector('.meta dd'))).to.equal('05/03/2026');
    expect(text(cards[0]!.querySelector('.meta dt'))).to.equal('Creata il');
    expect(text(cards[0]!.querySelector('.sdc-tag'))).to.equal('Bozza');
    const completa = cards[0]!.querySelector<HTMLAnchorElement>('[data-action="completa"]')!;
    expect(completa.getAttribute('href')).to.equal(`/richiesta.html?service=${SERVICE.accessoAtti}&pratica=${draft.id}`);
    expect(text(cards[1]!.querySelector('.sdc-tag'))).to.equal('In attesa di pagamento');
    expect(cards[1]!.querySelector('[data-action="paga"]')!.getAttribute('href')).to.match(/^#\/pratiche\/.+\?sezione=pagamenti$/);
    expect(text(cards[2]!.querySelector('.card__category'))).to.equal('Protocollo n. PG-2026-0042');
    expect(cards[2]!.querySelector('[data-action="rispondi"]')).to.exist;
    // Red only for problems.
    expect(cards[3]!.querySelector('.sdc-tag--danger')).to.exist;
    expect(cards[0]!.querySelector('.sdc-tag--danger')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by service and status group: new request, URL updated, count announced', async () => {
    loginAs('giulia');
    seed(6, (i) => ({ service_id: i % 2 ? SERVICE.certificati : SERVICE.accessoAtti, status: i < 2 ? STATUS.DRAFT : STATUS.SUBMITTED }));
    const el = await mount();
    expect($$(el, '.card')).to.have.length(6);
    const slug = (await (await fetch(`${BASE}/api/services/${SERVICE.certificati}?version=2`)).json()).slug as string;
    requests = [];
    await choose(el, '#f-service', slug);
    expect(requests.at(-1)!.searchParams.get('service')).to.equal(slug);
    expect(location.hash).to.equal(`#/pratiche?servizio=${slug}`);
    expect($$(el, '.card')).to.have.length(3);
    expect(text($(el, '.results-status'))).to.equal('3 pratiche trovate');
    await choose(el, '#f-status', 'bozza');
    expect(requests.at(-1)!.searchParams.get('status')).to.equal('1000');
    expect(location.hash).to.equal(`#/pratiche?servizio=${slug}&stato=bozza`);
    expect($$(el, '.card')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state for a filter with no results, with a way to clear the filters', async () => {
    loginAs('giulia');
    seed(3);
    const el = await mount();
    await choose(el, '#f-status', 'ritirata');
    expect(text($(el, '.sdc-state--empty'))).to.contain('Nessuna pratica corrisponde ai filtri scelti');
    expect(text($(el, '.sdc-state--empty'))).to.contain('Non hai pratiche nello stato «Ritirata».');
    expect(text($(el, '.results-status'))).to.equal('0 pratiche trovate');
    await expect(el).to.be.accessible();
    $$(el, '.sdc-state--empty button')[0]!.click();
    await waitUntil(() => $$(el, '.card').length === 3, 'filters not cleared');
    expect(location.hash).to.equal('#/pratiche');
  });

  it('says there are no pratiche yet when the citizen has none', async () => {
    loginAs('marco');
    const el = await mount();
    expect(text($(el, '.sdc-state--empty'))).to.contain('Non hai ancora pratiche');
    await expect(el).to.be.accessible();
  });

  it('pages on the server with offset and limit, and keeps the page in the URL', async () => {
    loginAs('giulia');
    seed(25);
    const el = await mount();
    expect($$(el, '.card')).to.have.length(10);
    expect(requests.at(-1)!.searchParams.get('limit')).to.equal('10');
    expect(text($(el, '.results-status'))).to.equal('25 pratiche trovate, pagina 1 di 3');
    const page2 = $$(el, '.sdc-pager button').find((b) => text(b) === '2')!;
    page2.click();
    await waitUntil(() => text($(el, '.results-status')).includes('pagina 2 di 3'), 'page 2 not shown');
    expect(requests.at(-1)!.searchParams.get('offset')).to.equal('10');
    expect(location.hash).to.equal('#/pratiche?pagina=2');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.results-status'));
    const next = $$(el, '.sdc-pager button').at(-1)!;
    next.click();
    await waitUntil(() => text($(el, '.results-status')).includes('pagina 3 di 3'), 'page 3 not shown');
    expect($$(el, '.card')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('opens on the filters and page of the URL (deep link, reload) and follows Back', async () => {
    loginAs('giulia');
    seed(25, (i) => ({ status: i % 5 === 0 ? STATUS.DRAFT : STATUS.SUBMITTED }));
    history.replaceState(null, '', '#/pratiche?stato=inviata&pagina=2&ordine=meno-recenti');
    const el = await mount();
    expect(($(el, '#f-status') as HTMLSelectElement).value).to.equal('inviata');
    expect(($(el, '#f-sort') as HTMLSelectElement).value).to.equal('ASC');
    expect(text($(el, '.results-status'))).to.equal('20 pratiche trovate, pagina 2 di 2');
    history.pushState(null, '', '#/pratiche?stato=bozza');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitUntil(() => text($(el, '.results-status')) === '5 pratiche trovate', 'did not follow the URL');
    expect(requests.at(-1)!.searchParams.get('status')).to.equal('1000');
  });

  it('asks to log in when nobody is logged in', async () => {
    const el = await mount();
    const login = $(el, '.sdc-state--login a') as HTMLAnchorElement;
    expect(login.getAttribute('href')).to.contain(`${BASE}/login?return-url=`);
    expect(text(login)).to.equal('Accedi con SPID o CIE');
    await expect(el).to.be.accessible();
  });

  it('shows the login panel when the list answers 401', async () => {
    loginAs('giulia');
    worker.use(scenarios.unauthorized('/api/applications', 'get'));
    const el = await mount();
    await waitUntil(() => $(el, '.sdc-state--login'), 'no login panel');
    expect($(el, '.cards')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an error with Riprova when the list response is malformed, and recovers', async () => {
    loginAs('giulia');
    seed(2);
    worker.use(http.get('*/api/applications', () => HttpResponse.json({ meta: { count: 'many' }, data: [{ id: 7, status: {} }] } as never), { once: true }));
    const el = await mount();
    expect(text($(el, '.sdc-state--error'))).to.contain('risposta non valida');
    await expect(el).to.be.accessible();
    ($(el, '.sdc-retry') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, '.card').length === 2, 'retry did not load the list');
  });

  it('keeps the page\'s own query parameters when it stores its filters in the query string', () => {
    const before = `${location.pathname}${location.search}${location.hash}`;
    try {
      history.replaceState(null, '', `${location.pathname}?${new URLSearchParams(location.search)}&lang=it&servizio=old`);
      writeUrlParams('search', new URLSearchParams({ stato: 'bozza' }), { keys: ['servizio', 'stato', 'ordine', 'pagina'] });
      const p = readUrlParams('search');
      expect(p.get('lang')).to.equal('it');
      expect(p.get('stato')).to.equal('bozza');
      expect(p.has('servizio')).to.equal(false);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('builds wizard links from the page template, dropping parameters without a value', () => {
    const tpl = '/richiesta.html?service={service}&pratica={pratica}';
    expect(resumeUrl(tpl, { id: 'p 1', serviceId: 's1', serviceSlug: 'slug' })).to.equal('/richiesta.html?service=s1&pratica=p%201');
    expect(actionUrl(tpl, 's2', 'rinnovo', 'p1')).to.equal('/richiesta.html?service=s2&action=rinnovo&ref=p1');
    expect(actionUrl('/w?service={service}&a={action}&r={ref}', 's2', 'voltura', 'p1')).to.equal('/w?service=s2&a=voltura&r=p1');
    expect(fillTemplate('/servizi/{service}#modulo', { service: 'x' })).to.equal('/servizi/x#modulo');
  });
});
