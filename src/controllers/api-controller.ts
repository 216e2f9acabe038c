import type { ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { SdcElement } from '../core/sdc-element.js';
import { clientContext } from './client-context.js';
import { systemClock, type Clock } from '../core/clock.js';
import { normalizeBaseUrl, type SdcClient } from '../api/http.js';
import type { Session, SessionState } from '../api/session.js';
import { acquireClient, releaseClient } from './client-scope.js';

export interface ApiControllerOptions {
  /** Find out who is logged in as soon as a client is known (also when the provider comes later). */
  ensureSession?: boolean;
  /** Called after every session change (login, logout, citizen loaded), once the host re-rendered. */
  onSession?: (session: Session) => void;
  /** Times the "no base URL" check after the page has loaded. */
  clock?: Clock;
}

/**
 * Connects an element to its tenant. The client (and its session) comes from the nearest
 * `<sdc-provider>` through context when the element has no `base-url` of its own (or the same one);
 * otherwise from the document's scope (client-scope.ts), shared with the page's other elements of
 * that tenant. Re-renders the host when the client arrives (a provider upgraded later) and whenever
 * the session changes, so logging in or out anywhere updates every element of that tenant.
 *
 *   readonly api = new ApiController(this);
 *   … this.api.client (undefined while no base URL is configured), this.api.session.state
 */
export class ApiController implements ReactiveController {
  readonly #host: SdcElement;
  readonly #options: ApiControllerOptions;
  #provided: SdcClient | undefined;
  #client: SdcClient | undefined;
  /** The document whose shared client we hold (undefined when the client is the provider's). */
  #scope: Document | undefined;
  #cancelWarning: (() => void) | undefined;
  #warned = false;
  readonly #onChange = (): void => {
    this.#host.requestUpdate();
    const session = this.#client?.session;
    if (session && this.#options.onSession) void this.#host.updateComplete.then(() => this.#options.onSession?.(session));
  };

  constructor(host: SdcElement, options: ApiControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (client) => {
        this.#provided = client;
        this.#sync();
        host.requestUpdate();
      },
    });
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
    if (custom && this.client === this.#provided) return `${custom}${custom.includes('?') ? '&' : '?'}return-url=${encodeURIComponent(returnUrl)}`;
    return this.session?.loginUrl(returnUrl);
  }

  hostConnected(): void {
    this.#sync();
    this.#scheduleWarning();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#cancelWarning?.();
    this.#cancelWarning = undefined;
    this.#use(undefined, undefined);
  }

  #sync(): void {
    if (!this.#host.isConnected) return;
    const own = this.#host.baseUrl;
    const provided = this.#provided;
    if (provided && (!own || normalizeBaseUrl(own) === provided.baseUrl)) {
      this.#use(provided, undefined);
      return;
    }
    const url = this.#host.resolvedBaseUrl;
    if (!url) {
      this.#use(undefined, undefined);
      return;
    }
    if (this.#scope && this.#client && this.#client.baseUrl === normalizeBaseUrl(url)) return;
    const doc = this.#host.ownerDocument;
    this.#use(acquireClient(doc, url, this), doc);
  }

  #use(next: SdcClient | undefined, scope: Document | undefined): void {
    if (next === this.#client) return;
    const previous = this.#client;
    if (previous) {
      previous.session.removeEventListener('change', this.#onChange);
      if (this.#scope) releaseClient(this.#scope, previous, this);
    }
    this.#client = next;
    this.#scope = scope;
    if (!next) return;
    next.session.addEventListener('change', this.#onChange);
    if (this.#options.ensureSession) void next.session.ensure();
    // A session already known when the client arrives is news for the host too (prefills).
    if (next.session.state !== 'unknown' && next.session.state !== 'checking') this.#onChange();
  }

  /**
   * An element that still has no tenant once the page has loaded (window `load`, then a tick for
   * late scripts) says so once: otherwise it would wait silently forever.
   */
  #scheduleWarning(): void {
    if (this.#warned || this.#cancelWarning || typeof window === 'undefined') return;
    const clock = this.#options.clock ?? systemClock;
    const check = (): void => {
      this.#cancelWarning = undefined;
      if (this.#warned || !this.#host.isConnected || this.client) return;
      this.#warned = true;
      console.warn(
        `<${this.#host.localName}>: no base URL. Set base-url on the element or put it inside <sdc-provider base-url="…">; it shows nothing until then.`,
      );
    };
    if (document.readyState === 'complete') {
      this.#cancelWarning = clock.after(0, check);
      return;
    }
    let cancelTick: (() => void) | undefined;
    const onLoad = (): void => {
      cancelTick = clock.after(0, check);
    };
    window.addEventListener('load', onLoad, { once: true });
    this.#cancelWarning = () => {
      window.removeEventListener('load', onLoad);
      cancelTick?.();
    };
  }
}
