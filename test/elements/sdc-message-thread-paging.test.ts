import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BASE, CITIZEN, SERVICE, addMessage, addPratica, loginAs, worker, type MessageRecord } from '../support/mock.js';
import { $, $$, buttonNamed, findButton, focused, text } from '../support/dom.js';
import { getPratica } from '../../src/api/applications.js';
import '../../src/elements/sdc-message-thread/define.js';
import type { SdcMessageThread } from '../../src/elements/sdc-message-thread/sdc-message-thread.js';

// Issue 15: a long pratica opens on its latest messages and pages back with the v2 `offset`/`limit`
// (opencity-api.md §3.5, §7.1), keeping the reading position, the unread marker and polling.

const OPERATOR = '5d0c0a7e-0000-4b1e-9c2d-0000000000aa';
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const HOUR = 3_600_000;

/** A pratica of Giulia's with `count` messages one hour apart ("Messaggio 0" the oldest), all read unless `unreadFrom`. */
function arrange(count: number, opts: { unreadFrom?: number; extra?: (i: number) => Partial<MessageRecord> } = {}) {
  loginAs('giulia');
  const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: 4000, submitted_at: T0 - 24 * HOUR, latest_status_change_at: T0 });
  for (let i = 0; i < count; i++) {
    const at = T0 + i * HOUR;
    const unread = opts.unreadFrom !== undefined && i >= opts.unreadFrom;
    addMessage({ application: p.id, author: OPERATOR, created_at: at, sent_at: at, read_at: unread ? null : at + 60_000, message: `<p>Messaggio ${i}</p>`, ...opts.extra?.(i) });
  }
  return p;
}

const until = (fn: () => unknown, message?: string) => waitUntil(fn, message, { timeout: 5000 });
const items = (el: Element) => $$(el, '.thread__item');
const bodies = (el: Element) => items(el).map((li) => text(li.querySelector('.msg__body')));
const live = (el: Element) => text($(el, '[aria-live="polite"][aria-atomic]'));

/** The v2 list requests the page makes, as `offset=…&limit=…`. */
function recordPages(): string[] {
  const seen: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    const u = new URL(request.url);
    if (request.method === 'GET' && /\/api\/v2\/applications\/[^/]+\/messages$/.test(u.pathname)) seen.push(`offset=${u.searchParams.get('offset')}&limit=${u.searchParams.get('limit')}`);
  });
  return seen;
}

async function mount(praticaId: string, poll = 0): Promise<SdcMessageThread> {
  const el = await fixture<SdcMessageThread>(html`<sdc-message-thread base-url=${BASE} pratica-id=${praticaId} poll-interval=${poll}></sdc-message-thread>`);
  await until(() => el.shadowRoot!.querySelector('.thread, .sdc-state--empty, .sdc-state--error'), 'the thread did not load');
  return el;
}

beforeEach(() => {
  sessionStorage.clear();
  worker.events.removeAllListeners();
});

describe('sdc-message-thread: long threads', () => {
  it('opens on the latest 30 messages, asked with offset/limit, and says how many there are in all', async () => {
    const p = arrange(75);
    const pages = recordPages();
    const el = await mount(p.id);
    expect(items(el)).to.have.length(30);
    expect(bodies(el)[0]).to.equal('Messaggio 45');
    expect(bodies(el).at(-1)).to.equal('Messaggio 74');
    expect(text($(el, '.thread-summary'))).to.contain('75 messaggi');
    expect(buttonNamed(el, 'Mostra i messaggi precedenti')).to.exist;
    // The first page tells the count (§7.1); the second is the latest 30.
    expect(pages).to.deep.equal(['offset=0&limit=30', 'offset=45&limit=30']);
    await expect(el).to.be.accessible();
  });

  it('asks once and shows no button when the thread is short', async () => {
    const p = arrange(12);
    const pages = recordPages();
    const el = await mount(p.id);
    expect(items(el)).to.have.length(12);
    expect(findButton(el, 'Mostra i messaggi precedenti')).to.equal(undefined);
    expect(pages).to.deep.equal(['offset=0&limit=30']);
  });

  it('adds the older ones on "Mostra i messaggi precedenti", keeps the message being read in place, moves focus and says how many', async () => {
    const p = arrange(75);
    const el = await mount(p.id);
    const pages = recordPages();
    const button = buttonNamed(el, 'Mostra i messaggi precedenti');
    button.scrollIntoView({ block: 'start' });
    const reading = items(el)[0]!;
    const top = reading.getBoundingClientRect().top;

    button.click();
    await until(() => items(el).length === 60, 'the older messages did not arrive');
    await el.updateComplete;
    expect(pages).to.deep.equal(['offset=15&limit=30']);
    expect(bodies(el)[0]).to.equal('Messaggio 15');
    // No jump: the message that was first on screen has not moved.
    expect(Math.abs(reading.getBoundingClientRect().top - top)).to.be.lessThan(2);
    // Focus on the newest added message, right above where the citizen was reading.
    const f = focused(el.shadowRoot!);
    expect(f?.closest('.thread__item')?.querySelector('.msg__body')?.textContent?.trim()).to.equal('Messaggio 44');
    await until(() => live(el) === 'Aggiunti 30 messaggi precedenti');
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Mostra i messaggi precedenti').click();
    await until(() => items(el).length === 75, 'the oldest messages did not arrive');
    expect(pages).to.deep.equal(['offset=15&limit=30', 'offset=0&limit=15']);
    expect(bodies(el)[0]).to.equal('Messaggio 0');
    // All there: nothing older to ask for.
    expect(findButton(el, 'Mostra i messaggi precedenti')).to.equal(undefined);
    await until(() => live(el) === 'Aggiunti 15 messaggi precedenti');
    await expect(el).to.be.accessible();
  });

  it('keeps the position inside a scrolling panel too', async () => {
    const p = arrange(45);
    const panel = await fixture<HTMLDivElement>(html`<div style="height: 400px; overflow: auto">
      <sdc-message-thread base-url=${BASE} pratica-id=${p.id} poll-interval="0"></sdc-message-thread>
    </div>`);
    const el = panel.querySelector('sdc-message-thread')!;
    await until(() => items(el).length === 30, 'thread not shown');
    const button = buttonNamed(el, 'Mostra i messaggi precedenti');
    panel.scrollTop = button.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    const reading = items(el)[0]!;
    const top = reading.getBoundingClientRect().top;
    button.click();
    await until(() => items(el).length === 45, 'older messages not shown');
    await el.updateComplete;
    expect(Math.abs(reading.getBoundingClientRect().top - top)).to.be.lessThan(2);
  });

  it('keeps the older messages shown when the page gives the pratica again (no reload from the latest 30)', async () => {
    const p = arrange(45);
    const el = await mount(p.id);
    buttonNamed(el, 'Mostra i messaggi precedenti').click();
    await until(() => items(el).length === 45, 'older messages not shown');
    const pratica = await getPratica(el.api.client!, p.id);
    const pages = recordPages();
    el.pratica = pratica;
    await until(() => pages.length > 0, 'no check for new messages');
    await el.updateComplete;
    expect(items(el)).to.have.length(45);
    expect(pages).to.deep.equal(['offset=44&limit=100']);
  });

  it('says when the older messages cannot be loaded, keeps the thread, and loads them on "Riprova"', async () => {
    const p = arrange(45);
    const el = await mount(p.id);
    worker.use(http.get('*/api/v2/applications/:id/messages', () => HttpResponse.json({ type: 'error', title: 'Errore', description: 'x' }, { status: 503 })));
    buttonNamed(el, 'Mostra i messaggi precedenti').click();
    await until(() => text($(el, '.thread-older')).includes('Non è stato possibile caricare i messaggi precedenti.'), 'no error shown');
    expect(items(el)).to.have.length(30);
    const retry = buttonNamed(el, 'Riprova');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    retry.click();
    await until(() => items(el).length === 45, 'not loaded on Riprova');
    expect(text($(el, '.thread-older'))).to.equal('');
  });

  it('puts the first unread office message on screen under "Nuovi messaggi", even when it is older than the latest 30', async () => {
    const p = arrange(60, { unreadFrom: 20 });
    const el = await mount(p.id);
    const list = items(el);
    expect(list).to.have.length(40);
    expect(bodies(el)[0]).to.equal('Messaggio 20');
    expect(text(list[0]!.querySelector('.marker'))).to.equal('Nuovi messaggi');
    expect(el.shadowRoot!.querySelectorAll('.marker')).to.have.length(1);
    expect(text($(el, '.thread-summary'))).to.contain('60 messaggi, 40 nuovi');
    // Older ones are still one click away.
    expect(buttonNamed(el, 'Mostra i messaggi precedenti')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps checking for new messages from the last one known, and adds them at the end', async () => {
    const p = arrange(45);
    const pages = recordPages();
    const el = await mount(p.id, 0.05);
    buttonNamed(el, 'Mostra i messaggi precedenti').click();
    await until(() => items(el).length === 45, 'older messages not shown');
    addMessage({ application: p.id, author: OPERATOR, message: '<p>Risposta arrivata ora</p>', created_at: T0 + 100 * HOUR });
    await until(() => bodies(el).at(-1) === 'Risposta arrivata ora', 'the new message did not appear');
    expect(items(el)).to.have.length(46);
    expect(text(items(el).at(-1)!.querySelector('.marker'))).to.equal('Nuovi messaggi');
    await until(() => live(el) === 'È arrivato un nuovo messaggio dall’ufficio');
    // A poll asks from the last row known (never the whole thread again).
    expect(pages).to.include('offset=44&limit=100');
    expect(pages.filter((x) => x === 'offset=0&limit=30')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sends from a long thread: the message shows at the end, once', async () => {
    const p = arrange(40);
    const el = await mount(p.id, 0.05);
    const ta = $<HTMLTextAreaElement>(el, '#sdc-compose-text')!;
    ta.value = 'Ho una domanda sulla pratica';
    ta.dispatchEvent(new Event('input'));
    await el.updateComplete;
    buttonNamed(el, 'Invia').click();
    await until(() => bodies(el).at(-1) === 'Ho una domanda sulla pratica' && !$(el, '[data-local-id]'), 'not sent');
    // Polls go on; the copy they bring is not shown twice.
    await new Promise((r) => setTimeout(r, 200));
    expect(bodies(el).filter((b) => b === 'Ho una domanda sulla pratica')).to.have.length(1);
    expect(items(el)).to.have.length(31);
  });

  it('pages in the browser over the one v1 answer when the backend has no v2 list', async () => {
    const p = arrange(50, { extra: (i) => (i === 3 ? { author: CITIZEN.giulia } : {}) });
    worker.use(http.get('*/api/v2/applications/:id/messages', () => HttpResponse.json(['No route found'], { status: 404 })));
    const pages = recordPages();
    const el = await mount(p.id);
    expect(items(el)).to.have.length(30);
    expect(bodies(el)[0]).to.equal('Messaggio 20');
    const asked = pages.length;
    buttonNamed(el, 'Mostra i messaggi precedenti').click();
    await until(() => items(el).length === 50, 'older messages not shown');
    expect(pages.length).to.equal(asked);
    await until(() => live(el) === 'Aggiunti 20 messaggi precedenti');
    await expect(el).to.be.accessible();
  });
});
