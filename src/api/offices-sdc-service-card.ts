import * as z from 'zod/mini';
import { itemsOf } from './adapters/common.js';
import { adapt } from './adapt.js';
import type { RequestOptions, SdcClient } from './http.js';
import { listOrEnvelope, optString } from './schemas/common.js';

/**
 * The offices ("unità organizzative") in charge of a service: the "Contatti" voice of the scheda
 * servizio (pa-domain.md §5.2 `service-area`). OpenCity links them through the service's
 * `user_group_ids` and serves them at `/api/user-groups` (opencity-api.md §3.2 lookup lists).
 *
 * Written for `sdc-service-card` because the Service domain object does not carry `user_group_ids`
 * yet; it belongs in `services.ts` once the API owner adopts it.
 */
export interface Office {
  id: string;
  name: string;
  description?: string;
  address?: string;
  phone?: string;
  email?: string;
  pec?: string;
  url?: string;
  openingHours?: string;
}

const ServiceOfficesWire = z.object({ user_group_ids: z.nullish(z.array(z.string())) });

const OfficeWire = z.object({
  id: z.string(),
  name: z.string(),
  description: optString,
  opening_hours_text: optString,
  core_contact_point: z.nullish(
    z.object({ email: optString, pec: optString, phone_number: optString, url: optString }),
  ),
  core_location: z.nullish(
    z.object({ address: optString, building_number: optString, postal_code: optString, municipality: optString, county: optString }),
  ),
});
const OfficeListWire = listOrEnvelope(OfficeWire);

const nonEmpty = (s: string | null | undefined) => (s && s.trim() ? s.trim() : undefined);

function toOffice(w: z.infer<typeof OfficeWire>): Office {
  const l = w.core_location;
  const street = [nonEmpty(l?.address), nonEmpty(l?.building_number)].filter(Boolean).join(' ');
  const town = [nonEmpty(l?.postal_code), nonEmpty(l?.municipality), l?.county ? `(${l.county})` : undefined].filter(Boolean).join(' ');
  const address = [street, town].filter(Boolean).join(', ');
  return {
    id: w.id,
    name: w.name,
    description: nonEmpty(w.description),
    address: address || undefined,
    phone: nonEmpty(w.core_contact_point?.phone_number),
    email: nonEmpty(w.core_contact_point?.email),
    pec: nonEmpty(w.core_contact_point?.pec),
    url: nonEmpty(w.core_contact_point?.url),
    openingHours: nonEmpty(w.opening_hours_text),
  };
}

/**
 * The offices of a service, in the order the service lists them. Requests the service detail too:
 * called next to `getService` it shares the same in-flight GET (the client de-duplicates).
 */
export async function getServiceOffices(client: SdcClient, serviceIdOrIdentifier: string, opts: RequestOptions = {}): Promise<Office[]> {
  const service = await client.get(`/api/services/${encodeURIComponent(serviceIdOrIdentifier)}`, ServiceOfficesWire, opts);
  const ids = service.user_group_ids ?? [];
  if (ids.length === 0) return [];
  const all = adapt(await client.get('/api/user-groups', OfficeListWire, opts), (b) => itemsOf(b).map(toOffice));
  return ids.map((id) => all.find((o) => o.id === id)).filter((o): o is Office => o !== undefined);
}
