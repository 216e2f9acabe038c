/**
 * The wizard's payment step on its own (a bare host, its template rendered into a div): the wiring of
 * PaymentFlow and PaymentWatch, without the 1 200-line wizard around it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BASE, mutate, settlePayment, giuliaAwaitingPayment } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import { SdcClient } from '../../src/api/http.js';
import { PENDING_STORAGE_KEY, type CheckoutTarget } from '../../src/controllers/payment-flow.js';
import { PaymentStep } from '../../src/elements/sdc-pratica-wizard/payment-step.js';
import type { Payment } from '../../src/domain/payment.js';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  readonly resolvedLocale = 'it' as const;
  readonly root = document.createElement('div');
  step?: PaymentStep;
  addController(c: ReactiveController): void { this.controllers.push(c); }
  removeController(): void {}
  requestUpdate(): void { if (this.step) render(this.step.render({ onFinish: () => undefined }), this.root); }
  get updateComplete(): Promise<boolean> { return Promise.resolve(true); }
  connect(): void { document.body.append(this.root); this.controllers.forEach((c) => c.hostConnected?.()); }
  disconnect(): void { this.root.remove(); this.controllers.forEach((c) => c.hostDisconnected?.()); }
  getAttribute(): string | null { return null; }
}

let visibility: DocumentVisibilityState = 'visible';
const switchTab = (to: DocumentVisibilityState) => {
  visibility = to;
  document.dispatchEvent(new Event('visibilitychange'));
};
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

function arrange() {
  return giuliaAwaitingPayment({ reason: 'Diritti di segreteria accesso agli atti', amount: 10 });
}

async function setup(praticaId: string) {
  const host = new Host();
  const clock = new FakeClock(Date.now());
  const opened: Array<[string, CheckoutTarget]> = [];
  const completed: Payment[] = [];
  const step = new PaymentStep(host, (p) => completed.push(p), { clock, open: (u, t) => opened.push([u, t]) });
  host.step = step;
  host.connect();
  const client = new SdcClient(BASE, { retryDelayMs: 1 });
  step.start(client, praticaId);
  const tick = async (ms = 0) => {
    await clock.advance(ms);
    await waitUntil(() => !step.watch.busy, 'the read never came back', { timeout: 5000 });
    await clock.advance(0);
  };
  return { host, step, opened, completed, tick };
}

beforeEach(() => {
  sessionStorage.clear();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});
afterEach(() => {
  delete (document as { visibilityState?: unknown }).visibilityState;
  sessionStorage.clear();
});

describe('wizard payment step', () => {
  it('says at once that pagoPA refused the payment when the pratica says so (1530), and offers to pay again', async () => {
    const { app, pay } = arrange();
    // Back in the same tab from a checkout that pagoPA refused: the pratica's history already says so.
    sessionStorage.setItem(PENDING_STORAGE_KEY, JSON.stringify({ [pay.id]: { paymentId: pay.id, praticaId: app.id, startedAt: Date.now(), baselineStatus: 1500 } }));
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    const { host, step, tick } = await setup(app.id);
    await tick();
    expect(step.phase).to.equal('failed');
    expect(text(host.root.querySelector('.callout'))).to.contain('pagoPA ha rifiutato il pagamento');
    expect(text(host.root)).not.to.contain('Stiamo');
    expect([...host.root.querySelectorAll('button')].map(text)).to.include('Paga di nuovo');
    await expect(host.root).to.be.accessible();
    host.disconnect();
  });

  it('offers to pay again after an earlier refused attempt, without calling it this attempt’s outcome', async () => {
    const { app, pay } = arrange();
    mutate((s) => settlePayment(s, pay.id, 'failed'));
    const { host, step, tick } = await setup(app.id);
    await tick();
    expect(step.phase).to.equal('choice');
    expect(text(host.root)).to.contain('Il pagamento precedente non è riuscito');
    expect([...host.root.querySelectorAll('button')].map(text)).to.include('Paga di nuovo');
    host.disconnect();
  });

  it('opens pagoPA in a new tab, promises no return, and confirms when the citizen comes back having paid', async () => {
    const { app, pay } = arrange();
    const { host, step, opened, completed, tick } = await setup(app.id);
    await tick();
    expect(step.phase).to.equal('choice');
    expect(text(host.root)).not.to.contain('tornerai');
    const pay$ = [...host.root.querySelectorAll('button')].find((b) => text(b) === 'Paga online con pagoPA')!;
    pay$.click();
    pay$.click();
    expect(opened).to.have.length(1);
    expect(opened[0]![1]).to.equal('blank');
    await tick();
    expect(step.phase).to.equal('open');
    switchTab('hidden');
    mutate((s) => settlePayment(s, pay.id, 'paid'));
    switchTab('visible');
    await tick();
    expect(step.phase).to.equal('paid');
    expect(completed.map((p) => p.id)).to.deep.equal([pay.id]);
    host.disconnect();
  });
});
