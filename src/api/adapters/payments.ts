import {
  paymentItemKindOf,
  paymentStatusOf,
  type Payment,
  type PaymentItem,
  type PaymentLinks,
  type PaymentSummary,
} from '../../domain/payment.js';
import type { Pratica } from '../../domain/pratica.js';
import { romeInstant } from '../../domain/rome-time.js';
import type { PaymentSummaryWire, PaymentWire } from '../schemas/payments.js';
import { opt, toDate, toNumber } from './common.js';

function linksOf(l: PaymentWire['links']): PaymentLinks {
  if (!l || Array.isArray(l)) return {};
  return {
    payOnline: opt(l.online_payment_begin?.url),
    avviso: opt(l.offline_payment?.url),
    receipt: opt(l.receipt?.url),
    landing: opt(l.online_payment_landing?.url),
  };
}

function metaText(meta: unknown): string | undefined {
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return undefined;
  const m = meta as Record<string, unknown>;
  const t = m.split_description ?? m.split_type ?? m.description;
  return typeof t === 'string' ? t : undefined;
}

function itemsOf(w: PaymentWire, type: Payment['type']): PaymentItem[] {
  const p = w.payment;
  // v3 (WIP): payment.items[] may mix PAGOPA and STAMP lines (opencity-api.md §4.6 C).
  if (p.items?.length) {
    return p.items.map((it) => ({
      kind: paymentItemKindOf(it.reason ?? it.description, it.type),
      label: opt(it.reason) ?? opt(it.description),
      amount: toNumber(it.amount) ?? 0,
      noticeCode: opt(it.notice_code),
      iuv: opt(it.iuv),
    }));
  }
  if (p.split?.length) {
    return p.split.map((s) => {
      const label = metaText(s.meta) ?? opt(s.code);
      return { kind: paymentItemKindOf(label, type === 'bollo' ? 'STAMP' : undefined), label, amount: toNumber(s.amount) ?? 0 };
    });
  }
  const amount = toNumber(p.total_amount) ?? toNumber(p.amount) ?? 0;
  return [
    {
      kind: type === 'bollo' ? 'imposta-di-bollo' : paymentItemKindOf(w.reason),
      label: opt(w.reason),
      amount,
      noticeCode: opt(p.notice_code),
      iuv: opt(p.iuv),
    },
  ];
}

export function toPayment(w: PaymentWire): Payment {
  const type: Payment['type'] = (w.type ?? '').toUpperCase() === 'STAMP' ? 'bollo' : 'pagopa';
  const p = w.payment;
  const items = itemsOf(w, type);
  const amount = toNumber(p.total_amount) ?? toNumber(p.amount) ?? items.reduce((s, i) => s + i.amount, 0);
  const party = w.debtor ?? w.payer;
  return {
    id: w.id,
    type,
    status: paymentStatusOf(w.status),
    wireStatus: w.status,
    reason: w.reason ?? '',
    amount,
    currency: p.currency ?? 'EUR',
    items,
    noticeCode: opt(p.notice_code) ?? items.find((i) => i.noticeCode)?.noticeCode,
    iuv: opt(p.iuv),
    ente: p.receiver ? { fiscalCode: opt(p.receiver.tax_identification_number), name: opt(p.receiver.name) } : undefined,
    payer: party
      ? { fiscalCode: opt(party.tax_identification_number), name: opt(party.name), familyName: opt(party.family_name), email: opt(party.email) }
      : undefined,
    dueDate: toDate(p.expire_at),
    paidAt: toDate(p.paid_at),
    createdAt: toDate(w.created_at),
    updatedAt: toDate(w.updated_at),
    praticaId: opt(w.remote_id),
    serviceId: opt(w.service_id),
    links: linksOf(w.links),
  };
}

export function toPaymentSummary(w: PaymentSummaryWire): PaymentSummary {
  return {
    id: w.id,
    reason: w.reason ?? '',
    status: paymentStatusOf(w.status),
    wireStatus: w.status,
    createdAt: toDate(w.created_at),
    updatedAt: toDate(w.updated_at),
    links: linksOf(w.links),
  };
}

/**
 * The payment described by a pratica's own `payment_data` (opencity-api.md §4.6 A), for backends or
 * gateways (the legacy physical "bollo") that have no proxy payment object. Undefined when there is none.
 */
/**
 * The date and hour printed on a marca da bollo are an Italian wall time: read them in Rome, not in
 * the device's zone (else a citizen's "10:25" shows as "11:25" in Italian time on a UTC device).
 */
function bolloEmission(date: string | undefined, hour: string | undefined): Date | undefined {
  if (!date) return undefined;
  const hms = hour ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(hour.trim()) : null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date) && (hms || !hour)) {
    const at = romeInstant(date, hms ? `${hms[1]}:${hms[2]}` : '00:00');
    return new Date(at.getTime() + Number(hms?.[3] ?? 0) * 1000);
  }
  return toDate(hour ? `${date}T${hour}` : date);
}

export function paymentFromPratica(pratica: Pratica): Payment | undefined {
  const d = pratica.paymentData;
  if (!d || typeof d !== 'object' || Array.isArray(d)) return undefined;
  const o = d as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : undefined);
  if (pratica.paymentType === 'bollo' || str('bollo_identifier')) {
    const date = str('bollo_emission_date') ?? str('bollo_data_emissione');
    const hour = str('bollo_emission_hour') ?? str('bollo_ora_emissione');
    return {
      id: `${pratica.id}-bollo`,
      type: 'bollo',
      status: paymentStatusOf(str('status') ?? 'paid'),
      wireStatus: str('status') ?? 'paid',
      reason: str('reason') ?? 'Imposta di bollo',
      amount: toNumber(o.amount as number | string | undefined) ?? 16,
      currency: 'EUR',
      items: [{ kind: 'imposta-di-bollo', amount: toNumber(o.amount as number | string | undefined) ?? 16 }],
      praticaId: pratica.id,
      links: {},
      bollo: { identifier: str('bollo_identifier') ?? '', emittedAt: bolloEmission(date, hour) },
    };
  }
  const amount = toNumber(o.amount as number | string | undefined);
  if (amount === undefined) return undefined;
  const stamps = Array.isArray(o.stamps) ? (o.stamps as Array<Record<string, unknown>>) : [];
  const items: PaymentItem[] = [
    { kind: paymentItemKindOf(str('reason')), label: str('reason'), amount },
    ...stamps.map((s) => ({
      kind: 'imposta-di-bollo' as const,
      label: typeof s.reason === 'string' ? s.reason : undefined,
      amount: toNumber(s.amount as number | string | undefined) ?? 0,
    })),
  ];
  const expire = o.expire_at;
  return {
    id: `${pratica.id}-payment`,
    type: 'pagopa',
    status: paymentStatusOf(str('status') ?? 'PAYMENT_PENDING'),
    wireStatus: str('status') ?? 'PAYMENT_PENDING',
    reason: str('reason') ?? '',
    amount: items.reduce((s, i) => s + i.amount, 0),
    currency: 'EUR',
    items,
    dueDate: typeof expire === 'string' ? toDate(expire) : undefined,
    praticaId: pratica.id,
    links: {},
  };
}
