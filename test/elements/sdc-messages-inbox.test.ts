import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE, loginAs, worker, scenarios, tenantState, addCitizen, addPratica, addMessage, SERVICE } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-messages-inbox/define.js';
import type { SdcMessagesInbox } from '../../src/elements/sdc-messages-inbox/sdc-messages-inbox.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Element) => $$(el, '.row .row__title').map(text);

let requests: Request[] = [];
const onRequest = ({ request }: { request: Request }) => { requests.push(request.clone()); };
const threadRequests = () => requests.filter((r) => r.method === 'GET' && /\/messages$/.test(new URL(r.url).pathname));
const listRequests = () => requests.filter((r) => r.method === 'GET' && /\/api\/applications$/.test(new URL(r.url).pathname));
const START = location.href;
beforeEach(() => {
  requests = [];
  worker.events.on('request:start', onRequest);
});
afterEach(() => {
  worker.events.removeListener('request:start', onRequest);
  history.replaceState(null, '', START);
});

async function mount(extra = ''): Promise<SdcMessagesInbox> {
  const el = await fixture<SdcMessagesInbox>(html`<sdc-messages-inbox base-url=${BASE} detail-url=${extra}></sdc-messages-inbox>`);
  await waitUntil(() => $(el, '.rows, .sdc-state--empty, .sdc-state--error, .sdc-state--login'), 'inbox did not load', { timeout: 5000 });
  return el;
}
const settled = (el: SdcMessagesInbox) => waitUntil(() => $$(el, '[data-pending]').length === 0, 'threads still loading', { timeout: 8000 });

describe('sdc-messages-inbox', () => {
  it('lists one row per pratica with messages: unread first, then newest, with excerpt, date, author and unread count', async () => {
    loginAs('elena');
    const el = await mount();
    await settled(el);
    // Unread: trasporto (yesterday 09:30) before suolo (two days ago); then read: her own question (yesterday 19:40), the segnalazione.
    expect(titles(el)).to.deep.equal([
      'Iscrizione al trasporto scolastico', 'Occupazione temporanea di suolo pubblico',
      'Contrassegno di parcheggio per persone con disabilità (CUDE)', 'Segnalazione di disservizio',
    ]);
    const rows = $$(el, '.row');
    expect(rows).to.have.length(4);
    expect(rows[0]!.classList.contains('row--unread')).to.equal(true);
    expect($(el, '.row .badge')!.getAttribute('aria-label')).to.equal('1 messaggio non letto');
    expect(text(rows[0]!.querySelector('.row__excerpt'))).to.contain('Dall’ufficio');
    expect(text(rows[0]!.querySelector('.row__excerpt'))).to.contain('attestazione ISEE');
    expect(text(rows[0]!.querySelector('.row__excerpt'))).to.match(/\d{2}\/\d{2}\/\d{4}/);
    expect(text(rows[2]!.querySelector('.row__excerpt'))).to.contain('Da te');
    expect(rows[2]!.querySelector('.badge')).to.equal(null);
    // Plain text: the office's <strong> is not rendered as markup.
    expect(rows[0]!.querySelector('.row__excerpt strong')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters to unread conversations and by service, keeping the filters in the URL', async () => {
    loginAs('elena');
    const el = await mount();
    await settled(el);
    ($(el, '#inbox-unread') as HTMLInputElement).click();
    await el.updateComplete;
    expect($$(el, '.row')).to.have.length(2);
    expect(new URL(location.href).searchParams.get('non-letti')).to.equal('1');
    const select = $(el, '#inbox-service') as HTMLSelectElement;
    select.value = SERVICE.disservizio;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '.sdc-state--empty'))).to.contain('Nessuna conversazione con questi filtri');
    await expect(el).to.be.accessible();
    ($(el, '.sdc-state--empty button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '.row')).to.have.length(4);
    expect(new URL(location.href).searchParams.get('servizio')).to.equal(null);
  });

  it('opens a conversation in place and comes back to the same row with the filters kept', async () => {
    loginAs('elena');
    const el = await mount();
    await settled(el);
    ($(el, '#inbox-unread') as HTMLInputElement).click();
    await el.updateComplete;
    const link = $(el, `[data-pratica="${PRATICA.elenaSuolo}"] .row__title a`) as HTMLAnchorElement;
    link.click();
    await waitUntil(() => $(el, 'sdc-message-thread'), 'thread not opened');
    expect(new URL(location.href).searchParams.get('conversazione')).to.equal(PRATICA.elenaSuolo);
    const thread = $(el, 'sdc-message-thread')!;
    await waitUntil(() => thread.shadowRoot?.querySelector('[data-message-id]'), 'thread did not load', { timeout: 5000 });
    expect(thread.shadowRoot!.activeElement ?? document.activeElement).to.exist;
    await expect(el).to.be.accessible();
    ($(el, '.back') as HTMLAnchorElement).click();
    await waitUntil(() => $(el, '.rows'), 'not back to the list', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('[data-pratica]')?.getAttribute('data-pratica') === PRATICA.elenaSuolo, 'focus not on the row');
    expect(($(el, '#inbox-unread') as HTMLInputElement).checked).to.equal(true);
    expect(new URL(location.href).searchParams.get('conversazione')).to.equal(null);
  });

  it('works by keyboard: the filter with Space, a conversation with Enter, back with Enter', async () => {
    loginAs('elena');
    const el = await mount();
    await settled(el);
    ($(el, '#inbox-unread') as HTMLInputElement).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$(el, '.row')).to.have.length(2);
    ($(el, '.row__title a') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('back') || $(el, 'sdc-message-thread'), 'not opened');
    ($(el, '.back') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('.row__title a'), 'focus not back on the row', { timeout: 5000 });
  });

  it('counts a conversation as read once its thread was seen, without asking the backend again', async () => {
    loginAs('elena');
    const el = await mount();
    await settled(el);
    ($(el, `[data-pratica="${PRATICA.elenaSuolo}"] .row__title a`) as HTMLAnchorElement).click();
    const read = oneEvent(document, 'sdc-message-read');
    await waitUntil(() => $(el, 'sdc-message-thread'), 'thread not opened');
    await read;
    const before = threadRequests().length;
    ($(el, '.back') as HTMLAnchorElement).click();
    await waitUntil(() => $(el, '.rows'), 'not back');
    await waitUntil(() => !$(el, `[data-pratica="${PRATICA.elenaSuolo}"]`)!.classList.contains('row--unread'), 'still unread');
    // The list came from the session's cache: no thread was fetched again for it.
    expect(threadRequests().length).to.equal(before);
  });

  it('says there are no messages yet for a citizen without conversations', async () => {
    const c = addCitizen();
    addPratica({ user: c.id, service_id: SERVICE.disservizio, status: 2000 });
    loginAs(c.id);
    const el = await mount();
    await waitUntil(() => $(el, '.sdc-state--empty'), 'no empty state', { timeout: 5000 });
    expect(text($(el, '.sdc-state--empty'))).to.contain('Non hai ancora messaggi');
    await expect(el).to.be.accessible();
  });

  it('shows an error with "Riprova" when the pratiche cannot be read, and recovers', async () => {
    loginAs('elena');
    worker.use(scenarios.serverError('/api/applications', 'get'));
    const el = await mount();
    expect(text($(el, '.sdc-state--error'))).to.contain('Non è stato possibile caricare i messaggi');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    ($(el, '.sdc-state--error button') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.rows'), 'no recovery', { timeout: 5000 });
  });

  it('shows a row whose thread failed with its own "Riprova"', async () => {
    loginAs('elena');
    worker.use(scenarios.serverError(`/api/v2/applications/${PRATICA.elenaSuolo}/messages`, 'get'));
    const el = await mount();
    await waitUntil(() => $(el, '.row__error'), 'no row error', { timeout: 8000 });
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    ($(el, '.row__error button') as HTMLButtonElement).click();
    await settled(el);
    expect($(el, '.row__error')).to.equal(null);
  });

  it('shows a skeleton while loading', async () => {
    loginAs('elena');
    worker.use(scenarios.hang('/api/applications'));
    const el = await fixture<SdcMessagesInbox>(html`<sdc-messages-inbox base-url=${BASE}></sdc-messages-inbox>`);
    await waitUntil(() => $(el, '.sdc-state--loading'), 'no skeleton');
    await expect(el).to.be.accessible();
  });

  it('asks to log in when nobody is', async () => {
    const el = await mount();
    expect($(el, '.sdc-state--login')).to.exist;
  });

  it('renders message text from the backend as text, never as markup', async () => {
    loginAs('elena');
    const m = tenantState().messages.find((x) => x.application === PRATICA.elenaTrasporto)!;
    m.message = '<img src=x onerror="window.__inboxXss=1"><script>window.__inboxXss=2</script><p>Serve l’ISEE</p>';
    const el = await mount();
    await settled(el);
    expect($(el, '.row img, .row script')).to.equal(null);
    expect((window as { __inboxXss?: number }).__inboxXss).to.equal(undefined);
    expect(text($(el, `[data-pratica="${PRATICA.elenaTrasporto}"] .row__excerpt`))).to.contain('Serve l’ISEE');
  });

  for (const n of [10, 200]) {
    it(`fetches the threads of the rows on screen only: a first view for ${n} pratiche`, async () => {
      const c = addCitizen();
      for (let i = 0; i < n; i++) {
        const p = addPratica({ user: c.id, service_id: SERVICE.disservizio, status: 2000, created_at: Date.now() - i * 60_000, latest_status_change_at: Date.now() - i * 60_000 });
        addMessage({ application: p.id, message: `<p>Messaggio ${i}</p>`, created_at: Date.now() - i * 60_000 });
      }
      loginAs(c.id);
      const el = await mount();
      await waitUntil(() => $$(el, '.row .badge').length > 0, 'no rows loaded', { timeout: 8000 });
      await new Promise((r) => setTimeout(r, 300));
      const threads = threadRequests().length;
      // eslint-disable-next-line no-console
      console.log(`[inbox cost] ${n} pratiche: ${listRequests().length} list + ${threads} thread requests, ${requests.length} requests in all`);
      expect(listRequests()).to.have.length(Math.ceil(n / 100));
      expect(threads).to.be.at.most(20);
      expect(threads).to.be.at.least(1);
    });
  }
});
