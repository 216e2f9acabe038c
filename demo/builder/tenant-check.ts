/**
 * "Componi il widget": checks the OpenCity address an editor typed the way the kit will use it — the
 * public service catalogue, `GET {base}/api/services` (opencity-api.md §2.3: readable anonymously) —
 * and says what is wrong in terms an editor can act on.
 */

export interface ServiceChoice {
  /** What `service-id` takes: the public identifier (slug) when the tenant has one, else the uuid. */
  id: string;
  name: string;
}

export type TenantCheck =
  | { kind: 'ok'; base: string; services: ServiceChoice[] }
  /** Not an http(s) address. */
  | { kind: 'invalid-url' }
  /** A web page (HTML) or other non-JSON where the API's JSON was expected: a site's address, not the tenant's. */
  | { kind: 'not-json'; url: string; status: number }
  /** 404: the host exists, the path is not an OpenCity tenant. */
  | { kind: 'not-found'; url: string }
  /** 5xx or another unexpected status. */
  | { kind: 'server-error'; url: string; status: number }
  /** JSON, but not a service catalogue. */
  | { kind: 'not-opencity'; url: string }
  /** The server answers (an opaque no-cors request goes through) but does not let this origin read. */
  | { kind: 'cors'; url: string; origin: string }
  /** No answer at all: wrong host name, or offline. */
  | { kind: 'unreachable'; url: string; host: string }
  /** The catalogue is there and empty. */
  | { kind: 'empty'; base: string };

/** `https://host/lang/` → `https://host/lang`; undefined when it is not an absolute http(s) URL. */
export function normaliseBase(input: string, relativeTo?: string): string | undefined {
  const text = input.trim();
  if (!text) return undefined;
  try {
    const url = relativeTo ? new URL(text, relativeTo) : new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    // An API address pasted whole (…/lang/api/services): the base is what comes before /api/.
    url.pathname = url.pathname.replace(/\/api(\/.*)?$/, '');
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A plain array (v1) or a `{data: [...]}` envelope (3.x v2) of services with an id and a name. */
function servicesOf(body: unknown): ServiceChoice[] | undefined {
  const items = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.data) ? body.data : undefined;
  if (!items) return undefined;
  const out: ServiceChoice[] = [];
  for (const item of items) {
    if (!isRecord(item) || typeof item.id !== 'string' || typeof item.name !== 'string') return undefined;
    const identifier = typeof item.identifier === 'string' && item.identifier ? item.identifier : undefined;
    out.push({ id: identifier ?? item.id, name: item.name });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

export interface CheckOptions {
  fetch?: typeof fetch;
  /** This page's origin, named in the CORS explanation. */
  origin?: string;
  /** Resolves a relative address (the demo's own mock, `./lang`). */
  relativeTo?: string;
  signal?: AbortSignal;
}

export async function checkTenant(input: string, opts: CheckOptions = {}): Promise<TenantCheck> {
  const doFetch = opts.fetch ?? fetch.bind(globalThis);
  const base = normaliseBase(input, opts.relativeTo);
  if (!base) return { kind: 'invalid-url' };
  const url = `${base}/api/services`;
  let res: Response;
  try {
    res = await doFetch(url, { headers: { Accept: 'application/json' }, credentials: 'omit', signal: opts.signal });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    // A browser shows a CORS refusal and an unknown host alike (TypeError). An opaque request is not
    // subject to CORS: if it goes through, the server is there and only reading is refused.
    try {
      await doFetch(url, { mode: 'no-cors', credentials: 'omit', signal: opts.signal });
      return { kind: 'cors', url, origin: opts.origin ?? location.origin };
    } catch {
      return { kind: 'unreachable', url, host: new URL(base).host };
    }
  }
  if (res.status === 404) return { kind: 'not-found', url };
  if (res.status >= 500) return { kind: 'server-error', url, status: res.status };
  let body: unknown;
  try {
    body = JSON.parse(await res.text());
  } catch {
    // The site's home page, a CMS's "page not found" answered with 200, a login page…
    return { kind: 'not-json', url, status: res.status };
  }
  if (!res.ok) return { kind: 'server-error', url, status: res.status };
  const services = servicesOf(body);
  if (!services) return { kind: 'not-opencity', url };
  if (services.length === 0) return { kind: 'empty', base };
  return { kind: 'ok', base, services };
}
