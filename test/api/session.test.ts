import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { SessionChangeDetail } from '../../src/api/session.js';
import { API, ORIGIN, BASE, jwt, makeClient, worker } from './local-worker.js';

const ada = {
  id: 'u1',
  role: 'user',
  nome: 'Ada',
  cognome: 'Rossi',
  codice_fiscale: 'RSSDAA80A41H501X',
  sesso: 'F',
  provincia_nascita: 'RM',
  email: 'ada@example.org',
};

function states(c: ReturnType<typeof makeClient>): string[] {
  const out: string[] = [];
  c.session.addEventListener('change', (e) => out.push((e as CustomEvent<SessionChangeDetail>).detail.state));
  return out;
}

describe('Session', () => {
  it('starts unknown and becomes authenticated from the backend cookie, loading the citizen from the JWT id', async () => {
    let credentials: RequestCredentials | undefined;
    worker.use(
      http.get(`${API}/session-auth`, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json({ token: jwt({ id: 'u1', username: 'RSSDAA80A41H501X' }) });
      }),
      http.get(`${API}/users/u1`, () => HttpResponse.json(ada)),
    );
    const c = makeClient();
    const seen = states(c);
    expect(c.session.state).to.equal('unknown');
    const state = await c.session.ensure();
    expect(state).to.equal('authenticated');
    expect(credentials).to.equal('include');
    expect(c.session.citizen?.fullName).to.equal('Ada Rossi');
    expect(seen).to.deep.equal(['checking', 'authenticated']);
  });

  it('becomes anonymous when the backend has no session', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })));
    const c = makeClient();
    expect(await c.session.ensure()).to.equal('anonymous');
    expect(c.session.token).to.equal(undefined);
    expect(c.session.citizen).to.equal(undefined);
  });

  it('becomes anonymous when the cookie call is refused by CORS or the network', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.error()));
    expect(await makeClient().session.ensure()).to.equal('anonymous');
  });

  it('checks only once for concurrent ensure() calls', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/session-auth`, () => {
        calls++;
        return HttpResponse.json({ error: 'You are not logged in' }, { status: 401 });
      }),
    );
    const c = makeClient();
    await Promise.all([c.session.ensure(), c.session.ensure(), c.session.ensure()]);
    await c.session.ensure();
    expect(calls).to.equal(1);
  });

  it('prefers an injected token and does not ask for the cookie', async () => {
    let cookieCalls = 0;
    worker.use(
      http.get(`${API}/session-auth`, () => {
        cookieCalls++;
        return HttpResponse.json({ token: 'x' });
      }),
      http.get(`${API}/users/u1`, () => HttpResponse.json(ada)),
    );
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    expect(await c.session.ensure()).to.equal('authenticated');
    expect(cookieCalls).to.equal(0);
    expect(c.session.claims?.id).to.equal('u1');
  });

  it('marks an injected token that the backend refuses as expired', async () => {
    worker.use(
      http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })),
      http.get(`${API}/users/u1`, () => HttpResponse.json({ code: 401, message: 'Invalid JWT Token' }, { status: 401 })),
    );
    const c = makeClient();
    expect(await c.session.setToken(jwt({ id: 'u1' }))).to.equal('expired');
    expect(c.session.token).to.equal(undefined);
  });

  it('stays authenticated without a profile when the profile cannot be loaded for network reasons', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.error()));
    const c = makeClient({ retries: 0 });
    expect(await c.session.setToken(jwt({ id: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))).to.equal('authenticated');
    expect(c.session.citizen).to.equal(undefined);
    expect(c.session.error?.kind).to.equal('network');
  });

  it('forgets the token on setToken(undefined)', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(ada)));
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    expect(await c.session.setToken(undefined)).to.equal('anonymous');
    expect(c.session.token).to.equal(undefined);
  });

  it('builds the login URL with the return URL', () => {
    const c = makeClient();
    expect(c.session.loginUrl('https://www.comune.example.it/servizi/mensa?x=1')).to.equal(
      `${ORIGIN}${BASE}/login?return-url=${encodeURIComponent('https://www.comune.example.it/servizi/mensa?x=1')}`,
    );
    expect(c.session.loginUrl()).to.contain(encodeURIComponent(location.href));
  });

  it('logs out locally at once, firing change, without navigating when asked', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(ada)));
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    const seen = states(c);
    c.session.logout({ navigate: false });
    expect(c.session.state).to.equal('anonymous');
    expect(c.session.citizen).to.equal(undefined);
    expect(c.session.token).to.equal(undefined);
    expect(seen).to.deep.equal(['anonymous']);
    expect(c.session.logoutUrl).to.equal(`${ORIGIN}${BASE}/logout`);
  });

  it('creates an anonymous user token for booking without login', async () => {
    const token = jwt({ id: 'anon-1', roles: ['ROLE_USER'] });
    worker.use(http.post(`${API}/session-auth`, () => HttpResponse.json({ token })));
    const c = makeClient();
    expect(await c.session.createAnonymous()).to.equal(token);
    expect(c.session.token).to.equal(token);
    expect(c.session.isAnonymousUser).to.equal(true);
    expect(c.session.state).to.equal('anonymous');
  });

  it('never writes the token to web storage', async () => {
    const token = jwt({ id: 'u1', secret: 'marker-123' });
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(ada)));
    const c = makeClient();
    await c.session.setToken(token);
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
    expect(stored).not.to.contain(token);
  });

  it('exposes which profile fields are locked to SPID/CIE', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(ada)));
    const c = makeClient();
    await c.session.setToken(jwt({ id: 'u1' }));
    expect(c.session.citizen?.readOnlyFields).to.deep.equal(['givenName', 'familyName', 'fiscalCode', 'gender', 'birthProvince']);
  });
});
