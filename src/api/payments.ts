import type { Payment, PaymentSummary } from '../domain/payment.js';
import { SdcError } from '../core/errors.js';
import { adapt } from './adapt.js';
import { itemsOf } from './adapters/common.js';
import { toPayment, toPaymentSummary } from './adapters/payments.js';
import type { RequestOptions, SdcClient } from './http.js';
import { PaymentListWire, PaymentSummaryWire } from './schemas/payments.js';
import { numberish } from './schemas/common.js';
import { toNumber } from './adapters/common.js';
import * as z from 'zod/mini';

function isNotFound(e: unknown): boolean {
  return e instanceof SdcError && e.kind === 'not-found';
}

/**
 * `GET /api/payments[?remote_id=]` (opencity-api.md §3.6): the citizen's payments, or one pratica's.
 * The backend answers 404 `["Payment data not found"]` when there are none: that is an empty list here.
 */
export async function listPayments(
  client: SdcClient,
  query: { praticaId?: string } = {},
  opts: RequestOptions = {},
): Promise<Payment[]> {
  try {
    const body = await client.get('/api/payments', PaymentListWire, { ...opts, query: { ...opts.query, remote_id: query.praticaId } });
    const list = adapt(body, (b) => itemsOf(b).map(toPayment));
    return list.sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0));
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}

/** The payments of one pratica. */
export function getPraticaPayments(client: SdcClient, praticaId: string, opts: RequestOptions = {}): Promise<Payment[]> {
  return listPayments(client, { praticaId }, opts);
}

/** `GET /api/applications/{id}/payment` (§4.6 B); `null` when the pratica has no payment (404). */
export async function getPaymentSummary(client: SdcClient, praticaId: string, opts: RequestOptions = {}): Promise<PaymentSummary | null> {
  try {
    return adapt(await client.get(`/api/applications/${encodeURIComponent(praticaId)}/payment`, PaymentSummaryWire, opts), toPaymentSummary);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/**
 * One payment by id. The API has no `GET /api/payments/{id}` (opencity-api.md §3.6), so this reads the
 * list (narrowed to the pratica when known, which is what polling does) and picks the id.
 * Rejects with `not-found` when it is not among the citizen's payments.
 */
export async function getPayment(
  client: SdcClient,
  id: string,
  where: { praticaId?: string } = {},
  opts: RequestOptions = {},
): Promise<Payment> {
  // Polling must see fresh state: never share an in-flight read with another caller.
  const list = await listPayments(client, { praticaId: where.praticaId }, { dedupe: false, ...opts });
  const found = list.find((p) => p.id === id);
  if (!found) throw new SdcError('not-found', { detail: `Payment ${id} not in /api/payments` });
  return found;
}

/** Only what a payment watch needs of the pratica: a small schema keeps the payments list light. */
const PraticaStatusWire = z.object({ id: z.string(), status: numberish });

/**
 * The status code of the pratica a payment belongs to, from `GET /api/applications/{id}` (opencity-api.md
 * §4.3; a digit string on the wire): 1500 waiting, 1510 outcome pending, 1520 paid, 1530 refused (§5.1).
 */
export async function getPraticaPaymentStatus(client: SdcClient, praticaId: string, opts: RequestOptions = {}): Promise<number> {
  const body = await client.get(`/api/applications/${encodeURIComponent(praticaId)}`, PraticaStatusWire, opts);
  const code = adapt(body, (b) => toNumber(b.status));
  if (code === undefined) throw new SdcError('invalid-response', { detail: 'pratica status' });
  return code;
}
