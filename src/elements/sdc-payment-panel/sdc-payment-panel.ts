import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError } from '../../core/errors.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderEmpty, renderError, renderLoading, renderLogin, stateStyles } from '../../ui/states.js';
import { statusTag, statusTagStyles, type Tone } from '../../ui/status-tag.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { uiMessages as ui } from '../../ui/ui.messages.js';
import { formatAmount, formatDate, formatDateTime, withTimeZoneNote } from '../../i18n/format.js';
import { getPratica } from '../../api/applications.js';
import { getService } from '../../api/services.js';
import { getPayment, listPayments } from '../../api/payments.js';
import { paymentFromPratica } from '../../api/adapters/payments.js';
import { isKnownPaymentStatus, type Payment, type PaymentStatus } from '../../domain/payment.js';
import { groupNoticeCode, pagoPaQrPayload } from '../../domain/pagopa.js';
import type { Pratica } from '../../domain/pratica.js';
import { paymentStatusLabel } from '../../domain/labels.js';
import type { Service } from '../../domain/service.js';
import { PaymentFlow, checkoutTargetOf, type CheckoutTarget } from '../../controllers/payment-flow.js';
import { PaymentWatch, checkoutPhase, type CheckoutPhase, type PaymentWatchOptions } from '../../controllers/payment-watch.js';
import { downloadPaymentDocument, isApiUrl } from '../../controllers/payment-documents.js';
import { messages as t, type MessageKey } from './sdc-payment-panel.messages.js';
import { panelStyles } from './sdc-payment-panel.styles.js';
import { renderQr } from './payment-qr.js';
import { mergePraticaPayments } from './bollo-entry.js';
import { BolloForm } from './bollo-form.js';

/**
 * Why a payment attempt did not end in "pagato". The panel emits `failed`, `expired` and `annulled`;
 * `cancelled` and `not-completed` are kept for pages typed against earlier versions: the backend cannot
 * tell a cancelled checkout from an abandoned one (the notice simply stays payable).
 */
export type PaymentFailureReason = 'cancelled' | 'failed' | 'not-completed' | 'expired' | 'annulled';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /**
     * "Paga online" was pressed and the panel is about to open the pagoPA checkout (`url`).
     * Cancel it to open it yourself; the panel still watches the payment.
     */
    'sdc-payment-started': { payment: Payment; url: string };
    /** The backend confirmed the payment after the checkout (never on a return URL alone). */
    'sdc-payment-complete': { payment: Payment };
    /** The checkout ended without a payment, or the payment can no longer be made. */
    'sdc-payment-failed': { payment: Payment; reason: PaymentFailureReason };
  }
}

type Phase = CheckoutPhase;

interface PanelData {
  payments: Payment[];
  pratica?: Pratica;
  service?: Service;
}

const TONE: Record<PaymentStatus, Tone> = {
  'in-creazione': 'neutral',
  'da-pagare': 'warning',
  'in-corso': 'info',
  pagato: 'success',
  scaduto: 'danger',
  annullato: 'neutral',
  errore: 'danger',
};

const PAGOPA_INFO_URL = 'https://www.pagopa.gov.it/it/cittadini/';

/**
 * OpenCity sends the citizen back from pagoPA to the backend's own pratica page, not to this page
 * (`online_payment_landing`, opencity-api.md §4.6 A). So by default the checkout opens in a new tab and
 * this page watches the payment while it is visible (`src/controllers/payment-watch.ts`), checking
 * again as soon as the citizen comes back. `checkout-target="self"` opens it in the same tab, for
 * tenants whose landing leads back to the ente's page: the return is then recognised from
 * sessionStorage. Either way the outcome comes from the backend's payment and pratica state.
 *
 * @tag sdc-payment-panel
 * @summary The payments of one pratica (or one payment): what they are for, amount, due date and
 * status; "Paga online" through pagoPA with the outcome shown in place, "Paga offline" with the avviso
 * PDF and its pagoPA QR code, the receipt once paid, and the marca da bollo (shown, or entered when
 * the service asks for it).
 *
 * @event sdc-payment-started - Before opening the pagoPA checkout; `detail.payment`, `detail.url`. Cancelable.
 * @event sdc-payment-complete - The backend confirmed the payment; `detail.payment`.
 * @event sdc-payment-failed - Refused, expired or annulled; `detail.payment`, `detail.reason`.
 * @csspart payment - Each payment card.
 * @csspart status - The status tag.
 * @csspart qr - The pagoPA QR code.
 * @cssprop --sdc-color-primary - Buttons, links and the top border of each way to pay.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Background of the "Paga online" / "Paga offline" boxes.
 * @cssprop --sdc-color-success - Success accents (borders, icons).
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - Errors: borders, icons, invalid fields.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-warning - Warning accents.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-font-family - All text.
 * @cssprop --sdc-font-family-mono - The notice code and the bollo identifier.
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-space - Spacing unit.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
 */
export class SdcPaymentPanel extends SdcElement {
  static override styles = [tokens, base, controls, stateStyles, statusTagStyles, alertStyles, panelStyles];

  readonly api = new ApiController(this);

  /** The pratica whose payments to show (`remote_id` of the payments). */
  @property({ attribute: 'pratica-id' }) praticaId?: string;
  /** One payment (e.g. from the citizen's payments list). Ignored when `pratica-id` is set. */
  @property({ attribute: 'payment-id' }) paymentId?: string;
  /**
   * The request needs a physical marca da bollo even if the service configuration does not say so
   * (the wizard sets it from the form). Shows the entry form while none is recorded.
   */
  @property({ type: Boolean, attribute: 'bollo-required' }) bolloRequired = false;
  /** Level of each payment's heading (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * Where the pagoPA checkout opens: `blank` (default, a new tab; the outcome appears here) or `self`
   * (this tab; only for tenants whose payment landing leads back to this page).
   */
  @property({ attribute: 'checkout-target' }) checkoutTarget: CheckoutTarget = 'blank';
  /** Opens the checkout. Default `window.open(…, 'noopener')` / `location.assign`. @internal */
  @property({ attribute: false }) openCheckout?: (url: string, target: CheckoutTarget) => void;
  /** Time source of the payment watch. @internal */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() private downloading = new Set<string>();
  @state() private downloadFailed = new Set<string>();
  @state() private announcement = '';

  #finished = '';
  readonly #clock: Clock = { now: () => this.clock.now(), after: (ms, fn) => this.clock.after(ms, fn) };

  readonly flow = new PaymentFlow(this, { clock: this.#clock, open: (url, target) => (this.openCheckout ?? defaultOpen)(url, target) });
  readonly #watchOptions: PaymentWatchOptions = { client: () => this.api.client, clock: this.#clock, onChange: () => this.#onWatch() };
  readonly watch = new PaymentWatch(this, this.#watchOptions);

  /** Delays and time budget of the payment watch (stories, demo). @internal */
  set watchTiming(timing: Pick<PaymentWatchOptions, 'minDelayMs' | 'maxDelayMs' | 'budgetMs'>) {
    Object.assign(this.#watchOptions, timing);
  }
  readonly #bollo = new BolloForm(this, {
    client: () => this.api.client,
    onSaved: () => this.data.run(),
    announce: (text) => (this.announcement = text),
  });

  private readonly data = new Task(this, {
    task: async ([client, praticaId, paymentId], { signal }): Promise<PanelData> => {
      if (!client) throw new SdcError('validation', { detail: 'no-base-url' });
      if (!praticaId && !paymentId) throw new SdcError('validation', { detail: 'no-target' });
      const session = await client.session.ensure({ signal });
      if (session !== 'authenticated') throw new SdcError('unauthorized');
      if (praticaId) {
        const [pratica, payments] = await Promise.all([
          getPratica(client, praticaId, { signal }),
          listPayments(client, { praticaId }, { signal }),
        ]);
        const service = await getService(client, pratica.serviceId, { signal, actions: false }).catch(() => undefined);
        // The pratica's own payment_data (§4.6 A) carries the physical bollo, and is the only payment
        // on backends without a payment proxy.
        const list = mergePraticaPayments(payments, paymentFromPratica(pratica), pratica, service?.bollo?.amount);
        return { payments: list, pratica, service };
      }
      const payment = await getPayment(client, paymentId!, {}, { signal });
      const pratica = payment.praticaId ? await getPratica(client, payment.praticaId, { signal }).catch(() => undefined) : undefined;
      return { payments: [payment], pratica };
    },
    args: () => [this.api.client, this.praticaId, this.praticaId ? undefined : this.paymentId] as const,
    // Checked as soon as the payments are known, in the same update that renders them.
    onComplete: (data) => this.#checkReturn(data),
  });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('checkoutTarget')) this.flow.target = checkoutTargetOf(this.checkoutTarget);
  }

  // ---------------------------------------------------------------------------------------------
  // Checkout and its outcome

  /** Same-tab mode: the citizen lands back on this page after a checkout begun here. */
  #checkReturn(data: PanelData): void {
    if (this.watch.active) return; // a reload after saving the bollo: the watch goes on
    const back = this.flow.pendingReturn({ paymentIds: data.payments.map((p) => p.id) });
    if (!back) return;
    this.#finished = '';
    this.watch.watch({ paymentId: back.paymentId, praticaId: back.praticaId ?? this.praticaId, baselineStatus: back.baselineStatus });
  }

  #pay(payment: Payment): void {
    // The latest status the page knows: after a refused attempt here, the 1530 is that attempt's.
    const baselineStatus = this.#praticaStatus(this.data.value ?? { payments: [] });
    const result = this.flow.start(payment, {
      praticaId: payment.praticaId ?? this.praticaId,
      baselineStatus,
      beforeOpen: (url) => this.emit('sdc-payment-started', { payment, url }, { cancelable: true }),
    });
    if (result !== 'started') return;
    this.#finished = '';
    this.announcement = t(this.resolvedLocale, this.flow.target === 'self' ? 'payStarting' : 'payOpened');
    this.watch.watch({ paymentId: payment.id, praticaId: payment.praticaId ?? this.praticaId, baselineStatus });
  }

  #phaseOf(p: Payment): Phase | undefined {
    if (this.watch.target?.paymentId !== p.id) return undefined;
    return checkoutPhase(this.watch, this.flow.isStarting(p.id));
  }

  /** A final outcome: say it once, in the live region too, and tell the page. */
  #onWatch(): void {
    const w = this.watch;
    const p = w.payment;
    if (w.phase !== 'settled' || !p || this.#finished === p.id) return;
    this.#finished = p.id;
    this.flow.settle(p.id);
    const locale = this.resolvedLocale;
    switch (w.outcome) {
      case 'paid':
        this.announcement = t(locale, 'verifyPaidTitle');
        this.emit('sdc-payment-complete', { payment: p });
        break;
      case 'failed':
        this.announcement = t(locale, 'verifyFailedTitle');
        this.emit('sdc-payment-failed', { payment: p, reason: 'failed' });
        break;
      case 'expired':
        this.announcement = t(locale, 'expiredTitle');
        this.emit('sdc-payment-failed', { payment: p, reason: 'expired' });
        break;
      case 'annulled':
        this.announcement = t(locale, 'cancelledTitle');
        this.emit('sdc-payment-failed', { payment: p, reason: 'annulled' });
        break;
      default:
    }
  }

  /** "Verifica lo stato del pagamento" on a payment already started (PAYMENT_STARTED). */
  #checkNow(p: Payment): void {
    this.#finished = '';
    if (this.watch.target?.paymentId === p.id) return this.watch.check();
    this.watch.watch({ paymentId: p.id, praticaId: p.praticaId ?? this.praticaId, baselineStatus: this.#praticaStatus(this.data.value ?? { payments: [] }) });
  }

  /** The freshest copy: the watch's last read for the watched payment. */
  #current(p: Payment): Payment {
    const w = this.watch.payment;
    return w && w.id === p.id ? w : p;
  }

  /** The pratica's status: the watch's last read when it follows this pratica. */
  #praticaStatus(d: PanelData): number | undefined {
    const w = this.watch;
    return w.praticaStatus !== undefined && w.target?.praticaId === d.pratica?.id ? w.praticaStatus : d.pratica?.statusCode;
  }

  // ---------------------------------------------------------------------------------------------
  // Documents and copy

  async #download(e: Event, payment: Payment, url: string, fallbackName: string): Promise<void> {
    // Proxy URLs are plain links: let the browser follow them. API URLs need the token.
    if (!isApiUrl(this.api.client, url)) return;
    e.preventDefault();
    const key = `${payment.id}|${url}`;
    if (this.downloading.has(key)) return;
    this.downloading = new Set(this.downloading).add(key);
    const failed = new Set(this.downloadFailed);
    failed.delete(payment.id);
    this.downloadFailed = failed;
    try {
      await downloadPaymentDocument(this.api.client, url, { filename: fallbackName });
    } catch {
      this.downloadFailed = new Set(this.downloadFailed).add(payment.id);
    } finally {
      const d = new Set(this.downloading);
      d.delete(key);
      this.downloading = d;
    }
  }

  async #copy(code: string): Promise<void> {
    const locale = this.resolvedLocale;
    try {
      await navigator.clipboard.writeText(code);
      this.announcement = t(locale, 'copied', { code: groupNoticeCode(code) });
    } catch {
      this.announcement = t(locale, 'copyFailed');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Marca da bollo entry

  #needsBolloEntry(data: PanelData): boolean {
    const pratica = data.pratica;
    if (!pratica || this.praticaId === undefined) return false;
    if (data.payments.some((p) => p.type === 'bollo')) return false;
    // The backend accepts the stamp only while the pratica can be edited (draft, draft for integration).
    if (pratica.statusCode !== 1000 && pratica.statusCode !== 4200) return false;
    if (this.bolloRequired) return true;
    const b = data.service?.bollo;
    return !!b && b.mode === 'fisica' && b.when === 'richiesta';
  }
  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const locale = this.resolvedLocale;
    return html`
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.data.render({
        initial: () => renderLoading(locale, 5),
        pending: () => (this.data.value ? this.#renderData(this.data.value) : renderLoading(locale, 5)),
        error: (e) => this.#renderLoadError(e),
        complete: (d) => this.#renderData(d),
      })}
    `;
  }

  #renderLoadError(e: unknown): TemplateResult {
    const locale = this.resolvedLocale;
    if (e instanceof SdcError && e.kind === 'unauthorized') return renderLogin(locale, this.api.loginUrl());
    if (e instanceof SdcError && e.detail === 'no-base-url') return renderError(locale, t(locale, 'noBaseUrl'));
    if (e instanceof SdcError && e.detail === 'no-target') return renderError(locale, t(locale, 'noTarget'));
    const msg = e instanceof SdcError ? (e.kind === 'not-found' && this.paymentId ? t(locale, 'notFound') : e.userMessage(locale)) : undefined;
    return renderError(locale, msg, () => void this.data.run(), t(locale, 'loadError'));
  }

  #renderData(d: PanelData): TemplateResult {
    const locale = this.resolvedLocale;
    const needsBollo = this.#needsBolloEntry(d);
    if (d.payments.length === 0 && !needsBollo) {
      return html`${this.#bollo.saved ? renderAlert('success', t(locale, 'bolloSaved')) : nothing}
        ${renderEmpty(t(locale, 'emptyTitle'), t(locale, 'emptyText'))}`;
    }
    return html`<div class="payments">
      ${d.payments.map((p) => this.#renderPayment(this.#current(p), d))}
      ${needsBollo ? this.#bollo.render({ amount: d.service?.bollo?.amount ?? 16, praticaId: d.pratica?.id, heading: (id, c, cls) => this.#heading(id, c, cls) }) : nothing}
    </div>`;
  }

  #heading(id: string, content: unknown, cls: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const tag = unsafeStatic(`h${level}`); // whitelisted h2–h6 only
    return staticHtml`<${tag} id=${id} class=${cls}>${content}</${tag}>`;
  }

  #titleOf(p: Payment): string {
    const locale = this.resolvedLocale;
    if (p.type === 'bollo') return t(locale, 'kind.imposta-di-bollo');
    const kinds = [...new Set(p.items.map((i) => i.kind))].filter((k) => k !== 'altro');
    if (kinds.length === 1) return t(locale, `kind.${kinds[0]!}` as MessageKey);
    return p.reason || t(locale, 'paymentFallbackTitle');
  }

  /** `paymentStatusOf` folds a status it does not know into "da pagare": never offer to pay on it. */
  #isUnknown(p: Payment): boolean {
    return !isKnownPaymentStatus(p.wireStatus) && p.type !== 'bollo';
  }

  #renderPayment(p: Payment, d: PanelData): TemplateResult {
    const locale = this.resolvedLocale;
    const titleId = `pay-${p.id}`;
    const unknown = this.#isUnknown(p);
    const label = unknown ? t(locale, 'status.unknown') : paymentStatusLabel(p.status, locale);
    const v = this.#phaseOf(p);
    return html`<article class="payment" part="payment" aria-labelledby=${titleId} data-payment-id=${p.id} data-status=${p.status}>
      <div class="payment__head">
        ${this.#heading(titleId, this.#titleOf(p), 'payment__title')}
        ${statusTag(label, unknown ? 'warning' : TONE[p.status])}
      </div>
      ${v ? this.#renderVerification(p, v) : nothing}
      <p class="payment__amount"><small>${t(locale, 'amount')}</small>${formatAmount(p.amount, locale)}</p>
      ${this.#renderFacts(p)}
      ${this.#renderItems(p)}
      ${p.type === 'bollo' ? this.#renderBolloFacts(p) : nothing}
      ${v && v !== 'timeout' && v !== 'error' ? nothing : this.#renderStateNote(p, d, unknown)}
      ${this.#renderActions(p, unknown, v)}
    </article>`;
  }

  #renderFacts(p: Payment): TemplateResult {
    const locale = this.resolvedLocale;
    const code = p.noticeCode;
    return html`<dl class="facts">
      ${p.reason ? html`<div class="wide"><dt>${t(locale, 'causale')}</dt><dd>${p.reason}</dd></div>` : nothing}
      ${p.status === 'pagato'
        ? p.paidAt ? html`<div><dt>${t(locale, 'paidAt')}</dt><dd>${withTimeZoneNote(formatDateTime(p.paidAt, locale), p.paidAt, locale)}</dd></div>` : nothing
        : p.type === 'bollo' ? nothing
        : html`<div><dt>${t(locale, 'dueDate')}</dt><dd>${p.dueDate ? formatDate(p.dueDate, locale) : t(locale, 'noDueDate')}</dd></div>`}
      ${code
        ? html`<div class="wide"><dt>${t(locale, 'noticeCode')}</dt><dd class="notice">
            <span class="mono" data-notice>${groupNoticeCode(code)}</span>
            <button type="button" class="btn btn-link btn-sm copy" @click=${() => void this.#copy(code)}>
              ${t(locale, 'copy')}<span class="visually-hidden"> ${t(locale, 'copyHidden')}</span>
            </button></dd></div>`
        : nothing}
      ${p.ente?.name ? html`<div><dt>${t(locale, 'ente')}</dt><dd>${p.ente.name}</dd></div>` : nothing}
      ${p.ente?.fiscalCode ? html`<div><dt>${t(locale, 'enteCf')}</dt><dd class="mono">${p.ente.fiscalCode}</dd></div>` : nothing}
    </dl>`;
  }

  #renderItems(p: Payment): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    // One line that only repeats the title and the amount adds nothing.
    if (p.items.length < 2) return nothing;
    return html`<div class="items">
      <p class="section-title">${t(locale, 'whatFor')}</p>
      <ul>
        ${p.items.map((i) => {
          const kind = t(locale, `kind.${i.kind}` as MessageKey);
          // The backend's own wording, unless it only repeats the kind.
          const extra = i.label && i.label.trim().toLowerCase() !== kind.toLowerCase() ? i.label : undefined;
          return html`<li>
            <span class="label">${kind} ${extra ? html`<small>${extra}</small>` : nothing}</span>
            <span class="value">${formatAmount(i.amount, locale)}</span>
          </li>`;
        })}
      </ul>
      <p class="total"><span>${t(locale, 'total')}</span><span class="value">${formatAmount(p.amount, locale)}</span></p>
    </div>`;
  }

  #renderBolloFacts(p: Payment): TemplateResult {
    const locale = this.resolvedLocale;
    const physical = !!p.bollo;
    return html`<dl class="facts bollo-facts">
      <div class="wide"><dt>${t(locale, 'bolloType')}</dt><dd>${t(locale, physical ? 'bolloPhysical' : 'bolloDigital')}</dd></div>
      ${p.bollo?.identifier
        ? html`<div><dt>${t(locale, 'bolloIdentifier')}</dt><dd class="mono" data-bollo-id>${p.bollo.identifier}</dd></div>`
        : nothing}
      ${p.bollo?.emittedAt
        ? html`<div><dt>${t(locale, 'bolloEmittedAt')}</dt><dd>${withTimeZoneNote(formatDateTime(p.bollo.emittedAt, locale), p.bollo.emittedAt, locale)}</dd></div>`
        : nothing}
    </dl>`;
  }

  /** What this status means for the citizen and what to do (opencity-api.md §4.6 statuses). */
  #renderStateNote(p: Payment, d: PanelData, unknown: boolean): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const amount = formatAmount(p.amount, locale);
    if (unknown) return renderAlert('warning', t(locale, 'unknownText', { status: p.wireStatus }), t(locale, 'unknownTitle'));
    switch (p.status) {
      case 'in-creazione':
        return renderAlert('info', t(locale, 'creationText'), t(locale, 'creationTitle'));
      case 'errore':
        return renderAlert('danger', t(locale, 'creationFailedText'), t(locale, 'creationFailedTitle'));
      case 'scaduto':
        return renderAlert(
          'danger',
          p.dueDate ? t(locale, 'expiredText', { date: formatDate(p.dueDate, locale) }) : t(locale, 'expiredTextNoDate'),
          t(locale, 'expiredTitle'),
        );
      case 'annullato':
        return renderAlert('info', t(locale, 'cancelledText'), t(locale, 'cancelledTitle'));
      case 'in-corso':
        return renderAlert('info', t(locale, 'inProgressText'), t(locale, 'inProgressTitle'));
      case 'pagato':
        return p.type === 'bollo' ? nothing : html`<p>${t(locale, 'paidText')}</p>`;
      case 'da-pagare': {
        if (!p.links.payOnline && !p.links.avviso && !p.noticeCode) {
          return renderAlert('warning', t(locale, 'noLinksText'), t(locale, 'noLinksTitle'));
        }
        if (this.#isDeferred(d)) {
          const text = p.dueDate
            ? t(locale, 'deferredDue', { amount, date: formatDate(p.dueDate, locale) })
            : t(locale, 'deferredNoDue', { amount });
          return renderAlert('info', text, t(locale, 'deferredTitle'));
        }
        return this.#praticaStatus(d) === 1530
          ? renderAlert('warning', t(locale, 'previousFailedText'), t(locale, 'previousFailedTitle'))
          : this.#praticaStatus(d) === 1500 ? html`<p>${t(locale, 'immediateText', { amount })}</p>` : nothing;
      }
      default:
        return nothing;
    }
  }

  /** Requested by the ente after submission (`payment_required` 2, §4.1), or a pratica already sent that now waits for a payment. */
  #isDeferred(d: PanelData): boolean {
    if (d.service?.paymentMode === 'deferred') return true;
    return !!d.pratica?.submittedAt && (d.pratica.statusCode === 1500 || d.pratica.statusCode === 1530);
  }

  #renderVerification(p: Payment, v: Phase): TemplateResult {
    const locale = this.resolvedLocale;
    const again = html`<button type="button" class="btn btn-outline btn-sm" @click=${() => this.watch.check()}>${t(locale, 'verifyAgain')}</button>`;
    const self = this.flow.target === 'self';
    let body: TemplateResult;
    switch (v) {
      case 'open':
        body = html`<div class="sdc-alert sdc-alert--info" role="status" aria-live="polite">
          <p class="sdc-alert__title"><span class="spinner" aria-hidden="true"></span>${t(locale, self ? 'payStarting' : 'verifyOpenTitle')}</p>
          ${self ? nothing : html`<div><p>${t(locale, 'verifyOpenText')}</p></div>`}
        </div>`;
        break;
      case 'checking':
        body = html`<div class="sdc-alert sdc-alert--info" role="status" aria-live="polite">
          <p class="sdc-alert__title"><span class="spinner" aria-hidden="true"></span>${t(locale, 'verifyingTitle')}</p>
          <div><p>${t(locale, 'verifyingText')}</p></div>
        </div>`;
        break;
      case 'paid':
        body = renderAlert('success', t(locale, 'verifyPaidText', { amount: formatAmount(p.amount, locale) }), t(locale, 'verifyPaidTitle'));
        break;
      case 'failed':
        body = renderAlert('danger', t(locale, 'verifyFailedText'), t(locale, 'verifyFailedTitle'));
        break;
      case 'not-completed':
        body = renderAlert('warning', t(locale, 'verifyNotCompletedText'), t(locale, 'verifyNotCompletedTitle'));
        break;
      case 'timeout':
        body = renderAlert('warning', html`<p>${t(locale, 'verifyTimeoutText')}</p><div class="actions">${again}</div>`, t(locale, 'verifyTimeoutTitle'));
        break;
      case 'error':
        body = renderAlert('danger', html`<p>${this.watch.error?.userMessage(locale) ?? ''}</p><div class="actions">${again}</div>`, t(locale, 'verifyErrorTitle'));
        break;
      case 'closed':
      default:
        return html``;
    }
    return html`<div class="verify" data-phase=${v}>${body}</div>`;
  }

  #renderActions(p: Payment, unknown: boolean, v: Phase | undefined): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (v === 'checking') return nothing;
    if (p.status === 'pagato') {
      return p.links.receipt ? html`<div class="actions">${this.#docLink(p, p.links.receipt, 'downloadReceipt', 'ricevuta.pdf', 'btn')}</div>` : nothing;
    }
    if (p.status === 'in-corso') {
      return html`<div class="actions">
        <button type="button" class="btn btn-outline" @click=${() => this.#checkNow(p)}>${t(locale, 'verifyNow')}</button>
        ${p.links.avviso ? this.#docLink(p, p.links.avviso, 'downloadAvviso', 'avviso-pagamento.pdf', 'btn btn-outline') : nothing}
      </div>`;
    }
    if (p.status === 'in-creazione' || unknown) {
      return html`<div class="actions"><button type="button" class="btn btn-outline" @click=${() => void this.data.run()}>${t(locale, 'refresh')}</button></div>`;
    }
    if (p.status !== 'da-pagare' || p.type === 'bollo') return nothing;
    const qr = pagoPaQrPayload(p.noticeCode, p.ente?.fiscalCode, p.amount);
    const online = !!p.links.payOnline;
    const offline = !!p.links.avviso || !!qr;
    if (!online && !offline) return nothing;
    const retry = v === 'failed' || v === 'not-completed' || this.#praticaStatus(this.data.value ?? { payments: [] }) === 1530;
    return html`<div class="ways ${online && offline ? 'ways--two' : ''}">
      ${online ? this.#renderOnline(p, retry) : nothing}
      ${offline ? this.#renderOffline(p, qr, online) : nothing}
    </div>
    ${this.downloadFailed.has(p.id) ? renderAlert('danger', t(locale, 'downloadError')) : nothing}`;
  }

  #renderOnline(p: Payment, retry: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const busy = this.flow.isStarting(p.id);
    const self = this.flow.target === 'self';
    const titleId = `online-${p.id}`;
    // A group, not a <section>: several cards would make several same-named landmarks.
    return html`<div class="way" role="group" aria-labelledby=${titleId}>
      <p class="section-title" id=${titleId}>${t(locale, 'payOnlineTitle')}</p>
      <p>${t(locale, self ? 'payOnlineTextSelf' : 'payOnlineText')}</p>
      <button type="button" class="btn pay-online" aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => (busy ? undefined : this.#pay(p))}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t(locale, self ? 'payStarting' : 'payOpened')}` : t(locale, retry ? 'retryPayment' : 'payOnline')}
        <span class="visually-hidden">: ${t(locale, 'payOnlineHidden', { amount: formatAmount(p.amount, locale), reason: this.#titleOf(p) })}${self ? '' : ` ${ui(locale, 'newWindow')}`}</span>
      </button>
      <a class="pagopa-link" href=${PAGOPA_INFO_URL} target="_blank" rel="noopener">${t(locale, 'whatIsPagopa')}<span class="visually-hidden"> ${ui(locale, 'newWindow')}</span></a>
    </div>`;
  }

  #renderOffline(p: Payment, qr: string | undefined, online: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const titleId = `offline-${p.id}`;
    const qrLabel = `qr-${p.id}`;
    // A group, not a <section>: several cards would make several same-named landmarks.
    return html`<div class="way" role="group" aria-labelledby=${titleId}>
      <p class="section-title" id=${titleId}>${t(locale, 'payOfflineTitle')}</p>
      ${online ? nothing : html`<p>${t(locale, 'onlineUnavailable')}</p>`}
      <p>${t(locale, p.links.avviso ? 'payOfflineText' : 'payOfflineNoAvviso')}</p>
      ${p.links.avviso ? this.#docLink(p, p.links.avviso, 'downloadAvviso', 'avviso-pagamento.pdf', 'btn btn-outline') : nothing}
      ${qr
        ? html`<figure class="qr-figure">
            ${renderQr(qr, qrLabel)}
            <figcaption>
              <span class="visually-hidden" id=${qrLabel}>${t(locale, 'qrAlt', {
                code: groupNoticeCode(p.noticeCode ?? ''),
                amount: formatAmount(p.amount, locale),
                cf: p.ente?.fiscalCode ?? '',
              })}</span>
              ${t(locale, 'qrCaption')}
            </figcaption>
          </figure>`
        : nothing}
    </div>`;
  }

  #docLink(p: Payment, url: string, label: 'downloadAvviso' | 'downloadReceipt', filename: string, cls: string): TemplateResult {
    const locale = this.resolvedLocale;
    const busy = this.downloading.has(`${p.id}|${url}`);
    return html`<a class=${`${cls} doc-link`} href=${url} data-doc=${label === 'downloadAvviso' ? 'avviso' : 'receipt'}
      aria-disabled=${busy ? 'true' : 'false'} @click=${(e: Event) => void this.#download(e, p, url, filename)}>
      ${busy ? t(locale, 'downloading') : t(locale, label)} <span class="visually-hidden">${t(locale, 'pdf')}</span>
    </a>`;
  }
}

function defaultOpen(url: string, target: CheckoutTarget): void {
  if (target === 'self') location.assign(url);
  // noopener: the checkout (another origin) gets no handle on the ente's page.
  else window.open(url, '_blank', 'noopener');
}
