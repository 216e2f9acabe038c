import { SdcError, toSdcError } from '../core/errors.js';
import type { Citizen } from '../domain/citizen.js';
import type { SdcClient } from './http.js';
import { TokenResponseSchema } from './schemas/session.js';
import { getCitizen } from './users.js';

export type SessionState = 'unknown' | 'checking' | 'anonymous' | 'authenticated' | 'expired';

/** The claims the kit reads from the (unverified) JWT payload (opencity-api.md §2.2). */
export interface JwtClaims {
  /** User uuid: `GET /api/users/{id}`. */
  id?: string;
  username?: string;
  roles?: string[];
  tenant_id?: string;
  /** Seconds since epoch. */
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

export interface SessionChangeDetail {
  state: SessionState;
  citizen?: Citizen;
}

/**
 * The citizen's session with one tenant, shared by every element that uses the same base URL.
 * Fires `change` (a CustomEvent with `{state, citizen}`) whenever state, token or citizen changes,
 * and `token` (an Event) when a citizen's token arrives, before the profile is read: code that only
 * a signed-in citizen runs starts loading then, in parallel with the profile request.
 * The token lives in this object only: never in storage, never in URLs (ARCHITECTURE.md §7).
 */
export class Session extends EventTarget {
  readonly #client: SdcClient;
  #state: SessionState = 'unknown';
  #token: string | undefined;
  #claims: JwtClaims | undefined;
  #citizen: Citizen | undefined;
  #anonymousUser = false;
  #ensuring: Promise<SessionState> | undefined;
  #refreshing: Promise<boolean> | undefined;
  #creatingAnonymous: Promise<string> | undefined;
  /** The last error met while checking the session (network trouble while loading the profile…). */
  error: SdcError | undefined;

  constructor(client: SdcClient) {
    super();
    this.#client = client;
  }

  get baseUrl(): string {
    return this.#client.baseUrl;
  }
  get state(): SessionState {
    return this.#state;
  }
  get token(): string | undefined {
    return this.#token;
  }
  get claims(): JwtClaims | undefined {
    return this.#claims;
  }
  get citizen(): Citizen | undefined {
    return this.#citizen;
  }
  get isAuthenticated(): boolean {
    return this.#state === 'authenticated';
  }
  /** The token belongs to an anonymous user made by `createAnonymous()` (booking without login). */
  get isAnonymousUser(): boolean {
    return this.#anonymousUser;
  }

  /** `{base}/login?return-url=…` (opencity-api.md §2.1); default return: this page. */
  loginUrl(returnUrl?: string): string {
    const back = returnUrl ?? (typeof location !== 'undefined' ? location.href : '');
    return `${this.baseUrl}/login${back ? `?return-url=${encodeURIComponent(back)}` : ''}`;
  }

  get logoutUrl(): string {
    return `${this.baseUrl}/logout`;
  }

  /**
   * Finds out who is there, once (concurrent calls share the work): the injected token, else the
   * backend cookie via `session-auth?with-cookie=1`, else anonymous. Resolves with the state, never rejects.
   * `force` re-checks even when the state is already known (e.g. after coming back from login).
   */
  ensure(options: { force?: boolean; signal?: AbortSignal } = {}): Promise<SessionState> {
    const known = this.#state === 'authenticated' || this.#state === 'anonymous' || this.#state === 'expired';
    if (known && !options.force) return Promise.resolve(this.#state);
    this.#ensuring ??= this.#check(options.signal).finally(() => {
      this.#ensuring = undefined;
    });
    return this.#ensuring;
  }

  /** Uses a token the page gave (`<sdc-provider token>`); `undefined` forgets it. Loads the citizen. */
  async setToken(token: string | undefined, options: { signal?: AbortSignal } = {}): Promise<SessionState> {
    if (!token) {
      this.#clear('anonymous');
      return this.#state;
    }
    this.#adopt(token, false);
    this.#set('checking');
    // An `ensure()` meanwhile (an element connecting) joins this check instead of asking the cookie.
    const check = (async (): Promise<SessionState> => {
      const r = await this.#loadCitizen(options.signal);
      if (this.#token !== token) return this.#state;
      if (r === 'unauthorized') this.#clear('expired');
      else this.#set('authenticated', true);
      return this.#state;
    })();
    const shared = check.finally(() => {
      if (this.#ensuring === shared) this.#ensuring = undefined;
    });
    this.#ensuring = shared;
    return shared;
  }

  /**
   * Forgets the token and the citizen at once (every element updates), then by default navigates to
   * `{base}/logout`, which ends the backend session (cookies are only cleared by that navigation).
   */
  logout(options: { navigate?: boolean } = {}): void {
    this.#clear('anonymous');
    if (options.navigate !== false && typeof location !== 'undefined') location.assign(this.logoutUrl);
  }

  /** `POST {base}/api/session-auth`: a token for an anonymous user, for anonymous services and booking. */
  async createAnonymous(options: { signal?: AbortSignal } = {}): Promise<string> {
    const { token } = await this.#client.json('POST', '/api/session-auth', TokenResponseSchema, {
      auth: 'none',
      signal: options.signal,
    });
    this.#adopt(token, true);
    this.#citizen = undefined;
    if (this.#state !== 'authenticated') this.#set('anonymous', true);
    return token;
  }

  /**
   * A token for a call that needs one but is allowed to an anonymous citizen (opencity-api.md §2.1:
   * uploads and applications of `access_level` 0 services, booking): the token in hand, else the
   * logged-in citizen's (cookie), else a new anonymous session. Concurrent callers (two files picked
   * at once) share one anonymous user, so everything they upload belongs to the same applicant.
   */
  async ensureToken(options: { signal?: AbortSignal } = {}): Promise<string> {
    if (this.#token) return this.#token;
    await this.ensure({ signal: options.signal });
    if (this.#token) return this.#token;
    // A citizen whose login expired must log in again, not carry on as somebody else.
    if (this.#state === 'expired') throw new SdcError('unauthorized');
    this.#creatingAnonymous ??= this.createAnonymous(options).finally(() => {
      this.#creatingAnonymous = undefined;
    });
    return this.#creatingAnonymous;
  }

  /**
   * Asks the backend for a fresh token from its cookie. Concurrent callers share one request.
   * Resolves true when a token was obtained.
   */
  refresh(): Promise<boolean> {
    this.#refreshing ??= this.#fromCookie().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Called by the client on a 401: another request may already have refreshed the token. */
  async refreshAfterUnauthorized(tokenUsed: string | undefined): Promise<boolean> {
    if (this.#token && this.#token !== tokenUsed) return true;
    if (this.#anonymousUser) return false;
    return this.refresh();
  }

  /** Called by the client when a request stays 401 after the refresh. */
  markExpired(): void {
    if (this.#state === 'authenticated') this.#clear('expired');
  }

  /** Re-reads the citizen profile (after `updateCitizen`). */
  async reloadCitizen(signal?: AbortSignal): Promise<Citizen | undefined> {
    const r = await this.#loadCitizen(signal);
    if (r === 'ok') this.#set(this.#state, true);
    return this.#citizen;
  }

  // --- internals ---------------------------------------------------------------------------------

  async #check(signal?: AbortSignal): Promise<SessionState> {
    const was = this.#state;
    this.#set('checking');
    if (this.#token && !this.#anonymousUser) {
      // A 401 here has already been through one cookie refresh inside the client.
      const r = await this.#loadCitizen(signal);
      if (r === 'unauthorized') this.#clear(was === 'authenticated' ? 'expired' : 'anonymous');
      else this.#set('authenticated', true);
      return this.#state;
    }
    const got = await this.refresh();
    // A token the page gave while the cookie was asked wins: setToken reports its own outcome.
    if (!got && this.#token && !this.#anonymousUser) return this.#state;
    if (!got) {
      this.#clear(was === 'expired' ? 'expired' : 'anonymous');
      return this.#state;
    }
    const r = await this.#loadCitizen(signal);
    if (r === 'unauthorized') this.#clear('anonymous');
    else this.#set('authenticated', true);
    return this.#state;
  }

  async #fromCookie(): Promise<boolean> {
    try {
      const res = await this.#client.request('GET', '/api/session-auth', {
        query: { 'with-cookie': 1 },
        credentials: 'include',
        auth: 'none',
        dedupe: false,
        retries: 0,
      });
      const parsed = TokenResponseSchema.safeParse(res.body);
      if (!parsed.success) return false;
      const previousId = this.#claims?.id;
      this.#adopt(parsed.data.token, false);
      if (this.#state === 'authenticated' && previousId !== this.#claims?.id) {
        void this.#loadCitizen().then((r) => r === 'ok' && this.#set('authenticated', true));
      }
      return true;
    } catch {
      // 401/403 "You are not logged in", or a CORS refusal (a TypeError): no backend session for this page.
      return false;
    }
  }

  async #loadCitizen(signal?: AbortSignal): Promise<'ok' | 'unauthorized' | 'error'> {
    const id = this.#claims?.id;
    if (!id) {
      // A token without `id` (e.g. an operator token): usable, but there is no profile to show.
      this.#citizen = undefined;
      return 'ok';
    }
    try {
      this.#citizen = await getCitizen(this.#client, id, { signal });
      this.error = undefined;
      return 'ok';
    } catch (e) {
      const err = toSdcError(e);
      this.error = err;
      if (err.kind === 'unauthorized') return 'unauthorized';
      // Network trouble: trust the token until it expires; the profile is missing for now.
      const exp = this.#claims?.exp;
      return exp !== undefined && exp * 1000 <= Date.now() ? 'unauthorized' : 'error';
    }
  }

  #adopt(token: string, anonymousUser: boolean): void {
    const changed = token !== this.#token;
    this.#token = token;
    this.#claims = decodeJwt(token);
    this.#anonymousUser = anonymousUser;
    if (changed && !anonymousUser) this.dispatchEvent(new Event('token'));
  }

  #clear(state: SessionState): void {
    this.#token = undefined;
    this.#claims = undefined;
    this.#citizen = undefined;
    this.#anonymousUser = false;
    this.#set(state, true);
  }

  #set(state: SessionState, force = false): void {
    if (state === this.#state && !force) return;
    this.#state = state;
    this.dispatchEvent(new CustomEvent<SessionChangeDetail>('change', { detail: { state, citizen: this.#citizen } }));
  }
}

/** Reads a JWT payload without verifying it (the backend verifies; the kit only needs `id` and `exp`). */
export function decodeJwt(token: string): JwtClaims | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bin = atob(b64);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return json && typeof json === 'object' ? (json as JwtClaims) : undefined;
  } catch {
    return undefined;
  }
}
