// The payments list tells the page what the payment panel tells it (issue 17: "sdc-payments-list lists no
// events"): a page that records payments or shows its own confirmation listens to the same three events.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, loginAs, mutate, settlePayment, tenantState } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import '../../src/elements/sdc-payments-list/define.js';
import type { SdcEventMap } from '../../src/core/events.js';
import type { SdcPaymentsList } from '../../src/elements/sdc-payments-list/sdc-payments-list.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

async function mount(): Promise<SdcPaymentsList> {
  const el = await fixture<SdcPaymentsList>(html`<sdc-payments-list base-url=${BASE} url-sync="none"></sdc-payments-list>`);
  await waitUntil(() => !$(el, '.sdc-state--loading') && ($(el, '.group') || $(el, '.sdc-state')), 'payments did not load', { timeout: 5000 });
  el.clock = new FakeClock(Date.now());
  return el;
}

function payButton(el: SdcPaymentsList, id: string): HTMLButtonElement {
  return $(el, `[data-payment="${id}"] button[data-action="pay-online"]`) as HTMLButtonElement;
}

describe('sdc-payments-list events', () => {
  it('fires sdc-payment-started before opening the checkout, and sdc-payment-complete once the backend confirms it', async () => {
    loginAs('giulia');
    const pending = tenantState().payments.find((p) => p.user_id === CITIZEN.giulia && p.status === 'PAYMENT_PENDING')!;
    const el = await mount();
    const opened: string[] = [];
    el.openCheckout = (u) => opened.push(u);
    const started: Array<CustomEvent<SdcEventMap['sdc-payment-started']>> = [];
    const complete: Array<CustomEvent<SdcEventMap['sdc-payment-complete']>> = [];
    el.addEventListener('sdc-payment-started', (e) => started.push(e), { once: true });
    el.addEventListener('sdc-payment-complete', (e) => complete.push(e), { once: true });

    payButton(el, pending.id).click();
    expect(started).to.have.length(1);
    expect(started[0]!.detail.payment.id).to.equal(pending.id);
    expect(started[0]!.detail.url).to.equal(opened[0]);

    mutate((s) => settlePayment(s, pending.id, 'paid'));
    el.watch.check();
    await waitUntil(() => complete.length > 0, 'no sdc-payment-complete', { timeout: 5000 });
    expect(complete[0]!.detail.payment.id).to.equal(pending.id);
    await expect(el).to.be.accessible();
  });

  it('lets the page open the checkout itself by cancelling sdc-payment-started, and reports a refusal', async () => {
    loginAs('giulia');
    const pending = tenantState().payments.find((p) => p.user_id === CITIZEN.giulia && p.status === 'PAYMENT_PENDING')!;
    const el = await mount();
    const opened: string[] = [];
    el.openCheckout = (u) => opened.push(u);
    const failed: Array<CustomEvent<SdcEventMap['sdc-payment-failed']>> = [];
    const cancel = (e: Event) => e.preventDefault();
    el.addEventListener('sdc-payment-started', cancel, { once: true });
    el.addEventListener('sdc-payment-failed', (e) => failed.push(e), { once: true });

    payButton(el, pending.id).click();
    expect(opened).to.deep.equal([]);

    // The watch's first read is its baseline (the list does not know the pratica's status): after it, the refusal.
    await waitUntil(() => el.watch.reads > 0 && !el.watch.busy, 'no first read', { timeout: 5000 });
    mutate((s) => settlePayment(s, pending.id, 'failed'));
    el.watch.check();
    await waitUntil(() => failed.length > 0, 'no sdc-payment-failed', { timeout: 5000 });
    expect(failed[0]!.detail).to.include({ reason: 'failed' });
    expect(failed[0]!.detail.payment.id).to.equal(pending.id);
  });
});
