import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import './fonts.css';
import './demo.css';
import { backendUrl, resetMockTenant, startBackend } from './backend.js';

/** Query parameters a CMS page would put in its own URLs, mapped onto element attributes. */
function wireUrlParams(): void {
  const params = new URLSearchParams(location.search);
  for (const el of document.querySelectorAll<HTMLElement>('[data-from-url]')) {
    for (const pair of el.dataset.fromUrl!.split(',')) {
      const [param, attr] = pair.split(':');
      const value = params.get(param);
      if (value) el.setAttribute(attr, value);
    }
  }
}

/** Until an element's issue lands, the page says so instead of leaving a blank. */
function markMissingElements(): void {
  for (const el of document.querySelectorAll('main *')) {
    const tag = el.localName;
    if (tag.startsWith('sdc-') && !customElements.get(tag) && !el.hasAttribute('data-missing')) {
      el.setAttribute('data-missing', '');
      el.insertAdjacentHTML('afterend', `<div class="alert alert-warning" role="status">L'elemento <code>&lt;${tag}&gt;</code> non è ancora disponibile in questa versione del kit.</div>`);
    }
  }
}

// The header and footer are in the HTML already (vite.config.ts); only the reset button needs code.
document.getElementById('sdc-demo-reset')?.addEventListener('click', async () => {
  await resetMockTenant();
  location.reload();
});
document.querySelector('sdc-provider')?.setAttribute('base-url', backendUrl());
wireUrlParams();
await startBackend();
// Only the elements this page uses, as a CMS page importing `sdc-widgets/elements/<tag>` would (each
// define.ts brings the elements it is built from); after the mock backend is up, so no element
// fetches before the worker answers.
const defines = import.meta.glob('../src/elements/*/define.ts');
const used = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((tag) => tag.startsWith('sdc-')));
const loaded = await Promise.allSettled([...used].map((tag) => defines[`../src/elements/${tag}/define.ts`]?.()));
for (const r of loaded) if (r.status === 'rejected') console.error('[demo] an element failed to load', r.reason);
markMissingElements();
