import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import { getPayment, getPaymentSummary, getPraticaPaymentStatus, getPraticaPayments, listPayments } from '../../src/api/payments.js';
import { saveBolloStamp } from '../../src/api/applications.js';
import { toNumber } from '../../src/api/adapters/common.js';
import { numberish } from '../../src/api/schemas/common.js';
import { paymentFromPratica } from '../../src/api/adapters/payments.js';
import { toPratica } from '../../src/api/adapters/pratiche.js';
import { ApplicationWire } from '../../src/api/schemas/pratiche.js';
import { isFinal, isKnownPaymentStatus, isPayable } from '../../src/domain/payment.js';
import { API, makeClient, rejection, worker } from './local-worker.js';
import { applicationWire, paymentWire } from './wire-fixtures.js';
import * as z from 'zod/mini';

describe('payments', () => {
  it('reads a pratica\'s status for a payment watch, the digit string as a number', async () => {
    worker.use(http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire({ status: '1530' }))));
    expect(await getPraticaPaymentStatus(makeClient(), 'p1')).to.equal(1530);
  });

  it('adapts a pending pagoPA payment: amount, notice code, ente, due date, links', async () => {
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json([paymentWire()])));
    const [p] = await listPayments(makeClient());
    expect(p!.type).to.equal('pagopa');
    expect(p!.status).to.equal('da-pagare');
    expect(p!.wireStatus).to.equal('PAYMENT_PENDING');
    expect(p!.amount).to.equal(1020.99);
    expect(p!.noticeCode).to.equal('301000000000000144');
    expect(p!.ente).to.deep.equal({ fiscalCode: '80012340370', name: 'Comune di Esempio' });
    expect(p!.dueDate?.toISOString()).to.equal('2026-07-30T21:59:59.000Z');
    expect(p!.links.payOnline).to.equal('https://proxy.example.org/online-payment/pay1');
    expect(p!.links.avviso).to.equal('https://proxy.example.org/notice/pay1');
    expect(p!.links.receipt).to.equal(undefined);
    expect(p!.praticaId).to.equal('p1');
    expect(p!.items).to.deep.equal([
      { kind: 'diritti-di-segreteria', label: 'Diritti di segreteria mensa', amount: 1020.99, noticeCode: '301000000000000144', iuv: '01000000000000144' },
    ]);
    expect(isPayable(p!)).to.equal(true);
    expect(isFinal(p!)).to.equal(false);
  });

  it('maps every proxy status to the citizen status', async () => {
    const statuses = ['CREATION_PENDING', 'CREATION_FAILED', 'PAYMENT_PENDING', 'PAYMENT_STARTED', 'COMPLETE', 'PAYMENT_FAILED', 'CANCELED', 'EXPIRED'];
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json(statuses.map((s, i) => paymentWire({ id: `p${i}`, status: s, created_at: `2026-05-0${i + 1}T00:00:00Z` })))));
    const list = await listPayments(makeClient());
    const byWire = Object.fromEntries(list.map((p) => [p.wireStatus, p.status]));
    expect(byWire).to.deep.equal({
      CREATION_PENDING: 'in-creazione',
      CREATION_FAILED: 'errore',
      PAYMENT_PENDING: 'da-pagare',
      PAYMENT_STARTED: 'in-corso',
      COMPLETE: 'pagato',
      PAYMENT_FAILED: 'errore',
      CANCELED: 'annullato',
      EXPIRED: 'scaduto',
    });
    expect(list[0]?.wireStatus).to.equal('EXPIRED');
  });

  it('reads split lines and v3 items (pagoPA + bollo in one payment)', async () => {
    worker.use(
      http.get(`${API}/payments`, () =>
        HttpResponse.json([
          paymentWire({
            id: 'split',
            payment: { amount: 21, currency: 'EUR', split: [{ code: 'c1', amount: 5, meta: { split_description: 'Diritti di segreteria' } }, { code: 'c2', amount: 16, meta: { split_description: 'Imposta di bollo' } }] },
          }),
          paymentWire({
            id: 'v3',
            payment: { total_amount: 26, items: [{ type: 'PAGOPA', amount: 10, reason: 'Costi di erogazione del servizio' }, { type: 'STAMP', amount: 16, reason: 'Marca da bollo digitale' }] },
          }),
          paymentWire({ id: 'stamp', type: 'STAMP', payment: { amount: '16.00' } }),
        ]),
      ),
    );
    const list = await listPayments(makeClient());
    const byId = Object.fromEntries(list.map((p) => [p.id, p]));
    expect(byId.split!.items.map((i) => [i.kind, i.amount])).to.deep.equal([['diritti-di-segreteria', 5], ['imposta-di-bollo', 16]]);
    expect(byId.v3!.amount).to.equal(26);
    expect(byId.v3!.items.map((i) => i.kind)).to.deep.equal(['costi-di-erogazione', 'imposta-di-bollo']);
    expect(byId.stamp!.type).to.equal('bollo');
    expect(byId.stamp!.amount).to.equal(16);
    expect(byId.stamp!.items[0]?.kind).to.equal('imposta-di-bollo');
  });

  it('never offers to pay on a status it does not recognise, but keeps the payment in the list', async () => {
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json([paymentWire({ status: 'ON_HOLD_BY_PSP' })])));
    const [p] = await listPayments(makeClient());
    expect(p!.wireStatus).to.equal('ON_HOLD_BY_PSP');
    expect(isKnownPaymentStatus(p!.wireStatus)).to.equal(false);
    expect(p!.links.payOnline).to.be.a('string');
    expect(isPayable(p!)).to.equal(false);
    expect(isFinal(p!)).to.equal(false);
  });

  it('reads Italian-formatted amounts (1.020,99, 1020,99, 16,00) and the machine format (16.00)', async () => {
    const amounts = ['1.020,99', '1020,99', '16,00', '16.00', ' 1.000.000,50 ', '-5,5'];
    worker.use(
      http.get(`${API}/payments`, () =>
        HttpResponse.json(amounts.map((amount, i) => paymentWire({ id: `p${i}`, created_at: `2026-05-0${i + 1}T00:00:00Z`, payment: { ...(paymentWire().payment as object), amount } }))),
      ),
    );
    const list = await listPayments(makeClient());
    const byId = Object.fromEntries(list.map((p) => [p.id, p.amount]));
    expect(byId).to.deep.equal({ p0: 1020.99, p1: 1020.99, p2: 16, p3: 16, p4: 1000000.5, p5: -5.5 });
  });

  it('rejects an English-grouped amount (1,020.99) as invalid-response instead of guessing', async () => {
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json([paymentWire({ payment: { ...(paymentWire().payment as object), amount: '1,020.99' } })])));
    const e = (await rejection(listPayments(makeClient()))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });

  it('gives the schema and toNumber the same reading of every amount string', () => {
    const accepted: Array<[string, number]> = [
      ['16', 16], ['16.00', 16], ['16,00', 16], ['1020,99', 1020.99], ['1.020,99', 1020.99], ['1.000.000,00', 1000000], ['1.020', 1.02], ['-3,5', -3.5],
    ];
    for (const [raw, n] of accepted) {
      expect(z.safeParse(numberish, raw).success, raw).to.equal(true);
      expect(toNumber(raw), raw).to.equal(n);
    }
    for (const raw of ['1,020.99', '1.020.000', '1,020,000', '10.20,5', '1 020,99', '€ 16,00', '16,', ',5', '1e3', 'abc']) {
      expect(z.safeParse(numberish, raw).success, raw).to.equal(false);
      expect(toNumber(raw), raw).to.equal(undefined);
    }
  });

  it('reads one payment by id, fresh from the list, and says not-found for another id', async () => {
    let calls = 0;
    worker.use(
      http.get(`${API}/payments`, ({ request }) => {
        calls++;
        expect(new URL(request.url).searchParams.get('remote_id')).to.equal('p1');
        return HttpResponse.json([paymentWire(), paymentWire({ id: 'pay2' })]);
      }),
    );
    const c = makeClient();
    // Two polls at once do not share one read: each sees the backend's state.
    const [a, b] = await Promise.all([getPayment(c, 'pay2', { praticaId: 'p1' }), getPayment(c, 'pay2', { praticaId: 'p1' })]);
    expect(a.id).to.equal('pay2');
    expect(b.id).to.equal('pay2');
    expect(calls).to.equal(2);
    const e = (await rejection(getPayment(c, 'nope', { praticaId: 'p1' }))) as SdcError;
    expect(e.kind).to.equal('not-found');
  });

  it('saves a physical marca da bollo with PATCH of the three submission keys, then reads the pratica', async () => {
    let patch: unknown;
    worker.use(
      http.patch(`${API}/applications/p1`, async ({ request }) => {
        patch = await request.json();
        return HttpResponse.json(['Object Patched Successfully']);
      }),
      http.get(`${API}/applications/p1`, () => HttpResponse.json(applicationWire({ id: 'p1' }))),
    );
    const pratica = await saveBolloStamp(makeClient(), 'p1', { identifier: '01234567890123', date: '2026-04-20', time: '10:30:00' });
    expect(patch).to.deep.equal({ data: { bollo_identifier: '01234567890123', bollo_data_emissione: '2026-04-20', bollo_ora_emissione: '10:30:00' } });
    expect(pratica.id).to.equal('p1');
  });

  it('filters by pratica with remote_id', async () => {
    let remote: string | null = null;
    worker.use(
      http.get(`${API}/payments`, ({ request }) => {
        remote = new URL(request.url).searchParams.get('remote_id');
        return HttpResponse.json([paymentWire()]);
      }),
    );
    expect(await getPraticaPayments(makeClient(), 'p1')).to.have.length(1);
    expect(remote).to.equal('p1');
  });

  it('treats 404 "Payment data not found" as no payments', async () => {
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json(['Payment data not found'], { status: 404 })));
    expect(await listPayments(makeClient())).to.deep.equal([]);
  });

  it('rejects a payment without a status as invalid-response', async () => {
    worker.use(http.get(`${API}/payments`, () => HttpResponse.json([{ ...paymentWire(), status: undefined }])));
    const e = (await rejection(listPayments(makeClient()))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });

  it('reads the application payment summary, null when there is none', async () => {
    worker.use(
      http.get(`${API}/applications/p1/payment`, () =>
        HttpResponse.json({
          id: 'pay1', reason: 'Diritti', status: 'PAYMENT_PENDING', created_at: '2026-05-01T10:00:00+02:00', updated_at: null,
          links: { online_payment_begin: { url: 'https://proxy/begin', method: 'GET' }, online_payment_landing: { url: 'https://x', method: 'GET' }, offline_payment: { url: 'https://proxy/notice', method: 'GET' } },
        }),
      ),
      http.get(`${API}/applications/p2/payment`, () => HttpResponse.json(['Payment data not found'], { status: 404 })),
    );
    const c = makeClient();
    const s = await getPaymentSummary(c, 'p1');
    expect(s?.status).to.equal('da-pagare');
    expect(s?.links.payOnline).to.equal('https://proxy/begin');
    expect(await getPaymentSummary(c, 'p2')).to.equal(null);
  });

  it('derives the payment of a pratica paid with a physical marca da bollo', () => {
    const w = ApplicationWire.parse(
      applicationWire({ payment_type: 'bollo', payment_data: { status: 'paid', bollo_identifier: '01234567890123', bollo_emission_date: '2026-04-20', bollo_emission_hour: '10:30:00' } }),
    );
    const p = paymentFromPratica(toPratica(w));
    expect(p?.type).to.equal('bollo');
    expect(p?.status).to.equal('pagato');
    expect(p?.bollo?.identifier).to.equal('01234567890123');
    expect(p?.amount).to.equal(16);
  });

  it('derives a pending payment from a pratica’s payment_data request', () => {
    const w = ApplicationWire.parse(
      applicationWire({ status: '1500', payment_type: 'mypay', payment_data: { reason: 'Diritti di segreteria', amount: '5,00', expire_at: '2026-08-01T00:00:00+02:00', stamps: [{ amount: 16, reason: 'Bollo' }] } }),
    );
    const p = paymentFromPratica(toPratica(w));
    expect(p?.amount).to.equal(21);
    expect(p?.items.map((i) => i.kind)).to.deep.equal(['diritti-di-segreteria', 'imposta-di-bollo']);
    expect(p?.status).to.equal('da-pagare');
    expect(paymentFromPratica(toPratica(ApplicationWire.parse(applicationWire())))).to.equal(undefined);
  });
});
