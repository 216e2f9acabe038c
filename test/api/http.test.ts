import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { SdcError } from '../../src/core/errors.js';
import { getTenant } from '../../src/api/tenant.js';
import { download } from '../../src/api/download.js';
import { API, BASE, jwt, makeClient, rejection, worker } from './local-worker.js';

const tenant = { id: 't1', name: 'Comune di Prova' };
const Any = z.unknown();

describe('SdcClient requests', () => {
  it('always sends version=2 on API calls and JSON accept', async () => {
    let seen: URL | undefined;
    let accept: string | null = null;
    worker.use(
      http.get(`${API}/tenants/info`, ({ request }) => {
        seen = new URL(request.url);
        accept = request.headers.get('Accept');
        return HttpResponse.json(tenant);
      }),
    );
    const t = await getTenant(makeClient());
    expect(t.name).to.equal('Comune di Prova');
    expect(seen?.searchParams.get('version')).to.equal('2');
    expect(accept).to.equal('application/json');
  });

  it('sends the session token as a Bearer header and never in the URL', async () => {
    let auth: string | null = null;
    let url = '';
    worker.use(
      http.get(`${API}/tenants/info`, ({ request }) => {
        auth = request.headers.get('Authorization');
        url = request.url;
        return HttpResponse.json(tenant);
      }),
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi', codice_fiscale: 'RSSDAA80A41H501X' })),
    );
    const c = makeClient();
    const token = jwt({ id: 'u1' });
    await c.session.setToken(token);
    await getTenant(c);
    expect(auth).to.equal(`Bearer ${token}`);
    expect(url).not.to.contain(token);
  });

  it('does not send the token to another origin', async () => {
    let auth: string | null = 'unset';
    worker.use(
      http.get('https://proxy.example.org/notice/1', ({ request }) => {
        auth = request.headers.get('Authorization');
        return new HttpResponse('pdf', { headers: { 'Content-Type': 'application/pdf' } });
      }),
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    await download(c, 'https://proxy.example.org/notice/1');
    expect(auth).to.equal(null);
  });
});

describe('retries with backoff', () => {
  it('retries a GET on 503 and succeeds', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        calls++;
        return calls < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(tenant);
      }),
    );
    const t = await getTenant(makeClient({ retries: 2 }));
    expect(t.id).to.equal('t1');
    expect(calls).to.equal(3);
  });

  it('retries a GET on a network error', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        calls++;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(tenant);
      }),
    );
    await getTenant(makeClient());
    expect(calls).to.equal(2);
  });

  it('gives up after the configured retries with a retryable server error', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        calls++;
        return new HttpResponse('<html><title>Bad Gateway</title></html>', { status: 502 });
      }),
    );
    const e = (await rejection(getTenant(makeClient({ retries: 2 })))) as SdcError;
    expect(calls).to.equal(3);
    expect(e.kind).to.equal('server');
    expect(e.retryable).to.equal(true);
  });

  it('reports network after retries when the backend cannot be reached', async () => {
    worker.use(http.get(`${API}/tenants/info`, () => HttpResponse.error()));
    const e = (await rejection(getTenant(makeClient({ retries: 1 })))) as SdcError;
    expect(e.kind).to.equal('network');
    expect(e.message).to.equal('Impossibile contattare il servizio. Controlla la connessione e riprova.');
  });

  it('waits longer before each retry (exponential backoff)', async () => {
    const times: number[] = [];
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        times.push(performance.now());
        return new HttpResponse(null, { status: 503 });
      }),
    );
    await rejection(getTenant(makeClient({ retries: 2, retryDelayMs: 40 })));
    expect(times).to.have.length(3);
    // base 40 ms then 80 ms: the second gap is at least the doubled base.
    expect(times[1]! - times[0]!).to.be.at.least(40);
    expect(times[2]! - times[1]!).to.be.at.least(80);
  });

  it('never retries a POST', async () => {
    let calls = 0;
    worker.use(
      http.post(`${API}/applications`, () => {
        calls++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const e = (await rejection(makeClient().send('POST', '/api/applications', { body: {} }))) as SdcError;
    expect(e.kind).to.equal('server');
    expect(calls).to.equal(1);
  });

  it('does not retry a 500', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        calls++;
        return HttpResponse.json({ type: 'error', title: 'x', description: 'y' }, { status: 500 });
      }),
    );
    await rejection(getTenant(makeClient()));
    expect(calls).to.equal(1);
  });
});

describe('timeouts and cancellation', () => {
  it('rejects with timeout when the backend is too slow', async () => {
    worker.use(
      http.get(`${API}/tenants/info`, async () => {
        await delay(2000);
        return HttpResponse.json(tenant);
      }),
    );
    const e = (await rejection(getTenant(makeClient({ timeoutMs: 50, retries: 0 })))) as SdcError;
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.equal('Il servizio non ha risposto in tempo. Riprova tra qualche istante.');
  });

  it('rejects with aborted when the caller cancels', async () => {
    worker.use(
      http.get(`${API}/tenants/info`, async () => {
        await delay(2000);
        return HttpResponse.json(tenant);
      }),
    );
    const ac = new AbortController();
    const p = getTenant(makeClient(), { signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    const e = (await rejection(p)) as SdcError;
    expect(e.kind).to.equal('aborted');
  });

  it('rejects at once with aborted when the signal is already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    const e = (await rejection(getTenant(makeClient(), { signal: ac.signal }))) as SdcError;
    expect(e.kind).to.equal('aborted');
  });
});

describe('de-duplication of identical GETs', () => {
  it('sends one request for identical concurrent GETs', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, async () => {
        calls++;
        await delay(30);
        return HttpResponse.json(tenant);
      }),
    );
    const c = makeClient();
    const [a, b, d] = await Promise.all([getTenant(c), getTenant(c), getTenant(c)]);
    expect(calls).to.equal(1);
    expect([a.name, b.name, d.name]).to.deep.equal(['Comune di Prova', 'Comune di Prova', 'Comune di Prova']);
  });

  it('sends again once the first request has finished', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/tenants/info`, () => {
        calls++;
        return HttpResponse.json(tenant);
      }),
    );
    const c = makeClient();
    await getTenant(c);
    await getTenant(c);
    expect(calls).to.equal(2);
  });

  it('lets one caller cancel without cancelling the others', async () => {
    worker.use(
      http.get(`${API}/tenants/info`, async () => {
        await delay(60);
        return HttpResponse.json(tenant);
      }),
    );
    const c = makeClient();
    const ac = new AbortController();
    const first = getTenant(c, { signal: ac.signal });
    const second = getTenant(c);
    ac.abort();
    const e = (await rejection(first)) as SdcError;
    expect(e.kind).to.equal('aborted');
    expect((await second).name).to.equal('Comune di Prova');
  });

  it('never joins a request whose only caller just cancelled it', async () => {
    // An element that re-renders cancels its request and asks again in the same tick.
    worker.use(
      http.get(`${API}/tenants/info`, async () => {
        await delay(30);
        return HttpResponse.json(tenant);
      }),
    );
    const c = makeClient();
    const ac = new AbortController();
    const first = getTenant(c, { signal: ac.signal });
    ac.abort();
    const again = getTenant(c);
    expect(((await rejection(first)) as SdcError).kind).to.equal('aborted');
    expect((await again).name).to.equal('Comune di Prova');
  });

  it('does not share POSTs', async () => {
    let calls = 0;
    worker.use(
      http.post(`${API}/things`, () => {
        calls++;
        return HttpResponse.json({});
      }),
    );
    const c = makeClient();
    await Promise.all([c.json('POST', '/api/things', Any), c.json('POST', '/api/things', Any)]);
    expect(calls).to.equal(2);
  });
});

describe('401 refresh', () => {
  it('refreshes the token once through session-auth with the cookie and retries', async () => {
    const oldToken = jwt({ id: 'u1', v: 1 });
    const newToken = jwt({ id: 'u1', v: 2 });
    let sessionAuthCalls = 0;
    let cookieMode: string | null = null;
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/session-auth`, ({ request }) => {
        sessionAuthCalls++;
        cookieMode = new URL(request.url).searchParams.get('with-cookie');
        return HttpResponse.json({ token: newToken });
      }),
      http.get(`${API}/tenants/info`, ({ request }) =>
        request.headers.get('Authorization') === `Bearer ${newToken}`
          ? HttpResponse.json(tenant)
          : HttpResponse.json({ code: 401, message: 'Expired JWT Token' }, { status: 401 }),
      ),
    );
    const c = makeClient();
    await c.session.setToken(oldToken);
    const t = await getTenant(c);
    expect(t.id).to.equal('t1');
    expect(sessionAuthCalls).to.equal(1);
    expect(cookieMode).to.equal('1');
    expect(c.session.token).to.equal(newToken);
    expect(c.session.state).to.equal('authenticated');
  });

  it('refreshes only once for several concurrent 401s', async () => {
    const newToken = jwt({ id: 'u1', v: 2 });
    let sessionAuthCalls = 0;
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/session-auth`, async () => {
        sessionAuthCalls++;
        await delay(20);
        return HttpResponse.json({ token: newToken });
      }),
      http.get(`${API}/:thing`, ({ request }) =>
        request.headers.get('Authorization') === `Bearer ${newToken}`
          ? HttpResponse.json(tenant)
          : HttpResponse.json({ code: 401, message: 'Expired JWT Token' }, { status: 401 }),
      ),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1', v: 1 }));
    await Promise.all([c.get('/api/a', Any), c.get('/api/b', Any), c.get('/api/c', Any)]);
    expect(sessionAuthCalls).to.equal(1);
  });

  it('reports unauthorized and marks the session expired when the refresh gives nothing', async () => {
    let tenantCalls = 0;
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })),
      http.get(`${API}/tenants/info`, () => {
        tenantCalls++;
        return HttpResponse.json({ code: 401, message: 'Expired JWT Token' }, { status: 401 });
      }),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    const states: string[] = [];
    c.session.addEventListener('change', (e) => states.push((e as CustomEvent<{ state: string }>).detail.state));
    const e = (await rejection(getTenant(c))) as SdcError;
    expect(e.kind).to.equal('unauthorized');
    expect(tenantCalls).to.equal(1);
    expect(c.session.state).to.equal('expired');
    expect(c.session.token).to.equal(undefined);
    expect(states).to.include('expired');
  });

  it('reports unauthorized when the retry with the fresh token is still refused', async () => {
    let tenantCalls = 0;
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/session-auth`, () => HttpResponse.json({ token: jwt({ id: 'u1', v: 9 }) })),
      http.get(`${API}/tenants/info`, () => {
        tenantCalls++;
        return HttpResponse.json({ code: 401, message: 'Invalid JWT Token' }, { status: 401 });
      }),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    const e = (await rejection(getTenant(c))) as SdcError;
    expect(e.kind).to.equal('unauthorized');
    expect(tenantCalls).to.equal(2);
  });
});

describe('401 from another origin', () => {
  it('neither refreshes nor retries with the token', async () => {
    let sessionAuthCalls = 0;
    const auths: Array<string | null> = [];
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/session-auth`, () => {
        sessionAuthCalls++;
        return HttpResponse.json({ token: jwt({ id: 'u1', v: 2 }) });
      }),
      http.get('https://proxy.example.org/receipt/1', ({ request }) => {
        auths.push(request.headers.get('Authorization'));
        return HttpResponse.json({ code: 401, message: 'No' }, { status: 401 });
      }),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    const e = (await rejection(download(c, 'https://proxy.example.org/receipt/1'))) as SdcError;
    expect(e.kind).to.equal('unauthorized');
    expect(sessionAuthCalls).to.equal(0);
    expect(auths).to.deep.equal([null]);
    expect(c.session.state).to.equal('authenticated');
  });
});

describe('downloads', () => {
  it('downloads an authenticated file as a Blob with its file name', async () => {
    const token = jwt({ id: 'u1' });
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.get(`${API}/applications/p1/attachments/f1`, ({ request }) => {
        if (request.headers.get('Authorization') !== `Bearer ${token}`) return HttpResponse.json(['Forbidden'], { status: 403 });
        return new HttpResponse('%PDF-1.4 ricevuta', {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="ricevuta pratica.pdf"' },
        });
      }),
    );
    const c = makeClient();
    await c.session.setToken(token);
    const d = await download(c, `${API}/applications/p1/attachments/f1?version=2`);
    expect(d.filename).to.equal('ricevuta pratica.pdf');
    expect(d.mimeType).to.equal('application/pdf');
    expect(await d.blob.text()).to.equal('%PDF-1.4 ricevuta');
  });

  it('uses the last path segment when there is no Content-Disposition', async () => {
    worker.use(http.get(`${API}/files/avviso.pdf`, () => new HttpResponse('x', { headers: { 'Content-Type': 'application/pdf' } })));
    const d = await download(makeClient(), `${BASE}/api/files/avviso.pdf`);
    expect(d.filename).to.equal('avviso.pdf');
  });

  it('rejects a refused download with a typed error', async () => {
    worker.use(http.get(`${API}/files/x.pdf`, () => HttpResponse.json(['File not found'], { status: 404 })));
    const e = (await rejection(download(makeClient(), `${API}/files/x.pdf`))) as SdcError;
    expect(e.kind).to.equal('not-found');
    expect(e.detail).to.equal('File not found');
  });
});
