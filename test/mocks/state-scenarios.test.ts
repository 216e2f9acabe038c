import { expect } from '@open-wc/testing';
import {
  BASE, worker, scenarios, loginAs, tenantState, resetTenant, enablePersistence, disablePersistence, reloadTenant, STORAGE_KEY,
  advancePratica, PRATICA, STATUS, addPratica, addMessage, addCitizen, SERVICE, CITIZEN, messagesOf,
} from '../support/mock.js';

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${BASE}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

describe('mock tenant: persistence and arrange helpers', () => {
  afterEach(() => {
    disablePersistence();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('keeps the tenant in localStorage when persistence is on, and reloads it', () => {
    enablePersistence();
    resetTenant();
    loginAs('marco');
    addPratica({ user: 'marco', service_id: SERVICE.biblioteca });
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(stored.session.userId).to.equal(CITIZEN.marco);
    expect(reloadTenant().applications.length).to.equal(stored.applications.length);
    resetTenant();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).session.userId).to.equal(null);
  });

  it('does not touch localStorage in tests by default', () => {
    loginAs('giulia');
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('moves a pratica as an operator would, creating the deferred payment at 1500', async () => {
    const token = loginAs('marco');
    advancePratica(PRATICA.marcoSegnalazione, STATUS.COMPLETE, 'Lampione riparato.');
    const app = await (await api(`/api/applications/${PRATICA.marcoSegnalazione}`, token)).json();
    expect(app.status).to.equal('7000');
    expect(app.outcome).to.equal(true);
    const draft = addPratica({ user: 'marco', service_id: SERVICE.suoloPubblico, status: STATUS.PENDING });
    advancePratica(draft.id, STATUS.PAYMENT_PENDING);
    const summary = await (await api(`/api/applications/${draft.id}/payment`, token)).json();
    expect(summary.status).to.equal('PAYMENT_PENDING');
  });

  it('adds messages that the v1 and v2 lists then show', async () => {
    const token = loginAs('elena');
    addMessage({ application: PRATICA.elenaLibri, message: '<p>Ricordi di allegare l’IBAN.</p>', author: null });
    expect(messagesOf(PRATICA.elenaLibri)).to.have.length(1);
    const v2 = await (await api(`/api/v2/applications/${PRATICA.elenaLibri}/messages`, token)).json();
    expect(v2.meta.count).to.equal(1);
  });
});

describe('mock tenant: empty states', () => {
  it('gives a new citizen an empty pratiche envelope, 404 payments and 200 profile', async () => {
    const token = loginAs(addCitizen({ nome: 'Luca', cognome: 'Verdi' }).id);
    const apps = await (await api('/api/applications?version=2', token)).json();
    expect(apps.meta.count).to.equal(0);
    expect(apps.data).to.deep.equal([]);
    expect((await api('/api/payments', token)).status).to.equal(404);
    expect((await api('/api/meetings', token)).status).to.equal(200);
  });

  it('offers empty-list scenarios in each resource’s own shape', async () => {
    const token = loginAs('giulia');
    worker.use(scenarios.applicationsEmpty, scenarios.paymentsEmpty, ...scenarios.messagesEmpty);
    expect((await (await api('/api/applications', token)).json()).meta.count).to.equal(0);
    expect(await (await api('/api/payments', token)).json()).to.deep.equal(['Payment data not found']);
    expect(await (await api(`/api/applications/${PRATICA.giuliaMensa}/messages`, token)).json()).to.deep.equal([]);
    expect((await api(`/api/v2/applications/${PRATICA.giuliaMensa}/messages`, token)).status).to.equal(404);
  });
});

describe('mock tenant: scenarios', () => {
  it('returns an HTML error page, an empty body and truncated JSON on demand', async () => {
    worker.use(scenarios.servicesHtml502);
    const html = await fetch(`${BASE}/api/services`);
    expect(html.status).to.equal(502);
    expect(html.headers.get('Content-Type')).to.contain('text/html');
    worker.use(scenarios.emptyBody('/api/categories'));
    expect(await (await fetch(`${BASE}/api/categories`)).text()).to.equal('');
    worker.use(scenarios.truncatedJson('/api/tenants/info'));
    let threw = false;
    try { await (await fetch(`${BASE}/api/tenants/info`)).json(); } catch { threw = true; }
    expect(threw).to.equal(true);
  });

  it('returns each error body shape of the real API', async () => {
    worker.use(scenarios.validationError('/api/applications', ['Questo valore non dovrebbe essere vuoto.: data', ['nested: field']], 'post'));
    const token = loginAs('giulia');
    const v = await (await api('/api/applications', token, { method: 'POST', body: '{}' })).json();
    expect(v).to.deep.equal({ type: 'validation_error', title: 'There was a validation error', errors: ['Questo valore non dovrebbe essere vuoto.: data', ['nested: field']] });
    worker.use(scenarios.bareString('/api/services/:id', 400, 'Invalid argument'));
    expect(await (await fetch(`${BASE}/api/services/x`)).json()).to.equal('Invalid argument');
    worker.use(scenarios.statusMessage('/it/upload', 400, 'File non valido', 'post'));
    expect(await (await fetch(`${BASE}/it/upload`, { method: 'POST' })).json()).to.deep.equal({ status: 'error', message: 'File non valido' });
    worker.use(scenarios.unauthorized('/api/applications'));
    expect(await (await api('/api/applications', token)).json()).to.deep.equal({ code: 401, message: 'Expired JWT Token' });
  });

  it('fails a path a given number of times, then answers normally', async () => {
    worker.use(scenarios.flaky('/api/categories', 2));
    expect((await fetch(`${BASE}/api/categories`)).status).to.equal(503);
    expect((await fetch(`${BASE}/api/categories`)).status).to.equal(503);
    expect((await fetch(`${BASE}/api/categories`)).status).to.equal(200);
  });

  it('serves services in the 3.x envelope on demand', async () => {
    worker.use(scenarios.servicesEnvelope);
    const body = await (await fetch(`${BASE}/api/services?version=2`)).json();
    expect(body.meta.count).to.equal(body.data.length);
    expect(body.data.length).to.equal(tenantState().services.filter((s) => [1, 2, 4].includes(s.status)).length);
  });

  it('makes session-auth answer 401 when the cookie session is gone', async () => {
    loginAs('giulia');
    worker.use(scenarios.loggedOut);
    expect((await fetch(`${BASE}/api/session-auth?with-cookie=1`)).status).to.equal(401);
  });
});
