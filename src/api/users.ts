import type { Citizen } from '../domain/citizen.js';
import { SdcError } from '../core/errors.js';
import { adapt } from './adapt.js';
import { toCitizen } from './adapters/users.js';
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
