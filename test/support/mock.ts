/**
 * What element and API tests import to run against the embedded OpenCity tenant:
 * the msw worker starts once per test file, the tenant is reseeded (and logged out) before each
 * test, and handler overrides (`worker.use(...)`) are dropped after each.
 *
 *   import { worker, scenarios, loginAs, tenantState, BASE } from '../support/mock.js';
 *   loginAs('giulia');
 *   const el = await fixture(html`<sdc-area-personale base-url=${BASE}></sdc-area-personale>`);
 *   worker.use(scenarios.servicesError500);
 */
import { resetTenant } from '../../mocks/db.js';
import { startMockBackend, worker } from '../../mocks/browser.js';
import { addPayment, addPratica, loginAs, CITIZEN, SERVICE, STATUS } from '../../mocks/state.js';

/** The tenant base URL used by tests and the demo. */
export const BASE = '/lang';

before(async () => {
  await startMockBackend({
    persist: false,
    quiet: true,
    // An unmocked API call is a test bug: say so loudly; everything else (modules, assets) passes.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.includes('/api/')) print.error();
    },
  });
});

beforeEach(() => {
  resetTenant();
  // A wizard keeps its backend draft in the page's URL (?pratica=): each test starts without one.
  if (new URLSearchParams(location.search).has('pratica')) {
    const url = new URL(location.href);
    url.searchParams.delete('pratica');
    history.replaceState(history.state, '', url);
  }
});

afterEach(() => {
  worker.resetHandlers();
});

export { worker };
export { scenarios } from '../../mocks/scenarios.js';
export * from '../../mocks/state.js';


/** Giulia logged in, with an accesso agli atti pratica waiting for one pagoPA payment (status 1500). */
export function giuliaAwaitingPayment(payment: { reason: string; amount: number; expire_at?: number }) {
  loginAs('giulia');
  const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.PAYMENT_PENDING });
  const pay = addPayment({ user_id: CITIZEN.giulia, service_id: app.service_id, remote_id: app.id, ...payment } as Parameters<typeof addPayment>[0]);
  return { app, pay };
}
