import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, loginAs, mutate, worker, scenarios } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-payments-list/define.js';
import type { SdcPaymentsList } from '../../src/elements/sdc-payments-list/sdc-payments-list.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ymd = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
    expect(card.querySelector('[data-action="pay-online"]')!.getAttribute('href')).to.match(/\/online-payment\//);
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
});
