import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { Session } from '../../src/api/session.js';
import { API, jwt, makeClient, worker } from './local-worker.js';

const ada = { id: 'u1', role: 'user', nome: 'Ada', cognome: 'Rossi', codice_fiscale: 'RSSDAA80A41H501X', email: 'ada@example.org' };

/** What the session did, in order: `token` events (signed-in code starts loading then) and state changes. */
function record(session: Session, order: string[]): void {
  session.addEventListener('token', () => order.push('token'));
  session.addEventListener('change', () => order.push(session.state));
}

describe('Session: the `token` event, for code only a signed-in citizen needs (issue 15)', () => {
  it('an anonymous visitor’s session start fires no `token`', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })));
    const c = makeClient();
    const order: string[] = [];
    record(c.session, order);
    expect(await c.session.ensure()).to.equal('anonymous');
    expect(order).to.deep.equal(['checking', 'anonymous']);
  });

  it('an anonymous user made for a booking fires none either', async () => {
    worker.use(http.post(`${API}/session-auth`, () => HttpResponse.json({ token: jwt({ id: 'anon-1' }) })));
    const c = makeClient();
    const order: string[] = [];
    record(c.session, order);
    await c.session.createAnonymous();
    await c.session.ensureToken();
    expect(order).to.deep.equal(['anonymous']);
  });

  it('a citizen’s token from the cookie fires `token` before her profile is asked for, once', async () => {
    const c = makeClient();
    const order: string[] = [];
    record(c.session, order);
    worker.use(
      http.get(`${API}/session-auth`, () => HttpResponse.json({ token: jwt({ id: 'u1' }) })),
      http.get(`${API}/users/u1`, () => {
        order.push('profile request');
        return HttpResponse.json(ada);
      }),
    );
    expect(await c.session.ensure()).to.equal('authenticated');
    // The same token again (a second check) is no news.
    await c.session.refresh();
    expect(order).to.deep.equal(['checking', 'token', 'profile request', 'authenticated']);
  });

  it('a token the page gives fires `token` before the profile request too', async () => {
    const c = makeClient();
    const order: string[] = [];
    record(c.session, order);
    worker.use(
      http.get(`${API}/users/u1`, () => {
        order.push('profile request');
        return HttpResponse.json(ada);
      }),
    );
    expect(await c.session.setToken(jwt({ id: 'u1' }))).to.equal('authenticated');
    expect(order).to.deep.equal(['token', 'checking', 'profile request', 'authenticated']);
  });
});
