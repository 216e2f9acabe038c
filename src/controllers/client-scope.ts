import { SdcClient, normalizeBaseUrl, type ClientOptions } from '../api/http.js';

/**
 * Where an element used without `<sdc-provider>` gets its client: one per (document, base URL),
 * shared by the elements of that document that talk to the same tenant.
 *
 * Why the document: the backend session is a cookie, and a document's elements share its cookies
 * anyway; giving them one client means one session check, one token and one set of de-duplicated
 * requests per page, and logging out in `<sdc-login>` updates the area personale next to it. A module
 * registry would also join elements of other documents (iframes, tests) and outlive every user;
 * this scope is a WeakMap keyed by the document, and a client is dropped as soon as its last element
 * leaves: what comes next starts from the backend's truth (an element moved alone in the DOM
 * re-checks its session, one request).
 * Under a provider the provider's own client is used instead (see ApiController).
 */
interface Entry {
  client: SdcClient;
  users: Set<object>;
}

const scopes = new WeakMap<Document, Map<string, Entry>>();
const defaults = new WeakMap<Document, ClientOptions>();

/** The shared client of `baseUrl` in `doc`, counted as used by `user` until `releaseClient`. */
export function acquireClient(doc: Document, baseUrl: string, user: object): SdcClient {
  const key = normalizeBaseUrl(baseUrl);
  let scope = scopes.get(doc);
  if (!scope) {
    scope = new Map();
    scopes.set(doc, scope);
  }
  let entry = scope.get(key);
  if (!entry) {
    entry = { client: createClient(doc, key), users: new Set() };
    scope.set(key, entry);
  }
  entry.users.add(user);
  return entry.client;
}

export function releaseClient(doc: Document, client: SdcClient, user: object): void {
  const scope = scopes.get(doc);
  const entry = scope?.get(client.baseUrl);
  if (!scope || !entry || entry.client !== client) return;
  entry.users.delete(user);
  if (entry.users.size === 0) scope.delete(client.baseUrl);
}

/** A new client for a provider (never shared outside it), with the document's client settings. */
export function createClient(doc: Document, baseUrl: string): SdcClient {
  return new SdcClient(baseUrl, defaults.get(doc));
}

/**
 * Client settings (timeouts, retry backoff) for the clients the kit creates in `doc` from now on,
 * and for the document's shared clients already in use. Pages rarely need it; tests shorten delays.
 */
export function setClientDefaults(doc: Document, options: ClientOptions): void {
  defaults.set(doc, { ...defaults.get(doc), ...options });
  for (const entry of scopes.get(doc)?.values() ?? []) entry.client.configure(options);
}
