import type { ReactiveController } from 'lit';
import type { SdcElement } from '../core/sdc-element.js';
import { getClient, type SdcClient } from '../api/http.js';
import type { Session, SessionState } from '../api/session.js';

/**
 * Connects an element to its tenant: the shared client and session of its base URL (own
 * `base-url` or the provider's). Re-renders the host whenever the session changes, so logging in
 * or out anywhere on the page updates every element. Applies a token given to `<sdc-provider token>`.
 *
 *   readonly api = new ApiController(this);
 *   … this.api.client (undefined while no base URL is configured), this.api.session.state
 */
export class ApiController implements ReactiveController {
  readonly #host: SdcElement;
  #client: SdcClient | undefined;
  #appliedToken: string | undefined;
  readonly #onChange = () => this.#host.requestUpdate();

  constructor(host: SdcElement) {
    this.#host = host;
    host.addController(this);
  }

  get client(): SdcClient | undefined {
    this.#sync();
    return this.#client;
  }

  get session(): Session | undefined {
    return this.client?.session;
  }

  get state(): SessionState {
    return this.session?.state ?? 'unknown';
  }

  /** Finds out whether a citizen is logged in (shared and cached by the session). */
  ensureSession(options?: { force?: boolean; signal?: AbortSignal }): Promise<SessionState> {
    return this.session?.ensure(options) ?? Promise.resolve('anonymous');
  }

  /** Where "Accedi" goes: the provider's `login-url` if set, else `{base}/login`; always back to `returnUrl`. */
  loginUrl(returnUrl: string = typeof location === 'undefined' ? '' : location.href): string | undefined {
    const custom = this.#host.config?.loginUrl;
    if (custom) return `${custom}${custom.includes('?') ? '&' : '?'}return-url=${encodeURIComponent(returnUrl)}`;
    return this.session?.loginUrl(returnUrl);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#client?.session.removeEventListener('change', this.#onChange);
    this.#client = undefined;
  }

  #sync(): void {
    const url = this.#host.resolvedBaseUrl;
    if (!this.#host.isConnected && !this.#client) return;
    const next = url ? getClient(url) : undefined;
    if (next !== this.#client) {
      this.#client?.session.removeEventListener('change', this.#onChange);
      this.#client = next;
      next?.session.addEventListener('change', this.#onChange);
      this.#appliedToken = undefined;
    }
    const token = this.#host.config?.token;
    if (next && token && token !== this.#appliedToken) {
      this.#appliedToken = token;
      if (next.session.token !== token) void next.session.setToken(token);
    }
  }
}
