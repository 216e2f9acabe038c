import { html, nothing, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderLoading, renderEmpty, renderError, renderLogin, stateStyles } from '../../ui/states.js';
import { statusTag, statusTagStyles, type Tone } from '../../ui/status-tag.js';
import { renderAlert, alertStyles } from '../../ui/alert.js';
import { downloadPaymentDocument, isApiUrl } from '../../controllers/payment-documents.js';
import { PaymentFlow, checkoutTargetOf, type CheckoutTarget } from '../../controllers/payment-flow.js';
import { PaymentWatch, checkoutPhase, type CheckoutPhase } from '../../controllers/payment-watch.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { uiMessages as ui } from '../../ui/ui.messages.js';
import { formatAmount, formatDate } from '../../i18n/format.js';
import { listPayments } from '../../api/payments.js';
import { formatNoticeCode, isPayable, type Payment, type PaymentStatus } from '../../domain/payment.js';
import { paymentStatusLabel } from '../../domain/labels.js';
import { romeWallTime } from '../../domain/rome-time.js';
import { messages as t } from './sdc-payments-list.messages.js';
import { listStyles } from '../../styles/list.js';
import { ShownCounts, renderShowMore, showMoreStyles } from '../../ui/pagination.js';
import { renderFilterArea, focusFilterArea, filterAreaStyles } from '../../ui/filter-area.js';
import { DEFAULT_DETAIL_URL, detailUrl } from '../../ui/pratica-links.js';
import { readUrlParams, writeUrlParams, type UrlSync } from '../../controllers/url-state.js';
import { requireCitizen, needsLogin, errorText } from '../../controllers/session-gate.js';

const TONE: Record<PaymentStatus, Tone> = {
  'in-creazione': 'neutral',
  'da-pagare': 'warning',
  'in-corso': 'info',
  pagato: 'success',
  scaduto: 'neutral',
  annullato: 'neutral',
  errore: 'danger',
};

const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** The day a payment counts for in the date filter: when it was paid, else when it was issued. */
function dayOf(p: Payment): Date | undefined {
  return p.paidAt ?? p.createdAt ?? p.dueDate;
}

/** A payment's day as the list shows it, in Rome (formatDate's zone): the filter's days are the days the citizen reads. */
function romeDayOf(p: Payment): string | undefined {
  const d = dayOf(p);
  return d && romeWallTime(d).date;
}

/**
 * "Paga online" opens the pagoPA checkout in a new tab by default (OpenCity lands the citizen on the
 * backend's pratica page afterwards, opencity-api.md §4.6 A): the list watches that payment while the
 * page is visible and updates itself with the outcome. `checkout-target="self"` uses the same tab,
 * for tenants whose landing leads back here; the return is recognised and the outcome shown.
 *
 * @tag sdc-payments-list
 * @summary All the citizen's payments, "Da pagare" and "Pagati", filterable by date: pay online with
 * pagoPA, download the avviso to pay offline, download the receipt.
 *
 * @event sdc-payment-started - “Paga online” was pressed, before the pagoPA checkout opens. Cancelable: cancel to open it yourself.
 * @event sdc-payment-complete - The backend confirmed the payment (never a return URL alone).
 * @event sdc-payment-failed - Refused, expired or annulled: `detail.reason`.
 * @attr no-heading - Hides the list’s own “I miei pagamenti” heading (the page or the area personale has one).
 * @csspart card - Each payment card.
 * @csspart status - The status tag.
 * @cssprop --sdc-color-primary - Links and buttons.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
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
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-space - Spacing unit.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
 */
export class SdcPaymentsList extends SdcElement {
  static override styles = [
    tokens, base, controls, stateStyles, statusTagStyles, alertStyles, listStyles, showMoreStyles, filterAreaStyles,
    css`
      .group { margin: 0 0 calc(var(--_space) * 4); }
      .group h3 { display: flex; gap: var(--_space); align-items: baseline; }
      .group h3 .count { font-size: 1rem; font-weight: 400; color: var(--_muted); }
      .filters { grid-template-columns: 1fr; }
      @media (min-width: 768px) { .filters { grid-template-columns: repeat(2, minmax(0, 1fr)) auto; } }
      .filters .hint { grid-column: 1 / -1; }
    `,
  ];

  readonly api = new ApiController(this);

  /** Detail URL template of the pratica a payment belongs to: `{pratica}`. */
  @property({ attribute: 'detail-url' }) detailUrl = DEFAULT_DETAIL_URL;
  /** Where the date filter is kept: `search` (default), `hash`, `none`. */
  @property({ attribute: 'url-sync' }) urlSync: UrlSync = 'search';
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;
  /** Where the pagoPA checkout opens: `blank` (default, a new tab) or `self` (this tab). */
  @property({ attribute: 'checkout-target' }) checkoutTarget: CheckoutTarget = 'blank';
  /** Opens the checkout. @internal */
  @property({ attribute: false }) openCheckout?: (url: string, target: CheckoutTarget) => void;
  /** Time source of the payment watch. @internal */
  @property({ attribute: false }) clock: Clock = systemClock;

  @state() from = '';
  @state() to = '';
  @state() private rangeError = false;
  /** The date filter is open behind "Filtri (n)" (it collapses only where the list is narrow). */
  @state() private filtersOpen = false;
  @state() private busy: Record<string, boolean> = {};
  @state() private errors: Record<string, string> = {};
  @state() private announcement = '';

  readonly #clock: Clock = { now: () => this.clock.now(), after: (ms, fn) => this.clock.after(ms, fn) };
  readonly flow = new PaymentFlow(this, {
    clock: this.#clock,
    open: (url, target) => (this.openCheckout ?? defaultOpen)(url, target),
  });
  readonly watch = new PaymentWatch(this, { client: () => this.api.client, clock: this.#clock, onChange: () => this.#onWatch() });
  #settled = '';
  /** A citizen with years of payments: each group shows 10, then 10 more at a time (issue 15). */
  readonly #shown = new ShownCounts(10, () => this.requestUpdate());

  readonly #onPop = (): void => this.#readUrl();

  private readonly payments = new Task(this, {
    task: async ([client], { signal }) => listPayments(await requireCitizen(client, signal), {}, { signal }),
    args: () => [this.api.client] as const,
    onComplete: (list) => {
      // Same-tab mode: back from a checkout started here.
      if (this.watch.active) return;
      const back = this.flow.pendingReturn({ paymentIds: list.map((p) => p.id) });
      if (back) this.watch.watch({ paymentId: back.paymentId, praticaId: back.praticaId, baselineStatus: back.baselineStatus });
    },
  });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('checkoutTarget')) this.flow.target = checkoutTargetOf(this.checkoutTarget);
  }

  /** A final outcome: the list reloads (the payment moves to "Pagati") and the card says what happened. */
  #onWatch(): void {
    const w = this.watch;
    const p = w.payment;
    if (w.phase !== 'settled' || !p || this.#settled === p.id) return;
    this.#settled = p.id;
    this.flow.settle(p.id);
    const key = w.outcome === 'paid' ? 'outcomePaid' : w.outcome === 'failed' ? 'outcomeFailed' : 'outcomeClosed';
    this.announcement = t(this.resolvedLocale, key);
    if (w.outcome === 'paid') this.emit('sdc-payment-complete', { payment: p });
    else if (w.outcome === 'failed' || w.outcome === 'expired' || w.outcome === 'annulled') this.emit('sdc-payment-failed', { payment: p, reason: w.outcome });
    void this.payments.run();
  }

  #phaseOf(p: Payment): CheckoutPhase | undefined {
    if (this.watch.target?.paymentId !== p.id) return undefined;
    return checkoutPhase(this.watch, this.flow.isStarting(p.id));
  }

  /** The watched payment as last read, else as listed. */
  #current(p: Payment): Payment {
    const w = this.watch.payment;
    return w && w.id === p.id ? w : p;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readUrl();
    window.addEventListener('popstate', this.#onPop);
    window.addEventListener('hashchange', this.#onPop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPop);
    window.removeEventListener('hashchange', this.#onPop);
  }

  #readUrl(): void {
    const p = readUrlParams(this.urlSync);
    const from = p.get('dal') ?? '';
    const to = p.get('al') ?? '';
    this.from = YMD.test(from) ? from : '';
    this.to = YMD.test(to) ? to : '';
    this.rangeError = false;
  }

  #apply(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const from = (form.elements.namedItem('dal') as HTMLInputElement).value;
    const to = (form.elements.namedItem('al') as HTMLInputElement).value;
    if (from && to && from > to) {
      this.rangeError = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#f-to')?.focus());
      return;
    }
    this.rangeError = false;
    this.from = from;
    this.to = to;
    this.#shown.reset();
    const p = new URLSearchParams();
    if (from) p.set('dal', from);
    if (to) p.set('al', to);
    writeUrlParams(this.urlSync, p, { route: '/pagamenti', keys: ['dal', 'al'] });
  }

  #reset(): void {
    this.#shown.reset();
    this.from = '';
    this.to = '';
    this.rangeError = false;
    writeUrlParams(this.urlSync, new URLSearchParams(), { route: '/pagamenti', keys: ['dal', 'al'] });
    // The pressed button goes away with the filters: keep focus in the filter area.
    void this.updateComplete.then(() => focusFilterArea(this.renderRoot));
  }

  #inRange(p: Payment): boolean {
    if (!this.from && !this.to) return true;
    const day = romeDayOf(p);
    if (!day) return false;
    if (this.from && day < this.from) return false;
    if (this.to && day > this.to) return false;
    return true;
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    if (st === 'anonymous' || st === 'expired') return renderLogin(locale, this.api.loginUrl());
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.noHeading ? nothing : html`<h2>${t(locale, 'heading')}</h2>`}
      ${this.payments.render({
        initial: () => renderLoading(locale, 5),
        pending: () => (this.payments.value ? this.#renderList(this.payments.value) : renderLoading(locale, 5)),
        error: (e) => (needsLogin(e) ? renderLogin(locale, this.api.loginUrl()) : renderError(locale, errorText(e, locale), () => void this.payments.run())),
        complete: (list) => this.#renderList(list),
      })}`;
  }

  #renderFilters() {
    const locale = this.resolvedLocale;
    const filtered = !!(this.from || this.to);
    const active = (this.from ? 1 : 0) + (this.to ? 1 : 0);
    // A range error opens the filters: the message must be seen.
    const open = this.filtersOpen || this.rangeError;
    return renderFilterArea({ locale, formId: 'filters', open, active, onToggle: () => { this.filtersOpen = !open; } },
      html`<form id="filters" class="filters" role="search" aria-label=${t(locale, 'filters')} @submit=${(e: Event) => this.#apply(e)} novalidate>
      <p class="hint" id="date-hint">${t(locale, 'dateHint')}</p>
      <div class="field">
        <label for="f-from">${t(locale, 'from')}</label>
        <input id="f-from" name="dal" type="date" .value=${this.from} aria-describedby="date-hint">
      </div>
      <div class="field">
        <label for="f-to">${t(locale, 'to')}</label>
        ${this.rangeError ? html`<p class="error-message" id="to-error"><span class="visually-hidden">${t(locale, 'errorPrefix')}</span> ${t(locale, 'rangeError')}</p>` : nothing}
        <input id="f-to" name="al" type="date" .value=${this.to} aria-invalid=${this.rangeError ? 'true' : 'false'}
          aria-describedby=${this.rangeError ? 'to-error date-hint' : 'date-hint'}>
      </div>
      <div class="card__actions" style="align-self:end">
        <button type="submit" class="btn">${t(locale, 'apply')}</button>
        ${filtered ? html`<button type="button" class="btn btn-outline" @click=${() => this.#reset()}>${t(locale, 'reset')}</button>` : nothing}
      </div>
    </form>`);
  }

  #renderList(all: readonly Payment[]) {
    const locale = this.resolvedLocale;
    const filtered = !!(this.from || this.to);
    if (all.length === 0) return renderEmpty(t(locale, 'emptyTitle'), t(locale, 'emptyText'));
    const list = all.map((p) => this.#current(p)).filter((p) => this.#inRange(p));
    const toPay = list.filter((p) => p.status === 'da-pagare' || p.status === 'in-corso' || p.status === 'in-creazione' || p.status === 'errore');
    const paid = list.filter((p) => p.status === 'pagato');
    const other = list.filter((p) => p.status === 'scaduto' || p.status === 'annullato');
    return html`${this.#renderFilters()}
      <p class="results-status" role="status">${t(locale, 'summary', { toPay: toPay.length, paid: paid.length })}</p>
      ${list.length === 0 && filtered
        ? renderEmpty(t(locale, 'emptyFilteredTitle'), t(locale, 'emptyFilteredText'),
            html`<button type="button" class="btn btn-outline" @click=${() => this.#reset()}>${t(locale, 'reset')}</button>`)
        : html`
          ${this.#renderGroup('da-pagare', t(locale, 'toPay'), toPay, t(locale, 'toPayEmpty'))}
          ${this.#renderGroup('pagati', t(locale, 'paid'), paid, t(locale, 'paidEmpty'))}
          ${other.length ? this.#renderGroup('altri', t(locale, 'other'), other, '') : nothing}`}`;
  }

  #renderGroup(key: string, title: string, items: Payment[], empty: string) {
    const locale = this.resolvedLocale;
    return html`<section class="group" aria-labelledby="g-${key}" data-group=${key}>
      <h3 id="g-${key}">${title} <span class="count">(${t(locale, 'count', { count: items.length })})</span></h3>
      ${items.length
        ? html`<ul class="cards">${this.#shown.slice(key, items).map((p) => this.#renderCard(p))}</ul>
          ${this.#shown.next(key, items.length)
            ? renderShowMore(t(locale, 'showMore', { count: this.#shown.next(key, items.length) }), `g-${key}`, () => this.#more(key, items))
            : nothing}`
        : html`<p>${empty}</p>`}
    </section>`;
  }

  /** Ten more cards: focus goes to the first one added (where reading goes on), and the count is announced. */
  #more(key: string, items: readonly Payment[]): void {
    const count = this.#shown.next(key, items.length);
    const first = items[this.#shown.more(key)];
    // Cleared first: the same words twice in a row ("Aggiunti 10 pagamenti") are announced each time.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = t(this.resolvedLocale, 'announceMore', { count });
      if (first) this.renderRoot.querySelector<HTMLElement>(`[data-payment="${CSS.escape(first.id)}"] .card__title`)?.focus();
    });
  }

  #renderOutcome(p: Payment) {
    const locale = this.resolvedLocale;
    const phase = this.#phaseOf(p);
    switch (phase) {
      case 'open':
        return html`<p class="outcome" data-phase=${phase}>${t(locale, this.flow.target === 'self' ? 'leaving' : 'opened')}</p>`;
      case 'checking':
        return html`<p class="outcome" data-phase=${phase}>${t(locale, 'checking')}</p>`;
      case 'paid':
        return html`<div data-phase=${phase}>${renderAlert('success', t(locale, 'outcomePaidText'), t(locale, 'outcomePaid'))}</div>`;
      case 'failed':
        return html`<div data-phase=${phase}>${renderAlert('danger', t(locale, 'outcomeFailedText'), t(locale, 'outcomeFailed'))}</div>`;
      case 'not-completed':
        return html`<div data-phase=${phase}>${renderAlert('warning', t(locale, 'outcomeNotCompletedText'), t(locale, 'outcomeNotCompleted'))}</div>`;
      case 'timeout':
        return html`<div data-phase=${phase}>${renderAlert('warning', t(locale, 'outcomeTimeoutText'), t(locale, 'outcomeTimeout'))}</div>`;
      default:
        return nothing;
    }
  }

  #renderCard(p: Payment) {
    const locale = this.resolvedLocale;
    const reason = p.reason || (p.type === 'bollo' ? t(locale, 'bollo') : '');
    const phase = this.#phaseOf(p);
    const again = phase === 'failed' || phase === 'not-completed';
    const starting = this.flow.isStarting(p.id);
    const self = this.flow.target === 'self';
    return html`<li class="card" part="card" data-payment=${p.id}>
      <div class="card__top">
        <p class="amount">${formatAmount(p.amount, locale)}</p>
        <span><span class="visually-hidden">${t(locale, 'statusLabel')}</span> ${statusTag(paymentStatusLabel(p.status, locale), TONE[p.status])}</span>
      </div>
      <h4 class="card__title" tabindex="-1">${reason}</h4>
      <dl class="meta">
        ${p.noticeCode ? html`<div><dt>${t(locale, 'notice')}</dt><dd>${formatNoticeCode(p.noticeCode)}</dd></div>` : nothing}
        ${p.paidAt
          ? html`<div><dt>${t(locale, 'paidAt')}</dt><dd>${formatDate(p.paidAt, locale)}</dd></div>`
          : p.createdAt ? html`<div><dt>${t(locale, 'createdAt')}</dt><dd>${formatDate(p.createdAt, locale)}</dd></div>` : nothing}
        ${p.dueDate && p.status !== 'pagato' ? html`<div><dt>${t(locale, 'dueDate')}</dt><dd>${formatDate(p.dueDate, locale)}</dd></div>` : nothing}
      </dl>
      <div class="card__actions">
        ${isPayable(p) && p.links.payOnline && phase !== 'checking'
          ? html`<button type="button" class="btn btn-sm" data-action="pay-online" aria-disabled=${starting ? 'true' : 'false'}
              aria-label=${`${t(locale, 'actionLabel', { action: t(locale, again ? 'payAgain' : 'payOnline'), reason })}${self ? '' : ` ${ui(locale, 'newWindow')}`}`}
              @click=${() => (starting ? undefined : this.#payOnline(p))}>${t(locale, again ? 'payAgain' : 'payOnline')}</button>`
          : nothing}
        ${isPayable(p) && p.links.avviso ? this.#renderDoc(p, p.links.avviso, 'payOffline', 'avviso') : nothing}
        ${p.status === 'pagato' && p.links.receipt ? this.#renderDoc(p, p.links.receipt, 'receipt', 'ricevuta') : nothing}
        ${p.praticaId ? html`<a class="btn btn-outline btn-sm" href=${detailUrl(this.detailUrl, p.praticaId)}>${t(locale, 'pratica')}</a>` : nothing}
      </div>
      ${this.#renderOutcome(p)}
      ${this.errors[p.id] ? renderAlert('danger', this.errors[p.id]!) : nothing}
    </li>`;
  }

  #payOnline(p: Payment): void {
    // The same events as <sdc-payment-panel> (declared there, in SdcEventMap), so a page handles both alike.
    const beforeOpen = (url: string) => this.emit('sdc-payment-started', { payment: p, url }, { cancelable: true });
    if (this.flow.start(p, { beforeOpen }) !== 'started') return;
    this.#settled = '';
    // The list does not know the pratica's status: the watch's first read, made now, is the baseline.
    this.watch.watch({ paymentId: p.id, praticaId: p.praticaId, baselineStatus: 'first-read' });
  }

  #renderDoc(p: Payment, url: string, labelKey: 'payOffline' | 'receipt', name: string) {
    const locale = this.resolvedLocale;
    const reason = p.reason || t(locale, 'bollo');
    const label = t(locale, 'actionLabel', { action: t(locale, labelKey), reason });
    // Proxy documents are plain browser routes; tenant API documents need the token (opencity-api.md §3.6).
    if (!isApiUrl(this.api.client, url)) {
      return html`<a class="btn btn-outline btn-sm" href=${url} aria-label=${label} data-action=${name}>${t(locale, labelKey)}</a>`;
    }
    const key = `${p.id}:${name}`;
    return html`<button type="button" class="btn btn-outline btn-sm" data-action=${name} aria-label=${label} ?disabled=${this.busy[key]}
      @click=${() => void this.#download(p, url, key, `${name}-${p.id}.pdf`)}>${this.busy[key] ? t(locale, 'downloading') : t(locale, labelKey)}</button>`;
  }

  async #download(p: Payment, url: string, key: string, filename: string): Promise<void> {
    const locale = this.resolvedLocale;
    this.busy = { ...this.busy, [key]: true };
    const { [p.id]: _, ...rest } = this.errors;
    this.errors = rest;
    try {
      await downloadPaymentDocument(this.api.client, url, { filename });
    } catch (e) {
      this.errors = { ...this.errors, [p.id]: t(locale, 'downloadError', { reason: errorText(e, locale) ?? '' }) };
    } finally {
      this.busy = { ...this.busy, [key]: false };
    }
  }
}

function defaultOpen(url: string, target: CheckoutTarget): void {
  if (target === 'self') location.assign(url);
  // noopener: the checkout (another origin) gets no handle on the ente's page.
  else window.open(url, '_blank', 'noopener');
}
