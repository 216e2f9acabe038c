/**
 * PaymentWatch alone, against the embedded tenant, with a fake clock and a fake page visibility:
 * no element is rendered.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { BASE, STATUS, mutate, scenarios, settlePayment, worker, giuliaAwaitingPayment } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import { SdcClient } from '../../src/api/http.js';
import { PaymentWatch, checkoutPhase } from '../../src/controllers/payment-watch.js';
import { TestHost as Host, TestPage as Page } from '../support/controller-host.js';

function arrange() {
  return giuliaAwaitingPayment({ reason: 'Diritti di segreteria', amount: 25.5 });
}

/** Counts the reads of payments and pratica the tenant receives. */
function countReads() {
  const seen = { payments: 0, pratica: 0 };
  worker.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    if (path.endsWith('/api/payments')) seen.payments++;
    else if (/\/api\/applications\/[^/]+$/.test(path)) seen.pratica++;
  });
  return seen;
}

async function setup(budgetMs?: number) {
  const host = new Host();
  const clock = new FakeClock();
  const page = new Page();
  const focus = new EventTarget();
  const client = new SdcClient(BASE, { retryDelayMs: 1 });
  await client.session.ensure();
  const watch = new PaymentWatch(host, { client: () => client, clock, visibility: page, focusTarget: focus, budgetMs });
  host.connect();
  /** Moves time and lets the read it triggers come back. */
  const step = async (ms: number) => {
    await clock.advance(ms);
    await waitUntil(() => !watch.busy, 'the read never came back');
    await clock.advance(0);
  };
  return { host, clock, page, focus, watch, step };
}

beforeEach(() => worker.events.removeAllListeners());

describe('PaymentWatch', () => {
  it('reads the payment and its pratica at once, then backs off: 2 s, 3 s, 4.5 s…', async () => {
    const { app, pay } = arrange();
    const { watch, step } = await setup();
    const reads = countReads();
    watch.watch({ paymentId: pay.id, praticaId: app.id, baselineStatus: STATUS.PAYMENT_PENDING });
    await step(0);
    expect(reads).to.deep.equal({ payments: 1, pratica: 1 });
    expect(watch.payment?.id).to.equal(pay.id);
    expect(watch.outcome).to.equal('unpaid');
    expect(watch.phase).to.equal('watching');
    await step(1_999);
    expect(reads.payments).to.equal(1);
    await step(1);
    expect(reads.payments).to.equal(2);
    await step(3_000);
    expect(reads.payments).to.equal(3);
    await step(4_500);
    expect(reads.payments).to.equal(4);
  });

  it('settles on "paid" when the receipt reaches the Comune, and stops reading', async () => {
    const { app, pay } = arrange();
    const { clock, watch, step } = await setup();
    watch.watch({ paymentId: pay.id, praticaId: app.id, baselineStatus: STATUS.PAYMENT_PENDING });
    await step(0);
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    await step(2_000);
    expect(watch.phase).to.equal('settled');
    expect(watch.outcome).to.equal('paid');
    expect(watch.payment?.status).to.equal('pagato');
    const reads = countReads();
    await step(60_000);
    expect(reads.payments).to.equal(0);
    expect(clock.pending).to.equal(0);
  });

  it('tells a payment refused by pagoPA from the pratica (1530), though the notice stays payable', async () => {
    const { app, pay } = arrange();
    const { watch, step } = await setup();
    watch.watch({ paymentId: pay.id, praticaId: app.id, baselineStatus: STATUS.PAYMENT_PENDING });
    await step(0);
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    await step(2_000);
    expect(watch.payment?.status).to.equal('da-pagare');
    expect(watch.praticaStatus).to.equal(STATUS.PAYMENT_ERROR);
    expect(watch.outcome).to.equal('failed');
    expect(watch.phase).to.equal('settled');
  });

  it('does not take an earlier attempt’s 1530 for this attempt’s outcome', async () => {
    const { app, pay } = arrange();
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    const { watch, step } = await setup();
    watch.watch({ paymentId: pay.id, praticaId: app.id, baselineStatus: STATUS.PAYMENT_ERROR });
    await step(0);
    expect(watch.outcome).to.equal('unpaid');
    expect(watch.phase).to.equal('watching');
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    await step(2_000);
    expect(watch.outcome).to.equal('paid');
  });

  it('stops reading while the page is hidden and checks at once when it is shown again', async () => {
    const { app, pay } = arrange();
    const { clock, page, watch, step } = await setup();
    const reads = countReads();
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    await step(0);
    page.hide();
    expect(watch.phase).to.equal('paused');
    await step(10 * 60_000);
    expect(reads.payments).to.equal(1);
    expect(clock.pending).to.equal(0);
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    page.show();
    await step(0);
    expect(reads.payments).to.equal(2);
    expect(watch.outcome).to.equal('paid');
  });

  it('checks at once when the window gets the focus back, restarting the backoff', async () => {
    const { app, pay } = arrange();
    const { focus, watch, step } = await setup();
    const reads = countReads();
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    await step(0);
    await step(2_000 + 3_000);
    expect(reads.payments).to.equal(3);
    focus.dispatchEvent(new Event('focus'));
    await step(0);
    expect(reads.payments).to.equal(4);
    await step(2_000);
    expect(reads.payments).to.equal(5);
  });

  it('gives up after its visible-time budget, and a return to the page starts again', async () => {
    const { app, pay } = arrange();
    const { clock, page, watch, step } = await setup(10_000);
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    for (let i = 0; i < 6; i++) await step(4_000);
    expect(watch.phase).to.equal('stalled');
    expect(clock.pending).to.equal(0);
    expect(checkoutPhase(watch, false)).to.equal('not-completed');
    page.hide();
    page.show();
    await step(0);
    expect(watch.phase).to.equal('watching');
  });

  it('leaves no timer, no listener and no request behind when the host disconnects', async () => {
    const { app, pay } = arrange();
    const { host, clock, page, watch, step } = await setup();
    const reads = countReads();
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    await step(0);
    host.disconnect();
    expect(clock.pending).to.equal(0);
    page.hide();
    page.show();
    await step(60_000);
    expect(reads.payments).to.equal(1);
  });

  it('ends with an error when the session is gone', async () => {
    const { app, pay } = arrange();
    const { watch, step } = await setup();
    worker.use(scenarios.unauthorized('/api/payments', 'get'));
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    await step(0);
    await step(100);
    expect(watch.phase).to.equal('error');
    expect(watch.error?.kind).to.equal('unauthorized');
  });

  it('reads again right away when the citizen comes back during a read', async () => {
    const { app, pay } = arrange();
    const { clock, page, watch, step } = await setup();
    watch.watch({ paymentId: pay.id, praticaId: app.id });
    expect(watch.busy).to.equal(true);
    page.hide();
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    page.show();
    await step(0);
    await step(0);
    expect(watch.outcome).to.equal('paid');
    void clock;
  });
});
