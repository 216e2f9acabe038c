import type { Service } from '../domain/service.js';

/**
 * Fills a page-URL template an ente web editor writes in an attribute, e.g.
 * `wizard-url="/richiesta.html?service={id}"` or `service-url="/servizi/{identifier}"`.
 * Placeholders: `{id}` (uuid), `{identifier}` (public id, falls back to the uuid), `{slug}`.
 * Values are URL-encoded; unknown placeholders are left alone so a typo is visible, not silent.
 */
export function fillUrlTemplate(
  template: string,
  service: Pick<Service, 'id' | 'slug'> & { identifier?: string },
  extra: Record<string, string | undefined> = {},
): string {
  const values: Record<string, string> = {
    id: service.id,
    identifier: service.identifier ?? service.id,
    slug: service.slug,
  };
  let url = template.replace(/\{(id|identifier|slug)\}/g, (_, key: string) => encodeURIComponent(values[key]));
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined || value === '') continue;
    url = withParam(url, name, value);
  }
  return url;
}

/** Adds `name=value` to a URL that may already have a query string or a hash. */
export function withParam(url: string, name: string, value: string): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const bare = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const sep = bare.includes('?') ? (bare.endsWith('?') || bare.endsWith('&') ? '' : '&') : '?';
  return `${bare}${sep}${encodeURIComponent(name)}=${encodeURIComponent(value)}${hash}`;
}

/**
 * A URL that came from the backend (attachment, booking link), made safe for an `href`: only http(s),
 * mailto/tel and relative URLs pass (a `javascript:` URL would run on click: ARCHITECTURE §7).
 * Public service files come as absolute URLs from OpenCity, but a proxy may give `/api/...`: those
 * are resolved against the tenant. Returns undefined when the URL is unusable.
 */
export function safeBackendUrl(url: string | undefined, baseUrl?: string): string | undefined {
  const u = url?.trim();
  if (!u) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u)?.[1]?.toLowerCase();
  if (scheme) return ['http', 'https', 'mailto', 'tel'].includes(scheme) ? u : undefined;
  if (baseUrl && u.startsWith('/api/')) return `${baseUrl}${u}`;
  return u;
}
