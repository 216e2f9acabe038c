import type { Citizen, CitizenPatch } from '../domain/citizen.js';
import { SdcError } from '../core/errors.js';
import { adapt } from './adapt.js';
import { toCitizen, toUserPatch } from './adapters/users.js';
import type { RequestOptions, SdcClient } from './http.js';
import { UserWire } from './schemas/users.js';

/** `GET /api/users/{id}` (opencity-api.md §3.8). */
export async function getCitizen(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Citizen> {
  return adapt(await client.get(`/api/users/${encodeURIComponent(id)}`, UserWire, opts), toCitizen);
}

/** The logged-in citizen (from the JWT `id` claim), after `session.ensure()`. */
export async function getCurrentCitizen(client: SdcClient, opts: RequestOptions = {}): Promise<Citizen> {
  await client.session.ensure({ signal: opts.signal });
  const id = client.session.claims?.id;
  if (!id) throw new SdcError('unauthorized');
  return getCitizen(client, id, opts);
}

/**
 * `PATCH /api/users/{id}` with the editable fields only (read-only SPID/CIE fields are dropped), then
 * reads the profile back (the PATCH answers `["Object Patched Successfully"]`). Updates `session.citizen`
 * when it is the logged-in citizen.
 */
export async function updateCitizen(
  client: SdcClient,
  id: string,
  patch: CitizenPatch,
  opts: RequestOptions = {},
): Promise<Citizen> {
  const current = client.session.citizen?.id === id ? client.session.citizen : undefined;
  const body = toUserPatch(patch, current);
  await client.send('PATCH', `/api/users/${encodeURIComponent(id)}`, { ...opts, body });
  const updated = await getCitizen(client, id, { ...opts, dedupe: false });
  if (client.session.citizen?.id === id) await client.session.reloadCitizen(opts.signal);
  return updated;
}
