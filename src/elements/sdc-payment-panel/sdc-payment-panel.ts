import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderEmpty, renderError, renderLoading, renderLogin, stateStyles } from '../../ui/states.js';
import { statusTag, statusTagStyles, type Tone } from '../../ui/status-tag.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { uiMessages as ui } from '../../ui/ui.messages.js';
import { formatAmount, formatDate, formatDateTime } from '../../i18n/format.js';
import { getPratica, saveBolloStamp } from '../../api/applications.js';
import { getService } from '../../api/services.js';
import { getPayment, listPayments } from '../../api/payments.js';
import { paymentFromPratica } from '../../api/adapters/payments.js';
import { isFinal, isKnownPaymentStatus, type Payment, type PaymentStatus } from '../../domain/payment.js';
import type { Pratica } from '../../domain/pratica.js';
import type { Service } from '../../domain/service.js';
import {
  cleanReturnParams,
  detectReturn,
  downloadPaymentDocument,
  forgetPending,
  groupNoticeCode,
  isApiUrl,
  pagoPaQrPayload,
  pollPayment,
  resetStartGuard,
  startOnlinePayment,
  type PollOptions,
  type ReturnHint,
} from '../../ui/payment-actions.js';
import { messages as t, type MessageKey } from './sdc-payment-panel.messages.js';
import { panelStyles } from './sdc-payment-panel.styles.js';
import { renderQr } from './payment-qr.js';
import { BOLLO_FIELDS, EMPTY_BOLLO, mergePraticaPayments, validateBollo, type BolloField, type BolloInput } from './bollo-entry.js';

/** Why a payment attempt did not end in "pagato". */
export type PaymentFailureReason = 'cancelled' | 'failed' | 'not-completed' | 'expired' | 'annulled';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /**
     * "Paga online" was pressed and the panel is about to navigate to the pagoPA checkout (`url`).
     * Cancel it to navigate yourself (e.g. in a new window); the return is still detected.
     */
    'sdc-payment-started': { payment: Payment; url: string };
    /** The backend confirmed the payment after the checkout (never on the return URL alone). */
    'sdc-payment-complete': { payment: Payment };
    /** The checkout ended without a payment, or the payment can no longer be made. */
    'sdc-payment-failed': { payment: Payment; reason: PaymentFailureReason };
  }
}

/** Where a payment stands after the citizen came back from the checkout. */
type Phase = 'checking' | 'paid' | 'cancelled' | 'failed' | 'not-completed' | 'closed' | 'timeout' | 'error';
interface Verification {
  phase: Phase;
  hint: ReturnHint;
  payment: Payment;
  error?: string;
}

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

/** A return with no outcome in the URL (the citizen pressed Back): this many "da pagare" reads mean nothing was paid. */
const UNPAID_READS_WITHOUT_HINT = 3;

const PAGOPA_INFO_URL = 'https://www.pagopa.gov.it/it/cittadini/';

/**
 * @tag sdc-payment-panel
 * @summary The payments of one pratica (or one payment): what they are for, amount, due date and
 * status; "Paga online" through pagoPA with verification on return, "Paga offline" with the avviso PDF
 * and its pagoPA QR code, the receipt once paid, and the marca da bollo (shown, or entered when the
 * service asks for it).
 *
 * The pay / poll / download logic lives in `src/ui/payment-actions.ts`, shared with the wizard's
 * payment step and `<sdc-payments-list>`. A return from the checkout is detected from the landing URL
 * parameters or from the checkout remembered in sessionStorage; the status shown always comes from
 * the backend.
 *
 * @event sdc-payment-started - Before navigating to the pagoPA checkout; `detail.payment`, `detail.url`. Cancelable.
 * @event sdc-payment-complete - The backend confirmed the payment; `detail.payment`.
 * @event sdc-payment-failed - Cancelled, failed, expired or annulled; `detail.payment`, `detail.reason`.
 * @csspart payment - Each payment card.
 * @csspart status - The status tag.
 * @csspart qr - The pagoPA QR code.
 * @cssprop --sdc-color-primary - Buttons, links and the top border of each way to pay.
 * @cssprop --sdc-color-surface-alt - Background of the "Paga online" / "Paga offline" boxes.
 * @cssprop --sdc-color-border - Card borders.
 * @cssprop --sdc-font-family-mono - The notice code and the bollo identifier.
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
  /** Tuning of the verification polling (time limit, delays). @internal */
  @property({ attribute: false }) pollOptions: Partial<Omit<PollOptions, 'load' | 'signal' | 'onUpdate' | 'isDone'>> = {};
  /** Top-level navigation to the checkout. Default `location.assign`. @internal */
  @property({ attribute: false }) navigate?: (url: string) => void;

  @state() private verifications = new Map<string, Verification>();
  @state() private fresh = new Map<string, Payment>();
  @state() private starting = new Set<string>();
  @state() private downloading = new Set<string>();
  @state() private downloadFailed = new Set<string>();
  @state() private announcement = '';
  @state() private bollo: BolloInput = { ...EMPTY_BOLLO };
  @state() private bolloErrors: Partial<Record<BolloField, MessageKey>> = {};
  @state() private bolloSaving = false;
  @state() private bolloSaveError?: string;
  @state() private bolloSaved = false;

  #polls = new Map<string, AbortController>();
  #bolloAbort?: AbortController;
  #focusSummary = false;

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached while a verification was running (moved in the DOM): pick it up again.
    for (const v of this.verifications.values()) if (v.phase === 'checking') this.#verify(v.payment, v.hint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of this.#polls.values()) c.abort();
    this.#polls.clear();
    this.#bolloAbort?.abort();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusSummary) {
      this.#focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Checkout round trip

  #checkReturn(data: PanelData): void {
    const ids = data.payments.map((p) => p.id);
    const r = detectReturn({ paymentIds: ids });
    if (!r?.paymentId) return;
    const payment = data.payments.find((p) => p.id === r.paymentId);
    // A reload of the data (after saving the bollo) must not restart a verification under way.
    if (payment && this.verifications.get(payment.id)?.phase !== 'checking') this.#verify(payment, r.hint);
  }

  #setVerification(id: string, v: Verification | undefined): void {
    const next = new Map(this.verifications);
    if (v) next.set(id, v);
    else next.delete(id);
    this.verifications = next;
  }

  #verify(payment: Payment, hint: ReturnHint): void {
    const client = this.api.client;
    if (!client) return;
    this.#polls.get(payment.id)?.abort();
    const controller = new AbortController();
    this.#polls.set(payment.id, controller);
    this.#setVerification(payment.id, { phase: 'checking', hint, payment: this.#current(payment) });
    let unpaidReads = 0;
    const praticaId = payment.praticaId ?? this.praticaId;
    void pollPayment({
      ...this.pollOptions,
      signal: controller.signal,
      load: (signal) => getPayment(client, payment.id, { praticaId }, { signal }),
      onUpdate: (p) => {
        this.fresh = new Map(this.fresh).set(p.id, p);
      },
      // The checkout's cancel/error return leaves the notice payable ("da pagare"): one read confirms
      // nothing was paid. With no outcome at all, a few reads do. After an "ok" return, wait for the receipt.
      isDone: (p) => {
        if (isFinal(p)) return true;
        if (p.status !== 'da-pagare') return false;
        unpaidReads++;
        return hint === 'cancel' || hint === 'error' || (hint === 'unknown' && unpaidReads >= UNPAID_READS_WITHOUT_HINT);
      },
    }).then((r) => {
      if (r.kind === 'aborted') return;
      if (this.#polls.get(payment.id) === controller) this.#polls.delete(payment.id);
      const latest = r.payment ?? payment;
      const locale = this.resolvedLocale;
      if (r.kind === 'timeout') {
        this.announcement = t(locale, 'verifyTimeoutTitle');
        return this.#setVerification(payment.id, { phase: 'timeout', hint, payment: latest });
      }
      if (r.kind === 'error') {
        this.announcement = t(locale, 'verifyErrorTitle');
        return this.#setVerification(payment.id, { phase: 'error', hint, payment: latest, error: r.error.userMessage(locale) });
      }
      this.#finish(latest, hint);
    });
  }

  #finish(p: Payment, hint: ReturnHint): void {
    forgetPending(p.id);
    this.#cleanUrl();
    let phase: Phase;
    let reason: PaymentFailureReason | undefined;
    switch (p.status) {
      case 'pagato': phase = 'paid'; break;
      case 'scaduto': phase = 'closed'; reason = 'expired'; break;
      case 'annullato': phase = 'closed'; reason = 'annulled'; break;
      case 'errore': phase = 'failed'; reason = 'failed'; break;
      default:
        phase = hint === 'cancel' ? 'cancelled' : hint === 'error' ? 'failed' : 'not-completed';
        reason = phase as PaymentFailureReason;
    }
    this.#setVerification(p.id, { phase, hint, payment: p });
    // The result replaces the "verifica in corso" box: say it in the panel's live region too, so it is
    // announced even where a freshly inserted alert is not.
    const title: Record<Phase, MessageKey | undefined> = {
      paid: 'verifyPaidTitle', cancelled: 'verifyCancelledTitle', failed: 'verifyFailedTitle',
      'not-completed': 'verifyNotCompletedTitle', closed: p.status === 'scaduto' ? 'expiredTitle' : 'cancelledTitle',
      checking: undefined, timeout: undefined, error: undefined,
    };
    const key = title[phase];
    if (key) this.announcement = t(this.resolvedLocale, key);
    resetStartGuard(p.id);
    if (phase === 'paid') this.emit('sdc-payment-complete', { payment: p });
    else if (reason) this.emit('sdc-payment-failed', { payment: p, reason });
  }

  /** A reload after the verification must not look like another return from the checkout. */
  #cleanUrl(): void {
    if (typeof history === 'undefined') return;
    const clean = cleanReturnParams(location.href);
    if (clean !== location.href) history.replaceState(history.state, '', clean);
  }

  #pay(payment: Payment, retry = false): void {
    if (retry) resetStartGuard(payment.id);
    const result = startOnlinePayment(
      { ...payment, praticaId: payment.praticaId ?? this.praticaId },
      {
        navigate: (url) => {
          if (!this.emit('sdc-payment-started', { payment, url }, { cancelable: true })) return;
          (this.navigate ?? ((u: string) => location.assign(u)))(url);
        },
      },
    );
    if (result === 'started') {
      this.starting = new Set(this.starting).add(payment.id);
      this.#setVerification(payment.id, undefined);
      this.announcement = t(this.resolvedLocale, 'payStarting');
    }
  }

  #current(p: Payment): Payment {
    return this.fresh.get(p.id) ?? p;
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

  #setBollo(field: BolloField, value: string | boolean): void {
    this.bollo = { ...this.bollo, [field]: value };
    this.bolloSaved = false;
    // Errors shown after "Salva" are re-checked as the citizen fixes them, never added while typing.
    if (this.bolloErrors[field]) {
      const next = validateBollo(this.bollo).errors;
      this.bolloErrors = { ...this.bolloErrors, [field]: next[field] };
      if (!next[field]) {
        const rest = { ...this.bolloErrors };
        delete rest[field];
        this.bolloErrors = rest;
      }
    }
  }

  async #saveBollo(e: Event): Promise<void> {
    e.preventDefault();
    if (this.bolloSaving) return;
    const praticaId = this.data.value?.pratica?.id;
    const client = this.api.client;
    const { errors, value } = validateBollo(this.bollo);
    this.bolloErrors = errors;
    this.bolloSaveError = undefined;
    if (!value || !client || !praticaId) {
      this.#focusSummary = true;
      return;
    }
    this.bolloSaving = true;
    this.#bolloAbort = new AbortController();
    try {
      await saveBolloStamp(client, praticaId, value, { signal: this.#bolloAbort.signal });
      this.bolloSaved = true;
      this.bollo = { ...EMPTY_BOLLO };
      this.announcement = t(this.resolvedLocale, 'bolloSaved');
      await this.data.run();
    } catch (err) {
      if (err instanceof SdcError && err.kind === 'aborted') return;
      const fields = err instanceof SdcError ? err.fieldMessages() : [];
      this.bolloSaveError = [t(this.resolvedLocale, 'bolloSaveError'), ...fields].join(' ');
    } finally {
      this.bolloSaving = false;
    }
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
      return html`${this.bolloSaved ? renderAlert('success', t(locale, 'bolloSaved')) : nothing}
        ${renderEmpty(t(locale, 'emptyTitle'), t(locale, 'emptyText'))}`;
    }
    return html`<div class="payments">
      ${d.payments.map((p) => this.#renderPayment(this.#current(p), d))}
      ${needsBollo ? this.#renderBolloForm(d) : nothing}
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
    const label = unknown ? t(locale, 'status.unknown') : t(locale, `status.${p.status}` as MessageKey);
    const v = this.verifications.get(p.id);
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
      ${v && v.phase !== 'timeout' && v.phase !== 'error' ? nothing : this.#renderStateNote(p, d, unknown)}
      ${this.#renderActions(p, unknown, v)}
    </article>`;
  }

  #renderFacts(p: Payment): TemplateResult {
    const locale = this.resolvedLocale;
    const code = p.noticeCode;
    return html`<dl class="facts">
      ${p.reason ? html`<div class="wide"><dt>${t(locale, 'causale')}</dt><dd>${p.reason}</dd></div>` : nothing}
      ${p.status === 'pagato'
        ? p.paidAt ? html`<div><dt>${t(locale, 'paidAt')}</dt><dd>${formatDateTime(p.paidAt, locale)}</dd></div>` : nothing
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
        ? html`<div><dt>${t(locale, 'bolloEmittedAt')}</dt><dd>${formatDateTime(p.bollo.emittedAt, locale)}</dd></div>`
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
        return d.pratica?.statusCode === 1500 ? html`<p>${t(locale, 'immediateText', { amount })}</p>` : nothing;
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

  #renderVerification(p: Payment, v: Verification): TemplateResult {
    const locale = this.resolvedLocale;
    const again = html`<button type="button" class="btn btn-outline btn-sm" @click=${() => this.#verify(p, v.hint)}>${t(locale, 'verifyAgain')}</button>`;
    let body: TemplateResult;
    switch (v.phase) {
      case 'checking':
        body = html`<div class="sdc-alert sdc-alert--info" role="status" aria-live="polite">
          <p class="sdc-alert__title"><span class="spinner" aria-hidden="true"></span>${t(locale, 'verifyingTitle')}</p>
          <div><p>${t(locale, 'verifyingText')}</p></div>
        </div>`;
        break;
      case 'paid':
        body = renderAlert('success', t(locale, 'verifyPaidText', { amount: formatAmount(p.amount, locale) }), t(locale, 'verifyPaidTitle'));
        break;
      case 'cancelled':
        body = renderAlert('warning', t(locale, 'verifyCancelledText'), t(locale, 'verifyCancelledTitle'));
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
        body = renderAlert('danger', html`<p>${v.error ?? ''}</p><div class="actions">${again}</div>`, t(locale, 'verifyErrorTitle'));
        break;
      case 'closed':
      default:
        return html``;
    }
    return html`<div class="verify" data-phase=${v.phase}>${body}</div>`;
  }

  #renderActions(p: Payment, unknown: boolean, v: Verification | undefined): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (v?.phase === 'checking') return nothing;
    if (p.status === 'pagato') {
      return p.links.receipt ? html`<div class="actions">${this.#docLink(p, p.links.receipt, 'downloadReceipt', 'ricevuta.pdf', 'btn')}</div>` : nothing;
    }
    if (p.status === 'in-corso') {
      return html`<div class="actions">
        <button type="button" class="btn btn-outline" @click=${() => this.#verify(p, 'ok')}>${t(locale, 'verifyNow')}</button>
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
    const retry = v && (v.phase === 'cancelled' || v.phase === 'failed' || v.phase === 'not-completed');
    return html`<div class="ways ${online && offline ? 'ways--two' : ''}">
      ${online ? this.#renderOnline(p, !!retry) : nothing}
      ${offline ? this.#renderOffline(p, qr, online) : nothing}
    </div>
    ${this.downloadFailed.has(p.id) ? renderAlert('danger', t(locale, 'downloadError')) : nothing}`;
  }

  #renderOnline(p: Payment, retry: boolean): TemplateResult {
    const locale = this.resolvedLocale;
    const busy = this.starting.has(p.id);
    const titleId = `online-${p.id}`;
    // A group, not a <section>: several cards would make several same-named landmarks.
    return html`<div class="way" role="group" aria-labelledby=${titleId}>
      <p class="section-title" id=${titleId}>${t(locale, 'payOnlineTitle')}</p>
      <p>${t(locale, 'payOnlineText')}</p>
      <button type="button" class="btn pay-online" aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => (busy ? undefined : this.#pay(p, retry))}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t(locale, 'payStarting')}` : t(locale, retry ? 'retryPayment' : 'payOnline')}
        <span class="visually-hidden">: ${t(locale, 'payOnlineHidden', { amount: formatAmount(p.amount, locale), reason: this.#titleOf(p) })}</span>
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

  #renderBolloForm(d: PanelData): TemplateResult {
    const locale = this.resolvedLocale;
    const amount = formatAmount(d.service?.bollo?.amount ?? 16, locale);
    const errs = BOLLO_FIELDS.filter((f) => this.bolloErrors[f]);
    const titleId = 'bollo-form-title';
    const field = (name: 'identifier' | 'date' | 'time', label: MessageKey, hint: MessageKey, cls: string, inputmode: string) => {
      const err = this.bolloErrors[name];
      const id = `bollo-${name}`;
      return html`<div class="field ${err ? 'field--error' : ''}">
        <label for=${id}>${t(locale, label)}</label>
        <p class="hint" id=${`${id}-hint`}>${t(locale, hint)}</p>
        ${err ? html`<p class="error-message" id=${`${id}-error`}><span class="visually-hidden">Errore: </span>${t(locale, err)}</p>` : nothing}
        <input id=${id} name=${name} class=${cls} inputmode=${inputmode} autocomplete="off" spellcheck="false"
          .value=${this.bollo[name]} aria-invalid=${err ? 'true' : 'false'}
          aria-describedby=${err ? `${id}-hint ${id}-error` : `${id}-hint`}
          @input=${(e: Event) => this.#setBollo(name, (e.target as HTMLInputElement).value)} />
      </div>`;
    };
    const declErr = this.bolloErrors.declared;
    return html`<section class="bollo-card" aria-labelledby=${titleId}>
      ${this.#heading(titleId, t(locale, 'bolloFormTitle'), 'payment__title')}
      <p>${t(locale, 'bolloFormIntro', { amount })}</p>
      ${errs.length
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <p>${t(locale, 'errorSummary', { count: errs.length })}</p>
            <ul>${errs.map((f) => html`<li><a href=${`#bollo-${f}`} @click=${(e: Event) => this.#focusField(e, f)}>${t(locale, this.bolloErrors[f]!)}</a></li>`)}</ul>
          </div>`
        : nothing}
      ${this.bolloSaveError ? renderAlert('danger', this.bolloSaveError) : nothing}
      <form novalidate @submit=${(e: Event) => void this.#saveBollo(e)}>
        ${field('identifier', 'bolloIdLabel', 'bolloIdHint', 'id-input', 'numeric')}
        <div class="inline-fields">
          ${field('date', 'bolloDateLabel', 'bolloDateHint', 'short', 'numeric')}
          ${field('time', 'bolloTimeLabel', 'bolloTimeHint', 'short', 'numeric')}
        </div>
        <div class="check ${declErr ? 'check--error' : ''}">
          <input type="checkbox" id="bollo-declared" .checked=${this.bollo.declared} aria-invalid=${declErr ? 'true' : 'false'}
            aria-describedby=${declErr ? 'bollo-declared-error' : nothing}
            @change=${(e: Event) => this.#setBollo('declared', (e.target as HTMLInputElement).checked)} />
          <div>
            <label for="bollo-declared">${t(locale, 'bolloDeclaration')}</label>
            ${declErr ? html`<p class="error-message" id="bollo-declared-error"><span class="visually-hidden">Errore: </span>${t(locale, declErr)}</p>` : nothing}
          </div>
        </div>
        <button type="submit" class="btn" aria-disabled=${this.bolloSaving ? 'true' : 'false'}>
          ${this.bolloSaving ? t(locale, 'bolloSaving') : t(locale, 'bolloSave')}
        </button>
      </form>
    </section>`;
  }

  #focusField(e: Event, f: BolloField): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#bollo-${f}`)?.focus();
  }
}
