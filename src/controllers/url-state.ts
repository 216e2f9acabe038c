import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where an element keeps its state (filters, page, section) so that reload, deep links and Back work
 * on any CMS page:
 * - `hash`: in the query part of the hash route, `#/pratiche?servizio=…` (inside `sdc-area-personale`);
 * - `search`: in the page's query string (the element alone on a page);
 * - `none`: nowhere (several lists on one page, stories).
 */
export type UrlSync = 'hash' | 'search' | 'none';

export interface UrlStateOptions {
  /** Where the state lives; read on every use, so an attribute may change it. */
  mode: () => UrlSync;
  /** The parameters the element owns: in `search` mode the page's other parameters are kept. */
  keys: readonly string[];
  /** Hash route to write when the hash is not a route yet (`#main`), e.g. `/pratiche`. */
  route?: string;
  /** Applies the URL to the host: on connect and after Back/Forward or a hash navigation. */
  read: (params: URLSearchParams) => void;
}

/**
 * Keeps a host's state in the URL: reads it when the host connects and on `popstate`/`hashchange`
 * (listeners live only while the host is connected), writes it with `pushState` so Back undoes a
 * change (`replace` for refinements, e.g. typing). `pushState` fires no `hashchange`, so a hash
 * router around the element is not disturbed by a filter change.
 *
 *   readonly url = new UrlState(this, { mode: () => this.urlSync, keys: ['dal', 'al'], route: '/pagamenti',
 *     read: (p) => { this.from = p.get('dal') ?? ''; } });
 *   … this.url.write(params)
 */
export class UrlState implements ReactiveController {
  readonly #options: UrlStateOptions;
  readonly #onNavigate = (): void => this.#options.read(this.params());

  constructor(host: ReactiveControllerHost, options: UrlStateOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#options.read(this.params());
    if (this.#options.mode() === 'none' || typeof window === 'undefined') return;
    window.addEventListener('popstate', this.#onNavigate);
    window.addEventListener('hashchange', this.#onNavigate);
  }

  hostDisconnected(): void {
    if (typeof window === 'undefined') return;
    window.removeEventListener('popstate', this.#onNavigate);
    window.removeEventListener('hashchange', this.#onNavigate);
  }

  /** The element's parameters as the URL has them now (empty in `none` mode). */
  params(): URLSearchParams {
    return readUrlParams(this.#options.mode());
  }

  /** A real link to the state `params` (new-tab clicks, sharing); in `none` mode, as a query string. */
  href(params: URLSearchParams): string {
    const mode = this.#options.mode();
    return urlFor(mode === 'none' ? 'search' : mode, params, { route: this.#options.route, keys: this.#options.keys });
  }

  /** Writes the parameters unless they are already there; `replace` does not add a history entry. */
  write(params: URLSearchParams, options: { replace?: boolean } = {}): void {
    writeUrlParams(this.#options.mode(), params, { ...options, route: this.#options.route, keys: this.#options.keys });
  }
}

export function readUrlParams(mode: UrlSync): URLSearchParams {
  if (typeof location === 'undefined' || mode === 'none') return new URLSearchParams();
  if (mode === 'search') return new URLSearchParams(location.search);
  const hash = location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
}

/** The writing half of `UrlState.write`, for code that has no host (prefer the controller). */
export function writeUrlParams(
  mode: UrlSync,
  params: URLSearchParams,
  options: { replace?: boolean; route?: string; keys?: readonly string[] } = {},
): void {
  if (typeof location === 'undefined' || mode === 'none') return;
  const next = urlFor(mode, params, options);
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  if (options.replace) history.replaceState(history.state, '', next);
  else history.pushState(history.state, '', next);
}

/** Path, query and hash of this page with `params` in place of the element's parameters. */
function urlFor(mode: 'hash' | 'search', params: URLSearchParams, options: { route?: string; keys?: readonly string[] }): string {
  let next: string;
  if (mode === 'search') {
    const merged = new URLSearchParams(location.search);
    for (const k of options.keys ?? [...params.keys()]) merged.delete(k);
    params.forEach((v, k) => merged.set(k, v));
    const qs = merged.toString();
    next = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
  } else {
    const qs = params.toString();
    const hash = location.hash.replace(/^#/, '');
    const q = hash.indexOf('?');
    const current = q < 0 ? hash : hash.slice(0, q);
    const route = current.startsWith('/') || !options.route ? current : options.route;
    next = `${location.pathname}${location.search}#${route}${qs ? `?${qs}` : ''}`;
  }
  return next;
}
