/**
 * PaymentFlow alone: once per click, new tab by default, same tab remembered for the return; no
 * element is rendered, no module state is shared between hosts.
 */
import { expect } from '@open-wc/testing';
import { FakeClock } from '../support/fake-clock.js';
import {
  PENDING_STORAGE_KEY, PENDING_TTL_MS, PaymentFlow, checkoutTargetOf, detectReturn, returnLocation, type CheckoutTarget,
} from '../../src/controllers/payment-flow.js';
import type { Payment } from '../../src/domain/payment.js';
import { TestHost as Host, TestPage as Page } from '../support/controller-host.js';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

const payment = (id = 'pay-1'): Pick<Payment, 'id' | 'links' | 'praticaId'> => ({
  id, praticaId: 'prat-1', links: { payOnline: `https://proxy.example.it/online-payment/${id}` },
});

function setup(target: CheckoutTarget = 'blank') {
  const host = new Host();
  const clock = new FakeClock();
  const page = new Page();
  const win = new EventTarget();
  const storage = memoryStorage();
  const opened: Array<[string, CheckoutTarget]> = [];
  const flow = new PaymentFlow(host, { clock, storage: () => storage, open: (u, t) => opened.push([u, t]), events: { window: win, document: page } });
  flow.target = target;
  host.connect();
  return { host, clock, page, win, storage, opened, flow };
}

describe('PaymentFlow', () => {
  it('opens the checkout in a new tab by default, once on a double click', () => {
    const { flow, opened, storage } = setup();
    expect(flow.start(payment())).to.equal('started');
    expect(flow.start(payment())).to.equal('already-started');
    expect(opened).to.deep.equal([['https://proxy.example.it/online-payment/pay-1', 'blank']]);
    expect(flow.isStarting('pay-1')).to.equal(true);
    // The page stays: nothing to remember for a return.
    expect(storage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
  });

  it('lets a new attempt start once the citizen has come back to the page', () => {
    const { flow, opened, page } = setup();
    flow.start(payment());
    page.hide();
    page.show();
    expect(flow.isStarting('pay-1')).to.equal(false);
    expect(flow.start(payment())).to.equal('started');
    expect(opened).to.have.length(2);
  });

  it('lets a new attempt start once the citizen is back from a checkout opened as a separate window', () => {
    const { flow, win } = setup();
    flow.start(payment());
    win.dispatchEvent(new Event('focus'));
    expect(flow.isStarting('pay-1')).to.equal(true);
    win.dispatchEvent(new Event('blur'));
    win.dispatchEvent(new Event('focus'));
    expect(flow.isStarting('pay-1')).to.equal(false);
  });

  it('releases the guard after a while even if the page never lost sight (a blocked tab)', async () => {
    const { flow, clock } = setup();
    flow.start(payment());
    await clock.advance(29_000);
    expect(flow.start(payment())).to.equal('already-started');
    await clock.advance(1_000);
    expect(flow.start(payment())).to.equal('started');
  });

  it('keeps no state between hosts: another element starts its own checkout', () => {
    const a = setup();
    const b = setup();
    a.flow.start(payment());
    expect(b.flow.start(payment())).to.equal('started');
  });

  it('in the same tab, remembers the checkout with the page and hash it leaves from', () => {
    const { flow, opened, storage } = setup('self');
    flow.start(payment(), { baselineStatus: 1500, returnUrl: 'https://comune.example.it/area-personale/#/pagamenti' });
    expect(opened).to.deep.equal([['https://proxy.example.it/online-payment/pay-1', 'self']]);
    const back = detectReturn({ storage, now: Date.UTC(2026, 11, 5, 9, 1) });
    expect(back).to.include({ paymentId: 'pay-1', praticaId: 'prat-1', baselineStatus: 1500, returnUrl: 'https://comune.example.it/area-personale/#/pagamenti' });
    expect(flow.pendingReturn({ praticaId: 'prat-1' })?.paymentId).to.equal('pay-1');
    expect(flow.pendingReturn({ praticaId: 'other' })).to.equal(undefined);
    expect(returnLocation('https://comune.example.it/area-personale/', { storage, now: Date.UTC(2026, 11, 5, 9, 1) })).to.equal('https://comune.example.it/area-personale/#/pagamenti');
    expect(returnLocation('https://comune.example.it/area-personale/#/pratiche', { storage, now: Date.UTC(2026, 11, 5, 9, 1) })).to.equal(undefined);
    expect(returnLocation('https://comune.example.it/altra-pagina/', { storage, now: Date.UTC(2026, 11, 5, 9, 1) })).to.equal(undefined);
    flow.settle('pay-1');
    expect(detectReturn({ storage, now: Date.UTC(2026, 11, 5, 9, 1) })).to.equal(undefined);
  });

  it('forgets a same-tab checkout older than an hour', async () => {
    const { flow, clock, storage } = setup('self');
    flow.start(payment());
    expect(detectReturn({ storage, now: clock.now() + PENDING_TTL_MS - 1 })).to.exist;
    expect(detectReturn({ storage, now: clock.now() + PENDING_TTL_MS })).to.equal(undefined);
  });

  it('restores the button when the page comes back from the back-forward cache', () => {
    const { flow, win } = setup('self');
    flow.start(payment());
    const e = new Event('pageshow') as Event & { persisted: boolean };
    Object.defineProperty(e, 'persisted', { value: true });
    win.dispatchEvent(e);
    expect(flow.isStarting('pay-1')).to.equal(false);
  });

  it('does not open anything when the page cancels, and when there is no link', () => {
    const { flow, opened } = setup();
    expect(flow.start(payment(), { beforeOpen: () => false })).to.equal('started');
    expect(flow.start({ id: 'x', links: {} })).to.equal('unavailable');
    expect(opened).to.deep.equal([]);
  });

  it('reads the checkout-target attribute', () => {
    expect(checkoutTargetOf(null)).to.equal('blank');
    expect(checkoutTargetOf('self')).to.equal('self');
    expect(checkoutTargetOf('_self')).to.equal('self');
    expect(checkoutTargetOf('tab')).to.equal('blank');
  });

  it('stops listening when the host disconnects', () => {
    const { host, flow, page } = setup();
    flow.start(payment());
    host.disconnect();
    page.hide();
    page.show();
    expect(flow.isStarting('pay-1')).to.equal(true);
  });
});
