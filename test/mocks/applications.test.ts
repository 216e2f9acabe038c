import { expect } from '@open-wc/testing';
import { BASE, loginAs, tenantState, CITIZEN, SERVICE, STATUS, applicationsOf, tokenFor } from '../support/mock.js';

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${BASE}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

/** The raw Form.io submission the wizard posts (nested `data` wrappers kept). */
function submission(name: string, surname: string, cf: string, extra: Record<string, unknown> = {}) {
  return {
    applicant: { data: {
      completename: { data: { name, surname } },
      fiscal_code: { data: { fiscal_code: cf } },
      Born: { data: { natoAIl: '12/03/1985', place_of_birth: 'Bologna' } },
      email_address: 'giulia.bianchi@example.org',
    } },
    ...extra,
  };
}

describe('mock tenant: applications', () => {
  it('requires a JWT and answers 401 with the Lexik body', async () => {
    const res = await fetch(`${BASE}/api/applications?version=2`);
    expect(res.status).to.equal(401);
    expect(await res.json()).to.deep.equal({ code: 401, message: 'JWT Token not found' });
  });

  it('lists only the citizen’s pratiche in a {meta, links, data} envelope with digit-string statuses', async () => {
    const token = loginAs('giulia');
    const body = await (await api('/api/applications?version=2&limit=100', token)).json();
    expect(body.meta.count).to.equal(applicationsOf('giulia').length);
    expect(body.data.every((a: { user: string }) => a.user === CITIZEN.giulia)).to.equal(true);
    expect(body.data.every((a: { status: unknown }) => typeof a.status === 'string' && /^\d+$/.test(a.status as string))).to.equal(true);
    expect(body.links).to.have.keys(['self', 'prev', 'next']);
  });

  it('paginates with offset/limit and absolute next/prev links', async () => {
    const token = loginAs('marco');
    const first = await (await api('/api/applications?version=2&limit=2&sort=DESC', token)).json();
    expect(first.data).to.have.length(2);
    expect(first.links.prev).to.equal(null);
    expect(first.links.next).to.match(/^http.*offset=2/);
    const second = await (await fetch(first.links.next, { headers: { Authorization: `Bearer ${token}` } })).json();
    expect(second.data[0].id).not.to.equal(first.data[0].id);
    expect(second.links.prev).to.match(/offset=0/);
    expect(first.data[0].created_at >= first.data[1].created_at).to.equal(true);
  });

  it('rejects a limit above 100 and unknown status codes with string arrays', async () => {
    const token = loginAs('marco');
    const tooHigh = await api('/api/applications?limit=101', token);
    expect(tooHigh.status).to.equal(400);
    expect(await tooHigh.json()).to.deep.equal(['Limit parameter is too high']);
    const badStatus = await api('/api/applications?status=1234', token);
    expect(badStatus.status).to.equal(400);
    expect((await badStatus.json())[0]).to.contain('1000');
  });

  it('filters by status, service identifier and creation date', async () => {
    const token = loginAs('giulia');
    const drafts = await (await api(`/api/applications?status=${STATUS.DRAFT}`, token)).json();
    expect(drafts.data.every((a: { status: string }) => a.status === '1000')).to.equal(true);
    expect(drafts.data.length).to.be.at.least(1);
    const atti = await (await api('/api/applications?service_identifier=accesso-atti', token)).json();
    expect(atti.data).to.have.length(1);
    const future = await (await api('/api/applications?createdAt[after]=2999-01-01', token)).json();
    expect(future.meta.count).to.equal(0);
  });

  it('serves data flattened in v1 and nested without data segments in v2, natoAIl as ISO', async () => {
    const token = loginAs('giulia');
    const id = applicationsOf('giulia')[0]!.id;
    const v1 = await (await api(`/api/applications/${id}`, token)).json();
    expect(v1.data['applicant.data.completename.data.name']).to.equal('Giulia');
    expect(v1.data['applicant.data.Born.data.natoAIl']).to.match(/^1985-03-12T00:00:00\+0[12]:00$/);
    const v2 = await (await api(`/api/applications/${id}?version=2`, token)).json();
    expect(v2.data.applicant.completename.name).to.equal('Giulia');
    expect(v2.data.applicant.fiscal_code.fiscal_code).to.equal('BNCGLI85C52A944F');
  });

  it('answers 404 and 403 with string arrays for unknown and foreign pratiche', async () => {
    const token = loginAs('giulia');
    const missing = await api('/api/applications/00000000-0000-4000-8000-000000000000', token);
    expect(missing.status).to.equal(404);
    expect(await missing.json()).to.deep.equal(['Application not found']);
    const foreign = await api(`/api/applications/${applicationsOf('marco')[0]!.id}`, token);
    expect(foreign.status).to.equal(403);
  });

  it('creates a draft (201), then submit gives 204, 1900 and 2000 at the next read', async () => {
    const token = loginAs('giulia');
    const before = tenantState().applications.length;
    const res = await api('/api/applications?version=2', token, {
      method: 'POST',
      body: JSON.stringify({ service: 'iscrizione-biblioteca', status: 1000, data: submission('Giulia', 'Bianchi', 'bncgli85c52a944f', { regolamento: true }) }),
    });
    expect(res.status).to.equal(201);
    const created = await res.json();
    expect(created.status).to.equal('1000');
    expect(created.links.map((l: { action: string }) => l.action)).to.deep.equal(['submit']);
    expect(tenantState().applications.length).to.equal(before + 1);
    const submit = await api(`/api/applications/${created.id}/transition/submit`, token, { method: 'POST' });
    expect(submit.status).to.equal(204);
    expect(await submit.text()).to.equal('');
    expect(tenantState().applications.find((a) => a.id === created.id)!.status).to.equal(STATUS.PRE_SUBMIT);
    const after = await (await api(`/api/applications/${created.id}?version=2`, token)).json();
    expect(after.status).to.equal('2000');
    expect(after.compiled_modules).to.have.length(1);
    const history = await (await api(`/api/applications/${created.id}/history`, token)).json();
    expect(history.map((h: { status_code: number }) => h.status_code)).to.deep.equal([1000, 1900, 2000]);
    const again = await api(`/api/applications/${created.id}/transition/submit`, token, { method: 'POST' });
    expect(again.status).to.equal(400);
  });

  it('sends an immediate-payment pratica to 1500 with a pending pagoPA payment', async () => {
    const token = loginAs('elena');
    const res = await api('/api/applications?version=2', token, {
      method: 'POST',
      body: JSON.stringify({ service: SERVICE.accessoAtti, status: 1900, data: submission('Elena', 'Colombo', 'CLMLNE69A70F205V', { is_delegated: 'no' }) }),
    });
    const app = await res.json();
    expect(app.status).to.equal('1500');
    const summary = await (await api(`/api/applications/${app.id}/payment`, token)).json();
    expect(summary.status).to.equal('PAYMENT_PENDING');
    expect(summary.links.online_payment_begin.url).to.match(/\/lang\/payment-proxy\/online-payment\//);
  });

  it('rejects a submission whose applicant is not the logged-in citizen', async () => {
    const token = loginAs('giulia');
    const res = await api('/api/applications', token, {
      method: 'POST',
      body: JSON.stringify({ service: 'iscrizione-biblioteca', status: 1000, data: submission('Mario', 'Rossi', 'RSSMRA80A01H501U') }),
    });
    expect(res.status).to.equal(400);
    const body = await res.json();
    expect(body.type).to.equal('error');
    expect(body).to.have.keys(['type', 'title', 'description']);
  });

  it('answers validation_error for a missing status and typed errors for empty data or bad JSON', async () => {
    const token = loginAs('giulia');
    const noStatus = await (await api('/api/applications', token, { method: 'POST', body: JSON.stringify({ service: 'iscrizione-biblioteca', data: { a: 1 } }) })).json();
    expect(noStatus.type).to.equal('validation_error');
    expect(noStatus.errors[0]).to.contain('status');
    const empty = await api('/api/applications', token, { method: 'POST', body: JSON.stringify({ service: 'iscrizione-biblioteca', status: 1000, data: {} }) });
    expect(empty.status).to.equal(400);
    const broken = await api('/api/applications', token, { method: 'POST', body: '{"service":' });
    expect(broken.status).to.equal(400);
  });

  it('refuses new pratiche on a suspended service', async () => {
    const token = loginAs('giulia');
    const res = await api('/api/applications', token, { method: 'POST', body: JSON.stringify({ service: 'trasporto-scolastico', status: 1000, data: submission('Giulia', 'Bianchi', 'BNCGLI85C52A944F') }) });
    expect(res.status).to.equal(400);
  });

  it('updates a draft with PUT and PATCH answering string arrays', async () => {
    const token = loginAs('giulia');
    const draft = applicationsOf('giulia').find((a) => a.status === STATUS.DRAFT)!;
    const put = await api(`/api/applications/${draft.id}`, token, { method: 'PUT', body: JSON.stringify({ data: submission('Giulia', 'Bianchi', 'BNCGLI85C52A944F', { dal: '2026-12-01' }) }) });
    expect(await put.json()).to.deep.equal(['Application Modified Successfully']);
    const patch = await api(`/api/applications/${draft.id}`, token, { method: 'PATCH', body: JSON.stringify({ data: { al: '2026-12-20' } }) });
    expect(await patch.json()).to.deep.equal(['Object Patched Successfully']);
    const rec = tenantState().applications.find((a) => a.id === draft.id)!;
    expect(rec.data.dal).to.equal('2026-12-01');
    expect(rec.data.al).to.equal('2026-12-20');
  });

  it('withdraws a submitted pratica (204, 20000) and refuses one with a payment', async () => {
    const token = loginAs('elena');
    const protocolled = applicationsOf('elena').find((a) => a.status === STATUS.REGISTERED)!;
    const ok = await api(`/api/applications/${protocolled.id}/transition/withdraw`, token, { method: 'POST' });
    expect(ok.status).to.equal(204);
    expect(tenantState().applications.find((a) => a.id === protocolled.id)!.status).to.equal(STATUS.WITHDRAW);
    const withPayment = applicationsOf('elena').find((a) => a.status === STATUS.PAYMENT_PENDING)!;
    const refused = await api(`/api/applications/${withPayment.id}/transition/withdraw`, token, { method: 'POST' });
    expect(refused.status).to.equal(403);
  });

  it('refuses operator transitions to a citizen', async () => {
    const token = loginAs('marco');
    const app = applicationsOf('marco')[0]!;
    const res = await api(`/api/applications/${app.id}/transition/accept`, token, { method: 'POST', body: '{}' });
    expect(res.status).to.equal(403);
  });

  it('downloads the compiled-module receipt as a PDF', async () => {
    const token = loginAs('giulia');
    const app = await (await api(`/api/applications/${applicationsOf('giulia')[0]!.id}?version=2`, token)).json();
    const res = await fetch(app.compiled_modules[0].url, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.headers.get('Content-Type')).to.equal('application/pdf');
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5))).to.equal('%PDF-');
  });

  it('has pratiche in every citizen status group across the three citizens', () => {
    const codes = new Set(tenantState().applications.map((a) => a.status));
    for (const c of [1000, 1500, 2000, 3000, 4000, 4200, 7000, 9000, 20000, 50000]) expect(codes.has(c), `status ${c}`).to.equal(true);
  });

  it('answers /api/status/applications/{id} with 200 only when accepted', async () => {
    const accepted = tenantState().applications.find((a) => a.status === 7000)!;
    expect((await fetch(`${BASE}/api/status/applications/${accepted.id}`)).status).to.equal(200);
    const other = tenantState().applications.find((a) => a.status === 1000)!;
    expect((await fetch(`${BASE}/api/status/applications/${other.id}`)).status).to.equal(406);
    void tokenFor;
  });
});
