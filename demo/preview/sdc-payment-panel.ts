/**
 * Preview of <sdc-payment-panel> in every state, on the demo site's chrome, with the embedded mock
 * logged in as Giulia Bianchi. `?stato=<kind>` (see mocks/fixtures/payment-panel.ts).
 * "Paga online" really opens the mock pagoPA checkout (a new tab), which ends on the tenant's pratica page.
 */
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '../fonts.css';
import '../demo.css';
import { worker } from '../../mocks/browser.js';
import { startBackend } from '../backend.js';
import { PAYMENT_PANEL_KINDS, seedPaymentPanel, type PaymentPanelKind } from '../../mocks/fixtures/payment-panel.js';
import { rememberPending } from '../../src/controllers/payment-flow.js';

const params = new URLSearchParams(location.search);
const stato = (params.get('stato') ?? 'da-pagare') as PaymentPanelKind;
document.getElementById('states')!.innerHTML = Object.entries(PAYMENT_PANEL_KINDS)
  .map(([k, label]) => `<li><a href="?stato=${k}"${k === stato ? ' aria-current="page"' : ''}>${label}</a></li>`)
  .join('');

// The tenant is persisted (shared with the mock checkout page) so a real "Paga online" round trip works;
// coming back from it, the pratica seeded for this state is shown again rather than a new one.
const returning = sessionStorage.getItem('sdc-payment-pending') !== null;
// Not reset: seeding adds Giulia's pratica to whatever the visitor already has in the demo tenant.
await startBackend({ persist: true });
const key = `sdc-preview-payment-panel:${stato}`;
let seed = returning ? JSON.parse(sessionStorage.getItem(key) ?? 'null') : null;
if (!seed) {
  seed = seedPaymentPanel(stato in PAYMENT_PANEL_KINDS ? stato : 'da-pagare');
  sessionStorage.setItem(key, JSON.stringify({ ...seed, handlers: [] }));
  // Simulate a same-tab return from the checkout: the checkout remembered in sessionStorage.
  if (seed.returning && seed.paymentId) rememberPending({ paymentId: seed.paymentId, praticaId: seed.praticaId, startedAt: Date.now() });
}
if (seed.handlers?.length) worker.use(...seed.handlers);

await import('../../src/elements/sdc-provider/define.js');
await import('../../src/elements/sdc-payment-panel/define.js');
const panel = document.getElementById('panel') as HTMLElement & { watchTiming: unknown };
if (seed.watchTiming) panel.watchTiming = seed.watchTiming;
panel.toggleAttribute('bollo-required', !!seed.bolloRequired);
panel.setAttribute('pratica-id', seed.praticaId);
