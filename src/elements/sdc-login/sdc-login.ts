import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdcElement } from '../../core/sdc-element.js';
import { adoptLightStyles } from '../../core/light-styles.js';
import { ApiController } from '../../controllers/api-controller.js';
import { lightKitStyles, markStandalone } from '../../ui/light-kit.js';
import { loginStyles } from './sdc-login.styles.js';
import { loginMessages as t } from './sdc-login.messages.js';
import { UnreadBadge } from './unread-badge.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /**
     * The citizen chose "Esci". Cancel it (`preventDefault()`) to stay on the page: the session is
     * still forgotten, but the browser does not go to `{base}/logout`.
     */
    'sdc-logout': Record<string, never>;
  }
}

let counter = 0;

/**
 * Light DOM, so the PNRR checker finds `a[data-element="personal-area-login"]` (pa-domain.md §5.3).
 * Logging in is a navigation to the backend login (SPID/CIE happen there, §4.3), which comes back to
 * this page. The session is the one of the base URL, shared by every element on the page: logging in
 * or out updates them all.
 *
 * @tag sdc-login
 * @summary The header's access to the personal area: "Accedi all'area personale" or the citizen's name and menu.
 *
 * @event sdc-logout - The citizen chose "Esci" (cancelable: cancel to skip the navigation to `{base}/logout`).
 * @cssprop --sdc-color-primary - Button and menu accents (default: the page's Bootstrap Italia primary).
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
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
export class SdcLogin extends SdcElement {
  /** The page hosting `<sdc-area-personale>`; default: the provider's `area-personale-url`. */
  @property({ attribute: 'area-personale-url' }) areaPersonaleUrl?: string;
  /** Where the citizen lands after logging in; default: this page. */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  @state() private open = false;

  // Finds out who is there as soon as the base URL is known (own attribute or a provider, even a late one).
  readonly api = new ApiController(this, { ensureSession: true });
  readonly #uid = `sdc-login-${++counter}`;
  /** Unread messages across pratiche, linked to the area personale's Messaggi tab. */
  readonly #unread = new UnreadBadge(this, () => this.api.client, () => this.api.state === 'authenticated');
  readonly #onDocumentClick = (e: MouseEvent) => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(lightKitStyles);
    adoptLightStyles(loginStyles);
    markStandalone(this);
    document.addEventListener('click', this.#onDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.#onDocumentClick);
  }

  #toggle() {
    this.open = !this.open;
  }

  #onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      this.open = false;
      this.querySelector<HTMLButtonElement>('.sdc-login__toggle')?.focus();
    }
  }

  #onFocusOut(e: FocusEvent) {
    const next = e.relatedTarget as Node | null;
    if (this.open && next && !this.contains(next)) this.open = false;
  }

  #logout() {
    this.open = false;
    const go = this.emit('sdc-logout', {}, { cancelable: true });
    this.api.session?.logout({ navigate: go });
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const session = this.api.session;
    if (!session) return nothing;
    if (session.state === 'authenticated') {
      const c = session.citizen;
      const name = c ? c.fullName || `${c.givenName} ${c.familyName}`.trim() : '';
      const shown = name || t(locale, 'citizen');
      const initials = (c ? `${c.givenName.charAt(0)}${c.familyName.charAt(0)}` : '').toUpperCase() || '•';
      const area = this.areaPersonaleUrl ?? this.config?.areaPersonaleUrl;
      const menuId = `${this.#uid}-menu`;
      const n = this.#unread.count ?? 0;
      const unreadText = n === 0 ? t(locale, 'messagesNone') : n === 1 ? t(locale, 'messagesOne') : t(locale, 'messagesMany', { count: n });
      return html`<div class="sdc-login sdc-login--in" @keydown=${this.#onKeydown} @focusout=${this.#onFocusOut}>
        <button type="button" class="btn btn-primary btn-icon sdc-login__toggle" aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${menuId} @click=${this.#toggle}>
          <span class="sdc-login__avatar" aria-hidden="true">${initials}</span>
          <span class="sdc-login__name">${shown}</span>
          ${this.#unread.count ? html`<span class="sdc-login__badge" aria-hidden="true">${this.#unread.count}</span><span class="visually-hidden">, ${unreadText}</span>` : nothing}
          <svg class="sdc-login__chevron" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 15.6 5.4 9l1.2-1.2 5.4 5.4 5.4-5.4L18.6 9z"/></svg>
        </button>
        <div class="sdc-login__menu link-list-wrapper shadow" id=${menuId} ?hidden=${!this.open}>
          <ul class="link-list">
            ${area ? html`<li><a class="list-item sdc-login__item" href=${area}><span>${t(locale, 'areaPersonale')}</span></a></li>` : nothing}
            ${area && this.#unread.count !== undefined ? html`<li><a class="list-item sdc-login__item sdc-login__messages" href=${messagesUrl(area)}><span>${unreadText}</span></a></li>` : nothing}
            <li><button type="button" class="list-item sdc-login__item sdc-login__logout" @click=${this.#logout}><span>${t(locale, 'logout')}</span></button></li>
          </ul>
        </div>
      </div>`;
    }
    const href = this.api.loginUrl(this.returnUrl);
    if (!href) return nothing;
    const checking = session.state === 'unknown' || session.state === 'checking';
    return html`<div class="sdc-login sdc-login--out" aria-busy=${checking ? 'true' : 'false'}>
      <a class="btn btn-primary btn-icon btn-full sdc-login__link" href=${href} data-element="personal-area-login">
        <span class="rounded-icon sdc-login__icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="20" height="20" focusable="false"><path fill="currentColor" d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z"/></svg>
        </span>
        <span class="sdc-login__label">${t(locale, 'loginShort')}<span class="sdc-login__rest"> ${t(locale, 'loginRest')}</span></span>
      </a>
      ${session.state === 'expired' ? html`<span class="sdc-login__note" role="status">${t(locale, 'expired')}</span>` : nothing}
    </div>`;
  }
}

/** The area personale's Messaggi tab (`#/messaggi`, its hash route). */
function messagesUrl(area: string): string {
  return `${area.replace(/#.*$/, '')}#/messaggi`;
}
