import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import {
  createPratica,
  getPratica,
  getPraticaHistory,
  listAllPratiche,
  listPratiche,
  submitPratica,
  updatePratica,
  withdrawPratica,
} from '../../src/api/applications.js';
import { normalizeSubmissionData } from '../../src/api/adapters/submission-data.js';
import { API, makeClient, rejection, worker } from './local-worker.js';
import { applicationWire, ORIGIN_BASE } from './wire-fixtures.js';

/** 23 pratiche, statuses cycling through a few codes, served like `GET /api/applications`. */
const all = Array.from({ length: 23 }, (_, i) =>
  applicationWire({
    id: `p${String(i).padStart(2, '0')}`,
    status: ['2000', '4000', '4100', '7000'][i % 4],
    created_at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  }),
);

function serveList(seen: URL[] = []): void {
  worker.use(
    http.get(`${API}/applications`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 10);
      if (limit > 100) return HttpResponse.json(['Limit parameter is too high'], { status: 400 });
      const status = url.searchParams.get('status');
      const rows = status ? all.filter((a) => a.status === status) : all;
      const next = offset + limit < rows.length ? `${ORIGIN_BASE}/api/applications?offset=${offset + limit}&limit=${limit}` : null;
      return HttpResponse.json({
        meta: { count: rows.length, parameter: { offset, limit, version: 2 } },
        links: { self: request.url, prev: null, next },
        data: rows.slice(offset, offset + limit),
      });
    }),
  );
}

describe('pratiche list', () => {
  it('returns one page as {items, total, offset, limit} from the envelope', async () => {
    serveList();
    const page = await listPratiche(makeClient(), { offset: 10, limit: 10 });
    expect(page.total).to.equal(23);
    expect(page.offset).to.equal(10);
    expect(page.limit).to.equal(10);
    expect(page.items.map((p) => p.id)).to.deep.equal(['p10', 'p11', 'p12', 'p13', 'p14', 'p15', 'p16', 'p17', 'p18', 'p19']);
  });

  it('pages through every page until meta.count', async () => {
    const seen: URL[] = [];
    serveList(seen);
    const list = await listAllPratiche(makeClient());
    expect(list).to.have.length(23);
    expect(new Set(list.map((p) => p.id)).size).to.equal(23);
    expect(seen.map((u) => u.searchParams.get('offset'))).to.deep.equal(['0']);
    expect(seen[0]?.searchParams.get('limit')).to.equal('100');
  });

  it('walks several pages when the backend caps the page size', async () => {
    const seen: URL[] = [];
    worker.use(
      http.get(`${API}/applications`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        const offset = Number(url.searchParams.get('offset'));
        // A backend that ignores limit and always serves 10.
        return HttpResponse.json({ meta: { count: all.length }, links: null, data: all.slice(offset, offset + 10) });
      }),
    );
    const list = await listAllPratiche(makeClient());
    expect(list).to.have.length(23);
    expect(seen.map((u) => u.searchParams.get('offset'))).to.deep.equal(['0', '10', '20']);
  });

  it('sends service, status, date and sort filters the way the backend expects', async () => {
    const seen: URL[] = [];
    serveList(seen);
    await listPratiche(makeClient(), {
      service: 'iscrizione-mensa-scolastica',
      serviceId: 's-mensa',
      status: 4000,
      createdAfter: new Date(2026, 0, 5),
      submittedBefore: '2026-03-01',
      sort: 'DESC',
      limit: 500,
    });
    const q = seen[0]!.searchParams;
    expect(q.get('service')).to.equal('iscrizione-mensa-scolastica');
    expect(q.get('service_id')).to.equal('s-mensa');
    expect(q.get('status')).to.equal('4000');
    expect(q.get('createdAt[after]')).to.equal('2026-01-05');
    expect(q.get('submittedAt[before]')).to.equal('2026-03-01');
    expect(q.get('sort')).to.equal('DESC');
    expect(q.get('limit')).to.equal('100');
  });

  it('filters by a citizen status group that spans several codes, merging the results', async () => {
    const seen: URL[] = [];
    serveList(seen);
    const page = await listPratiche(makeClient(), { statusGroup: ['in-lavorazione', 'accettata'], limit: 5, sort: 'DESC' });
    expect(page.items.every((p) => p.statusGroup === 'in-lavorazione' || p.statusGroup === 'accettata')).to.equal(true);
    expect(page.total).to.equal(all.filter((a) => a.status === '4000' || a.status === '7000').length);
    const dates = page.items.map((p) => p.createdAt.getTime());
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    expect(new Set(seen.map((u) => u.searchParams.get('status')))).to.include('4000');
  });

  it('filters by a one-code group with a single request', async () => {
    const seen: URL[] = [];
    serveList(seen);
    const page = await listPratiche(makeClient(), { statusGroup: 'bozza' });
    expect(seen).to.have.length(1);
    expect(seen[0]!.searchParams.get('status')).to.equal('1000');
    expect(page.items).to.deep.equal([]);
  });

  it('accepts a bare array instead of the envelope', async () => {
    worker.use(http.get(`${API}/applications`, () => HttpResponse.json([applicationWire()])));
    const page = await listPratiche(makeClient());
    expect(page.total).to.equal(1);
    expect(page.items[0]?.id).to.equal('p1');
  });

  it('reports a page with a malformed item as invalid-response', async () => {
    worker.use(http.get(`${API}/applications`, () => HttpResponse.json({ meta: { count: 1 }, data: [{ id: 'x', status: 'bozza' }] })));
    const e = (await rejection(listPratiche(makeClient()))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });
});

describe('pratica detail', () => {
  it('normalises the digit-string status, dates, files and citizen actions', async () => {
    worker.use(http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire())));
    const p = await getPratica(makeClient(), 'p1');
    expect(p.statusCode).to.equal(2000);
    expect(p.statusName).to.equal('submitted');
    expect(p.statusGroup).to.equal('inviata');
    expect(p.submittedAt?.toISOString()).to.equal('2026-04-28T09:18:41.000Z');
    expect(p.compiledModules[0]?.originalName).to.equal('ricevuta.pdf');
    expect(p.allowedActions).to.deep.equal(['withdraw']);
    expect(p.protocolNumber).to.equal(undefined);
    expect(p.outcome).to.equal(undefined);
    expect(p.paymentData).to.equal(undefined);
    expect(p.authenticationMethod).to.equal('spid');
    expect((p.data.docs as Array<{ originalName: string }>)[0]?.originalName).to.equal('certificato.pdf');
  });

  it('nests v1 flat dotted data like v2', async () => {
    worker.use(
      http.get(`${API}/applications/p1`, () =>
        HttpResponse.json(
          applicationWire({
            data: {
              'applicant.data.completename.data.name': 'Ada',
              'applicant.data.completename.data.surname': 'Rossi',
              'applicant.data.Born.data.natoAIl': '1980-01-01T00:00:00+01:00',
              'children.0.name': 'Leo',
              'children.1.name': 'Mia',
              note: 'ciao',
            },
          }),
        ),
      ),
    );
    const p = await getPratica(makeClient(), 'p1');
    expect(p.data).to.deep.equal({
      applicant: { completename: { name: 'Ada', surname: 'Rossi' }, Born: { natoAIl: '1980-01-01T00:00:00+01:00' } },
      children: [{ name: 'Leo' }, { name: 'Mia' }],
      note: 'ciao',
    });
  });

  it('reports a missing pratica as not-found and someone else’s as forbidden', async () => {
    worker.use(
      http.get(`${API}/applications/nope`, () => HttpResponse.json(['Application not found'], { status: 404 })),
      http.get(`${API}/applications/other`, () => HttpResponse.json(['You are not allowed to view this application'], { status: 403 })),
    );
    const c = makeClient();
    expect(((await rejection(getPratica(c, 'nope'))) as SdcError).kind).to.equal('not-found');
    expect(((await rejection(getPratica(c, 'other'))) as SdcError).kind).to.equal('forbidden');
  });
});

describe('pratica writes', () => {
  it('creates a draft with status 1000 and the raw Form.io data', async () => {
    let body: Record<string, unknown> | undefined;
    worker.use(
      http.post(`${API}/applications`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(applicationWire({ id: 'new', status: '1000', status_name: 'status_draft', links: [{ action: 'submit', url: 'x' }] }), { status: 201 });
      }),
    );
    const data = { applicant: { data: { completename: { data: { name: 'Ada', surname: 'Rossi' } } } } };
    const p = await createPratica(makeClient(), { service: 's-mensa', data });
    expect(body).to.deep.equal({ service: 's-mensa', status: 1000, data });
    expect(p.statusGroup).to.equal('bozza');
    expect(p.allowedActions).to.deep.equal(['submit']);
    // read back in v2 shape, wrappers removed
    expect(p.id).to.equal('new');
  });

  it('creates a submitted pratica (1900) when asked', async () => {
    let status: unknown;
    worker.use(
      http.post(`${API}/applications`, async ({ request }) => {
        status = ((await request.json()) as { status: number }).status;
        return HttpResponse.json(applicationWire({ status: '1900' }), { status: 201 });
      }),
    );
    await createPratica(makeClient(), { service: 's-mensa', data: { a: 1 }, submit: true });
    expect(status).to.equal(1900);
  });

  it('makes one pratica when the same create is sent twice (double click)', async () => {
    let calls = 0;
    worker.use(
      http.post(`${API}/applications`, async () => {
        calls++;
        await delay(30);
        return HttpResponse.json(applicationWire({ id: 'once', status: '1000' }), { status: 201 });
      }),
    );
    const c = makeClient();
    const [a, b] = await Promise.all([createPratica(c, { service: 's', data: { x: 1 } }), createPratica(c, { service: 's', data: { x: 1 } })]);
    expect(calls).to.equal(1);
    expect(a.id).to.equal(b.id);
  });

  it('reports server-side validation with per-field messages', async () => {
    worker.use(
      http.post(`${API}/applications`, () =>
        HttpResponse.json({ type: 'validation_error', title: 'There was a validation error', errors: ['This value should not be blank.: data'] }, { status: 400 }),
      ),
    );
    const e = (await rejection(createPratica(makeClient(), { service: 's', data: {} }))) as SdcError;
    expect(e.kind).to.equal('validation');
    expect(e.fields).to.deep.equal({ data: ['This value should not be blank.'] });
  });

  it('updates with PUT (string-array answer) and reads the pratica back', async () => {
    let put: unknown;
    worker.use(
      http.put(`${API}/applications/p1`, async ({ request }) => {
        put = await request.json();
        return HttpResponse.json(['Application Modified Successfully']);
      }),
      http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire({ status: '1000', data: { note: 'nuova' } }))),
    );
    const p = await updatePratica(makeClient(), 'p1', { data: { note: 'nuova' } });
    expect(put).to.deep.equal({ status: 1000, data: { note: 'nuova' } });
    expect(p.data).to.deep.equal({ note: 'nuova' });
  });

  it('submits through the transition (204) and returns the new status', async () => {
    let transitioned = false;
    worker.use(
      http.post(`${API}/applications/p1/transition/submit`, () => {
        transitioned = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire({ status: transitioned ? '1900' : '1000' }))),
    );
    const p = await submitPratica(makeClient(), 'p1');
    expect(p.statusCode).to.equal(1900);
    expect(p.statusGroup).to.equal('inviata');
  });

  it('withdraws through the transition and refuses with a typed error when not allowed', async () => {
    worker.use(
      http.post(`${API}/applications/p1/transition/withdraw`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire({ status: '20000', status_name: 'status_withdraw', links: [] }))),
      http.post(`${API}/applications/p2/transition/withdraw`, () => HttpResponse.json(['You are not allowed to withdraw this application'], { status: 403 })),
    );
    const c = makeClient();
    const p = await withdrawPratica(c, 'p1');
    expect(p.statusGroup).to.equal('ritirata');
    expect(p.allowedActions).to.deep.equal([]);
    expect(((await rejection(withdrawPratica(c, 'p2'))) as SdcError).kind).to.equal('forbidden');
  });

  it('reads the history oldest first with integer status codes', async () => {
    worker.use(
      http.get(`${API}/applications/p1/history`, () =>
        HttpResponse.json([
          { status_code: 2000, status_name: 'status_submitted', message: null, message_id: null, date: '2026-04-28T11:18:41+02:00', user: null },
          { status_code: 1000, status_name: 'status_draft', message: null, message_id: null, date: '2026-04-28T11:15:30+02:00', user: null },
          { status_code: 4000, status_name: 'STATUS_PENDING', message: 'Presa in carico', message_id: 'msg1', date: '2026-04-29T09:00:00+02:00', user: null },
        ]),
      ),
    );
    const h = await getPraticaHistory(makeClient(), 'p1');
    expect(h.map((x) => [x.statusCode, x.statusName, x.statusGroup])).to.deep.equal([
      [1000, 'draft', 'bozza'],
      [2000, 'submitted', 'inviata'],
      [4000, 'pending', 'in-lavorazione'],
    ]);
    expect(h[2]?.message).to.equal('Presa in carico');
  });
});

describe('normalizeSubmissionData', () => {
  it('removes Form.io {data} wrappers of nested forms but keeps file objects', () => {
    const file = { name: 'a.pdf', originalName: 'a.pdf', data: { id: 'f1' }, url: 'u' };
    expect(normalizeSubmissionData({ applicant: { data: { fiscal_code: { data: { fiscal_code: 'X' } } } }, docs: [file] })).to.deep.equal({
      applicant: { fiscal_code: { fiscal_code: 'X' } },
      docs: [file],
    });
  });

  it('turns PHP’s empty [] into {}', () => {
    expect(normalizeSubmissionData([])).to.deep.equal({});
    expect(normalizeSubmissionData(null)).to.deep.equal({});
  });
});
