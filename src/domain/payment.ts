/**
 * Payments (opencity-api.md §3.6, §4.6; pa-domain.md §1.6, §2). The proxy statuses are folded into
 * what a citizen understands; the original is kept in `wireStatus`.
 */
export type PaymentStatus =
  | 'in-creazione'
  | 'da-pagare'
  | 'in-corso'
  | 'pagato'
  | 'scaduto'
  | 'annullato'
  | 'errore';

export type PaymentType = 'pagopa' | 'bollo';

/** The kinds of amount a payment can be made of (Designers Italia "Quanto costa" vocabulary). */
export type PaymentItemKind = 'imposta-di-bollo' | 'diritti-di-segreteria' | 'costi-di-erogazione' | 'altro';

export interface PaymentItem {
  kind: PaymentItemKind;
  /** Backend wording for the line, when it has one. */
  label?: string;
  /** Euros. */
  amount: number;
  noticeCode?: string;
  iuv?: string;
}

export interface PaymentLinks {
  /** `online_payment_begin`: navigate (top-level) here to pay with pagoPA. */
  payOnline?: string;
  /** `offline_payment`: the avviso di pagamento PDF ("Paga offline"). */
  avviso?: string;
  /** `receipt`: the receipt, once paid. */
  receipt?: string;
  /** `online_payment_landing`: where pagoPA returns. */
  landing?: string;
}

/** A physical marca da bollo entered by the citizen (legacy `bollo` gateway, pa-domain.md §2.1). */
export interface BolloStamp {
  identifier: string;
  /** Emission date and time as shown on the stamp. */
  emittedAt?: Date;
}

export interface PaymentParty {
  fiscalCode?: string;
  name?: string;
  familyName?: string;
  email?: string;
}

export interface Payment {
  id: string;
  type: PaymentType;
  status: PaymentStatus;
  /** Status as the backend sent it (`PAYMENT_PENDING`, `paid`…). */
  wireStatus: string;
  /** Causale. */
  reason: string;
  /** Total in euros (a number, e.g. 16 or 1020.99; format with `formatAmount`). */
  amount: number;
  currency: string;
  items: PaymentItem[];
  /** The 18-digit "codice avviso". */
  noticeCode?: string;
  iuv?: string;
  /** Ente creditore: CF (11 digits) and name. */
  ente?: { fiscalCode?: string; name?: string };
  payer?: PaymentParty;
  dueDate?: Date;
  paidAt?: Date;
  createdAt?: Date;
  updatedAt?: Date;
  /** The pratica this payment belongs to (`remote_id`). */
  praticaId?: string;
  serviceId?: string;
  links: PaymentLinks;
  bollo?: BolloStamp;
}

/** `GET /api/applications/{id}/payment` (opencity-api.md §4.6 B). */
export interface PaymentSummary {
  id: string;
  reason: string;
  status: PaymentStatus;
  wireStatus: string;
  createdAt?: Date;
  updatedAt?: Date;
  /** Only present while the payment is pending. */
  links: PaymentLinks;
}

/**
 * Every status spelling the backends use (proxy `CREATION_PENDING…EXPIRED`, legacy `payment_data`,
 * GPD), upper-cased, and what it means for the citizen (opencity-api.md §3.6, §4.6).
 */
const WIRE_STATUS: Readonly<Record<string, PaymentStatus>> = {
  CREATION_PENDING: 'in-creazione',
  DRAFT: 'in-creazione',
  PAYMENT_PENDING: 'da-pagare',
  PENDING: 'da-pagare',
  VALID: 'da-pagare',
  PUBLISHED: 'da-pagare',
  PAYMENT_STARTED: 'in-corso',
  PROCESSING: 'in-corso',
  NOTIFICATION_PENDING: 'in-corso',
  PARTIALLY_PAID: 'in-corso',
  COMPLETE: 'pagato',
  PAYMENT_CONFIRMED: 'pagato',
  PAID: 'pagato',
  REPORTED: 'pagato',
  EXPIRED: 'scaduto',
  CANCELED: 'annullato',
  CANCELLED: 'annullato',
  INVALID: 'annullato',
  CREATION_FAILED: 'errore',
  PAYMENT_FAILED: 'errore',
  FAILED: 'errore',
};

/** Whether the kit understands this wire status (any case). An unknown one must never be offered for payment. */
export function isKnownPaymentStatus(wire: string | null | undefined): boolean {
  return Object.hasOwn(WIRE_STATUS, (wire ?? '').trim().toUpperCase());
}

/**
 * Maps any status spelling the backends use (proxy, legacy payment_data, GPD) to the citizen's status.
 * A spelling the kit does not know (a newer proxy, a PSP-specific state) is folded into `da-pagare` so
 * the payment stays in the citizen's to-do list rather than vanishing; `isKnownPaymentStatus(wireStatus)`
 * tells it apart, and `isPayable` is false for it.
 */
export function paymentStatusOf(wire: string | null | undefined): PaymentStatus {
  const key = (wire ?? '').trim().toUpperCase();
  return Object.hasOwn(WIRE_STATUS, key) ? WIRE_STATUS[key]! : 'da-pagare';
}

/** No further change is expected: stop polling. */
export function isFinal(payment: Pick<Payment, 'status'> | PaymentStatus): boolean {
  const s = typeof payment === 'string' ? payment : payment.status;
  return s === 'pagato' || s === 'scaduto' || s === 'annullato' || s === 'errore';
}

/**
 * The citizen can pay now (online or with the avviso): the status is "da pagare", the backend sent a
 * status the kit knows (an unknown one is only *folded* into "da pagare", see `paymentStatusOf`), and
 * there is a way to pay.
 */
export function isPayable(payment: Pick<Payment, 'status' | 'wireStatus' | 'links'>): boolean {
  return (
    payment.status === 'da-pagare' &&
    isKnownPaymentStatus(payment.wireStatus) &&
    (payment.links.payOnline !== undefined || payment.links.avviso !== undefined)
  );
}

/** Maps a split/item description to a kind. */
export function paymentItemKindOf(text: string | null | undefined, type?: string | null): PaymentItemKind {
  const t = `${type ?? ''} ${text ?? ''}`.toLowerCase();
  if (/stamp|bollo/.test(t)) return 'imposta-di-bollo';
  if (/segreteria|diritti|istruttori/.test(t)) return 'diritti-di-segreteria';
  if (/erogazion|servizio|costo|cost/.test(t)) return 'costi-di-erogazione';
  return 'altro';
}

/** `301000000000000144` → `3010 0000 0000 0001 44` (pa-domain.md §1.1). */
export function formatNoticeCode(code: string): string {
  return code.replace(/\s+/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * What became of a pagoPA checkout, told from the backend's state only (pa-domain.md §1.9: the
 * landing URL proves nothing): the payment's status and its pratica's (opencity-api.md §5.1: a
 * refused payment moves the pratica to 1530, a successful one to 1520 and on to 1900).
 * - `paid`: the receipt reached the Comune;
 * - `failed`: pagoPA refused it (payment error, or the pratica moved to 1530 since the checkout began);
 * - `in-progress`: started on pagoPA, or the outcome is on its way (PAYMENT_STARTED, pratica 1510);
 * - `expired` / `annulled`: the notice can no longer be paid;
 * - `unpaid`: still payable, nothing happened (cancelled, closed, or not yet done).
 */
export type CheckoutOutcome = 'paid' | 'failed' | 'in-progress' | 'expired' | 'annulled' | 'unpaid';

/** Settled outcomes end a watch: no further change is expected without the citizen acting. */
export function isSettledOutcome(o: CheckoutOutcome | undefined): boolean {
  return o === 'paid' || o === 'failed' || o === 'expired' || o === 'annulled';
}

const PAYMENT_OUTCOME_PENDING = 1510;
const PAYMENT_SUCCESS = 1520;
const PAYMENT_ERROR = 1530;
const PRE_SUBMIT = 1900;

/**
 * @param praticaStatus the pratica's status code now, when known
 * @param baselineStatus the pratica's status code when the checkout began: a 1530 that was already
 *   there is an earlier attempt's failure, not this one's
 */
export function checkoutOutcome(
  payment: Pick<Payment, 'status'> | undefined,
  praticaStatus?: number,
  baselineStatus?: number,
): CheckoutOutcome {
  const s = payment?.status;
  if (s === 'pagato') return 'paid';
  if (s === 'scaduto') return 'expired';
  if (s === 'annullato') return 'annulled';
  if (s === 'errore') return 'failed';
  if (praticaStatus !== undefined) {
    if (praticaStatus === PAYMENT_SUCCESS) return 'paid';
    // Immediate payment: once paid the pratica goes on to 1900+ (the proxy's COMPLETE may lag).
    const wasWaiting = baselineStatus !== undefined && baselineStatus >= 1500 && baselineStatus <= PAYMENT_ERROR;
    if (wasWaiting && praticaStatus >= PRE_SUBMIT) return 'paid';
    if (praticaStatus === PAYMENT_ERROR && baselineStatus !== PAYMENT_ERROR) return 'failed';
    if (praticaStatus === PAYMENT_OUTCOME_PENDING) return 'in-progress';
  }
  if (s === 'in-corso') return 'in-progress';
  return 'unpaid';
}
