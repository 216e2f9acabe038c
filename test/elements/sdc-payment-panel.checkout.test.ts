import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { BASE, mutate, settlePayment, worker, giuliaAwaitingPayment } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import { applicationHandlers } from '../../mocks/handlers/applications.js';
import { paymentHandlers } from '../../mocks/handlers/payments.js';
import { PENDING_STORAGE_KEY, type CheckoutTarget } from '../../src/controllers/payment-flow.js';
import '../../src/elements/sdc-payment-panel/define.js';
import '../../src/elements/sdc-area-personale/define.js';
import type { SdcPaymentPanel } from '../../src/elements/sdc-payment-panel/sdc-payment-panel.js';

const DAY = 86_400_000;

function arrange() {
  return giuliaAwaitingPayment({ reason: 'Diritti di segreteria per accesso agli atti', amount: 25.5, expire_at: Date.now() + 30 * DAY });
}

/** The page's visibility, as the browser reports it when the citizen switches tabs. */
let visibility: DocumentVisibilityState = 'visible';
function switchTab(to: DocumentVisibilityState) {
  visibility = to;
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Mounts the panel as the page would; `opened` collects the checkouts it opens. */
async function mount(praticaId: string, target?: CheckoutTarget) {
  const opened: Array<[string, CheckoutTarget]> = [];
  const clock = new FakeClock(Date.now());
  const node = document.createElement('sdc-payment-panel');
  node.setAttribute('base-url', BASE);
  node.setAttribute('pratica-id', praticaId);
  if (target) node.setAttribute('checkout-target', target);
  node.clock = clock;
  node.openCheckout = (url, t) => opened.push([url, t]);
  const el = await fixture<SdcPaymentPanel>(node);
  await waitUntil(() => !el.shadowRoot!.querySelector('.sdc-state--loading'), 'panel did not load', { timeout: 5000 });
  /** Moves the panel's time and lets the read it triggers come back. */
  const step = async (ms = 0) => {
    await clock.advance(ms);
    await waitUntil(() => !el.watch.busy, 'the read never came back', { timeout: 5000 });
    await clock.advance(0);
    await el.updateComplete;
  };
  return { el, opened, clock, step };
}

const $ = (el: SdcPaymentPanel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const phase = (el: SdcPaymentPanel) => $(el, '.verify')?.dataset.phase;

beforeEach(() => {
  sessionStorage.clear();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  worker.use(...applicationHandlers, ...paymentHandlers);
});

afterEach(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
  sessionStorage.clear();
});

describe('sdc-payment-panel: pagoPA checkout in a new tab (default)', () => {
  it('opens the checkout in a new tab once, even when "Paga online" is pressed twice, and promises no return', async () => {
    const { app, pay } = arrange();
    const { el, opened } = await mount(app.id);
    expect(text($(el, '.way'))).not.to.contain('tornerai');
    expect(text($(el, '.way'))).to.contain('nuova scheda');
    const started: unknown[] = [];
    el.addEventListener('sdc-payment-started', (e) => started.push(e.detail.url));
    const button = $(el, '.pay-online')!;
    button.click();
    button.click();
    await el.updateComplete;
    expect(opened).to.deep.equal([[`${location.origin}${BASE}/payment-proxy/online-payment/${pay.id}`, 'blank']]);
    expect(started).to.have.length(1);
    expect(phase(el)).to.equal('open');
    expect(text($(el, '.verify'))).to.contain('torna a questa scheda');
    // The page stays: nothing to recognise on a return.
    expect(sessionStorage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows "paid" in place when the citizen comes back from the pagoPA tab, with the receipt', async () => {
    const { app, pay } = arrange();
    const { el, step } = await mount(app.id);
    $(el, '.pay-online')!.click();
    await step();
    switchTab('hidden');
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    const complete = oneEvent(el, 'sdc-payment-complete');
    switchTab('visible');
    await step();
    expect((await complete).detail.payment.status).to.equal('pagato');
    expect(phase(el)).to.equal('paid');
    expect(text($(el, '.verify'))).to.contain('Pagamento completato');
    expect(text($(el, '.visually-hidden[role=status]'))).to.equal('Pagamento completato');
    expect(text($(el, '.sdc-tag'))).to.equal('Pagato');
    expect($(el, 'a[data-doc=receipt]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says a payment refused by pagoPA failed, from the pratica state, and offers to pay again', async () => {
    const { app, pay } = arrange();
    const { el, step, opened } = await mount(app.id);
    $(el, '.pay-online')!.click();
    await step();
    switchTab('hidden');
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    const failed = oneEvent(el, 'sdc-payment-failed');
    switchTab('visible');
    await step();
    expect((await failed).detail.reason).to.equal('failed');
    expect(phase(el)).to.equal('failed');
    expect(text($(el, '.verify'))).to.contain('pagoPA ha rifiutato il pagamento');
    const again = $(el, '.pay-online')!;
    expect(text(again)).to.contain('Paga di nuovo');
    await expect(el).to.be.accessible();
    again.click();
    expect(opened).to.have.length(2);
  });

  it('after "Paga di nuovo", the earlier refusal is not taken for the new attempt’s outcome', async () => {
    const { app, pay } = arrange();
    const { el, step } = await mount(app.id);
    $(el, '.pay-online')!.click();
    await step();
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    switchTab('hidden');
    switchTab('visible');
    await step();
    expect(phase(el)).to.equal('failed');
    $(el, '.pay-online')!.click();
    await step();
    expect(phase(el)).to.equal('open');
    switchTab('hidden');
    switchTab('visible');
    await step();
    expect(phase(el)).to.equal('checking');
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    await step(2_000);
    expect(phase(el)).to.equal('paid');
  });

  it('after a cancelled or closed checkout, says nothing was received and offers to pay again', async () => {
    const { app, pay } = arrange();
    const { el, step } = await mount(app.id);
    $(el, '.pay-online')!.click();
    await step();
    switchTab('hidden');
    mutate((s) => settlePayment(s, pay.id, 'cancelled'));
    switchTab('visible');
    await step();
    // A receipt may still be on its way: a few reads before telling.
    expect(phase(el)).to.equal('checking');
    await step(2_000);
    await step(3_000);
    expect(phase(el)).to.equal('not-completed');
    expect(text($(el, '.verify'))).to.contain('Il Comune non ha ricevuto il pagamento');
    expect(text($(el, '.pay-online'))).to.contain('Paga di nuovo');
    await expect(el).to.be.accessible();
  });

  it('does not read while the page is hidden, and leaves no timer when removed', async () => {
    const { app } = arrange();
    const { el, step, clock } = await mount(app.id);
    $(el, '.pay-online')!.click();
    await step();
    switchTab('hidden');
    expect(clock.pending).to.equal(0);
    switchTab('visible');
    await step();
    expect(clock.pending).to.equal(1);
    el.remove();
    expect(clock.pending).to.equal(0);
  });

  it('lets the page open the checkout itself by cancelling sdc-payment-started, and still watches', async () => {
    const { app } = arrange();
    const { el, opened } = await mount(app.id);
    el.addEventListener('sdc-payment-started', (e) => e.preventDefault());
    $(el, '.pay-online')!.click();
    await el.updateComplete;
    expect(opened).to.deep.equal([]);
    expect(el.watch.active).to.equal(true);
  });
});

describe('sdc-payment-panel: same-tab checkout (checkout-target="self")', () => {
  it('leaves for the checkout in this tab and, landing back, tells the outcome from the backend', async () => {
    const { app, pay } = arrange();
    const first = await mount(app.id, 'self');
    expect(text($(first.el, '.way'))).to.contain('Lascerai questa pagina');
    $(first.el, '.pay-online')!.click();
    expect(first.opened).to.deep.equal([[`${location.origin}${BASE}/payment-proxy/online-payment/${pay.id}`, 'self']]);
    expect(JSON.parse(sessionStorage.getItem(PENDING_STORAGE_KEY)!)).to.have.property(pay.id);
    first.el.remove();

    // The tenant's landing leads back to this page; the receipt arrives a moment later.
    const { el, step } = await mount(app.id, 'self');
    await step();
    expect(phase(el)).to.equal('checking');
    expect(text($(el, '.verify'))).to.contain('Verifica del pagamento in corso');
    await expect(el).to.be.accessible();
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    await step(2_000);
    expect(phase(el)).to.equal('paid');
    // A reload must not verify again.
    expect(sessionStorage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
  });

  it('without the backend’s confirmation it is never "paid": explains, and "Verifica di nuovo" finds it later', async () => {
    const { app, pay } = arrange();
    // pagoPA started the payment; the receipt does not arrive while the citizen waits.
    mutate((s) => { s.payments.find((p) => p.id === pay.id)!.status = 'PAYMENT_STARTED'; });
    sessionStorage.setItem(PENDING_STORAGE_KEY, JSON.stringify({ [pay.id]: { paymentId: pay.id, praticaId: app.id, startedAt: Date.now(), baselineStatus: 1500 } }));
    const { el, step } = await mount(app.id, 'self');
    await step();
    for (let i = 0; i < 30 && phase(el) !== 'timeout'; i++) await step(15_000);
    expect(phase(el)).to.equal('timeout');
    expect(text($(el, '.verify'))).to.contain('non pagare di nuovo');
    expect(text($(el, '.sdc-tag'))).to.equal('Pagamento in corso');
    await expect(el).to.be.accessible();
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    const button = [...el.shadowRoot!.querySelectorAll('.verify button')].find((b) => text(b) === 'Verifica di nuovo') as HTMLButtonElement;
    button.click();
    await step();
    expect(phase(el)).to.equal('paid');
  });

  it('is forwarded by the area personale and the pratica detail to the panel they embed', async () => {
    const { app } = arrange();
    history.replaceState(null, '', `${location.pathname}#/pratiche/${app.id}`);
    try {
      const area = await fixture(`<sdc-area-personale base-url="${BASE}" checkout-target="self"></sdc-area-personale>`);
      const detail = await waitUntil(() => area.shadowRoot!.querySelector('sdc-pratica-detail'), 'no detail', { timeout: 5000 })
        .then(() => area.shadowRoot!.querySelector('sdc-pratica-detail')!);
      expect(detail.getAttribute('checkout-target')).to.equal('self');
      await waitUntil(() => detail.shadowRoot?.querySelector('sdc-payment-panel'), 'no panel', { timeout: 5000 });
      const panel = detail.shadowRoot!.querySelector('sdc-payment-panel') as SdcPaymentPanel;
      expect(panel.getAttribute('checkout-target')).to.equal('self');
      await panel.updateComplete;
      expect(panel.flow.target).to.equal('self');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });
});
