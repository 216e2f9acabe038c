import type { Tenant } from '../domain/tenant.js';
import { adapt } from './adapt.js';
import { toTenant } from './adapters/tenant.js';
import type { RequestOptions, SdcClient } from './http.js';
import { TenantWire } from './schemas/tenant.js';

/** `GET /api/tenants/info` (public). */
export async function getTenant(client: SdcClient, opts: RequestOptions = {}): Promise<Tenant> {
  return adapt(await client.get('/api/tenants/info', TenantWire, opts), toTenant);
}
