import '../core/zod-config.js';
import * as z from 'zod/mini';
import { SdcError, toSdcError } from '../core/errors.js';
import { errorFromResponse } from './adapters/errors.js';
import { Session } from './session.js';

/** Settings of one client (one per base URL). Tests pass tiny delays. */
export interface ClientOptions {
  /** Per-attempt timeout. Default 15000 ms. */
  timeoutMs?: number;
  /** Extra attempts for idempotent GETs on network errors and 502/503/504. Default 2. */
  retries?: number;
  /** Base of the exponential backoff (delay = base × 2^attempt + jitter). Default 400 ms. */
  retryDelayMs?: number;
  /** Sent as `version=` on every API call. Default 2 (opencity-api.md §1: effectively mandatory on 3.x). */
  apiVersion?: number;
  /** Locale segment of UI paths such as `{base}/{locale}/upload`. Default `it`. */
  locale?: string;
  /** Replaces `globalThis.fetch` (tests, SSR). */
  fetch?: typeof fetch;
}

export type QueryValue = string | number | boolean | Date | null | undefined | Array<string | number>;

export interface RequestOptions {
  /** Caller cancellation: aborting rejects with an SdcError of kind `aborted`. */
  signal?: AbortSignal;
  timeoutMs?: number;
  query?: Record<string, QueryValue>;
  /** JSON-serialised request body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** `none`: never send the token and never try a refresh (session-auth itself, public files elsewhere). */
  auth?: 'auto' | 'none';
  /** Override the retry count for this call (GET only). */
  retries?: number;
  /** false: do not add `version=`. */
  version?: boolean;
  credentials?: RequestCredentials;
  /** false: do not share an identical in-flight GET (default true). */
  dedupe?: boolean;
  /** true: a 2xx body is read as a Blob (`ApiResponse.blob`), not as JSON: downloads (`api/download.ts`). Never shared. */
  raw?: boolean;
}

/** A response whose body was read and JSON-parsed when possible. Shared between de-duplicated callers: do not mutate. */
export interface ApiResponse {
  status: number;
  ok: boolean;
  headers: Headers;
  url: string;
  /** Parsed JSON, or undefined for an empty body or a body that is not JSON. */
  body: unknown;
  /** True when the body had content that did not parse as JSON (HTML page, truncated JSON). */
  unparsable: boolean;
  text: string;
  /** The body of a `raw` request. */
  blob?: Blob;
}

// A schema of the wire format (zod/mini keeps the bundle small).
export type WireSchema<T> = z.ZodMiniType<T, unknown>;

const RETRY_STATUS = new Set([502, 503, 504]);

interface SharedRequest {
  promise: Promise<ApiResponse>;
  controller: AbortController;
  subscribers: number;
}

/**
 * The HTTP client of one OpenCity tenant. Every call goes through here: timeout, cancellation, retries,
 * the Bearer token and the one-time refresh on 401, de-duplication of identical GETs. Resource functions
 * (services.ts, pratiche.ts…) parse the body with a wire schema and adapt it to the domain.
 */
export class SdcClient {
  readonly baseUrl: string;
  readonly session: Session;
  #options: Required<Omit<ClientOptions, 'fetch'>> & { fetch?: typeof fetch };
  #inflight = new Map<string, SharedRequest>();

  constructor(baseUrl: string, options: ClientOptions = {}) {
    this.baseUrl = normalizeBaseUrl(baseUrl);
    this.#options = { timeoutMs: 15000, retries: 2, retryDelayMs: 400, apiVersion: 2, locale: 'it', ...options };
    this.session = new Session(this);
  }

  get options(): Readonly<ClientOptions> {
    return this.#options;
  }

  configure(options: ClientOptions): this {
    Object.assign(this.#options, options);
    return this;
  }

  /** Absolute URL of a path under the base (`/api/services`) or an absolute URL, with the query and `version`. */
  url(path: string, query?: Record<string, QueryValue>, version = true): string {
    const u = /^https?:\/\//i.test(path) ? new URL(path) : new URL(this.baseUrl + (path.startsWith('/') ? path : `/${path}`));
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined || v === null || v === '') continue;
      const s = v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(',') : String(v);
      if (Array.isArray(v) && v.length === 0) continue;
      u.searchParams.set(k, s);
    }
    if (version && this.#isApi(u) && !u.searchParams.has('version')) u.searchParams.set('version', String(this.#options.apiVersion));
    return u.toString();
  }

  /** Path of a UI route: `{base}/{locale}/upload`. */
  uiPath(path: string): string {
    return `/${this.#options.locale}${path.startsWith('/') ? path : `/${path}`}`;
  }

  /** GET and parse: the usual read. */
  get<T>(path: string, schema: WireSchema<T>, opts: RequestOptions = {}): Promise<T> {
    return this.json('GET', path, schema, opts);
  }

  /** Any method, body parsed with `schema` (a 2xx with an unparsable/mismatching body is `invalid-response`). */
  async json<T>(method: string, path: string, schema: WireSchema<T>, opts: RequestOptions = {}): Promise<T> {
    const res = await this.request(method, path, opts);
    return parseWire(schema, res);
  }

  /** Any method where the body does not matter (204 transitions, `["… Patched Successfully"]`). */
  async send(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> {
    return this.request(method, path, opts);
  }

  /**
   * Sends the request and returns the response when 2xx; otherwise rejects with an SdcError built from the
   * body. Never rejects with anything but an SdcError.
   */
  async request(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> {
    const m = method.toUpperCase();
    let url: string;
    try {
      url = this.url(path, opts.query, opts.version !== false);
    } catch (e) {
      throw new SdcError('validation', { detail: `Invalid URL: ${path}`, cause: e });
    }
    if (opts.signal?.aborted) throw new SdcError('aborted', { url });
    const sendsToken = opts.auth !== 'none' && this.#sameOrigin(url);
    const tokenUsed = sendsToken ? this.session.token : undefined;
    let res = await this.#dispatch(m, url, opts, tokenUsed);
    if (res.status === 401 && sendsToken) {
      // opencity-api.md §2.2: no refresh endpoint, so re-ask session-auth (cookie) once, then give up.
      // Only for the tenant's own origin: a token is never sent elsewhere.
      const fresh = await this.session.refreshAfterUnauthorized(tokenUsed);
      if (fresh) res = await this.#dispatch(m, url, opts, this.session.token);
      if (res.status === 401) {
        this.session.markExpired();
        throw errorFromResponse(res.status, res.body, res.text, url);
      }
    }
    if (!res.ok) throw errorFromResponse(res.status, res.body, res.text, url);
    return res;
  }

  // --- internals -------------------------------------------------------------------------------

  #isApi(u: URL): boolean {
    return u.href.startsWith(`${this.baseUrl}/api/`) || (this.#sameOrigin(u.href) && u.pathname.includes('/api/'));
  }

  #sameOrigin(url: string): boolean {
    try {
      return new URL(url).origin === new URL(this.baseUrl).origin;
    } catch {
      return false;
    }
  }

  #dispatch(method: string, url: string, opts: RequestOptions, token: string | undefined): Promise<ApiResponse> {
    const raw = opts.raw === true;
    if (method !== 'GET' || opts.dedupe === false || raw) {
      return this.#withRetries(method, url, opts, token, opts.signal, raw);
    }
    // Identical concurrent GETs (same URL and token) share one network request; each caller may still cancel its own.
    const key = `${url}\n${token ?? ''}\n${opts.credentials ?? ''}`;
    let shared = this.#inflight.get(key);
    // A request whose last subscriber just cancelled is still in the map until it settles: never join it.
    if (shared?.controller.signal.aborted) shared = undefined;
    if (!shared) {
      const controller = new AbortController();
      const promise = this.#withRetries(method, url, opts, token, controller.signal, false).finally(() => {
        if (this.#inflight.get(key) === created) this.#inflight.delete(key);
      });
      const created: SharedRequest = { promise, controller, subscribers: 0 };
      shared = created;
      this.#inflight.set(key, shared);
      promise.catch(() => undefined);
    }
    return subscribe(shared, opts.signal, url);
  }

  async #withRetries(
    method: string,
    url: string,
    opts: RequestOptions,
    token: string | undefined,
    signal: AbortSignal | undefined,
    raw: boolean,
  ): Promise<ApiResponse> {
    const idempotent = method === 'GET' || method === 'HEAD';
    const retries = idempotent ? (opts.retries ?? this.#options.retries) : 0;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await this.#once(method, url, opts, token, signal, raw);
        if (RETRY_STATUS.has(res.status) && attempt < retries) {
          await sleep(this.#backoff(attempt, res.headers.get('retry-after')), signal, url);
          continue;
        }
        return res;
      } catch (e) {
        const err = toSdcError(e, url);
        if (err.kind === 'network' && attempt < retries && !signal?.aborted) {
          await sleep(this.#backoff(attempt, null), signal, url);
          continue;
        }
        throw err;
      }
    }
  }

  #backoff(attempt: number, retryAfter: string | null): number {
    const base = this.#options.retryDelayMs;
    const ra = retryAfter !== null ? Number(retryAfter) : NaN;
    if (Number.isFinite(ra) && ra >= 0 && ra <= 10) return Math.max(ra * 1000, base);
    return base * 2 ** attempt + Math.random() * (base / 2);
  }

  async #once(
    method: string,
    url: string,
    opts: RequestOptions,
    token: string | undefined,
    signal: AbortSignal | undefined,
    raw: boolean,
  ): Promise<ApiResponse> {
    const timeoutMs = opts.timeoutMs ?? this.#options.timeoutMs;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('Timeout', 'TimeoutError')), timeoutMs);
    const combined = anySignal([timeout.signal, signal]);
    const headers: Record<string, string> = { Accept: raw ? '*/*' : 'application/json', ...opts.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const doFetch = this.#options.fetch ?? globalThis.fetch.bind(globalThis);
    try {
      const res = await doFetch(url, {
        method,
        headers,
        body,
        signal: combined,
        credentials: opts.credentials ?? 'same-origin',
      });
      if (raw && res.ok) {
        const blob = await res.blob();
        return { status: res.status, ok: true, headers: res.headers, url, body: undefined, unparsable: false, text: '', blob };
      }
      const text = await res.text();
      let parsed: unknown;
      let unparsable = false;
      if (text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          unparsable = true;
        }
      }
      return { status: res.status, ok: res.ok, headers: res.headers, url, body: parsed, unparsable, text };
    } catch (e) {
      if (timeout.signal.aborted && !signal?.aborted) throw new SdcError('timeout', { url, cause: e });
      if (signal?.aborted) throw new SdcError('aborted', { url, cause: e });
      throw toSdcError(e, url);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Parses a 2xx response body with the wire schema; anything unexpected is `invalid-response`. */
export function parseWire<T>(schema: WireSchema<T>, res: ApiResponse): T {
  if (res.unparsable) {
    throw new SdcError('invalid-response', { status: res.status, url: res.url, detail: `Body is not JSON: ${res.text.slice(0, 80)}` });
  }
  const r = schema.safeParse(res.body);
  if (!r.success) {
    const where = describeIssues(r.error.issues as Issue[], [])
      .slice(0, 5)
      .join('; ');
    throw new SdcError('invalid-response', { status: res.status, url: res.url, detail: where, cause: r.error });
  }
  return r.data;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  errors?: Issue[][];
}

/** `0.id: invalid_type`; inside a union, the branch that got furthest into the data explains best. */
function describeIssues(issues: Issue[], prefix: PropertyKey[]): string[] {
  const depth = (list: Issue[]): number => Math.max(0, ...list.map((i) => i.path.length + (i.errors ? 1 : 0)));
  return issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    if (i.code === 'invalid_union' && i.errors?.length) {
      const best = [...i.errors].sort((a, b) => depth(b) - depth(a))[0]!;
      return describeIssues(best, path);
    }
    return [`${path.map(String).join('.') || '(root)'}: ${i.code}`];
  });
}

function subscribe(shared: SharedRequest, signal: AbortSignal | undefined, url: string): Promise<ApiResponse> {
  shared.subscribers++;
  if (!signal) return shared.promise;
  return new Promise<ApiResponse>((resolve, reject) => {
    const onAbort = (): void => {
      shared.subscribers--;
      if (shared.subscribers <= 0) shared.controller.abort();
      reject(new SdcError('aborted', { url }));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function anySignal(signals: Array<AbortSignal | undefined>): AbortSignal {
  const list = signals.filter((s): s is AbortSignal => !!s);
  if (list.length === 1) return list[0]!;
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(list);
  const c = new AbortController();
  for (const s of list) {
    if (s.aborted) c.abort(s.reason);
    else s.addEventListener('abort', () => c.abort(s.reason), { once: true });
  }
  return c.signal;
}

function sleep(ms: number, signal: AbortSignal | undefined, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SdcError('aborted', { url }));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(new SdcError('aborted', { url }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `https://x/lang/` → `https://x/lang`; a relative base (`/lang`) resolves against the page. */
export function normalizeBaseUrl(baseUrl: string): string {
  let b = baseUrl.trim();
  if (!/^https?:\/\//i.test(b)) {
    const origin = typeof location !== 'undefined' ? location.origin : 'http://localhost';
    b = new URL(b.startsWith('/') ? b : `/${b}`, origin).toString();
  }
  return b.replace(/\/+$/, '');
}
