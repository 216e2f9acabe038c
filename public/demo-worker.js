/**
 * The demo's service worker: msw's worker (it answers the API requests, imported below) plus the
 * tenant pages a browser navigates to — SPID/CIE login, logout, the pagoPA checkout, the avviso and
 * receipt, `{base}/mock` — which msw lets through and a static host cannot serve (their paths carry
 * ids). The mock tenant lives at `{demo root}/lang`, so the demo works from any host and sub-path.
 */
const PAGES = [
  [/^login\/?$/, 'mock/login.html'],
  [/^logout\/?$/, 'mock/logout.html'],
  [/^payment-proxy\/online-payment\/[^/]+$/, 'mock/checkout.html'],
  [/^payment-proxy\/(notice|receipt)\/[^/]+$/, 'mock/document.html'],
  [/^mock\/?$/, 'mock/control.html'],
];
// The tenant's own UI pages that links point to, mapped onto the demo's pages.
const REDIRECTS = [
  [/^[a-z]{2}\/pratiche\/([^/]+)(\/detail)?\/?$/, (m) => `area-personale.html?pratica=${m[1]}`],
  [/^[a-z]{2}\/servizi\/([^/]+)\/?$/, (m) => `servizio.html?id=${m[1]}`],
  [/^[a-z]{2}\/prenota-appuntamento\/?$/, () => 'prenota.html'],
  [/^[a-z]{2}\/user\/?$/, () => 'area-personale.html'],
];

async function page(file, scope) {
  const url = new URL(file, scope).href;
  const res = await fetch(url, { cache: 'no-cache' });
  const html = (await res.text()).replace(/<head>/i, `<head><base href="${url}">`);
  return new Response(html, { status: res.status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode !== 'navigate' || request.method !== 'GET') return;
  const scope = self.registration.scope;
  const url = new URL(request.url);
  const tenant = `${new URL(scope).pathname}lang/`;
  if (url.origin !== new URL(scope).origin || !url.pathname.startsWith(tenant)) return;
  const rest = url.pathname.slice(tenant.length);
  for (const [re, to] of REDIRECTS) {
    const m = re.exec(rest);
    if (m) return event.respondWith(Response.redirect(new URL(to(m), scope).href, 302));
  }
  const hit = PAGES.find(([re]) => re.test(rest));
  if (hit) event.respondWith(page(hit[1], scope));
});

// msw's worker unregisters itself when its last page closes ('CLIENT_CLOSED'); in the demo that page is
// leaving for the login or the checkout, a navigation this worker must answer. Keep the registration,
// only forget the client (msw's `activeClientIds`, a global of the script imported below).
addEventListener('message', (event) => {
  if (event.data !== 'CLIENT_CLOSED') return;
  event.stopImmediatePropagation();
  const id = event.source && event.source.id;
  // eslint-disable-next-line no-undef
  if (id && typeof activeClientIds !== 'undefined') activeClientIds.delete(id);
});

// After our listeners: msw's own fetch listener returns early on navigations, so the two never both answer.
importScripts('./mockServiceWorker.js');
