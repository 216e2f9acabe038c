import { html, nothing, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { ApiController } from '../../controllers/api-controller.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderLoading, renderEmpty, renderError, renderLogin, stateStyles } from '../../ui/states.js';
import { statusTag, statusTagStyles } from '../../ui/status-tag.js';
import { renderPager, pagerStyles } from '../../ui/pagination.js';
import { formatDate } from '../../i18n/format.js';
import { listPratiche } from '../../api/applications.js';
import { renderFilterArea, focusFilterArea, filterAreaStyles } from '../../ui/filter-area.js';
import { PRATICA_STATUS_GROUPS, type Pratica, type PraticaStatusGroup } from '../../domain/pratica.js';
import type { Page } from '../../domain/page.js';
import { messages as t } from './sdc-pratiche-list.messages.js';
import { praticaGroupLabel, praticaStatusLabel } from '../../domain/labels.js';
import { listStyles } from '../../styles/list.js';
import {
  DEFAULT_DETAIL_URL,
  DEFAULT_WIZARD_URL,
  detailUrl,
  nextActionOf,
  praticaReference,
  praticaTone,
  resumeUrl,
} from '../../ui/pratica-links.js';
import { listPraticheOfGroup } from './group-page.js';
import { UrlState, type UrlSync } from '../../controllers/url-state.js';
import { requireCitizen, needsLogin, errorText } from '../../controllers/session-gate.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen opened a pratica. Cancel it to handle navigation yourself (the link's `href` is used otherwise). */
    'sdc-pratica-select': { pratica: Pratica; section?: string };
    /** Filters, sort or page changed (already written to the URL per `url-sync`). */
    'sdc-pratiche-change': { service: string; status: string; sort: 'ASC' | 'DESC'; offset: number };
  }
}

type Sort = 'DESC' | 'ASC';
/** A service the citizen has pratiche for, as the Servizio filter offers it. */
interface ServiceOption { readonly slug: string; readonly name: string }

/**
 * Filters and page live in the URL (`url-sync`), so reload, deep links and Back keep them.
 * The list renders one server page at a time (`page-size`, max 100): the DOM stays small however many
 * pratiche the citizen has.
 *
 * @tag sdc-pratiche-list
 * @summary The citizen's pratiche: filter by service and status, sort by date, server-side pages,
 * status tags and the next thing to do (complete, pay, reply).
 *
 * @event sdc-pratica-select - A pratica link was activated; `detail.pratica`. Cancelable.
 * @event sdc-pratiche-change - Filters, sort or page changed; `detail.service`, `status`, `sort`, `offset`.
 * @csspart card - Each pratica card.
 * @csspart status - The status tag.
 * @cssprop --sdc-color-primary - Links and buttons.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Filter bar background.
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - Errors: borders, icons, invalid fields.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
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
export class SdcPraticheList extends SdcElement {
  static override styles = [tokens, base, controls, stateStyles, statusTagStyles, pagerStyles, listStyles, filterAreaStyles];

  readonly api = new ApiController(this);

  /** Wizard URL template for "Completa": `{service}`, `{pratica}` (e.g. `/richiesta.html?service={service}&pratica={pratica}`). */
  @property({ attribute: 'wizard-url' }) wizardUrl = DEFAULT_WIZARD_URL;
  /** Detail URL template: `{pratica}`. Default the area personale hash route `#/pratiche/{pratica}`. */
  @property({ attribute: 'detail-url' }) detailUrl = DEFAULT_DETAIL_URL;
  /** Where filters and page are kept: `search` (query string, default), `hash` (inside a hash route), `none`. */
  @property({ attribute: 'url-sync' }) urlSync: UrlSync = 'search';
  /** Pratiche per page (1–100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Hide the element's own "Le mie pratiche" heading (the area personale titles the section itself). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;
  /** Heading level of each pratica title (2–6); the area personale uses 3 under its section heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() service = '';
  @state() status: PraticaStatusGroup | '' = '';
  @state() sort: Sort = 'DESC';
  @state() offset = 0;
  /** The filters are open behind "Filtri (n)" (they collapse only where the list is narrow). */
  @state() private filtersOpen = false;

  @query('.results-status') private resultsStatus?: HTMLElement;
  #focusResults = false;
  #focusFilters = false;

  readonly #url = new UrlState(this, {
    mode: () => this.urlSync,
    keys: ['servizio', 'stato', 'ordine', 'pagina'],
    route: '/pratiche',
    read: (p) => this.#readUrl(p),
  });

  private readonly pratiche = new Task(this, {
    task: async ([client, service, status, sort, offset, limit], { signal }) => {
      const c = await requireCitizen(client, signal);
      const page = await listPraticheOfGroup(
        c,
        { service: service || undefined, statusGroup: status || undefined, sort, offset, limit },
        { signal },
      );
      this.#learnServices(page, !!(service || status));
      return page;
    },
    args: () => [this.api.client, this.service, this.status, this.sort, this.offset, this.#limit] as const,
  });

  /**
   * The Servizio filter offers the services the citizen has pratiche for, not the whole catalogue
   * (issue 19), named as the pratiche name them. Every page the list loads adds its services; when the
   * unfiltered first page already holds every pratica that is all of them, at no cost. Otherwise the
   * citizen's 100 most recent pratiche are read once, when the filters are first used (focus or
   * pointer), never on the first view: that stays within its request budget at any number of pratiche.
   */
  #serviceNames = new Map<string, string>();
  #allServicesKnown = false;
  #servicesRequested = false;

  #learnServices(page: Page<Pratica>, filtered: boolean): void {
    let added = false;
    for (const p of page.items) {
      if (p.serviceSlug && !this.#serviceNames.has(p.serviceSlug)) {
        this.#serviceNames.set(p.serviceSlug, p.serviceName || p.serviceSlug);
        added = true;
      }
    }
    if (!filtered && page.offset === 0 && page.total <= page.items.length) this.#allServicesKnown = true;
    if (added) this.requestUpdate();
  }

  async #loadServices(): Promise<void> {
    const client = this.api.client;
    if (this.#allServicesKnown || this.#servicesRequested || !client) return;
    this.#servicesRequested = true;
    try {
      const page = await listPratiche(client, { sort: 'DESC', offset: 0, limit: 100 });
      this.#learnServices(page, false);
      this.#allServicesKnown = true;
    } catch {
      // The filter keeps the services seen so far; a later use of the filters tries again.
      this.#servicesRequested = false;
    }
  }

  get #serviceOptions(): readonly ServiceOption[] {
    return [...this.#serviceNames].map(([slug, name]) => ({ slug, name })).sort((x, y) => x.name.localeCompare(y.name, 'it'));
  }

  get #limit(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
  }

  /** Re-reads reload, deep links and Back from the URL. */
  #readUrl(p: URLSearchParams): void {
    this.service = p.get('servizio') ?? '';
    const s = p.get('stato') ?? '';
    this.status = (PRATICA_STATUS_GROUPS as readonly string[]).includes(s) ? (s as PraticaStatusGroup) : '';
    this.sort = p.get('ordine') === 'meno-recenti' ? 'ASC' : 'DESC';
    const page = Number(p.get('pagina') ?? '1');
    this.offset = Number.isInteger(page) && page > 1 ? (page - 1) * this.#limit : 0;
  }

  #writeUrl(): void {
    const p = new URLSearchParams();
    if (this.service) p.set('servizio', this.service);
    if (this.status) p.set('stato', this.status);
    if (this.sort === 'ASC') p.set('ordine', 'meno-recenti');
    if (this.offset > 0) p.set('pagina', String(Math.floor(this.offset / this.#limit) + 1));
    this.#url.write(p);
    this.emit('sdc-pratiche-change', { service: this.service, status: this.status, sort: this.sort, offset: this.offset });
  }

  #setFilter(patch: Partial<{ service: string; status: PraticaStatusGroup | ''; sort: Sort }>): void {
    Object.assign(this, patch);
    this.offset = 0;
    this.#writeUrl();
  }

  #goTo(offset: number): void {
    this.offset = offset;
    this.#focusResults = true;
    this.#writeUrl();
  }

  #reset(): void {
    this.#setFilter({ service: '', status: '', sort: this.sort });
    // The pressed button goes away with the filters: once the list is redrawn, focus stays in the filter area.
    this.#focusFilters = true;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // After a page change the pressed pager button may be gone: move focus to the announced result line.
    if (this.#focusResults && this.pratiche.status === 2 /* COMPLETE */) {
      this.#focusResults = false;
      this.resultsStatus?.focus();
    }
    if (this.#focusFilters && this.pratiche.status === 2 /* COMPLETE */) {
      this.#focusFilters = false;
      focusFilterArea(this.renderRoot);
    }
  }

  #select(e: Event, pratica: Pratica, section?: string): void {
    if (!this.emit('sdc-pratica-select', { pratica, section }, { cancelable: true })) e.preventDefault();
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    if (st === 'anonymous' || st === 'expired') return renderLogin(locale, this.api.loginUrl());
    return html`
      ${this.noHeading ? nothing : html`<h2>${t(locale, 'heading')}</h2>`}
      ${this.pratiche.render({
        pending: () => html`${this.#renderFilters()}${this.#renderStatus('')}${renderLoading(locale, 6)}`,
        error: (e) =>
          needsLogin(e)
            ? renderLogin(locale, this.api.loginUrl())
            : html`${this.#renderFilters()}${renderError(locale, errorText(e, locale), () => void this.pratiche.run())}`,
        complete: (page) => this.#renderPage(page),
        initial: () => renderLoading(locale, 6),
      })}
    `;
  }

  #renderStatus(text: string) {
    return html`<p class="results-status" role="status" tabindex="-1">${text}</p>`;
  }

  #renderFilters() {
    const locale = this.resolvedLocale;
    const services = this.#serviceOptions;
    const filtered = this.service !== '' || this.status !== '';
    const active = (this.service ? 1 : 0) + (this.status ? 1 : 0);
    // The current service stays selectable even when the public catalogue no longer lists it.
    const known = services.some((s) => s.slug === this.service);
    return renderFilterArea({ locale, formId: 'filters', open: this.filtersOpen, active, onToggle: () => { this.filtersOpen = !this.filtersOpen; } },
      html`<form id="filters" class="filters ${filtered ? 'has-reset' : ''}" role="search" aria-label=${t(locale, 'filters')}
        @focusin=${() => void this.#loadServices()} @pointerdown=${() => void this.#loadServices()}
        @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="f-service">${t(locale, 'service')}</label>
        <select id="f-service" name="servizio" .value=${this.service}
          @change=${(e: Event) => this.#setFilter({ service: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${this.service === ''}>${t(locale, 'allServices')}</option>
          ${!known && this.service ? html`<option value=${this.service} selected>${this.service}</option>` : nothing}
          ${services.map((s) => html`<option value=${s.slug} ?selected=${s.slug === this.service}>${s.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-status">${t(locale, 'status')}</label>
        <select id="f-status" name="stato" .value=${this.status}
          @change=${(e: Event) => this.#setFilter({ status: (e.target as HTMLSelectElement).value as PraticaStatusGroup | '' })}>
          <option value="" ?selected=${this.status === ''}>${t(locale, 'allStatuses')}</option>
          ${PRATICA_STATUS_GROUPS.map((g) => html`<option value=${g} ?selected=${g === this.status}>${praticaGroupLabel(g, locale)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="f-sort">${t(locale, 'sort')}</label>
        <select id="f-sort" name="ordine" .value=${this.sort}
          @change=${(e: Event) => this.#setFilter({ sort: (e.target as HTMLSelectElement).value as Sort })}>
          <option value="DESC" ?selected=${this.sort === 'DESC'}>${t(locale, 'newest')}</option>
          <option value="ASC" ?selected=${this.sort === 'ASC'}>${t(locale, 'oldest')}</option>
        </select>
      </div>
      ${filtered
        ? html`<button type="button" class="btn btn-outline reset" @click=${() => this.#reset()}>${t(locale, 'resetFilters')}</button>`
        : nothing}
    </form>`);
  }

  /** Says which filter left the list empty, in words (the empty state is specific to the filter). */
  #filterSentence(): string {
    const locale = this.resolvedLocale;
    const status = this.status ? praticaGroupLabel(this.status, locale) : '';
    const service = this.service ? (this.#serviceNames.get(this.service) ?? this.service) : '';
    if (status && service) return t(locale, 'emptyFilterBoth', { status, service });
    return status ? t(locale, 'emptyFilterStatus', { status }) : t(locale, 'emptyFilterService', { service });
  }

  #renderPage(page: Page<Pratica>) {
    const locale = this.resolvedLocale;
    const filtered = this.service !== '' || this.status !== '';
    const pages = Math.max(1, Math.ceil(page.total / page.limit));
    const current = Math.floor(page.offset / page.limit) + 1;
    const count = pages > 1 ? t(locale, 'countPage', { count: page.total, page: current, pages }) : t(locale, 'count', { count: page.total });
    if (page.items.length === 0) {
      return html`${this.#renderFilters()}${this.#renderStatus(page.total === 0 ? count : '')}
        ${filtered
          ? renderEmpty(t(locale, 'emptyFilteredTitle'), `${this.#filterSentence()} ${t(locale, 'emptyFilteredText')}`,
              html`<button type="button" class="btn btn-outline" @click=${() => this.#reset()}>${t(locale, 'resetFilters')}</button>`)
          : renderEmpty(t(locale, 'emptyTitle'), t(locale, 'emptyText'))}`;
    }
    return html`${this.#renderFilters()}${this.#renderStatus(count)}
      <ul class="cards" aria-label=${t(locale, 'listLabel')}>
        ${page.items.map((p) => this.#renderCard(p))}
      </ul>
      ${renderPager(locale, { offset: page.offset, limit: page.limit, total: page.total }, (o) => this.#goTo(o))}`;
  }

  #title(content: unknown) {
    switch (this.headingLevel) {
      case 2: return html`<h2 class="card__title">${content}</h2>`;
      case 4: return html`<h4 class="card__title">${content}</h4>`;
      case 5: return html`<h5 class="card__title">${content}</h5>`;
      case 6: return html`<h6 class="card__title">${content}</h6>`;
      default: return html`<h3 class="card__title">${content}</h3>`;
    }
  }

  #renderCard(p: Pratica) {
    const locale = this.resolvedLocale;
    const ref = praticaReference(p);
    const number = ref.value;
    const label = praticaStatusLabel(p.statusCode, locale, p.statusGroup);
    const next = nextActionOf(p);
    const href = detailUrl(this.detailUrl, p.id);
    const date = p.submittedAt ?? p.createdAt;
    return html`<li class="card" part="card" data-pratica=${p.id}>
      <div class="card__top">
        <p class="card__category">${t(locale, ref.kind === 'protocol' ? 'protocol' : 'number')} ${number}</p>
        <span><span class="visually-hidden">${t(locale, 'statusLabel')}</span> ${statusTag(label, praticaTone(p))}</span>
      </div>
      ${this.#title(html`<a href=${href} @click=${(e: Event) => this.#select(e, p)}>${p.serviceName}</a>`)}
      <dl class="meta">
        <div><dt>${t(locale, p.submittedAt ? 'submittedOn' : 'createdOn')}</dt><dd>${formatDate(date, locale)}</dd></div>
        ${p.updatedAt ? html`<div><dt>${t(locale, 'updatedOn')}</dt><dd>${formatDate(p.updatedAt, locale)}</dd></div>` : nothing}
      </dl>
      ${next ? html`<div class="card__actions">${this.#renderNext(p, next, number)}</div>` : nothing}
    </li>`;
  }

  #renderNext(p: Pratica, next: 'completa' | 'paga' | 'rispondi', number: string) {
    const locale = this.resolvedLocale;
    const visible = t(locale, next);
    const label = t(locale, 'actionContext', { action: visible, service: p.serviceName, number });
    if (next === 'completa') {
      return html`<a class="btn btn-sm" href=${resumeUrl(this.wizardUrl, p)} aria-label=${label} data-action="completa">${visible}</a>`;
    }
    const section = next === 'paga' ? 'pagamenti' : 'messaggi';
    return html`<a class="btn btn-sm" href=${detailUrl(this.detailUrl, p.id, section)} aria-label=${label} data-action=${next}
      @click=${(e: Event) => this.#select(e, p, section)}>${visible}</a>`;
  }
}
