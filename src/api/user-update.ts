import type { Citizen, CitizenPatch } from '../domain/citizen.js';
import { toUserPatch } from './adapters/user-patch.js';
import type { RequestOptions, SdcClient } from './http.js';
import { getCitizen } from './users.js';

// Apart from users.ts: reading the citizen runs on every signed-in page (the session), editing only in
// the profile, so the edit's code stays out of the chunk every page loads (issue 15).

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
