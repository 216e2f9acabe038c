import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import {
  BASE, CITIZEN, SERVICE, STATUS, addPayment, addPratica, loginAs, mutate, settlePayment, tenantState, worker,
} from '../support/mock.js';
import { applicationHandlers } from '../../mocks/handlers/applications.js';
import { paymentHandlers } from '../../mocks/handlers/payments.js';
import { PENDING_STORAGE_KEY, resetStartGuard } from '../../src/ui/payment-actions.js';
import '../../src/elements/sdc-payment-panel/define.js';
import type { SdcPaymentPanel } from '../../src/elements/sdc-payment-panel/sdc-payment-panel.js';

const DAY = 86_400_000;
/** Fast polling for tests; the real defaults are 2 s growing to 10 s, within 2 minutes. */
const FAST = { minDelayMs: 20, maxDelayMs: 40, timeLimitMs: 5_000 };

function arrange() {
  loginAs('giulia');
  const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.PAYMENT_PENDING });
  const pay = addPayment({
    user_id: CITIZEN.giulia, service_id: app.service_id, remote_id: app.id,
    reason: 'Diritti di segreteria per accesso agli atti', amount: 25.5, expire_at: Date.now() + 30 * DAY,
  } as Parameters<typeof addPayment>[0]);
  return { app, pay };
}

/** Mounts the panel as the page would; `visited` collects the top-level navigations it asks for. */
async function mount(praticaId: string, poll: Record<string, number> = FAST) {
  const visited: string[] = [];
  const node = document.createElement('sdc-payment-panel');
  node.setAttribute('base-url', BASE);
  node.setAttribute('pratica-id', praticaId);
  node.pollOptions = poll;
  node.navigate = (url) => visited.push(url);
  const el = await fixture<SdcPaymentPanel>(node);
  await waitUntil(() => !el.shadowRoot!.querySelector('.sdc-state--loading'), 'panel did not load', { timeout: 5000 });
  return { el, visited };
}

/** What the pagoPA checkout simulator does when the citizen presses "Paga" / "Annulla" / "Simula errore". */
function checkout(paymentId: string, outcome: 'paid' | 'cancelled' | 'failed') {
  mutate((s) => settlePayment(s, paymentId, outcome));
}

/** The browser coming back to the page on the landing URL. */
function returnTo(params: string) {
  history.replaceState(null, '', `${location.pathname}${params}`);
}

const $ = (el: SdcPaymentPanel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const phase = (el: SdcPaymentPanel) => $(el, '.verify')?.dataset.phase;

/** Counts API reads of the payments, to prove polling stopped. */
function countPaymentReads() {
  const seen = { n: 0 };
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/api/payments')) seen.n++;
  });
  return seen;
}

const cleanPath = location.pathname;

beforeEach(() => {
  resetStartGuard();
  sessionStorage.clear();
  worker.events.removeAllListeners();
  worker.use(...applicationHandlers, ...paymentHandlers);
});

afterEach(() => {
  history.replaceState(null, '', cleanPath);
  sessionStorage.clear();
});

describe('sdc-payment-panel: pagoPA checkout round trip', () => {
  it('goes to the checkout once, even when "Paga online" is pressed twice', async () => {
    const { app, pay } = arrange();
    const { el, visited } = await mount(app.id);
    const started: unknown[] = [];
    el.addEventListener('sdc-payment-started', (e) => started.push(e.detail.url));
    const button = $(el, '.pay-online')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(visited).to.deep.equal([`${location.origin}${BASE}/payment-proxy/online-payment/${pay.id}`]);
    expect(started).to.have.length(1);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.contain('Apertura del pagamento pagoPA in corso');
    expect(JSON.parse(sessionStorage.getItem(PENDING_STORAGE_KEY)!)).to.have.property(pay.id);
  });

  it('pays: returns, verifies with the backend, confirms and offers the receipt', async () => {
    const { app, pay } = arrange();
    const first = await mount(app.id);
    $(first.el, '.pay-online')!.click();
    first.el.remove();

    // Back from pagoPA with a positive outcome before the receipt has reached the Comune.
    returnTo(`?payment=${pay.id}&outcome=OK`);
    const { el } = await mount(app.id);
    await waitUntil(() => phase(el) === 'checking', 'no verification shown');
    expect(text($(el, '.verify'))).to.contain('Verifica del pagamento in corso');
    expect($(el, '.verify [role=status]')).to.exist;
    expect($(el, '.pay-online')).to.equal(null);
    await expect(el).to.be.accessible();

    const complete = oneEvent(el, 'sdc-payment-complete');
    checkout(pay.id, 'paid');
    const { detail } = await complete;
    expect(detail.payment.status).to.equal('pagato');
    await el.updateComplete;
    expect(phase(el)).to.equal('paid');
    expect(text($(el, '.verify'))).to.contain('Pagamento completato');
    expect(text($(el, '.visually-hidden[role=status]'))).to.equal('Pagamento completato');
    expect(text($(el, '.sdc-tag'))).to.equal('Pagato');
    const receipt = $(el, 'a[data-doc=receipt]') as HTMLAnchorElement;
    const res = await fetch(receipt.href);
    expect(res.headers.get('content-type')).to.contain('application/pdf');
    expect(await res.text()).to.match(/^%PDF-/);
    // A reload must not verify again.
    expect(location.search).to.equal('');
    expect(sessionStorage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not trust an "OK" return URL: without the backend\'s confirmation it is not paid', async () => {
    const { app, pay } = arrange();
    returnTo(`?payment=${pay.id}&outcome=OK`);
    const { el } = await mount(app.id, { minDelayMs: 20, maxDelayMs: 20, timeLimitMs: 150 });
    await waitUntil(() => phase(el) === 'timeout', 'no time-limit state', { timeout: 5000 });
    expect(text($(el, '.verify'))).to.contain('Non abbiamo ancora la conferma del pagamento');
    expect(text($(el, '.verify'))).to.contain('non pagare di nuovo');
    expect(text($(el, '.sdc-tag'))).to.equal('Da pagare');
    await expect(el).to.be.accessible();

    // The receipt arrives later: "Verifica di nuovo" finds it.
    checkout(pay.id, 'paid');
    const button = [...el.shadowRoot!.querySelectorAll('.verify button')].find((b) => text(b) === 'Verifica di nuovo') as HTMLButtonElement;
    button.click();
    await waitUntil(() => phase(el) === 'paid', 'not paid after checking again', { timeout: 5000 });
  });

  it('says the payment was cancelled on pagoPA and offers to try again', async () => {
    const { app, pay } = arrange();
    checkout(pay.id, 'cancelled');
    returnTo(`?payment=${pay.id}&outcome=CANCEL`);
    const failed = new Promise<CustomEvent>((r) => document.addEventListener('sdc-payment-failed', (e) => r(e as CustomEvent), { once: true }));
    const { el, visited } = await mount(app.id);
    const { detail } = await failed;
    expect(detail.reason).to.equal('cancelled');
    await el.updateComplete;
    expect(text($(el, '.verify'))).to.contain('Pagamento annullato');
    expect(text($(el, '.verify'))).to.contain('non ti è stato addebitato nulla');
    const retry = $(el, '.pay-online')!;
    expect(text(retry)).to.contain('Riprova il pagamento');
    await expect(el).to.be.accessible();
    retry.click();
    expect(visited).to.have.length(1);
  });

  it('says the payment failed when pagoPA returns an error', async () => {
    const { app, pay } = arrange();
    checkout(pay.id, 'failed');
    returnTo(`?payment=${pay.id}&outcome=KO`);
    const failed = new Promise<CustomEvent>((r) => document.addEventListener('sdc-payment-failed', (e) => r(e as CustomEvent), { once: true }));
    const { el } = await mount(app.id);
    expect((await failed).detail.reason).to.equal('failed');
    await el.updateComplete;
    expect(text($(el, '.verify'))).to.contain('Pagamento non riuscito');
    expect($(el, '.pay-online')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('recognises a citizen who comes back without any outcome and tells that nothing was paid', async () => {
    const { app, pay } = arrange();
    const first = await mount(app.id);
    $(first.el, '.pay-online')!.click();
    first.el.remove();
    resetStartGuard();
    const { el } = await mount(app.id);
    await waitUntil(() => phase(el) === 'not-completed', 'no outcome shown', { timeout: 5000 });
    expect(text($(el, '.verify'))).to.contain('Il Comune non ha ricevuto alcun pagamento');
    expect(tenantState().payments.find((p) => p.id === pay.id)!.status).to.equal('PAYMENT_PENDING');
  });

  it('stops polling when the panel is removed: no timer, no request', async () => {
    const { app, pay } = arrange();
    returnTo(`?payment=${pay.id}&outcome=OK`);
    // A delay no other code uses, to find the panel's own timers.
    const POLL_MS = 4321;
    const live = new Set<number>();
    const origSet = window.setTimeout;
    const origClear = window.clearTimeout;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id: number = origSet(() => { live.delete(id); fn(); }, ms);
      if (ms === POLL_MS) live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => { if (id !== undefined) live.delete(id); origClear(id); }) as typeof window.clearTimeout;
    try {
      const reads = countPaymentReads();
      const { el } = await mount(app.id, { minDelayMs: POLL_MS, maxDelayMs: POLL_MS, timeLimitMs: 60_000 });
      await waitUntil(() => live.size === 1, 'the poll never scheduled its next read', { timeout: 5000 });
      el.remove();
      expect(live.size).to.equal(0);
      const after = reads.n;
      await new Promise((r) => origSet(r, 50));
      expect(reads.n).to.equal(after);
    } finally {
      window.setTimeout = origSet;
      window.clearTimeout = origClear;
    }
  });

  it('lets the page handle the navigation by cancelling sdc-payment-started', async () => {
    const { app } = arrange();
    const { el, visited } = await mount(app.id);
    el.addEventListener('sdc-payment-started', (e) => e.preventDefault());
    $(el, '.pay-online')!.click();
    expect(visited).to.deep.equal([]);
  });
});
