/**
 * Vite dev-server plugin for the demo: serves the pages a real tenant serves as navigations,
 * which msw cannot intercept (its service worker lets page navigations through):
 *
 * - `{base}/login?return-url=…`  mock SPID/CIE chooser → logs a test citizen in → back to return-url
 * - `{base}/logout[?return-url=…]` clears the session → back
 * - `{base}/payment-proxy/online-payment/{id}` mock pagoPA checkout ("Paga", "Annulla", "Simula errore")
 * - `{base}/payment-proxy/notice/{id}`, `/receipt/{id}` the avviso / receipt PDF
 * - `{base}/mock` the demo tenant's control page (state, who is logged in, reset)
 * - `{base}/{locale}/pratiche/{id}/detail`, `{base}/{locale}/servizi/{identifier}`,
 *   `{base}/{locale}/prenota-appuntamento`: the tenant UI pages links point to, redirected to the demo's pages
 *
 * The pages are small TS modules in `mocks/pages/` that read and write the same localStorage tenant
 * (`sdc-mock-tenant`) as the msw handlers.
 */
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

export interface MockPagesOptions {
  /** Tenant base path the demo uses. Default `/lang`. */
  base?: string;
  /** Where the tenant's pratica detail page leads in the demo; `{id}` is replaced. */
  praticaUrl?: string;
  /** Where the tenant's service page leads; `{identifier}` is replaced. */
  serviceUrl?: string;
  /** Where the tenant's booking page leads. */
  bookingUrl?: string;
}

const PAGES: Record<string, { title: string; module: string }> = {
  login: { title: 'Accedi con SPID o CIE – Comune di Esempio', module: 'login.ts' },
  logout: { title: 'Uscita – Comune di Esempio', module: 'logout.ts' },
  checkout: { title: 'Pagamento pagoPA – Comune di Esempio', module: 'checkout.ts' },
  document: { title: 'Documento di pagamento – Comune di Esempio', module: 'document.ts' },
  control: { title: 'Backend dimostrativo – Comune di Esempio', module: 'control.ts' },
};

function shell(page: keyof typeof PAGES): string {
  const dir = fileURLToPath(new URL('./pages/', import.meta.url));
  const p = PAGES[page]!;
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<link rel="stylesheet" href="/@fs${dir}pages.css">
</head>
<body>
<div id="app" aria-live="polite"><p class="loading">Caricamento…</p></div>
<script type="module" src="/@fs${dir}${p.module}"></script>
</body>
</html>`;
}

export function mockPagesPlugin(options: MockPagesOptions = {}): Plugin {
  const base = (options.base ?? '/lang').replace(/\/+$/, '');
  const praticaUrl = options.praticaUrl ?? '/area-personale.html?pratica={id}';
  const serviceUrl = options.serviceUrl ?? '/servizio.html?id={identifier}';
  const bookingUrl = options.bookingUrl ?? '/prenota.html';
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const routes: Array<[RegExp, keyof typeof PAGES]> = [
    [new RegExp(`^${esc}/login/?$`), 'login'],
    [new RegExp(`^${esc}/logout/?$`), 'logout'],
    [new RegExp(`^${esc}/payment-proxy/online-payment/[^/]+$`), 'checkout'],
    [new RegExp(`^${esc}/payment-proxy/(notice|receipt)/[^/]+$`), 'document'],
    [new RegExp(`^${esc}/mock/?$`), 'control'],
  ];
  const redirects: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [new RegExp(`^${esc}/[a-z]{2}/pratiche/([^/]+)(/detail)?/?$`), (m) => praticaUrl.replace('{id}', encodeURIComponent(m[1]!))],
    [new RegExp(`^${esc}/[a-z]{2}/servizi/([^/]+)/?$`), (m) => serviceUrl.replace('{identifier}', encodeURIComponent(m[1]!))],
    [new RegExp(`^${esc}/[a-z]{2}/prenota-appuntamento/?$`), () => bookingUrl],
    [new RegExp(`^${esc}/[a-z]{2}/user/?$`), () => praticaUrl.replace(/\?.*$/, '')],
  ];
  return {
    name: 'sdc-mock-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        // Only navigations: fetches of the same URLs (e.g. the avviso PDF) are answered by msw.
        const dest = req.headers['sec-fetch-dest'];
        if (dest && dest !== 'document' && dest !== 'iframe') return next();
        const url = new URL(req.url ?? '/', 'http://localhost');
        for (const [re, to] of redirects) {
          const m = re.exec(url.pathname);
          if (m) {
            res.statusCode = 302;
            res.setHeader('Location', to(m));
            res.end();
            return;
          }
        }
        const hit = routes.find(([re]) => re.test(url.pathname));
        if (!hit) return next();
        // No transformIndexHtml: the simulator pages need no HMR client (whose error overlay would
        // show other files' build errors over the checkout); Vite still serves their TS modules.
        const html = shell(hit[1]);
        res.statusCode = 200;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(html);
      });
    },
  };
}

export default mockPagesPlugin;
