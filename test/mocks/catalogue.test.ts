import { expect } from '@open-wc/testing';
import { BASE, worker, scenarios, loginAs, logout, tenantState, SERVICE, CITIZEN, tokenFor } from '../support/mock.js';

const get = (path: string, init?: RequestInit) => fetch(`${BASE}${path}`, init);
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('mock tenant: catalogue, tenant info, session and users', () => {
  it('lists published, suspended and scheduled services as a plain array', async () => {
    const res = await get('/api/services?version=2');
    expect(res.status).to.equal(200);
    const body = await res.json();
    expect(body).to.be.an('array');
    expect(body.length).to.be.at.least(12);
    expect(body.every((s: { status: number }) => [1, 2, 4].includes(s.status))).to.equal(true);
    const names = body.map((s: { identifier: string }) => s.identifier);
    expect(names).to.include('trasporto-scolastico');
    expect(names).not.to.include('bonus-bici-2023');
    expect(new Set(body.map((s: { topics_id: string }) => s.topics_id)).size).to.be.at.least(5);
  });

  it('filters services by text and by category', async () => {
    const byText = await (await get('/api/services?q=mensa')).json();
    expect(byText.length).to.be.at.least(7);
    const cat = byText[0].topics_id;
    const byTopic = await (await get(`/api/services?topics_id=${cat}`)).json();
    expect(byTopic.every((s: { topics_id: string }) => s.topics_id === cat)).to.equal(true);
  });

  it('serves a service by uuid or identifier with public payment_parameters emptied', async () => {
    const a = await (await get(`/api/services/${SERVICE.accessoAtti}`)).json();
    const b = await (await get('/api/services/accesso-atti')).json();
    expect(a.id).to.equal(b.id);
    expect(a.payment_required).to.equal(1);
    expect(a.payment_parameters).to.deep.equal([]);
    expect(a).not.to.have.property('_payment');
    expect(a.conditions_attachments[0].url).to.match(/^http:\/\/[^/]+\/lang\/api\/services\//);
  });

  it('answers 403 for a cancelled service and 404 for an unknown one', async () => {
    expect((await get(`/api/services/${SERVICE.bonusBici}`)).status).to.equal(403);
    const res = await get('/api/services/nope');
    expect(res.status).to.equal(404);
    expect(await res.json()).to.deep.equal(['Service not found']);
  });

  it('serves the Form.io form by uuid only, 404 ["Form not found"] otherwise', async () => {
    const form = await (await get(`/api/services/${SERVICE.accessoAtti}/form`)).json();
    expect(form.display).to.equal('wizard');
    const applicant = JSON.stringify(form).includes('"key":"applicant"');
    expect(applicant).to.equal(true);
    const missing = await get('/api/services/accesso-atti/form');
    expect(missing.status).to.equal(404);
    expect(await missing.json()).to.deep.equal(['Form not found']);
  });

  it('serves categories, facets, groups and tenant info', async () => {
    expect((await (await get('/api/categories')).json()).length).to.be.at.least(5);
    const facets = await (await get('/api/services/facets')).json();
    expect(Object.keys(facets.topics_id).length).to.be.at.least(5);
    const groups = await (await get('/api/services-groups')).json();
    expect(groups[0].name).to.equal('Mensa scolastica');
    expect(groups[0].services_count).to.equal(7);
    const info = await (await get('/api/tenants/info')).json();
    expect(info.name).to.equal('Comune di Esempio');
  });

  it('gives a JWT from session-auth only after login, and a fresh anonymous one on POST', async () => {
    expect((await get('/api/session-auth?with-cookie=1')).status).to.equal(401);
    loginAs('giulia');
    const { token } = await (await get('/api/session-auth?with-cookie=1')).json();
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    expect(payload.id).to.equal(CITIZEN.giulia);
    expect(payload.exp).to.be.greaterThan(Date.now() / 1000);
    logout();
    expect((await get('/api/session-auth')).status).to.equal(401);
    const anon = await (await fetch(`${BASE}/api/session-auth`, { method: 'POST' })).json();
    expect(anon.token.split('.')).to.have.length(3);
  });

  it('returns the user with Italian keys in v1 and English keys in v2, and 401 without a token', async () => {
    const token = loginAs('marco');
    expect((await get(`/api/users/${CITIZEN.marco}`)).status).to.equal(401);
    const v1 = await (await get(`/api/users/${CITIZEN.marco}`, bearer(token))).json();
    expect(v1.codice_fiscale).to.equal('SPSMRC78S07F839H');
    const v2 = await (await get(`/api/users/${CITIZEN.marco}?version=2`, bearer(token))).json();
    expect(v2.tax_code).to.equal('SPSMRC78S07F839H');
    expect(v2.residency.municipality).to.equal('Esempio');
    expect((await get(`/api/users/${CITIZEN.giulia}`, bearer(token))).status).to.equal(403);
  });

  it('rejects an expired token with the Lexik body', async () => {
    const res = await get(`/api/users/${CITIZEN.marco}`, bearer(tokenFor('marco', { ttlSeconds: -5 })));
    expect(res.status).to.equal(401);
    expect(await res.json()).to.deep.equal({ code: 401, message: 'Expired JWT Token' });
  });

  it('patches the profile and answers with a string array', async () => {
    const token = loginAs('elena');
    const res = await fetch(`${BASE}/api/users/${CITIZEN.elena}`, {
      method: 'PATCH', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ cellulare: '+39 340 9999999' }),
    });
    expect(await res.json()).to.deep.equal(['Object Patched Successfully']);
    expect(tenantState().users.find((u) => u.id === CITIZEN.elena)!.cellulare).to.equal('+39 340 9999999');
    const bad = await fetch(`${BASE}/api/users/${CITIZEN.elena}`, {
      method: 'PATCH', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email' }),
    });
    expect(bad.status).to.equal(400);
    expect((await bad.json()).type).to.equal('validation_error');
  });

  it('starts each test from the seed (state does not leak between tests)', () => {
    expect(tenantState().session.userId).to.equal(null);
    expect(tenantState().users.find((u) => u.id === CITIZEN.elena)!.cellulare).to.equal('+39 340 1122334');
  });

  it('applies scenario overrides and drops them after the test', async () => {
    worker.use(scenarios.servicesError500);
    const res = await get('/api/services');
    expect(res.status).to.equal(500);
    expect((await res.json()).type).to.equal('error');
    worker.use(scenarios.networkError('/api/categories'));
    let failed = false;
    try { await get('/api/categories'); } catch { failed = true; }
    expect(failed).to.equal(true);
  });

  it('serves the default handlers again after an override', async () => {
    expect((await get('/api/services')).status).to.equal(200);
  });

  it('downloads a real PDF for the conditions attachment', async () => {
    const s = await (await get(`/api/services/${SERVICE.certificati}`)).json();
    const res = await fetch(s.conditions_attachments[0].url);
    expect(res.headers.get('Content-Type')).to.equal('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 8))).to.equal('%PDF-1.4');
    expect(new TextDecoder().decode(bytes.slice(-6))).to.contain('%%EOF');
  });
});

describe('mock tenant: admin-only writes on public resources', () => {
  it('answers 401 without a token and 403 for a citizen', async () => {
    expect((await fetch(`${BASE}/api/services`, { method: 'POST', body: '{}' })).status).to.equal(401);
    const token = loginAs('giulia');
    const res = await fetch(`${BASE}/api/services/${SERVICE.certificati}`, { method: 'PATCH', body: '{}', headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).to.equal(403);
    expect(await res.json()).to.deep.equal(['Access Denied.']);
  });
});
