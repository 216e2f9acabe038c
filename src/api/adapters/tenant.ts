import type { Tenant } from '../../domain/tenant.js';
import type { TenantWire } from '../schemas/tenant.js';
import { opt, toBool } from './common.js';

/** `meta` is an array whose first element is a JSON string (opencity-api.md §4.9). */
function metaOf(meta: TenantWire['meta']): Record<string, unknown> | undefined {
  const first = Array.isArray(meta) ? meta[0] : meta;
  if (typeof first === 'string') {
    try {
      const v: unknown = JSON.parse(first);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return first && typeof first === 'object' && !Array.isArray(first) ? (first as Record<string, unknown>) : undefined;
}

export function toTenant(w: TenantWire): Tenant {
  return {
    id: w.id,
    name: w.name,
    slug: opt(w.slug),
    mechanographicCode: opt(w.mechanographic_code),
    administrativeCode: opt(w.administrative_code),
    siteUrl: opt(w.site_url),
    ioEnabled: toBool(w.io_enabled),
    gateways: (w.gateways ?? []).map((g) => (typeof g === 'string' ? g : g.identifier)),
    backofficeIntegrations: w.backoffice_enabled_integrations ?? [],
    linkableApplicationMeetings: toBool(w.linkable_application_meetings),
    meta: metaOf(w.meta),
  };
}
