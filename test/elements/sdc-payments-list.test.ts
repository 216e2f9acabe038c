import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, loginAs, mutate, worker, scenarios, settlePayment, tenantState } from '../support/mock.js';
import { FakeClock } from '../support/fake-clock.js';
import { PENDING_STORAGE_KEY, type CheckoutTarget } from '../../src/controllers/payment-flow.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-area-personale/define.js';
import type { SdcPaymentsList } from '../../src/elements/sdc-payments-list/sdc-payments-list.js';
import { romeWallTime } from '../../src/domain/rome-time.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The day in Rome, as the list shows dates (a device in UTC is already a day behind just after midnight in Rome). */
const ymd = (d: Date) => romeWallTime(d).date;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

beforeEach(() => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

async function mount(): Promise<SdcPaymentsList> {
  const el = await fixture<SdcPaymentsList>(html`<sdc-payments-list base-url=${BASE} url-sync="hash"></sdc-payments-list>`);
  await waitUntil(() => !$(el, '.sdc-state--loading') && ($(el, '.group') || $(el, '.sdc-state')), 'payments did not load', { timeout: 5000 });
  return el;
}
const group = (el: Element, key: string) => $(el, `[data-group="${key}"]`);

async function filter(el: SdcPaymentsList, from: string, to: string) {
  ($(el, '#f-from') as HTMLInputElement).value = from;
  ($(el, '#f-to') as HTMLInputElement).value = to;
  ($(el, 'form.filters button[type="submit"]') as HTMLButtonElement).click();
  await el.updateComplete;
}

describe('sdc-payments-list', () => {
  it('splits the payments into Da pagare and Pagati with amount, causale, status and actions', async () => {
    loginAs('giulia');
    const el = await mount();
    const toPay = group(el, 'da-pagare')!;
    const paid = group(el, 'pagati')!;
    expect(text(toPay.querySelector('h3'))).to.equal('Da pagare (1 pagamento)');
    const card = toPay.querySelector('.card')!;
    expect(text(card.querySelector('.amount'))).to.equal('10,00 €');
    expect(text(card.querySelector('.card__title'))).to.equal('Diritti di segreteria accesso agli atti');
    expect(text(card.querySelector('.sdc-tag'))).to.equal('Da pagare');
    expect(text(card.querySelector('button[data-action="pay-online"]'))).to.equal('Paga online');
    expect(card.querySelector('[data-action="avviso"]')!.getAttribute('href')).to.match(/\/notice\//);
    expect(card.querySelector('a[href="#/pratiche/' + PRATICA.giuliaAccessoAtti + '"]')).to.exist;
    expect(text(paid.querySelector('.card__title'))).to.equal('Imposta di bollo');
    expect(text(paid.querySelector('.sdc-tag'))).to.equal('Pagato');
    expect(paid.querySelector('[data-action="pay-online"]')).to.equal(null);
    expect(text($(el, '.results-status'))).to.equal('1 da pagare, 1 pagato');
    await expect(el).to.be.accessible();
  });

  it('offers the receipt of a paid pagoPA payment and lists expired ones apart', async () => {
    loginAs('marco');
    const el = await mount();
    const paid = group(el, 'pagati')!;
    expect(paid.querySelector('[data-action="ricevuta"]')!.getAttribute('href')).to.match(/\/receipt\//);
    const other = group(el, 'altri')!;
    expect(text(other.querySelector('.sdc-tag'))).to.equal('Scaduto');
    expect(other.querySelector('[data-action="pay-online"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('filters by date and keeps the filter in the URL', async () => {
    loginAs('giulia');
    const el = await mount();
    await filter(el, ymd(daysAgo(2)), ymd(new Date()));
    expect(location.hash).to.equal(`#/pagamenti?dal=${ymd(daysAgo(2))}&al=${ymd(new Date())}`);
    expect(group(el, 'da-pagare')!.querySelectorAll('.card')).to.have.length(0);
    expect(text(group(el, 'da-pagare'))).to.contain('Non hai pagamenti da effettuare');
    expect(group(el, 'pagati')!.querySelectorAll('.card')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('refuses a range that ends before it starts, next to the field, keeping both dates', async () => {
    loginAs('giulia');
    const el = await mount();
    await filter(el, ymd(new Date()), ymd(daysAgo(5)));
    const to = $(el, '#f-to') as HTMLInputElement;
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#to-error'))).to.contain('La data "Al" deve essere uguale o successiva alla data "Dal"');
    expect(el.shadowRoot!.activeElement).to.equal(to);
    expect(($(el, '#f-from') as HTMLInputElement).value).to.equal(ymd(new Date()));
    expect(to.value).to.equal(ymd(daysAgo(5)));
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says when no payment falls in the chosen period, with a way to clear the filter', async () => {
    loginAs('giulia');
    const el = await mount();
    await filter(el, '2001-01-01', '2001-12-31');
    expect(text($(el, '.sdc-state--empty'))).to.contain('Nessun pagamento nel periodo scelto');
    await expect(el).to.be.accessible();
    ($(el, '.sdc-state--empty button') as HTMLButtonElement).click();
    await waitUntil(() => group(el, 'pagati'), 'filter not cleared');
  });

  it('says there are no payments yet when the citizen has none (404 from the API)', async () => {
    loginAs('giulia');
    mutate((s) => { s.payments = s.payments.filter((p) => p.user_id !== CITIZEN.giulia); });
    const el = await mount();
    expect(text($(el, '.sdc-state--empty'))).to.contain('Non hai ancora pagamenti');
    await expect(el).to.be.accessible();
  });

  it('asks to log in on 401', async () => {
    loginAs('giulia');
    worker.use(scenarios.unauthorized('/api/payments', 'get'));
    const el = await mount();
    await waitUntil(() => $(el, '.sdc-state--login'), 'no login panel');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Riprova when the payments cannot be loaded', async () => {
    loginAs('giulia');
    worker.use(scenarios.serverError('/api/payments', 'get'));
    const el = await mount();
    expect($(el, '.sdc-state--error .sdc-retry')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('pays in a new tab and updates itself with the outcome when the citizen comes back', async () => {
    loginAs('giulia');
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    try {
      const el = await mount();
      const clock = new FakeClock(Date.now());
      el.clock = clock;
      const opened: Array<[string, CheckoutTarget]> = [];
      el.openCheckout = (u, t) => opened.push([u, t]);
      const card = group(el, 'da-pagare')!.querySelector('.card') as HTMLElement;
      const id = card.dataset.payment!;
      const button = card.querySelector('button[data-action="pay-online"]') as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.contain('nuova finestra');
      button.click();
      button.click();
      await el.updateComplete;
      expect(opened).to.have.length(1);
      expect(opened[0]![1]).to.equal('blank');
      expect(text(card)).to.contain('Pagamento aperto su pagoPA in un’altra scheda');
      await expect(el).to.be.accessible();
      visibility = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      mutate((s) => settlePayment(s, id, 'paid'));
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await clock.advance(0);
      await waitUntil(() => text(group(el, 'pagati')).includes('Pagamento completato'), 'the list did not update', { timeout: 5000 });
      expect(text(group(el, 'da-pagare')!.querySelector('h3'))).to.equal('Da pagare (0 pagamenti)');
      expect(text($(el, '[role=status][aria-live]'))).to.equal('Pagamento completato');
      await expect(el).to.be.accessible();
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('does not call a new attempt refused because of an earlier refusal on the pratica', async () => {
    loginAs('giulia');
    const pending = tenantState().payments.find((p) => p.user_id === CITIZEN.giulia && p.status === 'PAYMENT_PENDING')!;
    mutate((s) => settlePayment(s, pending.id, 'failed'));
    const el = await mount();
    el.openCheckout = () => undefined;
    const card = group(el, 'da-pagare')!.querySelector(`[data-payment="${pending.id}"]`) as HTMLElement;
    (card.querySelector('button[data-action="pay-online"]') as HTMLButtonElement).click();
    await waitUntil(() => el.watch.reads > 0 && !el.watch.busy, 'no read', { timeout: 5000 });
    expect(el.watch.outcome).to.equal('unpaid');
    expect(text(card)).not.to.contain('Pagamento non riuscito');
  });

  it('in the same tab, lands back with the outcome of the payment it left for', async () => {
    loginAs('giulia');
    sessionStorage.clear();
    const first = await fixture<SdcPaymentsList>(html`<sdc-payments-list base-url=${BASE} url-sync="hash" checkout-target="self"></sdc-payments-list>`);
    await waitUntil(() => group(first, 'da-pagare'), 'payments did not load', { timeout: 5000 });
    const opened: string[] = [];
    first.openCheckout = (u) => opened.push(u);
    const card = group(first, 'da-pagare')!.querySelector('.card') as HTMLElement;
    const id = card.dataset.payment!;
    (card.querySelector('button[data-action="pay-online"]') as HTMLButtonElement).click();
    expect(opened).to.have.length(1);
    first.remove();
    mutate((s) => settlePayment(s, id, 'failed'));
    try {
      const el = await fixture<SdcPaymentsList>(html`<sdc-payments-list base-url=${BASE} url-sync="hash" checkout-target="self"></sdc-payments-list>`);
      await waitUntil(() => text(group(el, 'da-pagare')).includes('Pagamento non riuscito'), 'no outcome shown', { timeout: 5000 });
      expect(text(group(el, 'da-pagare')!.querySelector('[data-action="pay-online"]'))).to.equal('Paga di nuovo');
      expect(sessionStorage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
      expect(tenantState().payments.find((p) => p.id === id)!.status).to.equal('PAYMENT_PENDING');
      await expect(el).to.be.accessible();
    } finally {
      sessionStorage.clear();
    }
  });

  it('inside the area personale, a same-tab return lands on the Pagamenti tab again, with the outcome', async () => {
    loginAs('giulia');
    sessionStorage.clear();
    const id = tenantState().payments.find((p) => p.user_id === CITIZEN.giulia && p.status === 'PAYMENT_PENDING')!.id;
    // The citizen left from #/pagamenti; the tenant's landing brings them back to the page without it.
    history.replaceState(null, '', `${location.pathname}${location.search}#/pagamenti`);
    sessionStorage.setItem(PENDING_STORAGE_KEY, JSON.stringify({ [id]: { paymentId: id, startedAt: Date.now(), returnUrl: location.href } }));
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    mutate((s) => settlePayment(s, id, 'paid'));
    try {
      const area = await fixture(html`<sdc-area-personale base-url=${BASE}></sdc-area-personale>`);
      expect(location.hash).to.equal('#/pagamenti');
      const list = await waitUntil(() => area.shadowRoot!.querySelector('sdc-payments-list'), 'not on Pagamenti', { timeout: 5000 })
        .then(() => area.shadowRoot!.querySelector('sdc-payments-list') as SdcPaymentsList);
      await waitUntil(() => text(group(list, 'pagati')).includes('Pagamento completato'), 'no outcome shown', { timeout: 5000 });
      await expect(area).to.be.accessible();
    } finally {
      sessionStorage.clear();
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });
});
