import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { toSdcError, type SdcError } from '../../core/errors.js';
import type { Clock } from '../../core/clock.js';
import { isPayable, type Payment, type PaymentItemKind } from '../../domain/payment.js';
import { groupNoticeCode } from '../../domain/pagopa.js';
import { formatAmount } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { PaymentFlow, checkoutTargetOf, type CheckoutTarget } from '../../controllers/payment-flow.js';
import { PaymentWatch, checkoutPhase } from '../../controllers/payment-watch.js';
import { downloadPaymentDocument } from '../../controllers/payment-documents.js';
import { renderLoading } from '../../ui/states.js';
import { uiMessages } from '../../ui/ui.messages.js';
import { paymentStepMessages as t, type PaymentStepMessageKey } from './payment-step.messages.js';

/** A pending pagoPA checkout of this device (draft-sync.ts reads it through the payment part). */
export { detectReturn } from '../../controllers/payment-flow.js';
export { paymentStepStyles as styles } from './payment-step.styles.js';

type PaymentPhase =
  | 'loading' | 'choice' | 'open' | 'checking' | 'paid' | 'failed' | 'not-completed' | 'closed' | 'pending' | 'unavailable' | 'error';

const ITEM_LABEL: Record<PaymentItemKind, PaymentStepMessageKey> = {
  'imposta-di-bollo': 'itemBollo',
  'diritti-di-segreteria': 'itemSegreteria',
  'costi-di-erogazione': 'itemErogazione',
  altro: 'itemAltro',
};

/** How long "preparing the payment" waits for the proxy to create the position before saying it is not ready. */
const CREATION_BUDGET_MS = 20_000;
const PRATICA_PAYMENT_ERROR = 1530;

export type PaymentStepHost = ReactiveControllerHost & { readonly resolvedLocale: Locale };

export interface PaymentStepOptions {
  clock?: Clock;
  /** Opens the checkout (tests). */
  open?: (url: string, target: CheckoutTarget) => void;
}

/**
 * The wizard's "Pagamento" step for a service with immediate payment (opencity-api.md §5.1: the
 * submitted pratica goes to 1500 with a pagoPA position). Wiring of the kit's payment controllers:
 * `PaymentFlow` opens the checkout once per click (a new tab by default; the host's
 * `checkout-target="self"` attribute keeps the same tab), `PaymentWatch` reads the payment and the
 * pratica until the outcome is known. The outcome comes from the backend (pratica 1530 = refused),
 * never from a return URL (pa-domain.md §1.9).
 */
export class PaymentStep {
  readonly flow: PaymentFlow;
  readonly watch: PaymentWatch;
  error: SdcError | undefined;
  #client: SdcClient | undefined;
  #praticaId: string | undefined;
  #stage: 'loading' | 'checkout' = 'loading';
  #completed = '';

  constructor(
    private readonly host: PaymentStepHost,
    private readonly onComplete: (payment: Payment) => void,
    options: PaymentStepOptions = {},
  ) {
    this.flow = new PaymentFlow(host, { clock: options.clock, open: options.open });
    this.watch = new PaymentWatch(host, { client: () => this.#client, clock: options.clock, onChange: () => this.#onWatch() });
  }

  get payment(): Payment | undefined {
    return this.watch.payment;
  }

  get phase(): PaymentPhase {
    const w = this.watch;
    if (this.error || w.phase === 'error') return 'error';
    const p = w.payment;
    if (this.#stage === 'loading') {
      if (w.phase === 'settled') return w.outcome === 'paid' ? 'paid' : p ? 'choice' : 'unavailable';
      if (w.phase === 'stalled') return p ? 'choice' : 'unavailable';
      return 'loading';
    }
    const c = checkoutPhase(w, !!p && this.flow.isStarting(p.id));
    return c === 'timeout' ? 'pending' : (c ?? 'loading');
  }

  /** Starts (or resumes after a same-tab return from pagoPA) the step for a pratica. */
  start(client: SdcClient, praticaId: string): void {
    if (this.#praticaId === praticaId && this.phase !== 'error') return;
    this.#client = client;
    this.#praticaId = praticaId;
    this.error = undefined;
    const host = this.host as unknown as Partial<Element>;
    this.flow.target = checkoutTargetOf(host.getAttribute?.('checkout-target'));
    const back = this.flow.pendingReturn({ praticaId });
    if (back) {
      this.#stage = 'checkout';
      this.watch.watch({ paymentId: back.paymentId, praticaId, baselineStatus: back.baselineStatus });
    } else {
      this.#stage = 'loading';
      // Wait until the proxy has created a position the citizen can act on.
      this.watch.watch({
        praticaId,
        budgetMs: CREATION_BUDGET_MS,
        until: (s) => s.outcome === 'paid' || (!!s.payment && s.payment.status !== 'in-creazione'),
      });
    }
  }

  retry(): void {
    this.error = undefined;
    this.watch.check();
  }

  #onWatch(): void {
    const p = this.watch.payment;
    if (!p || this.watch.phase !== 'settled') return;
    if (this.watch.outcome === 'paid' && this.#completed !== p.id) {
      this.#completed = p.id;
      this.flow.settle(p.id);
      this.onComplete(p);
    } else if (this.#stage === 'checkout') {
      this.flow.settle(p.id);
    }
  }

  #payOnline(p: Payment): void {
    const baselineStatus = this.watch.praticaStatus;
    const r = this.flow.start(p, { praticaId: this.#praticaId, baselineStatus });
    if (r !== 'started') return;
    this.#stage = 'checkout';
    this.watch.watch({ paymentId: p.id, praticaId: this.#praticaId, baselineStatus });
  }

  async #download(): Promise<void> {
    const url = this.payment?.links.avviso;
    if (!url) return;
    try {
      await downloadPaymentDocument(this.#client, url, { filename: 'avviso-pagamento.pdf' });
    } catch (e) {
      this.error = toSdcError(e);
      this.host.requestUpdate();
    }
  }

  render(o: { onFinish: () => void }): TemplateResult {
    const locale = this.host.resolvedLocale;
    const p = this.payment;
    const phase = this.phase;
    if (phase === 'loading' && !p) {
      return html`<p>${t(locale, 'loading')}</p>${renderLoading(locale, 3)}`;
    }
    const self = this.flow.target === 'self';
    const previousFailed = phase === 'choice' && this.watch.praticaStatus === PRATICA_PAYMENT_ERROR;
    const status = (() => {
      switch (phase) {
        case 'open':
          return html`<div class="callout callout--info" role="status"><p><span class="spinner" aria-hidden="true"></span>${t(locale, self ? 'leaving' : 'opened')}</p></div>`;
        case 'checking':
          return html`<div class="callout callout--info" role="status"><p><span class="spinner" aria-hidden="true"></span>${t(locale, 'checking')}</p></div>`;
        case 'failed':
          return html`<div class="callout callout--danger" role="alert"><p>${t(locale, 'failed')}</p></div>`;
        case 'not-completed':
          return html`<div class="callout callout--warning" role="status"><p>${t(locale, 'notCompleted')}</p></div>`;
        case 'closed':
          return html`<div class="callout callout--danger" role="alert"><p>${t(locale, this.watch.outcome === 'expired' ? 'expired' : 'annulled')}</p></div>`;
        case 'pending':
          return html`<div class="callout callout--warning" role="status"><p>${t(locale, 'stillPending')}</p>
            <button type="button" class="btn btn-outline btn-sm" @click=${() => this.retry()}>${t(locale, 'checkAgain')}</button></div>`;
        case 'paid':
          return html`<div class="callout callout--success" role="status"><p><strong>${t(locale, 'paid')}</strong></p></div>`;
        case 'unavailable':
          return html`<div class="callout callout--info" role="status"><p>${t(locale, 'unavailable')}</p></div>`;
        case 'error':
          return html`<div class="callout callout--danger" role="alert"><p>${(this.error ?? this.watch.error)?.userMessage(locale)}</p>
            <button type="button" class="btn btn-outline btn-sm" @click=${() => this.retry()}>${uiMessages(locale, 'retry')}</button></div>`;
        default:
          return previousFailed ? html`<div class="callout callout--warning" role="status"><p>${t(locale, 'previousFailed')}</p></div>` : nothing;
      }
    })();
    // isPayable: never offer to pay a status the kit does not know (the backend may have moved on).
    const payable = p && (isPayable(p) || p.status === 'errore') && phase !== 'checking' && phase !== 'paid' && phase !== 'loading';
    const again = phase === 'failed' || phase === 'not-completed' || previousFailed;
    const starting = !!p && this.flow.isStarting(p.id);
    return html`<div class="payment">
      ${phase === 'choice' ? html`<p>${t(locale, 'intro')}</p>` : nothing}
      ${status}
      ${p
        ? html`<div class="payment-card">
            <dl class="payment-card__list">
              ${p.reason ? html`<div><dt>${t(locale, 'reason')}</dt><dd>${p.reason}</dd></div>` : nothing}
              ${p.items.length > 1 || (p.items[0] && p.items[0].kind !== 'altro')
                ? p.items.map((i) => html`<div><dt>${i.label || t(locale, ITEM_LABEL[i.kind])}</dt><dd>${formatAmount(i.amount, locale)}</dd></div>`)
                : nothing}
              <div class="payment-card__total"><dt>${t(locale, 'total')}</dt><dd>${formatAmount(p.amount, locale)}</dd></div>
              ${p.noticeCode ? html`<div><dt>${t(locale, 'notice')}</dt><dd class="mono">${groupNoticeCode(p.noticeCode)}</dd></div>` : nothing}
            </dl>
          </div>`
        : nothing}
      ${payable
        ? html`<div class="payment-choices">
            ${p.links.payOnline
              ? html`<div class="payment-choice">
                  <button type="button" class="btn" aria-disabled=${starting ? 'true' : 'false'} aria-describedby="pay-online-hint"
                    @click=${() => (starting ? undefined : this.#payOnline(p))}>${t(locale, again ? 'payAgain' : 'payOnline')}</button>
                  <p class="hint" id="pay-online-hint">${t(locale, self ? 'payOnlineHintSelf' : 'payOnlineHint')}</p>
                </div>`
              : nothing}
            ${p.links.avviso
              ? html`<div class="payment-choice">
                  <button type="button" class="btn btn-outline" @click=${() => this.#download()}>${t(locale, 'payLater')}</button>
                  <p class="hint">${t(locale, 'payLaterHint')}</p>
                </div>`
              : nothing}
          </div>
          <p><a href="https://www.pagopa.gov.it/it/cittadini/" target="_blank" rel="noopener">${t(locale, 'whatIsPagoPa')}<span class="visually-hidden"> ${uiMessages(locale, 'newWindow')}</span></a></p>`
        : nothing}
      ${phase !== 'paid' && phase !== 'checking'
        ? html`<p><button type="button" class="btn btn-link" @click=${o.onFinish}>${t(locale, 'continueWithout')}</button></p>`
        : nothing}
    </div>`;
  }
}
