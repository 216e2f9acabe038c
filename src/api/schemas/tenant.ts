import * as z from 'zod/mini';
import { recordOf } from '../../core/zod-record.js';
import { optBoolish, optString } from './common.js';

/** `GET /api/tenants/info` (opencity-api.md §4.9). */
export const TenantWire = z.object({
  id: z.string(),
  name: z.string(),
  slug: optString,
  mechanographic_code: optString,
  administrative_code: optString,
  site_url: optString,
  meta: z.nullish(z.union([z.array(z.unknown()), recordOf(z.unknown()), z.string()])),
  io_enabled: optBoolish,
  gateways: z.nullish(z.array(z.union([z.string(), z.object({ identifier: z.string() })]))),
  backoffice_enabled_integrations: z.nullish(z.array(z.string())),
  linkable_application_meetings: optBoolish,
});
export type TenantWire = z.infer<typeof TenantWire>;
