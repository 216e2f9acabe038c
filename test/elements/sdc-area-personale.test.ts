import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, loginAs, worker, scenarios } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-area-personale/define.js';
import type { SdcAreaPersonale } from '../../src/elements/sdc-area-personale/sdc-area-personale.js';

const child = <T extends Element>(el: Element, tag: string) => el.shadowRoot!.querySelector(tag) as T | null;

beforeEach(() => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

async function mount(attrs: { labels?: boolean } = {}): Promise<SdcAreaPersonale> {
  const el = attrs.labels
    ? await fixture<SdcAreaPersonale>(html`<sdc-area-personale base-url=${BASE} label-pratiche="Le mie richieste" label-pagamenti="Pagamenti e avvisi" label-profilo="I miei dati"></sdc-area-personale>`)
    : await fixture<SdcAreaPersonale>(html`<sdc-area-personale base-url=${BASE} wizard-url="/richiesta.html?service={service}&pratica={pratica}"></sdc-area-personale>`);
  await waitUntil(() => $(el, 'nav') || $(el, '.sdc-state--login'), 'area did not load', { timeout: 5000 });
  return el;
}
async function listLoaded(el: Element) {
  await waitUntil(() => { const l = child(el, 'sdc-pratiche-list'); return l && $(l, '.card'); }, 'list did not load', { timeout: 5000 });
}
async function go(hash: string) {
  location.hash = hash;
  await new Promise((r) => setTimeout(r, 0));
}

describe('sdc-area-personale', () => {
  it('shows a login panel whose "Accedi" comes back to the same place', async () => {
    history.replaceState(null, '', `#/pratiche/${PRATICA.giuliaMensa}`);
    const el = await mount();
    const a = $(el, '.sdc-state--login a') as HTMLAnchorElement;
    expect(text(a)).to.equal('Accedi con SPID o CIE');
    const url = new URL(a.href);
    expect(url.pathname).to.equal(`${BASE}/login`);
    expect(url.searchParams.get('return-url')).to.equal(location.href);
    expect(url.searchParams.get('return-url')).to.contain(`#/pratiche/${PRATICA.giuliaMensa}`);
    expect(text($(el, '.sdc-state--login'))).to.contain('pratiche, i pagamenti, gli appuntamenti e il profilo');
    await expect(el).to.be.accessible();
  });

  it('opens on Pratiche with the sections navigation', async () => {
    loginAs('giulia');
    const el = await mount();
    await listLoaded(el);
    const links = [...el.shadowRoot!.querySelectorAll('nav a')];
    expect(links.map(text)).to.deep.equal(['Pratiche', 'Messaggi', 'Pagamenti', 'Appuntamenti', 'Profilo']);
    expect(links[0]!.getAttribute('aria-current')).to.equal('page');
    expect(text($(el, '.greeting'))).to.equal('Ciao, Giulia Bianchi');
    await expect(el).to.be.accessible();
    // The first view fetched the list only (no earlier test here opened another tab): each tab's
    // element is imported when the tab is first shown.
    expect(['sdc-pratica-detail', 'sdc-payments-list', 'sdc-profile', 'sdc-messages-inbox', 'sdc-meetings-list']
      .filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('lists the citizen\'s appointments in their own section', async () => {
    loginAs('marco');
    history.replaceState(null, '', '#/appuntamenti');
    const el = await mount();
    await waitUntil(() => { const m = child(el, 'sdc-meetings-list'); return m && $(m, '.meeting'); }, 'meetings not shown', { timeout: 10000 });
    expect(text($(el, '.section-title'))).to.equal('Appuntamenti');
    expect($(el, 'nav a[data-section="appuntamenti"]')!.getAttribute('aria-current')).to.equal('page');
    await expect(el).to.be.accessible();
  });

  it('moves between sections with the hash, focusing the new heading, and follows Back', async () => {
    loginAs('giulia');
    const el = await mount();
    await listLoaded(el);
    ($(el, 'nav a[data-section="pagamenti"]') as HTMLAnchorElement).click();
    await waitUntil(() => child(el, 'sdc-payments-list'), 'payments not shown', { timeout: 5000 });
    expect(location.hash).to.equal('#/pagamenti');
    expect($(el, 'nav a[data-section="pagamenti"]')!.getAttribute('aria-current')).to.equal('page');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.section-title'), 'heading not focused');
    expect(text($(el, '.section-title'))).to.equal('Pagamenti');
    await waitUntil(() => { const p = child(el, 'sdc-payments-list'); return p && $(p, '.group'); }, 'payments did not load', { timeout: 5000 });
    await expect(el).to.be.accessible();
    history.back();
    await waitUntil(() => child(el, 'sdc-pratiche-list'), 'Back did not return to Pratiche');
    await go('#/profilo');
    await waitUntil(() => { const p = child(el, 'sdc-profile'); return p && $(p, '.view'); }, 'profile not shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('opens a deep link to a pratica and goes back to the list with its filters', async () => {
    loginAs('giulia');
    history.replaceState(null, '', '#/pratiche?stato=accettata');
    const el = await mount();
    await listLoaded(el);
    const list = child(el, 'sdc-pratiche-list')!;
    const link = $(list, '.card__title a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`#/pratiche/${PRATICA.giuliaMensa}`);
    link.click();
    await waitUntil(() => { const d = child(el, 'sdc-pratica-detail'); return d && $(d, '#detail-title'); }, 'detail not shown', { timeout: 5000 });
    const detail = child(el, 'sdc-pratica-detail')!;
    expect(detail.getAttribute('pratica-id')).to.equal(PRATICA.giuliaMensa);
    await waitUntil(() => detail.shadowRoot!.activeElement === $(detail, '#detail-title'), 'title not focused', { timeout: 5000 });
    expect(($(detail, '.back') as HTMLAnchorElement).getAttribute('href')).to.equal('#/pratiche?stato=accettata');
    await expect(el).to.be.accessible();
    ($(detail, '.back') as HTMLAnchorElement).click();
    await listLoaded(el);
    expect((($(child(el, 'sdc-pratiche-list')!, '#f-status')) as HTMLSelectElement).value).to.equal('accettata');
  });

  it('remembers the filters chosen in the list for "Torna alle pratiche"', async () => {
    loginAs('giulia');
    const el = await mount();
    await listLoaded(el);
    const list = child(el, 'sdc-pratiche-list')!;
    const select = $(list, '#f-status') as HTMLSelectElement;
    select.value = 'accettata';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => location.hash === '#/pratiche?stato=accettata' && $$(list, '.card').length === 1, 'filter not applied');
    ($(list, '.card__title a') as HTMLAnchorElement).click();
    await waitUntil(() => { const d = child(el, 'sdc-pratica-detail'); return d && $(d, '.back'); }, 'detail not shown', { timeout: 5000 });
    expect(($(child(el, 'sdc-pratica-detail')!, '.back') as HTMLAnchorElement).getAttribute('href')).to.equal('#/pratiche?stato=accettata');
  });

  it('shows a pratica straight from the URL (reload of a detail page)', async () => {
    loginAs('giulia');
    history.replaceState(null, '', `#/pratiche/${PRATICA.giuliaDieta}?sezione=appuntamenti`);
    const el = await mount();
    await waitUntil(() => { const d = child(el, 'sdc-pratica-detail'); return d && $(d, '#detail-title'); }, 'detail not shown', { timeout: 5000 });
    const detail = child(el, 'sdc-pratica-detail')!;
    expect(detail.getAttribute('section')).to.equal('appuntamenti');
    expect($(el, 'nav a[data-section="pratiche"]')!.getAttribute('aria-current')).to.equal('page');
  });

  it('shows the Messaggi tab: every conversation, opening in place', async () => {
    loginAs('elena');
    location.hash = '#/messaggi';
    const el = await mount();
    await waitUntil(() => { const i = child(el, 'sdc-messages-inbox'); return i && i.shadowRoot!.querySelectorAll('.row:not([data-pending])').length >= 4; }, 'inbox not shown', { timeout: 8000 });
    expect($(el, 'nav a[data-section="messaggi"]')!.getAttribute('aria-current')).to.equal('page');
    expect(text($(el, '.section-title'))).to.equal('Messaggi');
    const inbox = child(el, 'sdc-messages-inbox')!;
    (inbox.shadowRoot!.querySelector('.row__title a') as HTMLAnchorElement).click();
    await waitUntil(() => inbox.shadowRoot!.querySelector('sdc-message-thread'), 'thread not opened', { timeout: 5000 });
    expect(location.hash).to.match(/^#\/messaggi\?conversazione=/);
    await expect(el).to.be.accessible();
  });

  it('uses the section labels the page configures', async () => {
    loginAs('giulia');
    const el = await mount({ labels: true });
    expect([...el.shadowRoot!.querySelectorAll('nav a')].map(text)).to.deep.equal(['Le mie richieste', 'Messaggi', 'Pagamenti e avvisi', 'Appuntamenti', 'I miei dati']);
    expect(text($(el, '.section-title'))).to.equal('Le mie richieste');
  });

  it('switches to the login panel when the backend answers 401', async () => {
    loginAs('giulia');
    worker.use(scenarios.unauthorized('/api/applications', 'get'), scenarios.loggedOut);
    const el = await mount();
    await waitUntil(() => $(el, '.sdc-state--login'), 'no login panel', { timeout: 5000 });
    expect($(el, 'nav')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
