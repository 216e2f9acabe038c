/**
 * Payments (opencity-api.md §3.6, §4.6): `GET /api/payments[?remote_id=]` (plain array, 404
 * `["Payment data not found"]` when empty), the per-pratica summary `GET /api/applications/{id}/payment`
 * (links only while PAYMENT_PENDING), the proxy callback `POST .../payment` (422 outside
 * 1500/1510), and `fetch`-able proxy links: avviso and receipt PDFs. The checkout page itself is a
 * navigation, served by the demo's service worker (public/demo-worker.js, mocks/pages/checkout.ts). Any other `/api/payments/...` path
 * (one payment by id: the reference lists only the collection) answers 404 through unlisted.ts.
 */
import { http } from 'msw';
import { mutate, tenantState, type PaymentRecord, type TenantState } from '../db.js';
import { authenticate, baseOf, isObject, json, query, readJson, strings } from '../http.js';
import { paymentSummaryToWire, paymentToWire, payerOf } from '../wire.js';
import { loadOwnApplication } from './applications.js';
import { settlePayment } from '../payment-model.js';
import { STATUS } from '../status.js';
import { noticePdf, pdfResponse, simplePdf } from '../pdf.js';
import { ENTE } from '../fixtures/tenant.js';
import { formatNotice, qrPayload } from '../pagopa.js';

const euro = (n: number) => `${new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions).format(n)} €`;
const day = (ms: number | null) => (ms == null ? '—' : new Date(ms).toLocaleDateString('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' }));

/** The avviso PDF of a payment (pa-domain.md §1.5). */
export function noticeFor(s: TenantState, p: PaymentRecord): Uint8Array {
  const payer = payerOf(s, p.user_id);
  const notice = p.payment.notice_code ?? '';
  return noticePdf({
    enteName: ENTE.name, enteCf: ENTE.fiscalCode, enteSector: 'Servizio Entrate', cbill: ENTE.cbill,
    debtorName: `${payer.name} ${payer.family_name}`.trim(), debtorCf: payer.tax_identification_number,
    debtorAddress: `${payer.street_name} ${payer.building_number}, ${payer.postal_code} ${payer.town_name} (${payer.country_subdivision})`,
    subject: p.reason, amount: euro(p.payment.amount), dueDate: day(p.payment.expire_at), notice, noticeFormatted: formatNotice(notice),
    qr: qrPayload(notice, ENTE.fiscalCode, p.payment.amount),
  });
}

/** The receipt (ricevuta telematica) PDF, with the fields of pa-domain.md §1.8. */
export function receiptFor(s: TenantState, p: PaymentRecord): Uint8Array {
  const payer = payerOf(s, p.user_id);
  return simplePdf('Ricevuta di pagamento pagoPA', [
    `Ente creditore: ${ENTE.name} (C.F. ${ENTE.fiscalCode})`,
    `Oggetto del pagamento: ${p.reason}`,
    `Importo pagato: ${euro(p.payment.amount)}`,
    `Data e ora del pagamento: ${p.payment.paid_at ? new Date(p.payment.paid_at).toLocaleString('it-IT', { timeZone: 'Europe/Rome' }) : '—'}`,
    `Codice avviso: ${p.payment.notice_code ? formatNotice(p.payment.notice_code) : '—'}`,
    `IUV: ${p.payment.iuv ?? '—'}`,
    `Identificativo transazione: ${p.payment.transaction_id ?? '—'}`,
    `Debitore: ${payer.name} ${payer.family_name} (C.F. ${payer.tax_identification_number})`,
    'Prestatore di servizi di pagamento: Banca Dimostrativa S.p.A.',
    'Commissione: 0,00 €',
    `Esito: ${p.status === 'COMPLETE' ? 'pagamento eseguito' : p.status}`,
    '',
    'Documento generato dal backend dimostrativo di sdc-widgets: non è una ricevuta reale.',
  ]);
}

function ownPayment(request: Request, id: string): { payment: PaymentRecord; response?: undefined } | { response: Response; payment?: undefined } {
  const p = tenantState().payments.find((x) => x.id === id);
  if (!p) return { response: strings(404, 'Payment not found') };
  // The proxy links are public URLs in production (they carry the payment uuid); a Bearer token is optional.
  const auth = request.headers.get('Authorization') ? authenticate(request) : null;
  if (auth?.response) return { response: auth.response };
  if (auth?.user && auth.user.id !== p.user_id) return { response: strings(403, 'Access Denied.') };
  return { payment: p };
}

export const paymentHandlers = [
  http.get('*/api/payments', ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const s = tenantState();
    const remote = query(request).get('remote_id');
    const list = s.payments
      .filter((p) => p.user_id === auth.user.id && (!remote || p.remote_id === remote))
      .sort((a, b) => b.created_at - a.created_at);
    if (list.length === 0) return strings(404, 'Payment data not found');
    const base = baseOf(request);
    return json(list.map((p) => paymentToWire(p, s, base)));
  }),

  http.get('*/api/applications/:id/payment', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const p = tenantState().payments
      .filter((x) => x.remote_id === loaded.app.id && x.type === 'PAGOPA')
      .sort((a, b) => b.created_at - a.created_at)[0];
    return p ? json(paymentSummaryToWire(p, baseOf(request))) : strings(404, 'Payment data not found');
  }),

  // The payment proxy's outcome callback (not for widgets): valid only in 1500/1510.
  http.post('*/api/applications/:id/payment', async ({ request, params }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const app = tenantState().applications.find((a) => a.id === params.id);
    if (!app) return strings(404, 'Application not found');
    if (app.status !== STATUS.PAYMENT_PENDING && app.status !== STATUS.PAYMENT_OUTCOME_PENDING) return strings(422, 'Application is not in a payment status');
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const b = body.body;
    if (!isObject(b) || typeof b.status !== 'string') return strings(400, 'Invalid payment outcome');
    const pay = tenantState().payments.find((p) => p.remote_id === app.id && p.type === 'PAGOPA');
    if (pay) mutate((s) => settlePayment(s, pay.id, b.status === 'OK' || b.status === 'paid' || b.status === 'COMPLETE' ? 'paid' : 'failed'));
    return strings(200, 'Payment outcome received');
  }),

  // Proxy links (`/notice/{id}`, `/receipt/{id}`) when fetched; navigations go to the Vite plugin.
  http.get('*/payment-proxy/notice/:id', ({ request, params }) => {
    const r = ownPayment(request, String(params.id));
    if (r.response) return r.response;
    if (!r.payment.payment.notice_code) return strings(404, 'Notice not available');
    mutate(() => { r.payment.links_opened.offline_payment = Date.now(); });
    return pdfResponse(noticeFor(tenantState(), r.payment), `avviso-pagopa-${r.payment.payment.notice_code}.pdf`);
  }),
  http.get('*/payment-proxy/receipt/:id', ({ request, params }) => {
    const r = ownPayment(request, String(params.id));
    if (r.response) return r.response;
    if (r.payment.status !== 'COMPLETE') return strings(404, 'Receipt not available');
    mutate(() => { r.payment.links_opened.receipt = Date.now(); });
    return pdfResponse(receiptFor(tenantState(), r.payment), `ricevuta-pagopa-${r.payment.payment.iuv ?? r.payment.id}.pdf`);
  }),
  http.get('*/payment-proxy/update/:id', ({ request, params }) => {
    const r = ownPayment(request, String(params.id));
    if (r.response) return r.response;
    return json(paymentToWire(r.payment, tenantState(), baseOf(request)));
  }),
];
