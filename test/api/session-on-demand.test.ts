import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CitizenModule, Session } from '../../src/api/session.js';
import { API, jwt, makeClient, worker } from './local-worker.js';

const ada = { id: 'u1', role: 'user', nome: 'Ada', cognome: 'Rossi', codice_fiscale: 'RSSDAA80A41H501X', email: 'ada@example.org' };

/** Counts the session's imports of the profile code (the seam: no timing, no network spying). */
function spyOnCitizenModule(session: Session, load: () => Promise<CitizenModule> = session.loadCitizenModule): { calls: number } {
  const seen = { calls: 0 };
  session.loadCitizenModule = () => {
    seen.calls++;
    return load();
  };
  return seen;
}

describe('Session: the profile code arrives only with a citizen (issue 15)', () => {
  it('an anonymous visitor’s session start does not import the profile code', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })));
    const c = makeClient();
    const code = spyOnCitizenModule(c.session);
    let tokens = 0;
    c.session.addEventListener('token', () => tokens++);
    expect(await c.session.ensure()).to.equal('anonymous');
    expect(code.calls).to.equal(0);
    expect(tokens).to.equal(0);
  });

  it('an anonymous user made for a booking does not import it either', async () => {
    worker.use(http.post(`${API}/session-auth`, () => HttpResponse.json({ token: jwt({ id: 'anon-1' }) })));
    const c = makeClient();
    const code = spyOnCitizenModule(c.session);
    let tokens = 0;
    c.session.addEventListener('token', () => tokens++);
    await c.session.createAnonymous();
    expect(c.session.state).to.equal('anonymous');
    expect(code.calls).to.equal(0);
    expect(tokens).to.equal(0);
  });

  it('a citizen’s token starts the import, and the profile request does not wait for it', async () => {
    const c = makeClient();
    const order: string[] = [];
    c.session.addEventListener('token', () => order.push('token'));
    // The code arrives only once the profile has been asked for: a session that waited for the code
    // before asking would never get either.
    let profileAsked!: () => void;
    const asked = new Promise<void>((resolve) => (profileAsked = resolve));
    const real = c.session.loadCitizenModule;
    c.session.loadCitizenModule = () => {
      order.push('import');
      return asked.then(real);
    };
    worker.use(
      http.get(`${API}/session-auth`, () => HttpResponse.json({ token: jwt({ id: 'u1' }) })),
      http.get(`${API}/users/u1`, () => {
        order.push('profile request');
        profileAsked();
        return HttpResponse.json(ada);
      }),
    );
    expect(await c.session.ensure()).to.equal('authenticated');
    expect(c.session.citizen?.fullName).to.equal('Ada Rossi');
    expect(order).to.deep.equal(['token', 'import', 'profile request']);
  });

  it('a failed import keeps the citizen signed in, without a profile, and a reload brings it', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(ada)));
    const c = makeClient();
    const real = c.session.loadCitizenModule;
    const code = spyOnCitizenModule(c.session, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const token = jwt({ id: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 });
    expect(await c.session.setToken(token)).to.equal('authenticated');
    expect(code.calls).to.equal(1);
    expect(c.session.token).to.equal(token);
    expect(c.session.citizen).to.equal(undefined);
    expect(c.session.error?.kind).to.equal('network');

    c.session.loadCitizenModule = real; // the network is back
    expect((await c.session.reloadCitizen())?.fullName).to.equal('Ada Rossi');
    expect(c.session.state).to.equal('authenticated');
    expect(c.session.error).to.equal(undefined);
  });
});
