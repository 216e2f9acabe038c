import { expect, fixture, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  BASE, CITIZEN, ENTE, SERVICE, STATUS, addPayment, addPratica, loginAs, tenantState, worker,
  type PaymentRecord,
} from '../support/mock.js';
import { applicationHandlers } from '../../mocks/handlers/applications.js';
import { paymentHandlers } from '../../mocks/handlers/payments.js';
import { paymentToWire } from '../../mocks/wire.js';
import { formatNotice } from '../../mocks/pagopa.js';
import { formatDate } from '../../src/i18n/format.js';
import { qrModules } from '../../src/elements/sdc-payment-panel/payment-qr.js';
import '../../src/elements/sdc-payment-panel/define.js';
import type { SdcPaymentPanel } from '../../src/elements/sdc-payment-panel/sdc-payment-panel.js';

const DAY = 86_400_000;

function arrange(opts: { status?: PaymentRecord['status']; service?: string; praticaStatus?: number; submitted?: boolean; amount?: number; reason?: string; expireAt?: number | null; paidAt?: number | null } = {}) {
  loginAs('giulia');
  const now = Date.now();
  const app = addPratica({
    user: 'giulia',
    service_id: opts.service ?? SERVICE.accessoAtti,
    status: opts.praticaStatus ?? STATUS.PAYMENT_PENDING,
    submitted_at: opts.submitted ? now - 5 * DAY : null,
  });
  const pay = addPayment({
    user_id: CITIZEN.giulia,
    service_id: app.service_id,
    remote_id: app.id,
    reason: opts.reason ?? 'Diritti di segreteria per accesso agli atti',
    amount: opts.amount ?? 25.5,
    status: opts.status ?? 'PAYMENT_PENDING',
    expire_at: opts.expireAt === undefined ? now + 30 * DAY : opts.expireAt,
    paid_at: opts.paidAt ?? null,
  } as Parameters<typeof addPayment>[0]); // expire_at/paid_at: buildPayment's inputs, not in the record type
  return { app, pay };
}

async function mount(attrs: { praticaId?: string; paymentId?: string } = {}): Promise<SdcPaymentPanel> {
  const node = document.createElement('sdc-payment-panel');
  node.setAttribute('base-url', BASE);
  if (attrs.praticaId) node.setAttribute('pratica-id', attrs.praticaId);
  if (attrs.paymentId) node.setAttribute('payment-id', attrs.paymentId);
  const el = await fixture<SdcPaymentPanel>(node);
  await waitUntil(() => !el.shadowRoot!.querySelector('.sdc-state--loading'), 'panel did not load', { timeout: 5000 });
  return el;
}

const $ = (el: SdcPaymentPanel, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SdcPaymentPanel, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The value next to a label of the facts list. */
const fact = (el: SdcPaymentPanel, label: string) =>
  text($$(el, '.facts dt').find((dt) => text(dt) === label)?.nextElementSibling);

/** Serves the payments list with a tweak to the wire JSON (quirks of real backends). */
function tweakPayments(fn: (wire: Record<string, any>) => void) {
  worker.use(
    http.get('*/api/payments', ({ request }) => {
      const s = tenantState();
      const base = new URL(request.url).origin + BASE;
      const remote = new URL(request.url).searchParams.get('remote_id');
      const list = s.payments
        .filter((p) => p.user_id === CITIZEN.giulia && (!remote || p.remote_id === remote))
        .map((p) => paymentToWire(p, s, base));
      list.forEach(fn);
      return HttpResponse.json(list);
    }),
  );
}

beforeEach(() => {
  // Until the mock's handler index lists them (being finished in parallel): same handlers, harmless twice.
  worker.use(...applicationHandlers, ...paymentHandlers);
});

describe('sdc-payment-panel: what the citizen sees', () => {
  it('shows what the payment is for, causale, amount, due date, status, notice code and ente', async () => {
    const { app, pay } = arrange();
    const el = await mount({ praticaId: app.id });
    const card = $(el, '.payment')!;
    expect(text(card.querySelector('.payment__title'))).to.equal('Diritti di segreteria');
    expect(text(card.querySelector('.sdc-tag'))).to.equal('Da pagare');
    expect(fact(el, 'Causale')).to.equal('Diritti di segreteria per accesso agli atti');
    expect(text(card.querySelector('.payment__amount'))).to.contain('25,50 €');
    expect(fact(el, 'Da pagare entro il')).to.equal(formatDate(new Date(pay.payment.expire_at!)));
    expect(text(card.querySelector('[data-notice]'))).to.equal(formatNotice(pay.payment.notice_code!));
    expect(text(card.querySelector('[data-notice]'))).to.match(/^\d{4} \d{4} \d{4} \d{4} \d{2}$/);
    expect(fact(el, 'Codice fiscale dell’ente creditore')).to.equal(ENTE.fiscalCode);
    await expect(el).to.be.accessible();
  });

  it('offers both ways to pay: pagoPA online and the avviso with its QR code', async () => {
    const { app, pay } = arrange();
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.pay-online'))).to.contain('Paga online con pagoPA');
    const avviso = $(el, 'a[data-doc=avviso]') as HTMLAnchorElement;
    expect(text(avviso)).to.contain('Scarica avviso di pagamento');
    expect(avviso.href).to.contain(`/payment-proxy/notice/${pay.id}`);
    expect($(el, 'svg.qr')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('downloads a real avviso PDF from the backend link', async () => {
    const { app } = arrange();
    const el = await mount({ praticaId: app.id });
    const avviso = $(el, 'a[data-doc=avviso]') as HTMLAnchorElement;
    const res = await fetch(avviso.href);
    expect(res.headers.get('content-type')).to.contain('application/pdf');
    expect(await res.text()).to.match(/^%PDF-/);
  });

  it('downloads an avviso served by the API with the citizen\'s token, and says so when it fails', async () => {
    const { app, pay } = arrange();
    tweakPayments((w) => { w.links.offline_payment.url = `${location.origin}${BASE}/api/payments/${w.id}/notice`; });
    let auth: string | null = null;
    let fail = false;
    worker.use(http.get('*/api/payments/:id/notice', ({ request }) => {
      auth = request.headers.get('Authorization');
      if (fail) return HttpResponse.json({ type: 'error', title: 'Internal Server Error' }, { status: 500 });
      return new HttpResponse('%PDF-1.4 avviso', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="avviso-${pay.id}.pdf"` } });
    }));
    const el = await mount({ praticaId: app.id });
    const saved: HTMLAnchorElement[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { if (this.download) saved.push(this); else orig.call(this); };
    try {
      $(el, 'a[data-doc=avviso]')!.click();
      await waitUntil(() => saved.length === 1, 'the avviso was not saved');
      expect(saved[0]!.download).to.equal(`avviso-${pay.id}.pdf`);
      expect(auth).to.match(/^Bearer /);
      fail = true;
      $(el, 'a[data-doc=avviso]')!.click();
      await waitUntil(() => $(el, '.payment > .sdc-alert--danger'), 'no download error shown', { timeout: 8000 });
      expect(text($(el, '.payment > .sdc-alert--danger'))).to.contain('Non è stato possibile scaricare il documento');
      await expect(el).to.be.accessible();
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
  });

  it('encodes exactly PAGOPA|002|notice|ente CF|cents in the QR code and describes it in words', async () => {
    const { app, pay } = arrange({ amount: 1020.99 });
    const el = await mount({ praticaId: app.id });
    const svg = $(el, 'svg.qr')!;
    const expected = `PAGOPA|002|${pay.payment.notice_code}|${ENTE.fiscalCode}|102099`;
    expect(svg.getAttribute('data-payload')).to.equal(expected);
    // The drawn modules are those of the expected string, not just a label on it.
    const dark = qrModules(expected).flatMap((row, y) => row.map((on, x) => (on ? `M${x} ${y}h1v1h-1z` : ''))).join('');
    expect(svg.querySelector('path')!.getAttribute('d')).to.equal(dark);
    const label = el.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(text(label)).to.contain(formatNotice(pay.payment.notice_code!));
    expect(text(label)).to.contain('1.020,99 €');
  });

  it('copies the notice code and announces it', async () => {
    const { app, pay } = arrange();
    const el = await mount({ praticaId: app.id });
    let copied = '';
    const orig = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (s: string) => { copied = s; };
    try {
      $(el, 'button.copy')!.click();
      await waitUntil(() => text($(el, '[role=status][aria-live]')).includes('copiato'));
    } finally {
      navigator.clipboard.writeText = orig;
    }
    expect(copied).to.equal(pay.payment.notice_code);
    expect(text($(el, 'button.copy'))).to.equal('Copia il codice avviso');
  });

  it('explains a deferred payment requested by the Comune and by when', async () => {
    const { app, pay } = arrange({ service: SERVICE.suoloPubblico, submitted: true });
    const el = await mount({ praticaId: app.id });
    const note = text($(el, '.sdc-alert'));
    expect(note).to.contain('Il Comune ha richiesto un pagamento');
    expect(note).to.contain(`Il Comune ha richiesto il pagamento di 25,50 € per la tua pratica. Paga entro il ${formatDate(new Date(pay.payment.expire_at!))}`);
    await expect(el).to.be.accessible();
  });

  it('shows a paid payment with when it was paid and the receipt', async () => {
    const paidAt = Date.now() - DAY;
    const { app, pay } = arrange({ status: 'COMPLETE', paidAt, praticaStatus: STATUS.SUBMITTED });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-tag'))).to.equal('Pagato');
    expect(fact(el, 'Pagato il')).to.match(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}( \(ora italiana\))?$/);
    const receipt = $(el, 'a[data-doc=receipt]') as HTMLAnchorElement;
    expect(receipt.href).to.contain(`/payment-proxy/receipt/${pay.id}`);
    expect($(el, '.pay-online')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says an expired payment can no longer be paid and what to do', async () => {
    const expired = Date.now() - 3 * DAY;
    const { app } = arrange({ status: 'EXPIRED', expireAt: expired });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-tag'))).to.equal('Scaduto');
    expect(text($(el, '.sdc-alert'))).to.contain(`Il termine per pagare è scaduto il ${formatDate(new Date(expired))}`);
    expect(text($(el, '.sdc-alert'))).to.contain('Contatta l’ufficio del Comune');
    expect($(el, '.pay-online')).to.equal(null);
    expect($(el, 'a[data-doc=avviso]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('explains a notice still being created and offers to refresh', async () => {
    const { app } = arrange({ status: 'CREATION_PENDING' });
    tweakPayments((w) => { w.links.online_payment_begin.url = null; w.links.offline_payment.url = null; w.payment.notice_code = null; });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-tag'))).to.equal('In preparazione');
    expect(text($(el, '.sdc-alert'))).to.contain('Il Comune sta creando l’avviso di pagamento');
    expect($$(el, '.payment button').map(text)).to.deep.equal(['Aggiorna']);
    await expect(el).to.be.accessible();
  });

  it('offers only the avviso when the backend has no online payment link', async () => {
    const { app } = arrange();
    tweakPayments((w) => { w.links.online_payment_begin.url = null; });
    const el = await mount({ praticaId: app.id });
    expect($(el, '.pay-online')).to.equal(null);
    expect(text($(el, '.way'))).to.contain('Il pagamento online non è disponibile per questo avviso');
    expect($(el, 'a[data-doc=avviso]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('explains a payment the backend offers no way to pay yet', async () => {
    const { app } = arrange();
    tweakPayments((w) => { w.links = []; w.payment.notice_code = null; });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-alert'))).to.contain('Pagamento non ancora disponibile');
    expect($(el, '.way')).to.equal(null);
  });

  it('never offers to pay on a status it does not recognise', async () => {
    const { app } = arrange();
    tweakPayments((w) => { w.status = 'ON_HOLD_BY_PSP'; });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-tag'))).to.equal('Stato da verificare');
    expect(text($(el, '.sdc-alert'))).to.contain('ON_HOLD_BY_PSP');
    expect($(el, '.pay-online')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reads amounts sent as strings with a decimal comma', async () => {
    const { app, pay } = arrange();
    tweakPayments((w) => { w.payment.amount = '1020,99'; w.payment.split = []; });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.payment__amount'))).to.contain('1.020,99 €');
    expect($(el, 'svg.qr')!.getAttribute('data-payload')).to.equal(`PAGOPA|002|${pay.payment.notice_code}|${ENTE.fiscalCode}|102099`);
  });

  it('lists each item when a payment is made of several amounts', async () => {
    const { app } = arrange();
    tweakPayments((w) => {
      w.payment.amount = 41.5;
      w.payment.split = [
        { code: 'c1', amount: 25.5, meta: { split_description: 'Diritti di segreteria' } },
        { code: 'c2', amount: 16, meta: { split_description: 'Imposta di bollo' } },
      ];
    });
    const el = await mount({ praticaId: app.id });
    const lines = $$(el, '.items li').map(text);
    expect(lines).to.deep.equal(['Diritti di segreteria 25,50 €', 'Imposta di bollo 16,00 €']);
    expect([...$(el, '.items .total')!.children].map(text)).to.deep.equal(['Totale', '41,50 €']);
  });

  it('shows one payment by payment-id', async () => {
    const { pay } = arrange({ reason: 'Costi di erogazione del servizio trasporto' });
    arrange({ reason: 'Altro pagamento' });
    const el = await mount({ paymentId: pay.id });
    expect($$(el, '.payment')).to.have.length(1);
    expect(text($(el, '.payment__title'))).to.equal('Costi di erogazione del servizio');
  });

  it('says when a pratica has nothing to pay', async () => {
    loginAs('giulia');
    const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.SUBMITTED });
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-state--empty'))).to.contain('Nessun pagamento');
    await expect(el).to.be.accessible();
  });

  it('asks to log in when nobody is logged in', async () => {
    const el = await mount({ praticaId: 'x' });
    expect(text($(el, '.sdc-state--login'))).to.contain('Accedi');
    await expect(el).to.be.accessible();
  });

  it('says what went wrong when the payments cannot be loaded, and retries', async () => {
    const { app } = arrange();
    let fail = true;
    worker.use(http.get('*/api/payments', () => (fail ? HttpResponse.json({ type: 'error', title: 'Internal Server Error' }, { status: 500 }) : undefined)));
    const el = await mount({ praticaId: app.id });
    expect(text($(el, '.sdc-state--error'))).to.contain('Non è stato possibile caricare i pagamenti');
    await expect(el).to.be.accessible();
    fail = false;
    ($(el, '.sdc-retry') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.payment'), 'payments did not load after retry', { timeout: 5000 });
  });
});
