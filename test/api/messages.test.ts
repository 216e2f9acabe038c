import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import { listLatestMessages, listMessages, listMessagesPage, listMessagesRange, listMessagesSince, markMessageRead, sendMessage } from '../../src/api/messages.js';
import { API, makeClient, rejection, worker } from './local-worker.js';
import { messageWire } from './wire-fixtures.js';

const V2 = `${API}/v2/applications/p1/messages`;
const V1 = `${API}/applications/p1/messages`;

describe('messages', () => {
  it('reads the v2 envelope, oldest first, without internal notes', async () => {
    worker.use(
      http.get(V2, () =>
        HttpResponse.json({
          meta: { count: 3, parameter: { offset: 0, limit: 100 } },
          links: { self: 'x', prev: null, next: null },
          data: [
            messageWire({ id: 'm2', created_at: '2026-05-03T09:00:00+02:00', author: 'u1', read_at: '2026-05-03T10:00:00+02:00' }),
            messageWire({ id: 'm1' }),
            messageWire({ id: 'mi', visibility: 'internal', message: 'nota interna' }),
          ],
        }),
      ),
    );
    const list = await listMessages(makeClient(), 'p1');
    expect(list.map((m) => m.id)).to.deep.equal(['m1', 'm2']);
    expect(list[0]?.body).to.equal('<p>Buongiorno, manca un documento.</p>');
    expect(list[0]?.readAt).to.equal(undefined);
    expect(list[1]?.authorId).to.equal('u1');
  });

  it('reads the office’s links to the next action', async () => {
    worker.use(
      http.get(V2, () =>
        HttpResponse.json({
          meta: { count: 1 },
          data: [messageWire({ call_to_actions: [{ label: 'Presenta una nuova richiesta', link: 'https://x/it/servizi/accesso-atti' }, { label: '', link: 'x' }] })],
        }),
      ),
    );
    const [m] = await listMessages(makeClient(), 'p1');
    expect(m?.callToActions).to.deep.equal([{ label: 'Presenta una nuova richiesta', url: 'https://x/it/servizi/accesso-atti' }]);
  });

  it('turns the 404 "Messages not found" quirk into an empty list', async () => {
    worker.use(http.get(V2, () => HttpResponse.json(['Messages not found'], { status: 404 })));
    expect(await listMessages(makeClient(), 'p1')).to.deep.equal([]);
    const page = await listMessagesPage(makeClient(), 'p1', { offset: 0, limit: 10 });
    expect(page).to.deep.equal({ items: [], total: 0, offset: 0, limit: 10 });
  });

  it('still reports a missing pratica as not-found', async () => {
    worker.use(http.get(V2, () => HttpResponse.json(['Application not found'], { status: 404 })));
    const e = (await rejection(listMessages(makeClient(), 'p1'))) as SdcError;
    expect(e.kind).to.equal('not-found');
  });

  it('reads the v1 plain array when asked', async () => {
    let version: string | null = null;
    worker.use(
      http.get(V1, ({ request }) => {
        version = new URL(request.url).searchParams.get('version');
        return HttpResponse.json([messageWire({ attachments: [{ id: 'a1', name: 'x.pdf', originalName: 'Verbale.pdf', url: 'https://x/a1' }] })]);
      }),
    );
    const list = await listMessages(makeClient(), 'p1', { apiVersion: 1 });
    expect(version).to.equal('1');
    expect(list[0]?.attachments[0]?.originalName).to.equal('Verbale.pdf');
  });

  it('falls back to v1 when the backend has no v2 route', async () => {
    worker.use(
      http.get(V2, () => new HttpResponse('<html><title>404 Not Found</title></html>', { status: 404, headers: { 'Content-Type': 'text/html' } })),
      http.get(V1, () => HttpResponse.json([messageWire()])),
    );
    expect((await listMessages(makeClient(), 'p1')).map((m) => m.id)).to.deep.equal(['msg1']);
  });

  it('pages through a long v2 thread', async () => {
    const many = Array.from({ length: 130 }, (_, i) => messageWire({ id: `m${i}`, created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    const offsets: string[] = [];
    worker.use(
      http.get(V2, ({ request }) => {
        const q = new URL(request.url).searchParams;
        offsets.push(q.get('offset')!);
        const o = Number(q.get('offset'));
        const l = Number(q.get('limit'));
        return HttpResponse.json({ meta: { count: many.length, parameter: { offset: o, limit: l } }, links: null, data: many.slice(o, o + l) });
      }),
    );
    const list = await listMessages(makeClient(), 'p1');
    expect(list).to.have.length(130);
    expect(offsets).to.deep.equal(['0', '100']);
  });

  /** A v2 list of `rows` messages (every tenth an internal note); records `offset/limit` of each request. */
  function serveRows(rows: number): string[] {
    const all = Array.from({ length: rows }, (_, i) => messageWire({ id: `m${i}`, visibility: i % 10 === 9 ? 'internal' : 'applicant', created_at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    const asked: string[] = [];
    worker.use(
      http.get(V2, ({ request }) => {
        const q = new URL(request.url).searchParams;
        const o = Number(q.get('offset'));
        const l = Number(q.get('limit'));
        asked.push(`${o}/${l}`);
        return HttpResponse.json({ meta: { count: all.length, parameter: { offset: o, limit: l } }, links: null, data: all.slice(o, o + l) });
      }),
    );
    return asked;
  }

  it('reads the latest messages of a long thread in two requests, counting rows with the internal notes', async () => {
    const asked = serveRows(2000);
    const run = await listLatestMessages(makeClient(), 'p1', 30);
    expect(asked).to.deep.equal(['0/30', '1970/30']);
    expect(run.start).to.equal(1970);
    expect(run.end).to.equal(2000);
    expect(run.total).to.equal(2000);
    expect(run.items.map((m) => m.id)).to.have.length(27);
    expect(run.items.at(-1)!.id).to.equal('m1998');
  });

  it('reads a short thread in one request', async () => {
    const asked = serveRows(12);
    const run = await listLatestMessages(makeClient(), 'p1', 30);
    expect(asked).to.deep.equal(['0/30']);
    expect(run).to.include({ start: 0, end: 12, total: 12 });
  });

  it('reads older rows and what came since, in pages of at most 100', async () => {
    const asked = serveRows(250);
    const older = await listMessagesRange(makeClient(), 'p1', 20, 50);
    expect(older.items[0]!.id).to.equal('m20');
    expect(older).to.include({ start: 20, end: 50 });
    const since = await listMessagesSince(makeClient(), 'p1', 100);
    expect(since).to.include({ start: 99, end: 250, total: 250 });
    expect(asked).to.deep.equal(['20/30', '99/100', '199/100']);
  });

  it('sends a message with base64 attachments and returns it', async () => {
    let body: Record<string, unknown> | undefined;
    worker.use(
      http.post(V1, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(messageWire({ id: 'new', message: body.message, author: 'u1' }), { status: 201 });
      }),
    );
    const m = await sendMessage(makeClient(), 'p1', {
      body: 'Ecco il documento',
      attachments: [{ name: 'doc.txt', mimeType: 'text/plain', file: new Blob(['ciao'], { type: 'text/plain' }) }],
    });
    expect(body).to.deep.equal({
      message: 'Ecco il documento',
      visibility: 'applicant',
      attachments: [{ name: 'doc.txt', mime_type: 'text/plain', file: btoa('ciao') }],
    });
    expect(m.id).to.equal('new');
    expect(m.authorId).to.equal('u1');
  });

  it('keeps the send error typed so the element can keep the text and retry', async () => {
    worker.use(http.post(V1, () => HttpResponse.error()));
    const e = (await rejection(sendMessage(makeClient(), 'p1', { body: 'x' }))) as SdcError;
    expect(e.kind).to.equal('network');
    expect(e.retryable).to.equal(true);
  });

  it('marks a message as read with PATCH read_at', async () => {
    let body: unknown;
    worker.use(
      http.patch(`${V1}/m1`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(['Message Patched Successfully']);
      }),
    );
    await markMessageRead(makeClient(), 'p1', 'm1', new Date('2026-05-04T08:00:00Z'));
    expect(body).to.deep.equal({ read_at: '2026-05-04T08:00:00.000Z' });
  });
});
