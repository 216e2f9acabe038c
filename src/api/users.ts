import type { Citizen, CitizenPatch } from '../domain/citizen.js';
import { SdcError } from '../core/errors.js';
import { parseAndAdapt } from './adapt.js';
import { toCitizen, toUserPatch } from './adapters/users.js';
import type { ApiResponse, RequestOptions, SdcClient } from './http.js';
import { UserWire } from './schemas/users.js';

/**
 * This module arrives on demand (`Session.loadCitizenModule`): only a signed-in citizen needs it,
 * and an anonymous visitor's page does not download it (issue 15).
 */

/** `GET /api/users/{id}` (opencity-api.md §3.8). */
export async function getCitizen(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Citizen> {
  return citizenFromResponse(await client.request('GET', `/api/users/${encodeURIComponent(id)}`, opts));
}

/** The citizen in a `GET /api/users/{id}` response (the session requests it before this code has arrived). */
export function citizenFromResponse(res: ApiResponse): Citizen {
  return parseAndAdapt(UserWire, res, toCitizen);
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
