import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { renderError } from '../../ui/states.js';
import { SdcElement } from '../../core/sdc-element.js';
import { adoptLightStyles } from '../../core/light-styles.js';
import { isSdcError, toSdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import type { SdcClient } from '../../api/http.js';
import { richText, sanitizeHtml } from '../../ui/sanitize.js';
import { plainText } from '../../ui/plain-text.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { getService, listTopics } from '../../api/services.js';
import { getTenant } from '../../api/tenant.js';
import {
  SERVICE_ACTIONS,
  canStartOnline,
  officeAddress,
  type Office,
  type Service,
  type ServiceActionLink,
  type Topic,
} from '../../domain/service.js';
import type { Tenant } from '../../domain/tenant.js';
import { lightKitStyles, markStandalone } from '../../ui/light-kit.js';
import { cardStyles } from './sdc-service-card.styles.js';
import { cardMessages as t } from './sdc-service-card.messages.js';
import { fillUrlTemplate, safeBackendUrl, withParam } from '../../ui/url-template.js';
import { hasCosts, renderCostSummary } from './service-costs.js';
import { governmentService, jsonLdScript } from './service-jsonld.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The scheda loaded its service (e.g. for the page to set `document.title`). */
    'sdc-service-loaded': { service: Service };
  }
}

type Key = Parameters<typeof t>[1];

let counter = 0;

interface CardData {
  service: Service;
  topics: Topic[];
  offices: Office[];
  tenant?: Tenant;
}

/** A section of the scheda: id (the template's anchors), index label, content. */
interface Section {
  id: string;
  label: string;
  body: TemplateResult;
  className?: string;
}

/**
 * Backend rich text for a voice the checker reads as `div[data-element] p` with ≥ 3 characters
 * (pa-domain.md §5.2). When the ente wrote only a list, a short lead paragraph is added; bare text is
 * wrapped in a paragraph. Everything goes through the sanitizer (`richText`).
 */
function voiceText(source: string, lead: string) {
  const clean = sanitizeHtml(source);
  if (!clean.trim()) return nothing;
  if (/<p[\s>]/i.test(clean)) return richText(clean);
  if (!/<(ul|ol|table|h[1-6]|div|blockquote|pre)[\s>]/i.test(clean)) return html`<p>${richText(clean)}</p>`;
  return html`<p>${lead}</p>${richText(clean)}`;
}

const hasText = (s: string) => plainText(s).length > 0;

function docIcon(): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6 2h8l6 6v14H6V2zm8 1.5V9h5.5L14 3.5zM8 13h10v1.5H8V13zm0 3h10v1.5H8V16zm0 3h7v1.5H8V19z"/></svg>`;
}

/**
 * Renders the breadcrumb, title, status, short description, page index and the voices "A chi è rivolto",
 * "Come fare", "Cosa serve", "Cosa si ottiene", "Tempi e scadenze", "Quanto costa", "Accedi al servizio"
 * (with the other actions of the service group: rinnovo, voltura…), "Condizioni di servizio", "Contatti",
 * the topics, the rating block and a JSON-LD `GovernmentService`, each with the `data-element` hook the
 * PNRR checker looks for (pa-domain.md §5.2). Light DOM because the checker cannot see shadow roots (§5.6).
 *
 * @tag sdc-service-card
 * @summary The "scheda servizio" of one service, in the Modello Comuni order and wording, in the light DOM.
 *
 * @event sdc-service-loaded - The service was loaded: `{service}`.
 * @cssprop --sdc-color-primary - Buttons, links and accents (default: the page's Bootstrap Italia primary).
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
export class SdcServiceCard extends SdcElement {
  /** The service: its uuid or its public identifier (`certificati-anagrafici`). */
  @property({ attribute: 'service-id', reflect: true }) serviceId?: string;
  /** The page that starts the request: `/richiesta.html?service={id}` (`{id}`, `{identifier}`, `{slug}`). Actions add `action=`. */
  @property({ attribute: 'wizard-url' }) wizardUrl?: string;
  /** The booking page: `/prenota.html?service={id}`. Default: the service's own booking link, if any. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** The "Servizi" page, for the breadcrumb, the category and topic links (`?categoria=`). */
  @property({ attribute: 'list-url' }) listUrl?: string;
  /** The home page of the site, first item of the breadcrumb. */
  @property({ attribute: 'home-url' }) homeUrl?: string;
  /** The scheda page of a service, for the compact variant's title link: `/servizio.html?id={identifier}`. */
  @property({ attribute: 'service-url' }) serviceUrl?: string;
  /** `full` (default): the whole scheda. `compact`: a card for lists and related services. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /**
   * The ente's general terms of its online services (as the Modello Comuni's "Condizioni di servizio"): linked
   * from the voice's sentence and as its `data-element="service-file"`. Default: the provider's `conditions-url`.
   */
  @property({ attribute: 'conditions-url' }) conditionsUrl?: string;
  /** Leave out the rating block (when the page already has one). */
  @property({ type: Boolean, attribute: 'no-feedback' }) noFeedback = false;

  readonly api = new ApiController(this);
  readonly #uid = `sdc-sc-${++counter}`;

  readonly #task = new Task(this, {
    args: () => [this.api.client, this.serviceId, this.variant] as const,
    task: async ([client, id, variant], { signal }): Promise<CardData | undefined> => {
      if (!client || !id) return undefined;
      const data = await this.#load(client, id, variant !== 'compact', signal);
      this.emit('sdc-service-loaded', { service: data.service });
      return data;
    },
  });

  async #load(client: SdcClient, id: string, full: boolean, signal: AbortSignal): Promise<CardData> {
    // Started together. getService fills `offices` ("Contatti") itself and leaves them empty when the
    // offices cannot be read: the scheda then falls back to the `more_info` text.
    const servicePromise = getService(client, id, { signal, actions: full, offices: full });
    const extras = Promise.allSettled([
      listTopics(client, { signal }),
      full ? getTenant(client, { signal }) : Promise.resolve(undefined),
    ]);
    const service = await servicePromise;
    const [topics, tenant] = await extras;
    return {
      service,
      offices: service.offices ?? [],
      topics: topics.status === 'fulfilled' ? topics.value : [],
      tenant: tenant.status === 'fulfilled' ? tenant.value : undefined,
    };
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(lightKitStyles);
    adoptLightStyles(cardStyles);
    markStandalone(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed card must not keep its requests open (the client shares them with other elements).
    this.#task.abort();
  }

  /** Loads the service again (after an error). */
  reload(): void {
    void this.#task.run();
  }

  // --- URLs ---------------------------------------------------------------------------------------

  #wizardHref(service: Pick<Service, 'id' | 'slug' | 'identifier'>, action?: string): string | undefined {
    if (!this.wizardUrl) return undefined;
    return fillUrlTemplate(this.wizardUrl, service, action && action !== 'attivazione' ? { action } : {});
  }

  #bookingHref(service: Service): string | undefined {
    if (this.bookingUrl) return fillUrlTemplate(this.bookingUrl, service);
    return safeBackendUrl(service.bookingUrl, this.api.client?.baseUrl);
  }

  #topicOf(service: Service, topics: Topic[]): { id?: string; name: string } | undefined {
    const ref = service.topics[0];
    if (!ref) return undefined;
    const found = topics.find((x) => (ref.id && x.id === ref.id) || (ref.slug && x.slug === ref.slug));
    const name = found?.name ?? ref.name ?? (ref.slug ? ref.slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) : '');
    return name ? { id: found?.id ?? ref.id, name } : undefined;
  }

  #topicHref(topicId: string | undefined): string | undefined {
    if (!this.listUrl || !topicId) return undefined;
    return withParam(this.listUrl, 'categoria', topicId);
  }

  // --- Render -------------------------------------------------------------------------------------

  protected override render() {
    const locale = this.resolvedLocale;
    if (!this.serviceId) return this.#message(locale, t(locale, 'missingId'));
    if (!this.api.client) return this.#message(locale, t(locale, 'missingBase'));
    return this.#task.render({
      initial: () => this.#loading(locale),
      pending: () => this.#loading(locale),
      error: (e) => this.#error(locale, e),
      complete: (data) => (data ? (this.variant === 'compact' ? this.#compact(locale, data) : this.#full(locale, data)) : this.#loading(locale)),
    });
  }

  #message(_locale: Locale, text: string) {
    return html`<div class="sdc-state sdc-state--error alert alert-warning" role="alert"><p class="sdc-state__text mb-0">${text}</p></div>`;
  }

  #loading(locale: Locale) {
    if (this.variant === 'compact') {
      return html`<div class="card card-teaser shadow-sm sdc-card-compact" role="status" aria-live="polite" aria-busy="true">
        <div class="card-body sdc-state--loading">
          <span class="visually-hidden">${t(locale, 'loading')}</span>
          <span class="sdc-skeleton" style="width:40%" aria-hidden="true"></span>
          <span class="sdc-skeleton sdc-skeleton--title" aria-hidden="true"></span>
          <span class="sdc-skeleton" aria-hidden="true"></span>
        </div>
      </div>`;
    }
    // The skeleton has the scheda's shape (heading, index column, sections) so nothing jumps when it arrives.
    return html`<div class="sdc-service-card sdc-state--loading" role="status" aria-live="polite" aria-busy="true">
      <span class="visually-hidden">${t(locale, 'loading')}</span>
      <span class="sdc-skeleton" style="width:30%" aria-hidden="true"></span>
      <span class="sdc-skeleton sdc-skeleton--title" aria-hidden="true"></span>
      <span class="sdc-skeleton" style="width:20%" aria-hidden="true"></span>
      <span class="sdc-skeleton" style="width:80%" aria-hidden="true"></span>
      <div class="sdc-card__layout" aria-hidden="true">
        <div class="sdc-card__aside">${[60, 80, 70, 75, 65].map((w) => html`<span class="sdc-skeleton" style="width:${w}%"></span>`)}</div>
        <div class="sdc-card__content">${[40, 95, 90, 70, 40, 95, 85].map((w) => html`<span class="sdc-skeleton" style="width:${w}%"></span>`)}</div>
      </div>
    </div>`;
  }

  #error(locale: Locale, e: unknown) {
    const err = isSdcError(e) ? e : toSdcError(e);
    if (err.kind === 'aborted') return this.#loading(locale);
    // A cancelled service answers 403 on OpenCity (opencity-api.md §3.2): for a citizen it is simply not there.
    if (err.kind === 'not-found' || err.kind === 'forbidden') {
      return html`<div class="sdc-state sdc-state--empty sdc-card__notfound" role="alert">
        <h1 class="sdc-state__title h2">${t(locale, 'notFoundTitle')}</h1>
        <p class="sdc-state__text">${t(locale, 'notFoundText')}</p>
        ${this.listUrl ? html`<a class="btn btn-primary" href=${this.listUrl}>${t(locale, 'goToList')}</a>` : nothing}
      </div>`;
    }
    return renderError(locale, err.userMessage(locale), () => this.reload(), t(locale, 'errorTitle'), t(locale, 'errorWhat'));
  }

  #status(locale: Locale, service: Service) {
    const label: Record<Service['status'], Key> = {
      attivo: 'statusActive',
      sospeso: 'statusSuspended',
      programmato: 'statusScheduled',
      privato: 'statusPrivate',
      cancellato: 'statusCancelled',
    };
    const tone = service.status === 'attivo' ? 'success' : service.status === 'sospeso' ? 'warning' : 'neutral';
    let reason: string | undefined;
    if (service.status !== 'attivo') {
      reason = service.statusReason?.trim()
        || (service.status === 'sospeso' ? t(locale, 'reasonSuspended')
          : service.status === 'programmato'
            ? service.scheduledFrom ? t(locale, 'reasonScheduledFrom', { date: formatDate(service.scheduledFrom, locale) }) : t(locale, 'reasonScheduled')
            : service.status === 'privato' ? t(locale, 'reasonPrivate') : t(locale, 'reasonCancelled'));
    }
    return html`<div class="sdc-card__status" data-element="service-status">
      <span class="sdc-tag sdc-tag--${tone}">${t(locale, label[service.status])}</span>
      ${reason ? html`<p class="sdc-card__reason"><span class="visually-hidden">${t(locale, 'reasonTitle')}: </span>${reason}</p>` : nothing}
    </div>`;
  }

  #breadcrumb(locale: Locale, service: Service, topic: { id?: string; name: string } | undefined) {
    const topicHref = this.#topicHref(topic?.id);
    return html`<nav class="breadcrumb-container sdc-card__breadcrumb" aria-label=${t(locale, 'breadcrumb')}>
      <ol class="breadcrumb p-0" data-element="breadcrumb">
        ${this.homeUrl
          ? html`<li class="breadcrumb-item"><a href=${this.homeUrl}>${t(locale, 'home')}</a><span class="separator" aria-hidden="true">/</span></li>`
          : nothing}
        <li class="breadcrumb-item">${this.listUrl ? html`<a href=${this.listUrl}>${t(locale, 'services')}</a>` : t(locale, 'services')}<span class="separator" aria-hidden="true">/</span></li>
        ${topic
          ? html`<li class="breadcrumb-item">${topicHref ? html`<a href=${topicHref}>${topic.name}</a>` : topic.name}<span class="separator" aria-hidden="true">/</span></li>`
          : nothing}
        <li class="breadcrumb-item active" aria-current="page">${service.name}</li>
      </ol>
    </nav>`;
  }

  #accessSection(locale: Locale, service: Service): TemplateResult {
    const active = service.status === 'attivo';
    const online = active && canStartOnline(service);
    const wizard = online && service.formioId ? this.#wizardHref(service, service.action) : undefined;
    const external = online && !service.formioId ? safeBackendUrl(service.externalUrl) : undefined;
    const booking = this.#bookingHref(service);
    let text: Key;
    if (!active) text = 'accessUnavailable';
    else if (!online) text = 'accessNotOnline';
    else if (external) text = 'accessExternal';
    else if (service.accessLevel === 'cie') text = 'accessOnlineCie';
    else if (service.accessLevel === 'social') text = 'accessOnlineSocial';
    else if (service.needsAuth) text = 'accessOnlineAuth';
    else text = 'accessOnlineAnonymous';
    const actions = this.#actions(service);
    return html`
      <p class="sdc-card__access-text" data-element="service-generic-access">${t(locale, text)}</p>
      ${wizard
        ? html`<a class="btn btn-primary sdc-card__cta" href=${wizard} data-element="service-online-access">${t(locale, 'startOnline')}</a>`
        : external
          ? html`<a class="btn btn-primary sdc-card__cta" href=${external} target="_blank" rel="noopener noreferrer" data-element="service-online-access">${t(locale, 'startExternal')}<span class="visually-hidden"> ${t(locale, 'newWindow')}</span></a>`
          : nothing}
      ${booking
        ? html`<p class="sdc-card__access-text mt-4" data-element="service-generic-access">${t(locale, wizard || external ? 'bookingText' : 'bookingTextOnly')}</p>
            <a class="btn btn-outline-primary sdc-card__cta" href=${booking} data-element="service-booking-access">${t(locale, 'book')}</a>`
        : nothing}
      ${actions.length ? this.#actionsBlock(locale, actions) : nothing}
    `;
  }

  /** The other members of the service group, in the canonical order (attivazione, rinnovo, …). */
  #actions(service: Service): ServiceActionLink[] {
    return service.actions
      .filter((a) => a.serviceId !== service.id)
      .sort((a, b) => SERVICE_ACTIONS.indexOf(a.action) - SERVICE_ACTIONS.indexOf(b.action));
  }

  #actionsBlock(locale: Locale, actions: ServiceActionLink[]) {
    return html`<div class="sdc-card__actions">
      <h3 class="h5 sdc-card__actions-title">${t(locale, 'actionsTitle')}</h3>
      <p>${t(locale, 'actionsIntro')}</p>
      <ul class="sdc-card__action-list">
        ${actions.map((a) => {
          const href = a.status === 'attivo' ? this.#wizardHref({ id: a.serviceId, slug: a.slug, identifier: a.identifier }, a.action) : undefined;
          return html`<li class="card card-teaser shadow-sm sdc-card__action">
            <div class="card-body">
              <h4 class="card-title h6 sdc-card__action-name">${t(locale, `action_${a.action}` as Key)}</h4>
              <p class="sdc-card__action-help">${t(locale, `actionHelp_${a.action}` as Key)}</p>
              ${href
                ? html`<a class="sdc-card__action-link" href=${href}>${a.name}<span aria-hidden="true"> →</span></a>`
                : html`<p class="sdc-card__action-off mb-0">${a.name} — ${t(locale, 'actionSuspendedNote')}</p>`}
            </div>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #office(locale: Locale, office: Office) {
    const { phone, email, pec, url } = office.contact;
    const address = officeAddress(office);
    const tel = phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : undefined;
    const site = safeBackendUrl(url);
    return html`<div class="card card-teaser card-teaser-info rounded shadow-sm sdc-card__office">
      <div class="card-body">
        <h3 class="card-title h5">${office.name}</h3>
        <dl class="sdc-card__office-data">
          ${address ? html`<div><dt>${t(locale, 'officeAddress')}</dt><dd>${address}</dd></div>` : nothing}
          ${phone ? html`<div><dt>${t(locale, 'officePhone')}</dt><dd><a href=${tel}>${phone}</a></dd></div>` : nothing}
          ${email ? html`<div><dt>${t(locale, 'officeEmail')}</dt><dd><a href="mailto:${email}">${email}</a></dd></div>` : nothing}
          ${pec ? html`<div><dt>${t(locale, 'officePec')}</dt><dd><a href="mailto:${pec}">${pec}</a></dd></div>` : nothing}
          ${office.openingHoursText ? html`<div><dt>${t(locale, 'officeHours')}</dt><dd>${office.openingHoursText}</dd></div>` : nothing}
        </dl>
        ${site ? html`<a href=${site} target="_blank" rel="noopener noreferrer">${t(locale, 'officeSite')}<span class="visually-hidden"> ${office.name} ${t(locale, 'newWindow')}</span></a>` : nothing}
      </div>
    </div>`;
  }

  #sections(locale: Locale, data: CardData): Section[] {
    const { service, offices } = data;
    const x = service.texts;
    const base = this.api.client?.baseUrl;
    const out: Section[] = [];
    if (hasText(x.aChiERivolto)) {
      out.push({ id: 'who-needs', label: t(locale, 'whoNeeds'), body: html`<div class="richtext-wrapper" data-element="service-addressed">${voiceText(x.aChiERivolto, t(locale, 'leadWhoNeeds'))}</div>` });
    }
    if (hasText(x.descrizione)) {
      out.push({ id: 'description', label: t(locale, 'description'), body: html`<div class="richtext-wrapper" data-element="service-extended-description">${richText(x.descrizione)}</div>` });
    }
    if (hasText(x.comeFare)) {
      out.push({ id: 'how-to', label: t(locale, 'howTo'), body: html`<div class="richtext-wrapper" data-element="service-how-to">${voiceText(x.comeFare, t(locale, 'leadHowTo'))}</div>` });
    }
    if (hasText(x.cosaServe)) {
      out.push({ id: 'needed', label: t(locale, 'needed'), className: 'sdc-card__section--tinted', body: html`<div class="richtext-wrapper" data-element="service-needed">${voiceText(x.cosaServe, t(locale, 'leadNeeded'))}</div>` });
    }
    if (hasText(x.cosaSiOttiene)) {
      out.push({ id: 'obtain', label: t(locale, 'obtain'), body: html`<div class="richtext-wrapper" data-element="service-achieved">${voiceText(x.cosaSiOttiene, t(locale, 'leadObtain'))}</div>` });
    }
    if (hasText(x.tempiEScadenze) || service.maxResponseDays) {
      out.push({
        id: 'deadlines',
        label: t(locale, 'deadlines'),
        body: html`<div class="richtext-wrapper" data-element="service-calendar-text">
          ${voiceText(x.tempiEScadenze, t(locale, 'leadDeadlines'))}
          ${service.maxResponseDays ? html`<p>${t(locale, 'maxResponse', { days: service.maxResponseDays })}</p>` : nothing}
        </div>`,
      });
    }
    if (hasCosts(service)) {
      out.push({
        id: 'costs',
        label: t(locale, 'costs'),
        body: html`<div class="richtext-wrapper" data-element="service-cost">${richText(x.costi)}</div>
          ${renderCostSummary(locale, service)}
          ${this.#files(locale, service.costsAttachments, base, false)}`,
      });
    }
    out.push({ id: 'submit-request', label: t(locale, 'access'), className: 'sdc-card__section--tinted', body: this.#accessSection(locale, service) });
    if (hasText(x.casiParticolari)) {
      out.push({ id: 'special-cases', label: t(locale, 'specialCases'), body: html`<div class="richtext-wrapper">${richText(x.casiParticolari)}</div>` });
    }
    // OpenCity has one `more_info` field: it is the contacts text when the service has no offices.
    if (offices.length > 0 && hasText(x.ulterioriInformazioni)) {
      out.push({ id: 'more-info', label: t(locale, 'moreInfo'), body: html`<div class="richtext-wrapper">${richText(x.ulterioriInformazioni)}</div>` });
    }
    const terms = safeBackendUrl(this.conditionsUrl ?? this.config?.conditionsUrl);
    if (terms || hasText(x.condizioni) || service.conditionsAttachments.length > 0) {
      out.push({
        id: 'conditions',
        label: t(locale, 'conditions'),
        body: html`<p>${terms
            ? html`${t(locale, 'conditionsIntroLead')} <a href=${terms}>${t(locale, 'conditionsIntroLink')}</a>.`
            : t(locale, 'conditionsIntro')}</p>
          <div class="richtext-wrapper">${richText(x.condizioni)}</div>
          ${terms
            ? html`<ul class="sdc-card__files"><li>
                <a class="sdc-card__file" href=${terms} data-element="service-file">${docIcon()}<span>${t(locale, 'generalTerms')}</span></a>
              </li></ul>`
            : nothing}
          ${this.#files(locale, service.conditionsAttachments, base, true)}`,
      });
    }
    out.push({
      id: 'contacts',
      label: t(locale, 'contacts'),
      body: html`<div class="sdc-card__offices" data-element="service-area">
        ${offices.length ? offices.map((o) => this.#office(locale, o)) : html`<div class="richtext-wrapper">${voiceText(x.contatti, '')}</div>`}
      </div>`,
    });
    return out;
  }

  #files(locale: Locale, files: Service['costsAttachments'], base: string | undefined, checkerHook: boolean) {
    const usable = files.map((f) => ({ f, href: safeBackendUrl(f.url, base) })).filter((x) => x.href);
    if (!usable.length) return nothing;
    return html`<ul class="sdc-card__files">
      ${usable.map(({ f, href }) => html`<li>
        <a class="sdc-card__file" href=${href!} download data-element=${checkerHook ? 'service-file' : nothing}>
          ${docIcon()}
          <span>${t(locale, 'fileLabel', { name: (f.originalName || f.name).replace(/\.pdf$/i, '') })}</span>
        </a>
      </li>`)}
    </ul>`;
  }

  #full(locale: Locale, data: CardData) {
    const { service, topics } = data;
    const topic = this.#topicOf(service, topics);
    const sections = this.#sections(locale, data);
    const booking = this.#bookingHref(service);
    const startHref = service.status === 'attivo' && service.formioId ? this.#wizardHref(service, service.action) : undefined;
    const pageUrl = typeof location === 'undefined' ? undefined : location.href;
    const ld = jsonLdScript(governmentService({
      service,
      topicName: topic?.name,
      tenant: data.tenant,
      offices: data.offices,
      serviceUrl: startHref ? new URL(startHref, pageUrl ?? 'http://localhost/').href : pageUrl,
      pageUrl,
    }));
    const topicHref = this.#topicHref(topic?.id);
    return html`<article class="sdc-service-card" aria-labelledby="${this.#uid}-title">
      ${this.#breadcrumb(locale, service, topic)}
      <div class="cmp-heading pb-3 pb-lg-4 sdc-card__heading">
        <h1 class="title-xxxlarge" id="${this.#uid}-title" data-element="service-title">${service.name}</h1>
        ${this.#status(locale, service)}
        <p class="subtitle-small sdc-card__lead" data-element="service-description">${plainText(service.shortDescription)}</p>
        ${startHref ? html`<a class="btn btn-primary sdc-card__cta" href=${startHref}>${t(locale, 'startOnline')}</a>` : nothing}
      </div>
      <div class="sdc-card__layout">
        <div class="sdc-card__aside">
          <nav class="cmp-navscroll sdc-card__index" aria-labelledby="${this.#uid}-index">
            <h2 class="sdc-card__index-title" id="${this.#uid}-index">${t(locale, 'pageIndex')}</h2>
            <ul class="link-list" data-element="page-index">
              ${sections.map((s) => html`<li><a class="list-item" href="#${s.id}"><span>${s.label}</span></a></li>`)}
            </ul>
          </nav>
        </div>
        <div class="sdc-card__content">
          <div class="it-page-sections-container">
            ${sections.map((s) => html`<section class="it-page-section mb-30 sdc-card__section ${s.className ?? ''}" id=${s.id} aria-labelledby="${s.id}-title">
              <h2 class="mb-3" id="${s.id}-title">${s.label}</h2>
              ${s.body}
            </section>`)}
            <div class="sdc-card__topics">
              ${topic
                ? html`<p class="sdc-card__topics-label" id="${this.#uid}-topics">${t(locale, 'topics')}</p>
                  <ul class="sdc-card__topic-list" aria-labelledby="${this.#uid}-topics">
                    <li><a class="chip chip-simple sdc-chip" data-element="service-topic" href=${topicHref ?? '#'} title=${t(locale, 'topicLink', { topic: topic.name })}>
                      <span class="chip-label">${topic.name}</span></a></li>
                  </ul>`
                : nothing}
              ${service.updatedAt ? html`<p class="sdc-card__updated">${t(locale, 'updated', { date: formatDate(service.updatedAt, locale) })}</p>` : nothing}
            </div>
          </div>
        </div>
      </div>
      ${this.noFeedback ? nothing : html`<div class="sdc-card__feedback"><sdc-feedback locale=${this.locale ?? nothing}></sdc-feedback></div>`}
      ${booking
        ? html`<aside class="sdc-card__help card shadow-sm no-after" aria-labelledby="${this.#uid}-help">
            <div class="card-body">
              <h2 class="h4" id="${this.#uid}-help">${t(locale, 'helpTitle')}</h2>
              <p>${t(locale, 'helpText')}</p>
              <a class="sdc-card__help-link" href=${booking} data-element="appointment-booking">
                <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M7 2h1.5v2h7V2H17v2h3v18H4V4h3V2zm-1.5 7v11.5h13V9h-13zm2 2h3v3h-3v-3z"/></svg>
                <span>${t(locale, 'bookHelp')}</span>
              </a>
            </div>
          </aside>`
        : nothing}
      ${ld}
    </article>`;
  }

  #compact(locale: Locale, data: CardData) {
    const { service, topics } = data;
    const topic = this.#topicOf(service, topics);
    const href = this.serviceUrl ? fillUrlTemplate(this.serviceUrl, service) : undefined;
    const start = service.status === 'attivo' && service.formioId ? this.#wizardHref(service, service.action) : undefined;
    return html`<div class="card card-teaser shadow-sm rounded sdc-card-compact">
      <div class="card-body">
        ${topic ? html`<p class="sdc-card-compact__category">${topic.name}</p>` : nothing}
        <h3 class="card-title h5 sdc-card-compact__title">
          ${href ? html`<a href=${href} data-element="service-link">${service.name}</a>` : service.name}
        </h3>
        ${service.status !== 'attivo' ? this.#status(locale, service) : nothing}
        <p class="sdc-card-compact__text">${plainText(service.shortDescription)}</p>
        ${start ? html`<a class="btn btn-outline-primary btn-sm" href=${start}>${t(locale, 'startOnline')}<span class="visually-hidden">: ${service.name}</span></a>` : nothing}
      </div>
    </div>`;
  }
}
