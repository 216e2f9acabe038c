/**
 * Building and moving payments (opencity-api.md §3.6, §4.6; pa-domain.md §1). Shared by the
 * handlers, the seed and the checkout page so every path changes the tenant the same way.
 */
import type { ApplicationRecord, PaymentRecord, PaymentStatus, TenantState } from './db.js';
import { iuvOf, noticeCode } from './pagopa.js';
import { STATUS } from './status.js';
import { uuid } from './time.js';

const DAY = 86_400_000;

export interface PaymentInput extends Partial<Omit<PaymentRecord, 'payment'>> {
  user_id: string;
  service_id: string;
  remote_id: string;
  reason: string;
  amount: number;
  expire_at?: number | null;
  paid_at?: number | null;
  split?: Array<{ label: string; amount: number; code?: string }>;
  due_type?: string | null;
}

export function buildPayment(s: TenantState, p: PaymentInput): PaymentRecord {
  const now = Date.now();
  const type = p.type ?? 'PAGOPA';
  s.counters.iuv += 1;
  const notice = type === 'PAGOPA' ? noticeCode(`${new Date(now).getFullYear()}${String(s.counters.iuv).padStart(9, '0')}`) : null;
  const created = p.created_at ?? now;
  const split = (p.split ?? [{ label: p.reason, amount: p.amount }]).map((x, i) => ({
    code: x.code ?? `c_${i + 1}`,
    amount: x.amount,
    meta: { split_type: type === 'STAMP' ? 'Imposta di bollo' : 'Diritti', split_code: x.code ?? `CAP-${1200 + i}`, split_description: x.label, split_budget_chapter: '3010', split_assessment: '2026/1' },
  }));
  return {
    id: p.id ?? uuid(),
    user_id: p.user_id,
    type,
    service_id: p.service_id,
    remote_id: p.remote_id,
    status: p.status ?? 'PAYMENT_PENDING',
    reason: p.reason,
    created_at: created,
    updated_at: p.updated_at ?? created,
    payment: {
      transaction_id: p.status === 'COMPLETE' ? `TRX-${uuid().slice(0, 8).toUpperCase()}` : null,
      paid_at: p.paid_at ?? null,
      expire_at: p.expire_at === undefined ? created + 90 * DAY : p.expire_at,
      amount: Math.round(p.amount * 100) / 100,
      currency: 'EUR',
      notice_code: notice,
      iud: uuid().replace(/-/g, '').slice(0, 24),
      iuv: notice ? iuvOf(notice) : null,
      split,
      type,
      due_type: p.due_type ?? null,
      pagopa_category: type === 'PAGOPA' ? '9/0101108TS/' : null,
      document: null,
    },
    checkout_attempts: p.checkout_attempts ?? 0,
    links_opened: p.links_opened ?? {},
  };
}

/**
 * Where the checkout sends the citizen when it ends: the payment's `online_payment_landing`, which
 * OpenCity sets to the backend's own pratica page (opencity-api.md §4.6 A), whatever page the
 * citizen started from. The platform takes no return URL from the widget.
 */
export function checkoutLanding(baseUrl: string, pay: Pick<PaymentRecord, 'remote_id'>, locale = 'it'): string {
  return `${baseUrl}/${locale}/pratiche/${encodeURIComponent(pay.remote_id)}/detail`;
}

/** Statuses in which the citizen can still pay. */
export const PAYABLE: PaymentStatus[] = ['PAYMENT_PENDING', 'PAYMENT_STARTED', 'CREATION_PENDING'];

function pushHistory(app: ApplicationRecord, code: number, at: number, message: string | null = null): void {
  app.status = code;
  app.latest_status_change_at = at;
  app.history.push({ status_code: code, message, message_id: null, date: at, user: null });
}

/**
 * Outcome of the mock pagoPA checkout ("Paga" / "Annulla" / "Simula errore"). Updates the payment
 * and its pratica: immediate payment 1500 → 1510 → 1520 → 1900 (→ 2000 at next read); deferred
 * payment 1500 → 1520 → 7000 (opencity-api.md §5.1 main flows).
 */
export function settlePayment(s: TenantState, paymentId: string, outcome: 'paid' | 'cancelled' | 'failed'): PaymentRecord | null {
  const pay = s.payments.find((p) => p.id === paymentId);
  if (!pay) return null;
  const now = Date.now();
  pay.checkout_attempts += 1;
  pay.updated_at = now;
  const app = s.applications.find((a) => a.id === pay.remote_id);
  if (outcome === 'paid') {
    pay.status = 'COMPLETE';
    pay.payment.paid_at = now;
    pay.payment.transaction_id = `TRX-${uuid().slice(0, 8).toUpperCase()}`;
    if (app && (app.status === STATUS.PAYMENT_PENDING || app.status === STATUS.PAYMENT_OUTCOME_PENDING || app.status === STATUS.PAYMENT_ERROR)) {
      const service = s.services.find((x) => x.id === app.service_id);
      const deferred = service?.payment_required === 2;
      if (app.status !== STATUS.PAYMENT_OUTCOME_PENDING) pushHistory(app, STATUS.PAYMENT_OUTCOME_PENDING, now);
      pushHistory(app, STATUS.PAYMENT_SUCCESS, now + 1000);
      if (deferred) {
        pushHistory(app, STATUS.COMPLETE, now + 2000, 'Pagamento ricevuto: autorizzazione rilasciata.');
        app.outcome = true;
      } else {
        pushHistory(app, STATUS.PRE_SUBMIT, now + 2000);
        app.submitted_at = now + 2000;
        app.pending_promotion = true;
      }
      if (!Array.isArray(app.payment_data)) (app.payment_data as Record<string, unknown>).status = 'paid';
    }
  } else if (outcome === 'failed') {
    // pagoPA refused the payment: the position stays payable; the pratica shows "Pagamento rifiutato".
    pay.status = 'PAYMENT_PENDING';
    if (app && app.status === STATUS.PAYMENT_PENDING) {
      pushHistory(app, STATUS.PAYMENT_ERROR, now, 'Il pagamento non è andato a buon fine.');
    }
  } else {
    // Cancelled by the citizen on the checkout: nothing changes, the notice is still payable.
    pay.status = 'PAYMENT_PENDING';
  }
  return pay;
}
