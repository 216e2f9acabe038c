/**
 * The demo site's chrome: the header, navigation and footer a municipal CMS would render around
 * the kit, in the Designers Italia "Comuni" template markup, and the "Ambiente dimostrativo" banner.
 * Pure strings: demo/vite.config.ts writes them into every page's HTML at build (and dev) time, so
 * the header is there at first paint and never pushes the page down while the kit boots.
 */

/**
 * Runs inline, before first paint: with `?backend=https://…` (or one remembered for the tab) the
 * banner names the real tenant instead of the mock, in the same line, so it does not change height.
 * Kept in step with backend.ts (same sessionStorage key).
 */
const BANNER_SCRIPT = `(function () {
  var k = 'sdc-demo-backend', p = new URLSearchParams(location.search).get('backend');
  try {
    if (p === 'mock') sessionStorage.removeItem(k);
    else if (p && /^https?:\\/\\//.test(p)) sessionStorage.setItem(k, p.replace(/\\/+$/, ''));
    var b = sessionStorage.getItem(k);
  } catch (e) { return; }
  if (!b) return;
  var s = document.getElementById('sdc-demo-backend'), r = document.getElementById('sdc-demo-reset');
  s.textContent = 'Backend reale: ';
  var c = document.createElement('code'); c.textContent = b; s.appendChild(c);
  var a = document.createElement('a'); a.className = 'text-white ms-auto'; a.href = '?backend=mock'; a.textContent = 'Torna ai dati di prova';
  r.replaceWith(a);
})();`;

const NAV = [
  { href: './index.html', label: 'Servizi', page: 'servizi' },
  { href: './prenota.html', label: 'Prenota appuntamento', page: 'prenota' },
  { href: './area-personale.html', label: 'Area personale', page: 'area-personale' },
  { href: './componi.html', label: 'Componi il widget', page: 'componi' },
];

/** The header a municipal CMS would render, as static HTML (so nothing moves while the demo boots). */
export function siteHeader(current: string, root = './'): string {
  const at = (href: string) => href.replace(/^\.\//, root);
  return `
  <div class="sdc-demo-banner" role="region" aria-label="Ambiente dimostrativo">
    <div class="container d-flex flex-wrap align-items-center gap-2 py-2">
      <strong>Ambiente dimostrativo</strong>
      <span id="sdc-demo-backend">Dati di prova: nessuna richiesta viene davvero inviata al Comune.</span>
      <button type="button" class="btn btn-xs btn-outline-light ms-auto" id="sdc-demo-reset">Azzera i dati di prova</button>
    </div>
    <script>${BANNER_SCRIPT}</script>
  </div>
  <header class="it-header-wrapper" data-bs-target="#header-nav-wrapper">
    <div class="it-header-slim-wrapper">
      <div class="container"><div class="row"><div class="col-12">
        <div class="it-header-slim-wrapper-content">
          <a class="d-lg-block navbar-brand" href="#" aria-label="Regione di Esempio">Regione di Esempio</a>
          <div class="it-header-slim-right-zone">
            <sdc-login area-personale-url="${at('./area-personale.html')}"></sdc-login>
          </div>
        </div>
      </div></div></div>
    </div>
    <div class="it-nav-wrapper">
      <div class="it-header-center-wrapper">
        <div class="container"><div class="row"><div class="col-12">
          <div class="it-header-center-content-wrapper">
            <div class="it-brand-wrapper">
              <a href="${at('./index.html')}">
                <svg class="icon" aria-hidden="true" viewBox="0 0 64 64" width="64" height="64"><path fill="currentColor" d="M32 4 6 16v4h52v-4L32 4zm-20 20v24h6V24h-6zm11 0v24h6V24h-6zm11 0v24h6V24h-6zm11 0v24h6V24h-6zM6 52v6h52v-6H6z"/></svg>
                <div class="it-brand-text">
                  <div class="it-brand-title">Comune di Esempio</div>
                  <div class="it-brand-tagline d-none d-md-block">Servizi digitali per cittadini e imprese</div>
                </div>
              </a>
            </div>
          </div>
        </div></div></div>
      </div>
      <div class="it-header-navbar-wrapper">
        <div class="container"><div class="row"><div class="col-12">
          <nav class="navbar navbar-expand-lg has-megamenu" aria-label="Navigazione principale">
            <div class="navbar-collapsable" id="nav-main" style="display:block;position:static">
              <div class="menu-wrapper"><ul class="navbar-nav" data-element="main-navigation">
                ${NAV.map((n) => `<li class="nav-item"><a class="nav-link${n.page === current ? ' active' : ''}" href="${at(n.href)}"${n.page === current ? ' aria-current="page"' : ''}><span>${n.label}</span></a></li>`).join('')}
              </ul></div>
            </div>
          </nav>
        </div></div></div>
      </div>
    </div>
  </header>`;
}

/** The footer; `root` is the demo's root folder relative to the page (`./`, `../`). */
export const siteFooter = (root = './'): string => `
  <footer class="it-footer" id="footer">
    <div class="it-footer-main"><div class="container py-4">
      <div class="row">
        <div class="col-md-6">
          <h2 class="h4 text-white">Comune di Esempio</h2>
          <p class="text-white mb-1">Piazza del Municipio 1, 00000 Esempio (XX)</p>
          <p class="text-white mb-1">Codice fiscale 80012345678 · PEC protocollo@pec.comune.esempio.it</p>
        </div>
        <div class="col-md-6">
          <ul class="list-unstyled">
            <li><a class="text-white" href="${root}index.html">Tutti i servizi</a></li>
            <li><a class="text-white" href="#privacy" data-element="privacy-policy-link">Informativa privacy</a></li>
            <li><a class="text-white" href="#accessibilita" data-element="accessibility-link">Dichiarazione di accessibilità</a></li>
          </ul>
        </div>
      </div>
    </div></div>
  </footer>`;

