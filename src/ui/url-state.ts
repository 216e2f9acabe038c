/**
 * Where a list keeps its filters so that reload, deep links and Back work on any CMS page:
 * - `hash`: in the query part of the hash route, `#/pratiche?servizio=…` (inside `sdc-area-personale`);
 * - `search`: in the page's query string (the element alone on a page);
 * - `none`: nowhere (several lists on one page, stories).
 */
export type UrlSync = 'hash' | 'search' | 'none';

export function readUrlParams(mode: UrlSync): URLSearchParams {
  if (typeof location === 'undefined' || mode === 'none') return new URLSearchParams();
  if (mode === 'search') return new URLSearchParams(location.search);
  const hash = location.hash.replace(/^#/, '');
  const q = hash.indexOf('?');
  return new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
}

/**
 * Writes the params with `pushState` (so Back undoes a filter or a page change) unless they are already
 * there. `pushState` fires no `hashchange`: the hash router is not disturbed by a filter change.
 */
export function writeUrlParams(
  mode: UrlSync,
  params: URLSearchParams,
  options: {
    replace?: boolean;
    /** Hash route to use when the hash is not a route (`#main`). */
    route?: string;
    /** The parameters this element owns: in `search` mode the page's other parameters are kept. */
    keys?: readonly string[];
  } = {},
): void {
  if (typeof location === 'undefined' || mode === 'none') return;
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
  if (next === `${location.pathname}${location.search}${location.hash}`) return;
  if (options.replace) history.replaceState(history.state, '', next);
  else history.pushState(history.state, '', next);
}
