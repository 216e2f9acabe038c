import { expect } from '@open-wc/testing';
import { checkoutLanding } from '../../mocks/payment-model.js';
import { BASE, loginAs, tenantState, applicationsOf, paymentsOf, messagesOf, STATUS, settlePayment, mutate, addPratica, SERVICE } from '../support/mock.js';

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(path.startsWith('http') ? path : `${BASE}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

describe('mock tenant: messages', () => {
  it('lists v1 messages as a plain array without internal ones', async () => {
    const token = loginAs('giulia');
    const app = applicationsOf('giulia').find((a) => messagesOf(a.id).some((m) => m.visibility === 'internal'))!;
    const list = await (await api(`/api/applications/${app.id}/messages`, token)).json();
    expect(list).to.be.an('array');
    expect(list.every((m: { visibility: string }) => m.visibility === 'applicant')).to.equal(true);
    expect(list.length).to.equal(messagesOf(app.id).length - 1);
  });

  it('serves v2 messages in an envelope that includes internal ones (real quirk)', async () => {
    const token = loginAs('giulia');
    const app = applicationsOf('giulia').find((a) => messagesOf(a.id).some((m) => m.visibility === 'internal'))!;
    const body = await (await api(`/api/v2/applications/${app.id}/messages?offset=0&limit=10`, token)).json();
    expect(body.meta.count).to.equal(messagesOf(app.id).length);
    expect(body.data.some((m: { visibility: string }) => m.visibility === 'internal')).to.equal(true);
  });

  it('answers 404 ["Messages not found"] on an empty v2 list and [] on v1', async () => {
    const token = loginAs('giulia');
    const app = applicationsOf('giulia').find((a) => messagesOf(a.id).length === 0)!;
    const v2 = await api(`/api/v2/applications/${app.id}/messages`, token);
    expect(v2.status).to.equal(404);
    expect(await v2.json()).to.deep.equal(['Messages not found']);
    expect(await (await api(`/api/applications/${app.id}/messages`, token)).json()).to.deep.equal([]);
  });

  it('sends a message with a base64 attachment (201) and serves the attachment back', async () => {
    const token = loginAs('marco');
    const app = applicationsOf('marco').find((a) => a.status === STATUS.DRAFT_FOR_INTEGRATION)!;
    const res = await api(`/api/applications/${app.id}/messages`, token, {
      method: 'POST',
      body: JSON.stringify({ message: '<p>Ecco il certificato.</p>', visibility: 'applicant', attachments: [{ name: 'certificato.pdf', mime_type: 'application/pdf', file: btoa('%PDF-1.4 test') }] }),
    });
    expect(res.status).to.equal(201);
    const msg = await res.json();
    expect(msg.attachments[0].originalName).to.equal('certificato.pdf');
    expect(msg.attachments[0].url).to.match(/\/messages\/.+\/attachments\/.+\?version=1$/);
    expect(messagesOf(app.id).length).to.equal(2);
    const file = await api(msg.attachments[0].url, token);
    expect(await file.text()).to.equal('%PDF-1.4 test');
  });

  it('refuses an empty message with a validation_error body', async () => {
    const token = loginAs('marco');
    const app = applicationsOf('marco')[0]!;
    const res = await api(`/api/applications/${app.id}/messages`, token, { method: 'POST', body: JSON.stringify({ message: '<p> </p>' }) });
    expect(res.status).to.equal(400);
    expect((await res.json()).type).to.equal('validation_error');
  });

  it('marks a message read with PATCH answering a string array', async () => {
    const token = loginAs('giulia');
    const unread = tenantState().messages.find((m) => m.read_at === null && applicationsOf('giulia').some((a) => a.id === m.application) && m.visibility === 'applicant')!;
    const res = await api(`/api/applications/${unread.application}/messages/${unread.id}`, token, { method: 'PATCH', body: JSON.stringify({ read_at: new Date().toISOString() }) });
    expect(await res.json()).to.deep.equal(['Message Patched Successfully']);
    expect(tenantState().messages.find((m) => m.id === unread.id)!.read_at).to.be.a('number');
  });

  it('has messages with attachments and with links to the next action', () => {
    const all = tenantState().messages;
    expect(all.some((m) => m.attachments.length > 0)).to.equal(true);
    expect(all.some((m) => m.call_to_actions.length > 0)).to.equal(true);
  });
});

describe('mock tenant: payments', () => {
  it('lists the citizen’s payments as a plain array, 404 when none', async () => {
    const token = loginAs('marco');
    const list = await (await api('/api/payments', token)).json();
    expect(list.map((p: { status: string }) => p.status).sort()).to.deep.equal(['COMPLETE', 'EXPIRED']);
    const paid = list.find((p: { status: string }) => p.status === 'COMPLETE');
    expect(paid.links.receipt.url).to.match(/\/payment-proxy\/receipt\//);
    expect(paid.links.online_payment_begin.url).to.equal(null);
    const none = await api('/api/payments?remote_id=nope', token);
    expect(none.status).to.equal(404);
    expect(await none.json()).to.deep.equal(['Payment data not found']);
  });

  it('uses 18-digit notice codes with valid mod-93 check digits', () => {
    for (const p of tenantState().payments.filter((x) => x.type === 'PAGOPA')) {
      const n = p.payment.notice_code!;
      expect(n).to.match(/^3\d{17}$/);
      expect(String(BigInt(n.slice(0, 16)) % 93n).padStart(2, '0')).to.equal(n.slice(16));
    }
  });

  it('downloads a real avviso PDF with the QR payload data', async () => {
    const token = loginAs('giulia');
    const pending = (await (await api('/api/payments', token)).json()).find((p: { status: string }) => p.status === 'PAYMENT_PENDING');
    const res = await fetch(pending.links.offline_payment.url);
    expect(res.headers.get('Content-Type')).to.equal('application/pdf');
    const text = new TextDecoder('latin1').decode(await res.arrayBuffer());
    expect(text.startsWith('%PDF-1.4')).to.equal(true);
    expect(text).to.contain('AVVISO DI PAGAMENTO');
    expect(text).to.contain('80012340370');
  });

  it('round-trips the checkout: paid → payment COMPLETE, pratica 1500 → 2000 with receipt', async () => {
    const token = loginAs('giulia');
    const app = applicationsOf('giulia').find((a) => a.status === STATUS.PAYMENT_PENDING)!;
    const pay = paymentsOf('giulia').find((p) => p.remote_id === app.id)!;
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    const summary = await (await api(`/api/applications/${app.id}/payment`, token)).json();
    expect(summary.status).to.equal('COMPLETE');
    expect(summary).not.to.have.property('links');
    const detail = await (await api(`/api/applications/${app.id}?version=2`, token)).json();
    expect(detail.status).to.equal('2000');
    const history = await (await api(`/api/applications/${app.id}/history`, token)).json();
    expect(history.map((h: { status_code: number }) => h.status_code)).to.include.members([1510, 1520, 1900, 2000]);
    const receipt = await fetch((await (await api(`/api/payments?remote_id=${app.id}`, token)).json())[0].links.receipt.url);
    expect(receipt.status).to.equal(200);
  });

  it('marks a failed checkout as 1530 and keeps the notice payable', async () => {
    const app = applicationsOf('giulia').find((a) => a.status === STATUS.PAYMENT_PENDING)!;
    const pay = paymentsOf('giulia').find((p) => p.remote_id === app.id)!;
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    expect(tenantState().applications.find((a) => a.id === app.id)!.status).to.equal(STATUS.PAYMENT_ERROR);
    expect(tenantState().payments.find((p) => p.id === pay.id)!.status).to.equal('PAYMENT_PENDING');
  });

  it('completes a deferred-payment pratica (1500 → 7000) when paid', () => {
    const app = applicationsOf('elena').find((a) => a.status === STATUS.PAYMENT_PENDING)!;
    const pay = paymentsOf('elena').find((p) => p.remote_id === app.id)!;
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    expect(tenantState().applications.find((a) => a.id === app.id)!.status).to.equal(STATUS.COMPLETE);
  });

  it('answers 404 on GET /api/payments/{id}, a route the platform does not have (opencity-api.md §3.6)', async () => {
    const token = loginAs('giulia');
    const pay = paymentsOf('giulia')[0]!;
    const res = await api(`/api/payments/${pay.id}`, token);
    expect(res.status).to.equal(404);
    expect((await res.json()).message ?? '').to.contain('No route found');
  });

  it('lands the checkout on the backend pratica page, not on a page the widget names', async () => {
    const token = loginAs('giulia');
    const app = applicationsOf('giulia').find((a) => a.status === STATUS.PAYMENT_PENDING)!;
    const [wire] = await (await api(`/api/payments?remote_id=${app.id}`, token)).json();
    const landing = new URL(wire.links.online_payment_landing.url, location.href);
    expect(landing.pathname).to.equal(`${BASE}/it/pratiche/${app.id}/detail`);
    expect(checkoutLanding(`${location.origin}${BASE}`, { remote_id: app.id })).to.equal(landing.toString());
  });

  it('answers 404 ["Payment data not found"] for a pratica without payment', async () => {
    const token = loginAs('giulia');
    const draft = addPratica({ user: 'giulia', service_id: SERVICE.biblioteca });
    const res = await api(`/api/applications/${draft.id}/payment`, token);
    expect(res.status).to.equal(404);
    expect(await res.json()).to.deep.equal(['Payment data not found']);
  });

  it('records a marca da bollo entered at request as a paid STAMP payment', async () => {
    const token = loginAs('giulia');
    const stamp = (await (await api('/api/payments', token)).json()).find((p: { type: string }) => p.type === 'STAMP');
    expect(stamp.status).to.equal('COMPLETE');
    expect(stamp.payment.amount).to.equal(16);
    const app = await (await api(`/api/applications/${stamp.remote_id}`, token)).json();
    expect(app.payment_type).to.equal('bollo');
    expect(app.payment_data.bollo_identifier).to.match(/^\d{14}$/);
  });
});
