import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getPraticaPayments } from '../../api/payments.js';
import type { SdcClient } from '../../api/http.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { isFinal, isPayable, type Payment, type PaymentItemKind } from '../../domain/payment.js';
import { formatAmount } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import {
  cleanReturnParams,
  detectReturn,
  downloadPaymentDocument,
  forgetPending,
  groupNoticeCode,
  pollPayment,
  startOnlinePayment,
  type ReturnHint,
} from '../../ui/payment-actions.js';
import { renderLoading } from '../../ui/states.js';
import { uiMessages } from '../../ui/ui.messages.js';
import { wizardMessages as t, type WizardMessageKey } from './sdc-pratica-wizard.messages.js';

type PaymentPhase = 'loading' | 'choice' | 'checking' | 'paid' | 'failed' | 'pending' | 'unavailable' | 'error';

const ITEM_LABEL: Record<PaymentItemKind, WizardMessageKey> = {
  'imposta-di-bollo': 'itemBollo',
  'diritti-di-segreteria': 'itemSegreteria',
  'costi-di-erogazione': 'itemErogazione',
  altro: 'itemAltro',
};

export type PaymentStepHost = ReactiveControllerHost & { readonly resolvedLocale: Locale };

/**
 * The wizard's "Pagamento" step for a service with immediate payment (opencity-api.md §5.1: the
 * submitted pratica goes to 1500 with a pagoPA position). Uses the kit's one pagoPA round trip
 * (`src/ui/payment-actions.ts`): pay online = go to the checkout link, come back, **poll the backend**
 * until the payment is final (the return URL alone proves nothing, pa-domain.md §1.9); or download
 * the avviso and pay later.
 */
export class PaymentStep implements ReactiveController {
  phase: PaymentPhase = 'loading';
  payment: Payment | undefined;
  error: SdcError | undefined;
  #client: SdcClient | undefined;
  #praticaId: string | undefined;
  #abort: AbortController | undefined;
  #hint: ReturnHint = 'unknown';

  constructor(
    private readonly host: PaymentStepHost,
    private readonly onComplete: (payment: Payment) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Starts (or resumes after a pagoPA return) the step for a pratica. */
  start(client: SdcClient, praticaId: string): void {
    if (this.#praticaId === praticaId && this.phase !== 'error') return;
    this.#client = client;
    this.#praticaId = praticaId;
    const back = detectReturn();
    void this.#run(back ? 'checking' : 'loading', back?.hint ?? 'unknown');
  }

  retry(): void {
    if (this.#client && this.#praticaId) void this.#run('checking', 'unknown');
  }

  async #run(phase: 'loading' | 'checking', hint: ReturnHint): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.phase = phase;
    this.#hint = hint;
    this.error = undefined;
    this.host.requestUpdate();
    const client = this.#client!;
    const id = this.#praticaId!;
    const load = async (signal: AbortSignal): Promise<Payment> => {
      const list = await getPraticaPayments(client, id, { signal, dedupe: false });
      const p = list.find((x) => x.type === 'pagopa') ?? list[0];
      // The proxy creates the position asynchronously: "not there yet" is transient for the poller.
      if (!p) throw new SdcError('not-found');
      return p;
    };
    const checking = phase === 'checking';
    const result = await pollPayment({
      load,
      signal: abort.signal,
      onUpdate: (p) => {
        this.payment = p;
        this.host.requestUpdate();
      },
      // Loading: wait until the position exists and can be paid; checking: until final, or until the
      // checkout told us it was cancelled/failed and the position is payable again.
      isDone: (p) => (checking ? isFinal(p) || ((hint === 'cancel' || hint === 'error') && p.status === 'da-pagare') : p.status !== 'in-creazione'),
      timeLimitMs: checking ? 60_000 : 20_000,
      minDelayMs: 1_000,
    });
    if (result.kind === 'aborted') return;
    if (checking) this.#cleanUrl();
    if (result.kind === 'error') {
      this.error = result.error;
      this.phase = 'error';
    } else if (result.kind === 'timeout') {
      this.payment = result.payment ?? this.payment;
      this.phase = this.payment ? (checking ? 'pending' : 'choice') : 'unavailable';
    } else {
      const p = result.payment;
      this.payment = p;
      if (p.status === 'pagato') {
        this.phase = 'paid';
        forgetPending(p.id);
        this.onComplete(p);
      } else if (checking && (p.status === 'errore' || hint === 'error' || hint === 'cancel')) {
        this.phase = 'failed';
        forgetPending(p.id);
      } else if (p.status === 'da-pagare' || p.status === 'in-corso') {
        this.phase = 'choice';
      } else {
        this.phase = 'failed';
      }
    }
    this.host.requestUpdate();
  }

  #cleanUrl(): void {
    try {
      const clean = cleanReturnParams();
      if (clean !== location.href) history.replaceState(history.state, '', clean);
    } catch {
      /* not in a browser page */
    }
  }

  #payOnline(): void {
    const p = this.payment;
    if (!p) return;
    startOnlinePayment({ ...p, praticaId: this.#praticaId });
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
    if (this.phase === 'loading' && !p) {
      return html`<p>${t(locale, 'paymentLoading')}</p>${renderLoading(locale, 3)}`;
    }
    const status = (() => {
      switch (this.phase) {
        case 'checking':
          return html`<div class="callout callout--info" role="status"><p><span class="spinner" aria-hidden="true"></span>${t(locale, 'paymentChecking')}</p></div>`;
        case 'failed':
          return html`<div class="callout callout--danger" role="alert"><p>${p?.status === 'scaduto' ? t(locale, 'paymentExpired') : this.#hint === 'cancel' ? t(locale, 'paymentCancelled') : t(locale, 'paymentFailed')}</p></div>`;
        case 'pending':
          return html`<div class="callout callout--warning" role="status"><p>${t(locale, 'paymentStillPending')}</p>
            <button type="button" class="btn btn-outline btn-sm" @click=${() => this.retry()}>${t(locale, 'checkAgain')}</button></div>`;
        case 'paid':
          return html`<div class="callout callout--success" role="status"><p><strong>${t(locale, 'paymentPaid')}</strong></p></div>`;
        case 'unavailable':
          return html`<div class="callout callout--info" role="status"><p>${t(locale, 'paymentUnavailable')}</p></div>`;
        case 'error':
          return html`<div class="callout callout--danger" role="alert"><p>${this.error?.userMessage(locale)}</p>
            <button type="button" class="btn btn-outline btn-sm" @click=${() => this.retry()}>${uiMessages(locale, 'retry')}</button></div>`;
        default:
          return nothing;
      }
    })();
    // isPayable: never offer to pay a status the kit does not know (the backend may have moved on).
    const payable = p && (isPayable(p) || p.status === 'errore') && this.phase !== 'checking';
    return html`<div class="payment">
      ${this.phase === 'choice' ? html`<p>${t(locale, 'paymentIntro')}</p>` : nothing}
      ${status}
      ${p
        ? html`<div class="payment-card">
            <dl class="payment-card__list">
              ${p.reason ? html`<div><dt>${t(locale, 'paymentReason')}</dt><dd>${p.reason}</dd></div>` : nothing}
              ${p.items.length > 1 || (p.items[0] && p.items[0].kind !== 'altro')
                ? p.items.map((i) => html`<div><dt>${i.label || t(locale, ITEM_LABEL[i.kind])}</dt><dd>${formatAmount(i.amount, locale)}</dd></div>`)
                : nothing}
              <div class="payment-card__total"><dt>${t(locale, 'paymentTotal')}</dt><dd>${formatAmount(p.amount, locale)}</dd></div>
              ${p.noticeCode ? html`<div><dt>${t(locale, 'paymentNotice')}</dt><dd class="mono">${groupNoticeCode(p.noticeCode)}</dd></div>` : nothing}
            </dl>
          </div>`
        : nothing}
      ${payable
        ? html`<div class="payment-choices">
            ${p.links.payOnline
              ? html`<div class="payment-choice">
                  <button type="button" class="btn" @click=${() => this.#payOnline()}>${t(locale, 'payOnline')}</button>
                  <p class="hint">${t(locale, 'payOnlineHint')}</p>
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
      ${this.phase !== 'paid' && this.phase !== 'checking'
        ? html`<p><button type="button" class="btn btn-link" @click=${o.onFinish}>${t(locale, 'continueWithout')}</button></p>`
        : nothing}
    </div>`;
  }
}
