import { html, nothing, css, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdcElement } from '../../core/sdc-element.js';
import { ApiController } from '../../controllers/api-controller.js';
import { UrlState } from '../../controllers/url-state.js';
import { tokens, base, controls } from '../../styles/tokens.js';
import { renderLoading, renderLogin, stateStyles } from '../../ui/states.js';
import { messages as t } from './sdc-area-personale.messages.js';
import { parseRoute, isAreaHash, type AreaRoute, type AreaSection } from './route.js';
import { returnLocation } from '../../controllers/payment-flow.js';
import { DEFAULT_WIZARD_URL } from '../../ui/pratica-links.js';
import { LazyElements } from '../../controllers/lazy-elements.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The area personale showed another section or pratica (hash navigation, Back, a link). */
    'sdc-area-navigate': { section: AreaSection; praticaId?: string };
  }
}

type AreaPart = 'sdc-pratiche-list' | 'sdc-pratica-detail' | 'sdc-messages-inbox' | 'sdc-payments-list' | 'sdc-meetings-list' | 'sdc-profile';
const SECTIONS: AreaSection[] = ['pratiche', 'messaggi', 'pagamenti', 'appuntamenti', 'profilo'];

/**
 * Navigation uses the URL hash (`#/pratiche`, `#/pratiche/{id}`, `#/messaggi`, `#/pagamenti`, `#/profilo`), so deep
 * links, Back and reload work on any CMS page. A citizen who is not logged in sees a panel with "Accedi"
 * that brings them back to the same place. Composed of `<sdc-pratiche-list>`, `<sdc-pratica-detail>`,
 * `<sdc-payments-list>` and `<sdc-profile>`, which a page may also use on their own.
 *
 * @tag sdc-area-personale
 * @summary The citizen's personal area: Pratiche (with the detail of each), Messaggi, Pagamenti and Profilo.
 *
 * @attr label-messaggi - Label of the Messaggi section (default "Messaggi").
 * @attr label-pagamenti - Label of the Pagamenti section (default "Pagamenti").
 * @attr label-appuntamenti - Label of the Appuntamenti section (default "Appuntamenti").
 * @attr label-profilo - Label of the Profilo section (default "Profilo").
 * @event sdc-area-navigate - Another section or pratica is shown; `detail.section`, `detail.praticaId`.
 * @csspart nav - The section navigation.
 * @cssprop --sdc-color-primary - Active tab, links, buttons.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Tab bar border.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
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
 */
export class SdcAreaPersonale extends SdcElement {
  static override styles = [
    tokens, base, controls, stateStyles,
    css`
      .greeting { color: var(--_muted); margin: 0 0 calc(var(--_space) * 2); }
      /* Every tab stays in view: where the five do not fit on one line (a phone: 434px of tabs in 366),
         they wrap onto a second line and share it, rather than hiding "Profilo" off-screen. */
      nav { container: sdc-tabs / inline-size; margin: 0 0 calc(var(--_space) * 4); border-bottom: 1px solid var(--_border); }
      nav ul { display: flex; flex-wrap: wrap; gap: 0; list-style: none; margin: 0; padding: 0; }
      nav a {
        display: block; padding: 12px 20px; min-height: 48px; font-weight: 600; text-decoration: none;
        color: var(--_text); border-bottom: 3px solid transparent; white-space: nowrap;
      }
      @container sdc-tabs (max-width: 599px) {
        nav li { flex: 1 1 auto; }
        nav a { padding: 12px 10px; text-align: center; }
      }
      nav a:hover { color: var(--_primary); background: var(--_surface-alt); }
      nav a[aria-current='page'] { color: var(--_primary); border-bottom-color: var(--_primary); }
      .section-title:focus { outline: none; }
    `,
  ];

  // The session is looked for whenever the client arrives: on connect, or when a provider defined later provides it.
  readonly api = new ApiController(this, { ensureSession: true });

  /** How each tab's element is imported (define.ts): the first view downloads one list, not every tab. */
  static parts: Partial<Record<AreaPart, () => Promise<unknown>>> = {};
  readonly #parts = new LazyElements<AreaPart>(this, SdcAreaPersonale.parts);

  /** Wizard URL template for drafts and service actions: `{service}`, `{pratica}` (`action` and `ref` are appended). */
  @property({ attribute: 'wizard-url' }) wizardUrl = DEFAULT_WIZARD_URL;
  /** Label of the Pratiche section (ente sites name sections differently: "Attività", "Le mie richieste"…). */
  @property({ attribute: 'label-pratiche' }) labelPratiche?: string;
  @property({ attribute: 'label-messaggi' }) labelMessaggi?: string;
  @property({ attribute: 'label-pagamenti' }) labelPagamenti?: string;
  @property({ attribute: 'label-appuntamenti' }) labelAppuntamenti?: string;
  @property({ attribute: 'label-profilo' }) labelProfilo?: string;
  /** Booking page, offered from the Appuntamenti section (`<sdc-appointment-booking>`). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;
  /** Pratiche per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  @state() private route: AreaRoute = { section: 'pratiche' };
  #lastListHash = '#/pratiche';
  #navigated = false;

  #onHash(): void {
    const next = parseRoute(location.hash);
    const moved = next.section !== this.route.section || next.praticaId !== this.route.praticaId;
    if (next.section === 'pratiche' && !next.praticaId && isAreaHash(location.hash)) this.#lastListHash = location.hash;
    if (!moved) return;
    this.route = next;
    this.#navigated = true;
    this.emit('sdc-area-navigate', { section: next.section, praticaId: next.praticaId });
  }

  // The hash is the route: read on connect (no navigation event, no focus move), then on every navigation.
  protected readonly hashRoute = new UrlState(this, {
    mode: () => 'hash',
    keys: [],
    read: () => (this.hasUpdated ? this.#onHash() : this.#initRoute()),
  });

  #initRoute(): void {
    // Back from a same-tab pagoPA checkout on a landing without our hash: reopen the tab it left (#/pagamenti).
    const back = returnLocation();
    if (back) history.replaceState(history.state, '', back);
    this.route = parseRoute(location.hash);
    if (this.route.section === 'pratiche' && !this.route.praticaId && isAreaHash(location.hash)) this.#lastListHash = location.hash;
  }

  #label(s: AreaSection): string {
    const custom = { pratiche: this.labelPratiche, messaggi: this.labelMessaggi, pagamenti: this.labelPagamenti, appuntamenti: this.labelAppuntamenti, profilo: this.labelProfilo }[s];
    return custom?.trim() || t(this.resolvedLocale, s);
  }

  protected override async updated(changed: PropertyValues): Promise<void> {
    super.updated(changed);
    if (!changed.has('route') || !this.#navigated) return;
    this.#navigated = false;
    // In-page navigation: focus goes to the new view's title, as a page load would put the reader there.
    await this.updateComplete;
    if (this.route.praticaId) {
      if (this.route.detailSection) return;
      await this.#parts.whenDefined('sdc-pratica-detail').catch(() => undefined);
      await this.updateComplete;
      this.renderRoot.querySelector('sdc-pratica-detail')?.focusTitle();
    } else {
      this.renderRoot.querySelector<HTMLElement>('.section-title')?.focus();
    }
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const st = this.api.state;
    if (st === 'anonymous' || st === 'expired') return renderLogin(locale, this.api.loginUrl(), t(locale, 'loginText'));
    if (st !== 'authenticated') return renderLoading(locale, 6);
    const name = this.api.session?.citizen?.fullName;
    const r = this.route;
    return html`
      ${name ? html`<p class="greeting">${t(locale, 'greeting', { name })}</p>` : nothing}
      <nav aria-label=${t(locale, 'nav')} part="nav">
        <ul>
          ${SECTIONS.map((s) => html`<li><a href="#/${s}" aria-current=${r.section === s ? 'page' : 'false'} data-section=${s}>${this.#label(s)}</a></li>`)}
        </ul>
      </nav>
      ${this.#renderSection(r)}
    `;
  }

  #renderSection(r: AreaRoute) {
    const base = this.baseUrl;
    const locale = this.locale;
    const shown = this.resolvedLocale;
    if (r.section === 'pratiche' && r.praticaId) {
      return this.#parts.render('sdc-pratica-detail', shown, () => html`<sdc-pratica-detail pratica-id=${r.praticaId} section=${r.detailSection ?? nothing} back-url=${this.#lastListHash}
        wizard-url=${this.wizardUrl} base-url=${base ?? nothing} locale=${locale ?? nothing} checkout-target=${this.getAttribute('checkout-target') ?? nothing}></sdc-pratica-detail>`, 8);
    }
    const title = html`<h2 class="section-title" tabindex="-1">${this.#label(r.section)}</h2>`;
    if (r.section === 'messaggi') {
      return html`${title}${this.#parts.render('sdc-messages-inbox', shown, () => html`<sdc-messages-inbox url-sync="hash" no-heading heading-level="3" detail-url="#/pratiche/{pratica}"
        base-url=${base ?? nothing} locale=${locale ?? nothing}></sdc-messages-inbox>`)}`;
    }
    if (r.section === 'pagamenti') {
      return html`${title}${this.#parts.render('sdc-payments-list', shown, () => html`<sdc-payments-list url-sync="hash" no-heading detail-url="#/pratiche/{pratica}" checkout-target=${this.getAttribute('checkout-target') ?? nothing}
        base-url=${base ?? nothing} locale=${locale ?? nothing}></sdc-payments-list>`)}`;
    }
    if (r.section === 'appuntamenti') {
      return html`${title}${this.#parts.render('sdc-meetings-list', shown, () => html`<sdc-meetings-list heading-level="3" booking-url=${this.bookingUrl ?? nothing}
        base-url=${base ?? nothing} locale=${locale ?? nothing}></sdc-meetings-list>`)}`;
    }
    if (r.section === 'profilo') {
      return html`${title}${this.#parts.render('sdc-profile', shown, () => html`<sdc-profile no-heading base-url=${base ?? nothing} locale=${locale ?? nothing}></sdc-profile>`)}`;
    }
    // The list keeps its filters with pushState (no hashchange): it tells us, so "Torna alle pratiche" restores them.
    return html`${title}${this.#parts.render('sdc-pratiche-list', shown, () => html`<sdc-pratiche-list @sdc-pratiche-change=${() => { this.#lastListHash = location.hash; }} url-sync="hash" no-heading detail-url="#/pratiche/{pratica}" wizard-url=${this.wizardUrl}
      page-size=${this.pageSize} base-url=${base ?? nothing} locale=${locale ?? nothing}></sdc-pratiche-list>`)}`;
  }
}
