/**
 * Payment operations `<sdc-payment-panel>` needs beyond `payments.ts` (written by the panel's
 * engineer in the API's style; the API owner may fold them into payments.ts / applications.ts).
 */
import { SdcError } from '../core/errors.js';
import type { Payment } from '../domain/payment.js';
import type { Pratica } from '../domain/pratica.js';
import { getPratica } from './applications.js';
import type { RequestOptions, SdcClient } from './http.js';
import { listPayments } from './payments.js';

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

export interface BolloStampInput {
  /** 14 digits. */
  identifier: string;
  /** `yyyy-mm-dd`. */
  date: string;
  /** `hh:mm:ss`. */
  time: string;
}

/**
 * Saves a physical marca da bollo on the pratica and returns the pratica as it is now.
 *
 * `PATCH /api/applications/{id}` with `data: {bollo_identifier, bollo_data_emissione, bollo_ora_emissione}`:
 * the field names of OpenCity's Bollo gateway form (pa-domain.md §2.1), from which the platform builds
 * `payment_type: "bollo"` and `payment_data` (opencity-api.md §4.6 A). Why this path:
 * - `payment_type` / `payment_data` are writable by operators only (§3.3 POST notes), so a citizen
 *   widget writes the submission `data`, like the platform's own payment step;
 * - PATCH and not PUT: PUT replaces the whole `data` and `status` (§3.3), so a PUT from here could
 *   clobber the submission; PATCH touches only these three keys. The keys are top-level, so the
 *   Form.io `{data: …}` wrappers of nested forms (§4.3 "Writes") are not involved.
 * The backend accepts edits only while the pratica is a draft (1000) or a draft for integration (4200).
 */
export async function saveBolloStamp(
  client: SdcClient,
  praticaId: string,
  stamp: BolloStampInput,
  opts: RequestOptions = {},
): Promise<Pratica> {
  await client.send('PATCH', `/api/applications/${encodeURIComponent(praticaId)}`, {
    ...opts,
    body: {
      data: {
        bollo_identifier: stamp.identifier,
        bollo_data_emissione: stamp.date,
        bollo_ora_emissione: stamp.time,
      },
    },
  });
  return getPratica(client, praticaId, { ...opts, dedupe: false });
}
