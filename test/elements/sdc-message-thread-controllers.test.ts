/**
 * The thread's controllers on their own, against the mock tenant, without rendering the element:
 * the Outbox (sending, failures kept, retries, one message per double click, lost answers), the
 * ReadTracker ("Nuovo", the marker, `read_at` once) and the ThreadPoller (time from a FakeClock).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { SdcClient } from '../../src/api/http.js';
import { listMessages } from '../../src/api/messages.js';
import type { Message } from '../../src/domain/message.js';
import { Outbox, type OutboxItem, type ThreadTarget } from '../../src/elements/sdc-message-thread/outbox.js';
import { ReadTracker } from '../../src/elements/sdc-message-thread/read-tracker.js';
import { ThreadPoller } from '../../src/elements/sdc-message-thread/thread-poller.js';
import { DraftKeeper } from '../../src/elements/sdc-message-thread/draft-keeper.js';
import { AttachmentDownloads } from '../../src/elements/sdc-message-thread/attachment-downloads.js';
import { handlers } from '../../mocks/handlers/index.js';
import { BASE, CITIZEN, SERVICE, addFile, addMessage, addPratica, loginAs, messagesOf, mutate, worker } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import { TestHost as FakeHost } from '../support/controller-host.js';

const OPERATOR = '5d0c0a7e-0000-4b1e-9c2d-0000000000aa';
const T0 = Date.UTC(2026, 2, 5, 9, 0);

const until = (fn: () => unknown, message?: string) => waitUntil(fn, message, { timeout: 5000 });
const isGiulia = (m: Message) => m.authorId === CITIZEN.giulia;

/** Giulia logged in, one of her pratiche, and a client with its session ready. */
async function arrange(status = 4000): Promise<ThreadTarget> {
  loginAs('giulia');
  const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status, submitted_at: T0 - 86_400_000 });
  const client = new SdcClient(BASE, { retryDelayMs: 1, timeoutMs: 3000 });
  expect(await client.session.ensure()).to.equal('authenticated');
  return { client, praticaId: p.id };
}

function countPosts(): { count: number } {
  const seen = { count: 0 };
  worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && /\/messages$/.test(new URL(request.url).pathname)) seen.count++;
  });
  return seen;
}

beforeEach(() => worker.events.removeAllListeners());

describe('Outbox', () => {
  function outbox(target: ThreadTarget, shown: Message[] = [], clock?: FakeClock) {
    const sent: Message[] = [];
    const failed: OutboxItem[] = [];
    const host = new FakeHost();
    const box = new Outbox(host, {
      target: () => target, isMine: isGiulia, known: () => shown.map((m) => m.id), clock,
      onSent: (m) => sent.push(m), onFailed: (i) => failed.push(i),
    });
    host.connect();
    return { box, sent, failed, host };
  }

  it('shows a message as sending at once, then hands over the backend\'s copy', async () => {
    const target = await arrange();
    const clock = new FakeClock(T0);
    const { box, sent, host } = outbox(target, [], clock);
    const item = box.send({ text: 'Ecco la delega.\nCordiali saluti', files: [] })!;
    expect(item.state).to.equal('sending');
    expect(item.createdAt.getTime()).to.equal(T0);
    expect(box.items.map((i) => i.text)).to.deep.equal(['Ecco la delega.\nCordiali saluti']);
    expect(host.updates).to.be.greaterThan(0);
    await until(() => sent.length === 1, 'not sent');
    expect(box.items).to.deep.equal([]);
    expect(messagesOf(target.praticaId).map((m) => m.id)).to.deep.equal([sent[0]!.id]);
    expect(messagesOf(target.praticaId)[0]!.message).to.equal('<p>Ecco la delega.<br>Cordiali saluti</p>');
  });

  it('queues one message for a double click', async () => {
    const target = await arrange();
    const posts = countPosts();
    const { box, sent } = outbox(target);
    const first = box.send({ text: 'Un solo messaggio', files: [] });
    const second = box.send({ text: 'Un solo messaggio', files: [] });
    expect(first).to.exist;
    expect(second).to.equal(undefined);
    expect(box.items).to.have.length(1);
    await until(() => sent.length === 1, 'not sent');
    expect(posts.count).to.equal(1);
    expect(messagesOf(target.praticaId)).to.have.length(1);
  });

  it('keeps the text and files of a failed message and sends it once on "Riprova"', async () => {
    const target = await arrange();
    worker.use(http.post('*/api/applications/:id/messages', () => HttpResponse.json({ type: 'error', title: 'Errore', description: 'x' }, { status: 503 }), { once: true }));
    const { box, sent, failed } = outbox(target);
    const file = new File(['%PDF-1.4'], 'documento.pdf', { type: 'application/pdf' });
    const item = box.send({ text: 'Messaggio importante', files: [file] })!;
    await until(() => failed.length === 1, 'no failure');
    expect(box.items[0]).to.include({ localId: item.localId, text: 'Messaggio importante', state: 'failed' });
    expect(box.items[0]!.files).to.deep.equal([file]);
    expect(box.items[0]!.error?.kind).to.equal('server');
    expect(messagesOf(target.praticaId)).to.have.length(0);

    box.retry(item.localId);
    box.retry(item.localId);
    expect(box.items[0]!.state).to.equal('sending');
    await until(() => sent.length === 1, 'the retry did not send');
    expect(messagesOf(target.praticaId)).to.have.length(1);
    expect(messagesOf(target.praticaId)[0]!.attachments).to.have.length(1);
  });

  it('adopts the copy a lost answer left on the backend instead of sending it again', async () => {
    const target = await arrange();
    // The backend stores the message, the answer never reaches the browser.
    worker.use(http.post('*/api/applications/:id/messages', async ({ request }) => {
      await getResponse(handlers, request.clone());
      return HttpResponse.error();
    }, { once: true }));
    const posts = countPosts();
    const { box, sent, failed } = outbox(target);
    const item = box.send({ text: 'Arrivato?', files: [] })!;
    await until(() => failed.length === 1, 'no failure');
    expect(box.items[0]!.error?.kind).to.equal('network');
    box.retry(item.localId);
    await until(() => sent.length === 1, 'the retry did not settle');
    expect(posts.count).to.equal(1);
    expect(sent[0]!.id).to.equal(messagesOf(target.praticaId)[0]!.id);
    expect(box.items).to.deep.equal([]);
  });

  it('confirms a failed message that a fresh list shows arrived, once', async () => {
    const target = await arrange();
    worker.use(http.post('*/api/applications/:id/messages', async ({ request }) => {
      await getResponse(handlers, request.clone());
      return HttpResponse.error();
    }, { once: true }));
    const { box, sent, failed } = outbox(target);
    box.send({ text: 'Arrivato davvero', files: [] });
    await until(() => failed.length === 1, 'no failure');
    const list = await listMessages(target.client, target.praticaId);
    expect(box.reconcile(list).map((m) => m.id)).to.deep.equal([list[0]!.id]);
    expect(box.reconcile(list)).to.deep.equal([]);
    expect(sent.map((m) => m.id)).to.deep.equal([list[0]!.id]);
    expect(box.items).to.deep.equal([]);
  });

  it('never takes an older message with the same text for the copy of a new one', async () => {
    const target = await arrange();
    addMessage({ application: target.praticaId, author: CITIZEN.giulia, message: '<p>Grazie</p>', created_at: T0, read_at: T0 });
    const shown = await listMessages(target.client, target.praticaId);
    worker.use(http.post('*/api/applications/:id/messages', () => HttpResponse.error(), { once: true }));
    const { box, failed } = outbox(target, shown);
    box.send({ text: 'Grazie', files: [] });
    await until(() => failed.length === 1, 'no failure');
    expect(box.reconcile(await listMessages(target.client, target.praticaId))).to.deep.equal([]);
    expect(box.items.map((i) => i.state)).to.deep.equal(['failed']);
  });

  it('gives a failed message back for editing, and never one still on its way', async () => {
    const target = await arrange();
    worker.use(http.post('*/api/applications/:id/messages', () => HttpResponse.error()));
    const { box, failed } = outbox(target);
    const item = box.send({ text: 'Da correggere', files: [] })!;
    expect(box.take(item.localId)).to.equal(undefined);
    await until(() => failed.length === 1, 'no failure');
    expect(box.take(item.localId)?.text).to.equal('Da correggere');
    expect(box.items).to.deep.equal([]);
  });
});

describe('ReadTracker', () => {
  async function withMessages(seeds: Array<{ message: string; read?: boolean; mine?: boolean; protocolled?: boolean }>) {
    const target = await arrange();
    seeds.forEach((m, i) => addMessage({
      application: target.praticaId, author: m.mine ? CITIZEN.giulia : OPERATOR, message: m.message, created_at: T0 + i * 60_000,
      read_at: m.read ? T0 : null, protocolled_at: m.protocolled ? T0 : null,
    }));
    return { target, messages: await listMessages(target.client, target.praticaId) };
  }

  function tracker(target: ThreadTarget, messages: () => Message[], clock?: FakeClock) {
    const read: Message[] = [];
    const host = new FakeHost();
    const t = new ReadTracker(host, { target: () => target, isMine: isGiulia, lookup: (id) => messages().find((m) => m.id === id), clock, onRead: (m) => read.push(m) });
    host.connect();
    return { t, read, host };
  }

  it('tags the unread office messages as new, with the marker above the first', async () => {
    const { target, messages } = await withMessages([{ message: 'Letto', read: true }, { message: 'Mio', mine: true }, { message: 'Nuovo 1' }, { message: 'Nuovo 2' }]);
    const { t } = tracker(target, () => messages);
    t.start(messages);
    expect(messages.filter((m) => t.fresh.has(m.id)).map((m) => m.body)).to.deep.equal(['Nuovo 1', 'Nuovo 2']);
    expect(messages.find((m) => m.id === t.markerId)!.body).to.equal('Nuovo 1');
    expect(messages.filter((m) => t.isUnread(m)).map((m) => m.body)).to.deep.equal(['Nuovo 1', 'Nuovo 2']);
    t.dismissMarker();
    expect(t.markerId).to.equal(undefined);
  });

  it('writes read_at once, at the clock\'s time, however often a message is seen', async () => {
    const { target, messages } = await withMessages([{ message: 'Nuovo' }]);
    const clock = new FakeClock(T0 + 3_600_000);
    const { t, read } = tracker(target, () => messages, clock);
    t.start(messages);
    let patches = 0;
    worker.events.on('request:start', ({ request }) => { if (request.method === 'PATCH') patches++; });
    const [a, b] = await Promise.all([t.seen(messages[0]!), t.seen(messages[0]!)]);
    expect(a?.readAt?.getTime()).to.equal(T0 + 3_600_000);
    expect(b).to.equal(undefined);
    expect(await t.seen(messages[0]!)).to.equal(undefined);
    expect(patches).to.equal(1);
    expect(messagesOf(target.praticaId)[0]!.read_at).to.equal(T0 + 3_600_000);
    expect(read.map((m) => m.body)).to.deep.equal(['Nuovo']);
    expect(t.isUnread(messages[0]!)).to.equal(false);
    // Still "Nuovo" for this visit.
    expect(t.fresh.has(messages[0]!.id)).to.equal(true);
  });

  it('leaves a message unread when the backend refuses read_at (protocolled)', async () => {
    const { target, messages } = await withMessages([{ message: 'Protocollato', protocolled: true }]);
    const { t, read } = tracker(target, () => messages);
    t.start(messages);
    expect(await t.seen(messages[0]!)).to.equal(undefined);
    expect(t.isUnread(messages[0]!)).to.equal(true);
    expect(read).to.deep.equal([]);
  });

  it('adds the office\'s new messages of a later list and keeps the read_at sent while the backend is behind', async () => {
    const { target, messages } = await withMessages([{ message: 'Primo' }]);
    const { t } = tracker(target, () => messages);
    t.start(messages);
    await t.seen(messages[0]!);
    t.dismissMarker();
    addMessage({ application: target.praticaId, author: OPERATOR, message: 'Risposta', created_at: T0 + 3_600_000 });
    // A list from a backend a step behind: the first message shows no read_at.
    mutate((s) => { s.messages.find((m) => m.message === 'Primo')!.read_at = null; });
    const later = await listMessages(target.client, target.praticaId);
    const { messages: shown, arrived } = t.update(messages, later);
    expect(arrived.map((m) => m.body)).to.deep.equal(['Risposta']);
    expect(shown[0]!.readAt).to.be.instanceOf(Date);
    expect(shown.find((m) => m.id === t.markerId)!.body).to.equal('Risposta');
    expect(t.update(shown, later).arrived).to.deep.equal([]);
  });

  it('marks read the unread messages that are on screen, not those below the fold', async () => {
    const { target, messages } = await withMessages([{ message: 'In vista' }, { message: 'In fondo' }]);
    const { t } = tracker(target, () => messages);
    t.start(messages);
    const root = await fixture<HTMLDivElement>(html`<div>
      <p data-unread="true" data-message-id=${messages[0]!.id}>In vista</p>
      <div style="height: 3000px"></div>
      <p data-unread="true" data-message-id=${messages[1]!.id}>In fondo</p>
    </div>`);
    t.observe(root);
    await until(() => messagesOf(target.praticaId).find((m) => m.message === 'In vista')!.read_at !== null, 'the message on screen was not marked read');
    expect(messagesOf(target.praticaId).find((m) => m.message === 'In fondo')!.read_at).to.equal(null);
  });
});

describe('ThreadPoller', () => {
  it('polls every interval on the injected clock, never two at once, and leaves no timer when disconnected', async () => {
    const clock = new FakeClock(T0);
    const host = new FakeHost();
    let ticks = 0;
    let release: () => void = () => {};
    const poller = new ThreadPoller(host, () => { ticks++; return new Promise<void>((r) => { release = r; }); }, clock);
    host.connect();
    poller.start(30_000);
    await clock.advance(29_999);
    expect(ticks).to.equal(0);
    await clock.advance(1);
    expect(ticks).to.equal(1);
    // The backend is slow: no second poll while the first has not answered.
    await clock.advance(120_000);
    expect(ticks).to.equal(1);
    release();
    await clock.advance(30_000);
    expect(ticks).to.equal(2);
    host.disconnect();
    release();
    await clock.advance(0);
    expect(clock.pending).to.equal(0);
    await clock.advance(300_000);
    expect(ticks).to.equal(2);
  });
});

describe('DraftKeeper', () => {
  const KEY = 'sdc-message-thread:draft:/lang|p-draft';
  beforeEach(() => sessionStorage.clear());

  function keeper(key: string | null = KEY) {
    const host = new FakeHost();
    const composer = { text: '', files: [] as File[], get isEmpty() { return this.text.trim() === '' && this.files.length === 0; } };
    const drafts = new DraftKeeper(host, () => key ?? undefined, composer);
    const update = () => host.controllers.forEach((c) => c.hostUpdated?.());
    return { drafts, composer, update };
  }

  it('keeps what is typed, with the names of the files, and gives it back to an empty composer on the next load', () => {
    const a = keeper();
    a.composer.text = 'Bozza per l’ufficio';
    a.composer.files = [new File(['x'], 'delega.pdf')];
    a.update();
    const b = keeper();
    b.drafts.restore(KEY);
    expect(b.composer.text).to.equal('Bozza per l’ufficio');
    expect(b.composer.files).to.deep.equal([]);
    expect(b.drafts.restored?.fileNames).to.deep.equal(['delega.pdf']);
    expect(JSON.stringify(Object.entries(sessionStorage))).not.to.match(/token|Bearer|eyJ/i);
  });

  it('keeps a message refused for an expired session together with what was typed after it, and forgets it once sent', () => {
    const k = keeper();
    k.composer.text = 'Aggiungo una cosa';
    k.drafts.keepRefused(KEY, { text: 'Messaggio rifiutato', files: [] });
    expect(DraftKeeper.keptAfterExpiry(KEY)).to.equal(true);
    const next = keeper();
    next.drafts.restore(KEY);
    expect(next.composer.text).to.equal('Messaggio rifiutato\n\nAggiungo una cosa');
    next.drafts.forget(KEY);
    expect(sessionStorage.length).to.equal(0);
    expect(next.drafts.restored).to.equal(undefined);
  });

  it('writes nothing while no thread is loaded', () => {
    const k = keeper(null);
    k.composer.text = 'Scritto troppo presto';
    k.update();
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('AttachmentDownloads', () => {
  it('fetches an attachment with the citizen\'s token and keeps a failure next to that file only', async () => {
    const target = await arrange();
    const f = addFile({ originalName: 'Avvio procedimento.pdf', mime_type: 'application/pdf', size: 14, base64: btoa('%PDF-1.4 prova') });
    addMessage({ application: target.praticaId, author: OPERATOR, message: 'In allegato', attachments: [f.id], created_at: T0, read_at: T0 });
    const [message] = await listMessages(target.client, target.praticaId);
    const attachment = message!.attachments[0]!;
    const host = new FakeHost();
    const clock = new FakeClock(T0);
    const downloads = new AttachmentDownloads(host, clock);
    let auth: string | null = null;
    worker.events.on('request:start', ({ request }) => { if (request.url.includes('/attachments/')) auth = request.headers.get('authorization'); });
    const saved: string[] = [];
    const parent = document.createElement('div');
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { saved.push(this.download); };
    try {
      const done = downloads.download(target.client, attachment, parent, 'Non scaricato');
      expect(downloads.busy.has(attachment.id)).to.equal(true);
      await done;
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(saved).to.deep.equal(['Avvio procedimento.pdf']);
    expect(auth).to.match(/^Bearer /);
    expect(downloads.busy.size).to.equal(0);
    expect(parent.childElementCount).to.equal(0);
    // The blob is given back on the next tick of the clock.
    expect(clock.pending).to.equal(1);
    await clock.advance(0);
    expect(clock.pending).to.equal(0);

    worker.use(http.get('*/api/applications/:id/messages/:mid/attachments/:fid', () => HttpResponse.error()));
    await downloads.download(target.client, attachment, parent, 'Non è stato possibile scaricare il file');
    expect([...downloads.errors.entries()]).to.deep.equal([[attachment.id, 'Non è stato possibile scaricare il file']]);
  });
});
