import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderEmpty, renderError, renderLoading, renderLogin, stateStyles } from '../../ui/states.js';
import { needsLogin, errorText } from '../../controllers/session-gate.js';
import { readUrlParams, writeUrlParams, type UrlSync } from '../../controllers/url-state.js';
import { praticaReference } from '../../ui/pratica-links.js';
import { plainText } from '../../ui/plain-text.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { conversationsOf, type Conversations, type ThreadSummary } from '../../api/conversations.js';
import type { Pratica } from '../../domain/pratica.js';
import type { Message } from '../../domain/message.js';
import { inboxMessages as t } from './sdc-messages-inbox.messages.js';
import { VisibleThreads } from './visible-threads.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** Filters changed or a conversation was opened or closed (already written to the URL per `url-sync`). */
    'sdc-messages-inbox-change': { unreadOnly: boolean; service?: string; praticaId?: string };
  }
}

const KEYS = ['non-letti', 'servizio', 'conversazione'] as const;
const EXCERPT = 140;

interface Row {
  pratica: Pratica;
  summary?: ThreadSummary;
  failed?: boolean;
}

/** "Pratica n. B530C437" or "Protocollo n. PG-2026-0042" (the one identifier rule, domain/pratica.ts). */
function refText(locale: Locale, p: Pick<Pratica, 'id' | 'protocolNumber'>): string {
  const ref = praticaReference(p);
  return t(locale, ref.kind === 'protocol' ? 'praticaProtocol' : 'pratica', { number: ref.value });
}

/**
 * OpenCity has messages per pratica only (opencity-api.md §3.5), so the inbox reads the pratiche list and
 * fetches a pratica's thread when its row comes on screen (at most 4 at a time, once per session).
 * Filters and the open conversation live in the URL (`url-sync`): reload, deep links and Back keep them;
 * back from a conversation returns to the same row.
 *
 * @tag sdc-messages-inbox
 * @summary Every conversation with the ente in one place: one row per pratica with messages (service,
 * pratica, last message, its date, who wrote it, unread count), unread first, then newest; filters
 * "Solo non letti" and by service; a row opens the pratica's `<sdc-message-thread>` in place.
 *
 * @event sdc-messages-inbox-change - `{ unreadOnly, service, praticaId }` after a filter or the open conversation changed.
 * @csspart row - One conversation row.
 * @csspart badge - The unread count of a row.
 * @cssprop --sdc-color-primary - Links, the unread badge.
 * @cssprop --sdc-color-border - Row borders.
 * @cssprop --sdc-color-danger - Errors: borders, icons, invalid fields.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-font-family - All text.
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-space - Spacing unit.
 */
export class SdcMessagesInbox extends SdcElement {
  static override styles = [
    tokens, base, controls, stateStyles,
    css`
      .filters { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); align-items: end; margin: 0 0 calc(var(--_space) * 3); }
      .filters .check { display: flex; align-items: center; gap: 8px; min-height: 44px; font-weight: 600; }
      .filters .check input { width: 20px; height: 20px; margin: 0; }
      .filters label.select { display: grid; gap: 4px; font-weight: 600; }
      .rows { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--_border); }
      .row { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 4px 16px; padding: 14px 4px; border-bottom: 1px solid var(--_border); min-height: 72px; }
      .row--unread { background: var(--_surface-alt); box-shadow: inset 4px 0 0 var(--_primary); padding-left: 12px; }
      .row__title { margin: 0; font-size: 1.0625rem; }
      .row__title a { font-weight: 700; }
      .row--unread .row__title a::before { content: ''; display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--_primary); margin-right: 6px; vertical-align: middle; }
      .row__pratica, .row__meta { margin: 0; color: var(--_muted); font-size: 0.875rem; }
      .row__excerpt { margin: 0; overflow-wrap: anywhere; grid-column: 1 / -1; }
      .row__side { text-align: right; }
      .badge { display: inline-block; min-width: 24px; padding: 2px 8px; border-radius: 12px; background: var(--_primary); color: #fff; font-weight: 700; font-size: 0.875rem; text-align: center; }
      .row .sdc-skeleton { height: 0.9em; margin: 6px 0; }
      .row__error { grid-column: 1 / -1; margin: 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .more { margin: calc(var(--_space) * 3) 0 0; }
      .back { display: inline-flex; gap: 4px; font-weight: 600; margin: 0 0 calc(var(--_space) * 2); }
      .open__title { margin: 0 0 4px; }
      .open__title:focus { outline: none; }
      .open__pratica { margin: 0 0 calc(var(--_space) * 2); color: var(--_muted); }
      @media (max-width: 575px) { .row { grid-template-columns: 1fr; } .row__side { text-align: left; } }
    `,
  ];

  readonly api = new ApiController(this);

  /** Where filters and the open conversation are kept: `search` (the page's query), `hash` (inside `sdc-area-personale`), `none`. */
  @property({ attribute: 'url-sync' }) urlSync: UrlSync = 'search';
  /** Level of the element's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** No heading of its own (the page or the area personale titles it). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;
  /** Pratiche considered per step ("Mostra altre conversazioni"). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Time source of the delayed re-read after leaving a conversation (tests inject a fake clock). */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** Link to a pratica's detail from an open conversation: `{pratica}` is replaced (none when empty). */
  @property({ attribute: 'detail-url' }) detailUrl = '';

  @state() private unreadOnly = false;
  @state() private service = '';
  @state() private openId?: string;
  @state() private window = 0;
  @state() private failed: Record<string, boolean> = {};
  /** The conversation just closed stays listed under "Solo non letti" (now read), so Back lands on it. */
  @state() private keep?: string;

  #conversations?: Conversations;
  #unsubscribe?: () => void;
  #scrollBeforeOpen = 0;
  #pushedOpen = false;
  #focusOpen = false;

  readonly #visible = new VisibleThreads(this, (id) => void this.#load(id));

  readonly #list = new Task(this, {
    task: async ([client, st], { signal }) => {
      if (!client || st !== 'authenticated') return undefined;
      return this.#cache(client).pratiche({ signal });
    },
    args: () => [this.api.client, this.api.state] as const,
  });

  readonly #onPop = (): void => this.#readUrl(true);
  readonly #onRead = (e: Event): void => {
    const d = (e as CustomEvent<{ message: Message; praticaId: string }>).detail;
    if (d?.praticaId) this.#conversations?.read(d.praticaId, d.message);
  };
  readonly #onSent = (e: Event): void => {
    const d = (e as CustomEvent<{ message: Message; praticaId: string }>).detail;
    if (d?.praticaId) this.#conversations?.sent(d.praticaId, d.message);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readUrl(false);
    window.addEventListener('popstate', this.#onPop);
    document.addEventListener('sdc-message-read', this.#onRead);
    document.addEventListener('sdc-message-sent', this.#onSent);
    void this.api.ensureSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPop);
    document.removeEventListener('sdc-message-read', this.#onRead);
    document.removeEventListener('sdc-message-sent', this.#onSent);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#conversations = undefined;
  }

  #cache(client: NonNullable<ApiController['client']>): Conversations {
    const c = conversationsOf(client);
    if (c !== this.#conversations) {
      this.#unsubscribe?.();
      this.#conversations = c;
      this.#unsubscribe = c.subscribe(() => this.requestUpdate());
    }
    return c;
  }

  async #load(id: string): Promise<void> {
    const c = this.#conversations;
    if (!c) return;
    try {
      await c.thread(id);
      if (this.failed[id]) this.failed = { ...this.failed, [id]: false };
    } catch {
      this.failed = { ...this.failed, [id]: true };
    }
  }

  #retryRow(id: string): void {
    this.failed = { ...this.failed, [id]: false };
    this.#visible.forget(id);
    void this.#load(id);
  }

  // --- URL state -----------------------------------------------------------------------------------

  #readUrl(fromHistory: boolean): void {
    const p = readUrlParams(this.urlSync);
    const wasOpen = this.openId;
    this.unreadOnly = p.get('non-letti') === '1';
    this.service = p.get('servizio') ?? '';
    this.openId = p.get('conversazione') ?? undefined;
    if (fromHistory && wasOpen && !this.openId) this.#afterClose(wasOpen);
    if (fromHistory && !wasOpen && this.openId) this.#focusOpen = true;
  }

  #write(replace = false): void {
    const p = new URLSearchParams();
    if (this.unreadOnly) p.set('non-letti', '1');
    if (this.service) p.set('servizio', this.service);
    if (this.openId) p.set('conversazione', this.openId);
    writeUrlParams(this.urlSync, p, { route: '/messaggi', keys: KEYS, replace });
    this.emit('sdc-messages-inbox-change', { unreadOnly: this.unreadOnly, service: this.service || undefined, praticaId: this.openId });
  }

  #setUnreadOnly(v: boolean): void {
    this.unreadOnly = v;
    this.keep = undefined;
    this.#write();
  }

  #setService(v: string): void {
    this.service = v;
    this.keep = undefined;
    this.#write();
  }

  #clearFilters(): void {
    this.unreadOnly = false;
    this.service = '';
    this.#write();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#inbox-unread')?.focus());
  }

  #open(e: Event, id: string): void {
    if ((e as MouseEvent).ctrlKey || (e as MouseEvent).metaKey || (e as MouseEvent).shiftKey) return;
    e.preventDefault();
    this.#scrollBeforeOpen = window.scrollY;
    this.openId = id;
    this.#pushedOpen = this.urlSync !== 'none';
    this.#focusOpen = true;
    this.#write();
  }

  #back(e: Event): void {
    e.preventDefault();
    const id = this.openId;
    // Back to the list as the browser's Back would: the URL entry the conversation added goes away.
    if (this.#pushedOpen && this.urlSync !== 'none') {
      this.#pushedOpen = false;
      history.back();
      return;
    }
    this.openId = undefined;
    this.#write();
    if (id) this.#afterClose(id);
  }

  #afterClose(id: string): void {
    this.keep = id;
    // Left before the thread's `read_at` answers came back (their events died with the thread): read it once more.
    if (this.#conversations?.known(id)?.unread) {
      const c = this.#conversations;
      this.clock.after(1500, () => void c.refresh(id).catch(() => undefined));
    }
    const y = this.#scrollBeforeOpen;
    void this.updateComplete.then(() => {
      window.scrollTo({ top: y });
      const link = this.renderRoot.querySelector<HTMLElement>(`[data-pratica="${CSS.escape(id)}"] .row__title a`);
      link?.focus({ preventScroll: true });
    });
  }

  #hrefFor(id: string): string {
    if (typeof location === 'undefined') return '#';
    const p = new URLSearchParams();
    if (this.unreadOnly) p.set('non-letti', '1');
    if (this.service) p.set('servizio', this.service);
    p.set('conversazione', id);
    if (this.urlSync === 'hash') return `#/messaggi?${p}`;
    return `?${p}`;
  }

  // --- render --------------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#visible.observe(this.renderRoot);
    if (this.#focusOpen && this.openId) {
      const h = this.renderRoot.querySelector<HTMLElement>('.open__title');
      if (h) {
        this.#focusOpen = false;
        h.focus();
      }
    }
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    const heading = this.noHeading ? nothing : this.#heading(t(locale, 'heading'), 'inbox-heading');
    if (st === 'anonymous' || st === 'expired') return html`${heading}${renderLogin(locale, this.api.loginUrl())}`;
    const body = this.#list.render({
      initial: () => renderLoading(locale, 6),
      pending: () => (this.#list.value ? this.#renderContent(this.#list.value, locale) : renderLoading(locale, 6)),
      error: (e) => (needsLogin(e) ? renderLogin(locale, this.api.loginUrl()) : renderError(locale, errorText(e, locale), () => void this.#list.run(), t(locale, 'errorTitle'))),
      complete: (list) => (list ? this.#renderContent(list, locale) : renderLoading(locale, 6)),
    });
    return html`${heading}${body}`;
  }

  #heading(text: string, id: string, cls = '', focusable = false): TemplateResult {
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 2), 6);
    const tabindex = focusable ? '-1' : nothing;
    switch (level) {
      case 3: return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${text}</h3>`;
      case 4: return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${text}</h4>`;
      case 5: return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${text}</h5>`;
      case 6: return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${text}</h6>`;
      default: return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${text}</h2>`;
    }
  }

  #renderContent(pratiche: readonly Pratica[], locale: Locale): TemplateResult {
    if (this.openId) return this.#renderOpen(pratiche, locale);
    const c = this.#conversations;
    const size = Math.max(1, Math.trunc(this.pageSize) || 20);
    const limit = Math.max(size, this.window);
    const considered = pratiche.slice(0, limit);
    let rows: Row[] = considered.map((p) => ({ pratica: p, summary: c?.known(p.id), failed: this.failed[p.id] }));
    rows = rows.filter((r) => !r.summary || r.summary.messages.length > 0);
    if (this.service) rows = rows.filter((r) => r.pratica.serviceId === this.service);
    if (this.unreadOnly) rows = rows.filter((r) => !r.summary || r.summary.unread > 0 || r.pratica.id === this.keep);
    rows.sort(compareRows);
    const services = new Map<string, string>();
    for (const p of pratiche) if (p.serviceId && !services.has(p.serviceId)) services.set(p.serviceId, p.serviceName);
    const pending = rows.some((r) => !r.summary && !r.failed);
    const more = pratiche.length > limit;
    const filtered = this.unreadOnly || !!this.service;
    return html`
      <form class="filters" role="search" aria-label=${t(locale, 'filters')} @submit=${(e: Event) => e.preventDefault()}>
        <label class="check"><input id="inbox-unread" type="checkbox" .checked=${this.unreadOnly}
          @change=${(e: Event) => this.#setUnreadOnly((e.target as HTMLInputElement).checked)} /> ${t(locale, 'unreadOnly')}</label>
        <label class="select">${t(locale, 'service')}
          <select id="inbox-service" @change=${(e: Event) => this.#setService((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.service}>${t(locale, 'allServices')}</option>
            ${[...services].sort((a, b) => a[1].localeCompare(b[1], 'it')).map(([id, name]) => html`<option value=${id} ?selected=${this.service === id}>${name}</option>`)}
          </select>
        </label>
      </form>
      ${rows.length === 0 && !pending && !more
        ? filtered
          ? renderEmpty(t(locale, 'emptyFilteredTitle'), t(locale, 'emptyFilteredText'),
            html`<button type="button" class="btn btn-outline btn-sm" @click=${() => this.#clearFilters()}>${t(locale, 'clearFilters')}</button>`)
          : renderEmpty(t(locale, 'emptyTitle'), t(locale, 'emptyText'))
        : html`<ul class="rows" aria-label=${t(locale, 'list')}>${rows.map((r) => this.#renderRow(r, locale))}</ul>`}
      ${more ? html`<p class="more"><button type="button" class="btn btn-outline" @click=${() => { this.window = limit + size; }}>${t(locale, 'more')}</button></p>` : nothing}
    `;
  }

  #renderRow(r: Row, locale: Locale): TemplateResult {
    const p = r.pratica;
    const s = r.summary;
    const id = p.id;
    const number = refText(locale, p);
    const unread = s?.unread ?? 0;
    const descId = `row-${id}-desc`;
    const title = html`<p class="row__title"><a href=${this.#hrefFor(id)} aria-describedby=${s ? descId : nothing} @click=${(e: Event) => this.#open(e, id)}>${p.serviceName}</a></p>`;
    if (!s) {
      return html`<li class="row" part="row" data-pratica=${id} data-pending=${r.failed ? nothing : id}>
        <div>${title}<p class="row__pratica">${number}</p></div>
        ${r.failed
          ? html`<p class="row__error" role="alert">${t(locale, 'rowError')}
              <button type="button" class="btn btn-outline btn-sm" @click=${() => this.#retryRow(id)}>${t(locale, 'retry')}</button></p>`
          : html`<div class="row__excerpt" role="status"><span class="visually-hidden">${t(locale, 'loadingRow')}</span>
              <div class="sdc-skeleton" style="width:80%" aria-hidden="true"></div></div>`}
      </li>`;
    }
    const last = s.last!;
    const excerpt = excerptOf(last.body) || (last.attachments.length ? t(locale, 'attachmentsOnly', { count: last.attachments.length }) : '');
    return html`<li class="row ${unread ? 'row--unread' : ''}" part="row" data-pratica=${id}>
      <div>${title}<p class="row__pratica">${number}</p></div>
      <div class="row__side">${unread
        ? html`<span class="badge" part="badge" role="img" aria-label=${unread === 1 ? t(locale, 'unreadLabelOne') : t(locale, 'unreadLabel', { count: unread })}>${unread}</span>`
        : nothing}</div>
      <div class="row__excerpt" id=${descId}>
        <p class="row__meta"><time datetime=${last.createdAt.toISOString()}>${formatDate(last.createdAt, locale)}</time> · ${t(locale, s.lastFromOffice ? 'fromOffice' : 'fromYou')}${unread
          ? html`<span class="visually-hidden"> · ${unread === 1 ? t(locale, 'unreadLabelOne') : t(locale, 'unreadLabel', { count: unread })}</span>` : nothing}</p>
        <p>${excerpt}</p>
      </div>
    </li>`;
  }

  #renderOpen(pratiche: readonly Pratica[], locale: Locale): TemplateResult {
    const id = this.openId!;
    const p = pratiche.find((x) => x.id === id);
    const level = Math.min((this.noHeading ? this.headingLevel : this.headingLevel + 1), 6);
    const detail = this.detailUrl ? this.detailUrl.replace('{pratica}', encodeURIComponent(id)) : '';
    return html`<div class="open">
      <a class="back" href=${this.#backHref()} @click=${(e: Event) => this.#back(e)}><span aria-hidden="true">‹</span> ${t(locale, 'back')}</a>
      ${p ? html`<p class="open__pratica">${p.serviceName} – ${refText(locale, p)}${detail
        ? html` · <a href=${detail}>${t(locale, 'openPratica')}</a>` : nothing}</p>` : nothing}
      <sdc-message-thread pratica-id=${id} heading-level=${level} .pratica=${p} class="open__thread"
        base-url=${this.baseUrl ?? nothing} locale=${this.locale ?? nothing}></sdc-message-thread>
    </div>`;
  }

  #backHref(): string {
    const p = new URLSearchParams();
    if (this.unreadOnly) p.set('non-letti', '1');
    if (this.service) p.set('servizio', this.service);
    const qs = p.toString();
    if (this.urlSync === 'hash') return `#/messaggi${qs ? `?${qs}` : ''}`;
    return qs ? `?${qs}` : (typeof location === 'undefined' ? '' : location.pathname);
  }
}

/** Unread first, then the newest last message; rows still loading go after, in the pratiche's order. */
function compareRows(a: Row, b: Row): number {
  if (!a.summary || !b.summary) return (a.summary ? 0 : 1) - (b.summary ? 0 : 1);
  const ua = a.summary.unread > 0 ? 0 : 1;
  const ub = b.summary.unread > 0 ? 0 : 1;
  if (ua !== ub) return ua - ub;
  return (b.summary.last?.createdAt.getTime() ?? 0) - (a.summary.last?.createdAt.getTime() ?? 0);
}

/** The last message as one line of plain text (backend HTML never rendered here, opencity-api.md §4.5). */
function excerptOf(body: string): string {
  const text = plainText(body).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
}
