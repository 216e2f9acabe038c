import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { renderError } from '../../ui/states.js';
import { SdcElement } from '../../core/sdc-element.js';
import { adoptLightStyles } from '../../core/light-styles.js';
import { isSdcError, toSdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import { plainText } from '../../ui/plain-text.js';
import type { Locale } from '../../i18n/locale.js';
import type { SdcClient } from '../../api/http.js';
import { getServiceFacets, listServices, listTopics } from '../../api/services.js';
import type { Service, ServiceFacets, Topic } from '../../domain/service.js';
import { lightKitStyles, markStandalone } from '../../ui/light-kit.js';
import { fillUrlTemplate } from '../../ui/url-template.js';
import { UrlState } from '../../controllers/url-state.js';
import { listStyles } from './sdc-service-list.styles.js';
import { listMessages as t } from './sdc-service-list.messages.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The catalogue's filters changed (typed search, chosen category, Back). */
    'sdc-service-filter': { q: string; topic?: string };
  }
}

/** Page URL parameters (Italian, as in the Comuni template's own filters). */
const PARAM_Q = 'q';
const PARAM_TOPIC = 'categoria';
const DEBOUNCE_MS = 350;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ListData {
  services: Service[];
  topics: Topic[];
  facets?: ServiceFacets;
  /** The resolved category, when a filter is set and known. */
  topic?: Topic;
}

let counter = 0;

/**
 * Each card's link carries `data-element="service-link"`, category links `service-category-link`, the
 * "Carica altri risultati" button `load-other-cards` (pa-domain.md §5.2 "Listing pages"). Filters live in
 * the page URL (`?q=…&categoria=…`): a filtered list can be shared, and Back restores the previous one.
 *
 * @tag sdc-service-list
 * @summary The "Servizi" catalogue: search, categories, cards linking to each scheda servizio. Light DOM.
 *
 * @event sdc-service-filter - The filters changed: `{q, topic}`.
 * @cssprop --sdc-color-primary - Links, chips and buttons (default: the page's Bootstrap Italia primary).
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
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
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
 */
export class SdcServiceList extends SdcElement {
  /** The scheda page of a service: `/servizio.html?id={identifier}` (`{id}`, `{identifier}`, `{slug}`). */
  @property({ attribute: 'service-url' }) serviceUrl?: string;
  /** Initial search text (the page URL's `q` wins). */
  @property({ reflect: true }) q = '';
  /** Initial category: id or slug (the page URL's `categoria` wins). */
  @property({ reflect: true }) topic?: string;
  /** How many cards are shown at first and added by "Carica altri risultati". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 12;
  /** Do not read or write the page URL (when several lists share a page). */
  @property({ type: Boolean, attribute: 'no-url-sync' }) noUrlSync = false;
  /** The appointment booking page: adds the `appointment-booking` link the checker wants on the Servizi page. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** The text in the search box, ahead of the debounced `q`. */
  @state() private draft = '';
  @state() private shown = 0;

  readonly api = new ApiController(this);
  readonly #uid = `sdc-sl-${++counter}`;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #topicsCache = new WeakMap<SdcClient, Topic[]>();
  /** Index of the first card added by "Carica altri": it takes focus once rendered. */
  #focusFrom = -1;
  readonly #url = new UrlState(this, {
    mode: () => (this.noUrlSync ? 'none' : 'search'),
    keys: [PARAM_Q, PARAM_TOPIC],
    read: (p) => this.#readUrl(p),
  });
  /** The attribute values, which an unfiltered page URL stands for. */
  #initial: { q: string; topic?: string } | undefined;

  readonly #task = new Task(this, {
    args: () => [this.api.client, this.q, this.topic] as const,
    task: async ([client, q, topic], { signal }): Promise<ListData | undefined> =>
      client ? this.#load(client, q, topic, signal) : undefined,
  });

  async #load(client: SdcClient, q: string, topic: string | undefined, signal: AbortSignal): Promise<ListData> {
    // Categories, services and counts go out together: in series the first view waited one more round trip.
    const cached = this.#topicsCache.get(client);
    const known = topic && cached ? cached.find((x) => x.id === topic || x.slug === topic) : undefined;
    const topicsRequest = cached
      ? Promise.resolve(cached)
      : listTopics(client, { signal }).then((list) => (this.#topicsCache.set(client, list), list));
    // The backend filters by category uuid (`topics_id`). A slug (the page URL's form) that is not known yet
    // is matched here, on the services' own category, once both lists are in.
    const topicId = known?.id ?? (topic && UUID.test(topic) ? topic : undefined);
    const [topics, services, facets] = await Promise.all([
      topicsRequest,
      cached && topic && !known ? Promise.resolve([] as Service[]) : listServices(client, { q, topicId }, { signal }),
      getServiceFacets(client, {}, { signal }).catch((e: unknown) => {
        if (isSdcError(e) && e.kind === 'aborted') throw e;
        return undefined; // counts are a nicety; the list works without them
      }),
    ]);
    const resolved = topic ? topics.find((x) => x.id === topic || x.slug === topic) : undefined;
    // An unknown category gives no results rather than everything: the URL says what was asked.
    const shown = !topic ? services : resolved ? services.filter((s) => s.topics.some((r) => r.id === resolved.id || (!!r.slug && r.slug === resolved.slug))) : [];
    shown.sort((a, b) => a.name.localeCompare(b.name, 'it', { sensitivity: 'base' }));
    return { services: shown, topics, facets, topic: resolved };
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(lightKitStyles);
    adoptLightStyles(listStyles);
    markStandalone(this);
    this.draft = this.q;
    this.shown = this.pageSize;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    // A removed list must not keep its requests open (the client shares them with other elements).
    this.#task.abort();
  }

  /** Loads the list again (after an error). */
  reload(): void {
    void this.#task.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') || changed.has('topic')) this.shown = this.pageSize;
  }

  protected override updated(): void {
    if (this.#focusFrom >= 0) {
      const links = this.querySelectorAll<HTMLAnchorElement>('[data-element="service-link"]');
      const target = links[this.#focusFrom];
      if (target) {
        this.#focusFrom = -1;
        target.focus();
      }
    }
  }

  // --- Filters and the page URL ----------------------------------------------------------------------

  /** Reads the filters from the page URL; an absent parameter means the element's own attribute value. */
  #readUrl(params: URLSearchParams) {
    // The attributes' values, remembered on the first read: what an absent parameter means.
    this.#initial ??= { q: this.q, topic: this.topic };
    this.q = params.get(PARAM_Q)?.trim() ?? this.#initial.q;
    this.topic = params.get(PARAM_TOPIC) || this.#initial.topic;
    this.draft = this.q;
  }

  /** Applies filters; `push` adds a history entry (a deliberate choice), otherwise the entry is replaced (typing). */
  #apply(q: string, topic: string | undefined, push: boolean) {
    clearTimeout(this.#timer);
    q = q.trim();
    if (q === this.q && topic === this.topic) return;
    this.q = q;
    this.topic = topic;
    this.#url.write(filterParams(q, topic), { replace: !push });
    this.emit('sdc-service-filter', { q, topic });
  }

  #onInput(e: Event) {
    this.draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.#timer);
    // The first change of a search adds a history entry; refining it while typing replaces that entry.
    const push = this.q === '';
    this.#timer = setTimeout(() => this.#apply(this.draft, this.topic, push), DEBOUNCE_MS);
  }

  #onSubmit(e: Event) {
    e.preventDefault();
    this.#apply(this.draft, this.topic, true);
  }

  #onCategory(e: MouseEvent, topic: string | undefined) {
    // Let the browser handle new-tab clicks; the href is a real, shareable URL.
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    this.#apply(this.q, topic, true);
  }

  #clear() {
    this.draft = '';
    this.#apply('', undefined, true);
    this.querySelector<HTMLInputElement>(`#${this.#uid}-q`)?.focus();
  }

  #more(total: number) {
    this.#focusFrom = this.shown;
    this.shown = Math.min(total, this.shown + this.pageSize);
  }

  // --- Render -------------------------------------------------------------------------------------

  protected override render() {
    const locale = this.resolvedLocale;
    if (!this.api.client) {
      return html`<div class="sdc-state sdc-state--error alert alert-warning" role="alert"><p class="sdc-state__text mb-0">${t(locale, 'missingBase')}</p></div>`;
    }
    const data = this.#task.value;
    return html`<div class="sdc-service-list">
      ${this.#search(locale)}
      ${this.#categories(locale, data)}
      <p class="sdc-list__count" role="status" aria-live="polite">${this.#countText(locale)}</p>
      ${this.#task.render({
        initial: () => this.#loading(),
        pending: () => this.#loading(),
        error: (e) => this.#error(locale, e),
        complete: (d) => (d ? this.#results(locale, d) : this.#loading()),
      })}
      ${this.bookingUrl
        ? html`<div class="sdc-list__booking card shadow-sm"><div class="card-body">
            <p class="mb-2">${t(locale, 'bookingText')}</p>
            <a href=${this.bookingUrl} data-element="appointment-booking">${t(locale, 'booking')}</a>
          </div></div>`
        : nothing}
    </div>`;
  }

  #countText(locale: Locale) {
    if (this.#task.status !== TaskStatus.COMPLETE || !this.#task.value) return this.#task.status === TaskStatus.ERROR ? '' : t(locale, 'loading');
    const d = this.#task.value;
    const count = d.services.length;
    const topic = d.topic?.name;
    const q = this.q;
    const key = q && topic ? 'countForIn' : q ? 'countFor' : topic ? 'countIn' : 'count';
    return t(locale, key, { count, q, topic: topic ?? '' });
  }

  #search(locale: Locale) {
    const id = `${this.#uid}-q`;
    return html`<form class="sdc-list__search" role="search" @submit=${this.#onSubmit}>
      <label class="sdc-list__label" for=${id}>${t(locale, 'searchLabel')}</label>
      <p class="sdc-list__hint" id="${id}-hint">${t(locale, 'searchHint')}</p>
      <div class="sdc-list__searchbar">
        <input class="form-control sdc-list__input" type="search" id=${id} name="q" autocomplete="off"
          aria-describedby="${id}-hint" .value=${this.draft} @input=${this.#onInput}>
        <button class="btn btn-primary sdc-list__submit" type="submit">
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z"/></svg>
          <span>${t(locale, 'search')}</span>
        </button>
      </div>
    </form>`;
  }

  #categories(locale: Locale, data: ListData | undefined) {
    const topics = data?.topics ?? (this.api.client ? this.#topicsCache.get(this.api.client) : undefined);
    if (!topics?.length) return nothing;
    const counts = new Map(data?.facets?.topics.map((f) => [f.id, f.count]) ?? []);
    // Only categories that have services, when the backend tells us.
    const visible = counts.size ? topics.filter((x) => (counts.get(x.id) ?? 0) > 0) : topics;
    const current = data?.topic?.id ?? (this.topic ? topics.find((x) => x.id === this.topic || x.slug === this.topic)?.id : undefined);
    const headingId = `${this.#uid}-cat`;
    return html`<nav class="sdc-list__categories" aria-labelledby=${headingId}>
      <h2 class="sdc-list__categories-title" id=${headingId}>${t(locale, 'categories')}</h2>
      <ul class="sdc-list__chips">
        <li><a class="chip chip-simple sdc-list__chip" href=${this.#url.href(filterParams(this.q, undefined))}
          aria-current=${current ? 'false' : 'true'} @click=${(e: MouseEvent) => this.#onCategory(e, undefined)}>
          <span class="chip-label">${t(locale, 'allCategories')}</span></a></li>
        ${visible.map((x) => {
          const n = counts.get(x.id);
          return html`<li><a class="chip chip-simple sdc-list__chip" href=${this.#url.href(filterParams(this.q, x.slug))} data-element="service-category-link"
            aria-current=${current === x.id ? 'true' : 'false'} @click=${(e: MouseEvent) => this.#onCategory(e, x.slug)}>
            <span class="chip-label">${x.name}${n !== undefined ? html` <span class="sdc-list__chip-count">(${n})</span>` : nothing}</span></a></li>`;
        })}
      </ul>
    </nav>`;
  }

  #loading() {
    return html`<ul class="sdc-list__grid" aria-hidden="true">
      ${[0, 1, 2, 3].map(() => html`<li class="card card-teaser shadow-sm rounded sdc-list__card">
        <div class="card-body">
          <span class="sdc-skeleton" style="width:35%"></span>
          <span class="sdc-skeleton sdc-skeleton--title"></span>
          <span class="sdc-skeleton"></span>
          <span class="sdc-skeleton" style="width:60%"></span>
        </div>
      </li>`)}
    </ul>`;
  }

  #error(locale: Locale, e: unknown) {
    const err = isSdcError(e) ? e : toSdcError(e);
    if (err.kind === 'aborted') return this.#loading();
    return renderError(locale, err.userMessage(locale), () => this.reload(), t(locale, 'errorTitle'), t(locale, 'errorWhat'));
  }

  #results(locale: Locale, data: ListData) {
    const { services, topics } = data;
    if (services.length === 0) {
      return html`<div class="sdc-state sdc-state--empty">
        <p class="sdc-state__title">${t(locale, 'emptyTitle')}</p>
        <p class="sdc-state__text">${t(locale, 'emptyText')}</p>
        ${this.q || this.topic
          ? html`<button type="button" class="btn btn-outline-primary btn-sm" @click=${() => this.#clear()}>${t(locale, 'clearFilters')}</button>`
          : nothing}
      </div>`;
    }
    const byId = new Map(topics.map((x) => [x.id, x]));
    const bySlug = new Map(topics.map((x) => [x.slug, x]));
    const shown = services.slice(0, this.shown);
    return html`<ul class="sdc-list__grid">
        ${shown.map((s) => {
          const ref = s.topics[0];
          const topic = ref ? (ref.id && byId.get(ref.id)) || bySlug.get(ref.slug) : undefined;
          const href = this.serviceUrl ? fillUrlTemplate(this.serviceUrl, s) : undefined;
          return html`<li class="card card-teaser shadow-sm rounded sdc-list__card">
            <div class="card-body">
              ${topic ? html`<p class="sdc-list__card-category">${topic.name}</p>` : nothing}
              <h3 class="card-title sdc-list__card-title">
                ${href ? html`<a href=${href} data-element="service-link">${s.name}</a>` : s.name}
              </h3>
              ${s.status === 'sospeso' || s.status === 'programmato'
                ? html`<p class="sdc-list__card-status"><span class="sdc-tag sdc-tag--${s.status === 'sospeso' ? 'warning' : 'neutral'}">${t(locale, s.status === 'sospeso' ? 'statusSuspended' : 'statusScheduled')}</span></p>`
                : nothing}
              <p class="sdc-list__card-text">${plainText(s.shortDescription)}</p>
            </div>
          </li>`;
        })}
      </ul>
      ${shown.length < services.length
        ? html`<div class="sdc-list__more">
            <p class="sdc-list__shown">${t(locale, 'shown', { shown: shown.length, total: services.length })}</p>
            <button type="button" class="btn btn-outline-primary sdc-list__more-button" data-element="load-other-cards"
              @click=${() => this.#more(services.length)}>${t(locale, 'loadMore')}</button>
          </div>`
        : nothing}`;
  }
}

function filterParams(q: string, topic: string | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set(PARAM_Q, q);
  if (topic) params.set(PARAM_TOPIC, topic);
  return params;
}
