import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getResponse, http } from 'msw';
import { handlers } from '../../mocks/handlers/index.js';
import '../../src/elements/sdc-service-list/define.js';
import type { SdcServiceList } from '../../src/elements/sdc-service-list/sdc-service-list.js';
import { BASE, SERVICE, mutate, scenarios, worker } from '../support/mock.js';

const START = location.pathname + location.search;

const links = (el: Element) => [...el.querySelectorAll<HTMLAnchorElement>('[data-element="service-link"]')];
const count = (el: Element) => el.querySelector('.sdc-list__count')!.textContent!.trim();
const param = (name: string) => new URLSearchParams(location.search).get(name);

async function mount(attrs: { pageSize?: number } = {}) {
  const el = await fixture<SdcServiceList>(html`<sdc-service-list base-url=${BASE} service-url="/servizio.html?id={identifier}"
    page-size=${attrs.pageSize ?? 12}></sdc-service-list>`);
  await waitUntil(() => el.querySelector('[data-element="service-link"], .sdc-state--empty, .sdc-state--error'), 'the list did not load', { timeout: 5000 });
  return el;
}

async function settled(el: SdcServiceList, what: () => unknown, message: string) {
  await waitUntil(what, message, { timeout: 5000 });
  await el.updateComplete;
}

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('sdc-service-list', () => {
  afterEach(() => history.replaceState(null, '', START));

  it('lists the services in alphabetical order with the checker’s hooks and links from the template', async () => {
    const el = await mount({ pageSize: 50 });
    expect(el.shadowRoot).to.equal(null);
    const names = links(el).map((a) => a.textContent!.trim());
    expect(names.length).to.equal(16);
    expect([...names].sort((a, b) => a.localeCompare(b, 'it', { sensitivity: 'base' }))).to.deep.equal(names);
    const atti = links(el).find((a) => a.textContent!.includes('Accesso agli atti'))!;
    expect(atti.getAttribute('href')).to.equal('/servizio.html?id=accesso-atti');
    const categories = [...document.querySelectorAll('a[data-element="service-category-link"]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(categories).to.include('Educazione e formazione (9)');
    expect(count(el)).to.equal('16 servizi trovati in ordine alfabetico');
    expect(el.querySelector('.sdc-list__count')!.getAttribute('role')).to.equal('status');
    expect(el.textContent).to.contain('Sospeso');
    await expect(el).to.be.accessible();
  });

  it('searches while the citizen types and keeps the search in the page URL', async () => {
    const el = await mount();
    type(el.querySelector('input[type=search]')!, 'mensa');
    await settled(el, () => param('q') === 'mensa' && links(el).length === 7, 'search did not apply');
    expect(count(el)).to.equal('7 servizi trovati per «mensa», in ordine alfabetico');
    expect(links(el).every((a) => /mensa/i.test(a.closest('.card')!.textContent!))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('filters by category, puts it in the URL and goes back to all services with Back', async () => {
    const el = await mount();
    const mobilita = [...el.querySelectorAll<HTMLAnchorElement>('a[data-element="service-category-link"]')].find((a) => a.textContent!.includes('Mobilità'))!;
    expect(mobilita.getAttribute('href')).to.contain('categoria=mobilita-e-trasporti');
    mobilita.click();
    await settled(el, () => links(el).length === 1, 'category did not apply');
    expect(param('categoria')).to.equal('mobilita-e-trasporti');
    expect(count(el)).to.equal('1 servizio trovato in Mobilità e trasporti, in ordine alfabetico');
    expect(el.querySelector('a[aria-current="true"]')!.textContent).to.contain('Mobilità e trasporti');
    history.back();
    await settled(el, () => links(el).length === 12 && param('categoria') === null, 'Back did not restore the list');
    expect(count(el)).to.equal('16 servizi trovati in ordine alfabetico');
  });

  it('opens with the filters of a shared URL', async () => {
    history.replaceState(null, '', `${START}${START.includes('?') ? '&' : '?'}q=scolastic&categoria=educazione-e-formazione`);
    const el = await mount();
    await settled(el, () => count(el).includes('per «scolastic» in Educazione e formazione'), 'URL filters not applied');
    expect((el.querySelector('input[type=search]') as HTMLInputElement).value).to.equal('scolastic');
    expect(links(el).length).to.be.greaterThan(0);
  });

  it('says when nothing matches and offers to show all services', async () => {
    const el = await mount();
    const input = el.querySelector<HTMLInputElement>('input[type=search]')!;
    type(input, 'passaporto per Marte');
    (el.querySelector('form') as HTMLFormElement).requestSubmit();
    await settled(el, () => el.querySelector('.sdc-state--empty'), 'no empty state');
    expect(el.querySelector('.sdc-state--empty')!.textContent).to.contain('Nessun servizio trovato');
    expect(count(el)).to.equal('0 servizi trovati per «passaporto per Marte», in ordine alfabetico');
    await expect(el).to.be.accessible();
    ([...el.querySelectorAll('button')].find((b) => b.textContent!.includes('Mostra tutti i servizi')) as HTMLButtonElement).click();
    await settled(el, () => links(el).length === 12, 'filters not cleared');
    expect(param('q')).to.equal(null);
    expect(document.activeElement).to.equal(input);
  });

  it('shows an error with "Riprova" and loads the services on retry', async () => {
    worker.use(scenarios.servicesError500);
    const el = await mount();
    expect(el.querySelector('.sdc-state--error')!.textContent).to.contain('Non è stato possibile caricare i servizi');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    ([...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riprova') as HTMLButtonElement).click();
    await settled(el, () => links(el).length > 0, 'retry did not load');
  });

  it('loads more cards on request and moves focus to the first new one', async () => {
    const el = await mount({ pageSize: 4 });
    expect(links(el)).to.have.length(4);
    expect(el.querySelector('.sdc-list__shown')!.textContent).to.contain('Stai vedendo 4 servizi su 16');
    (el.querySelector('[data-element="load-other-cards"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(links(el)).to.have.length(8);
    expect(document.activeElement).to.equal(links(el)[4]);
  });

  it('shows the backend’s short descriptions as plain text only', async () => {
    mutate((s) => {
      s.services.find((x) => x.id === SERVICE.accessoAtti)!.short_description = '<img src=x onerror="window.__pwnedList=1">Consulta gli atti <script>window.__pwnedList=2</script><a href="javascript:window.__pwnedList=3">qui</a>';
    });
    const el = await mount();
    const card = links(el).find((a) => a.textContent!.includes('Accesso agli atti'))!.closest('.card')!;
    expect(card.querySelectorAll('img, script, [onerror]')).to.have.length(0);
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/servizio.html?id=accesso-atti']);
    expect(card.textContent).to.contain('Consulta gli atti');
    expect((window as unknown as { __pwnedList?: number }).__pwnedList).to.equal(undefined);
  });

  it('shows skeleton cards and announces the search while loading', async () => {
    worker.use(scenarios.hang('/api/services', 'get'));
    const el = await fixture<SdcServiceList>(html`<sdc-service-list base-url=${BASE}></sdc-service-list>`);
    await waitUntil(() => el.querySelector('.sdc-skeleton'), 'no skeleton');
    expect(count(el)).to.equal('Ricerca dei servizi in corso…');
    await expect(el).to.be.accessible();
  });

  it('asks for the categories and the services at the same time, not one after the other', async () => {
    // A fresh client: the categories are cached per client, and this test needs them asked for.
    const events: string[] = [];
    const started = new Set<string>();
    let bothStarted!: () => void;
    const gate = new Promise<void>((resolve) => { bothStarted = resolve; });
    // Each answer waits until the other request has gone out. In series the second request never starts
    // while the first waits: the 2 s fallback only stops that case from hanging, the order shows it.
    const held = (name: string, path: string) => http.get(`*${path}`, async ({ request }) => {
      events.push(`${name} sent`);
      started.add(name);
      if (started.has('categories') && started.has('services')) bothStarted();
      await Promise.race([gate, new Promise((r) => setTimeout(r, 2000))]);
      events.push(`${name} answered`);
      return getResponse(handlers, request);
    });
    worker.use(held('categories', '/api/categories'), held('services', '/api/services'));
    const el = await mount();
    expect(events.slice(0, 2).sort()).to.deep.equal(['categories sent', 'services sent']);
    expect(links(el).length).to.equal(12);
  });

  it('filters by a category given as a slug once both lists are in', async () => {
    history.replaceState(null, '', `${START}${START.includes('?') ? '&' : '?'}categoria=mobilita-e-trasporti`);
    const el = await mount();
    await settled(el, () => count(el).includes('in Mobilità e trasporti'), 'category not applied');
    expect(links(el).map((a) => a.textContent!.trim())).to.have.length(1);
  });
});
