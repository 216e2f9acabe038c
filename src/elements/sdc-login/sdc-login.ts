import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdcElement } from '../../core/sdc-element.js';
import { adoptLightStyles } from '../../core/light-styles.js';
import { ApiController } from '../../controllers/api-controller.js';
import type { Session } from '../../api/session.js';
import { lightKitStyles, markStandalone } from '../../ui/light-kit.js';
import { loginStyles } from './sdc-login.styles.js';
import { loginMessages as t } from './sdc-login.messages.js';
import type { SignedInMenu } from './signed-in.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /**
     * The citizen chose "Esci". Cancel it (`preventDefault()`) to stay on the page: the session is
     * still forgotten, but the browser does not go to `{base}/logout`.
     */
    'sdc-logout': Record<string, never>;
  }
}

/**
 * Light DOM, so the PNRR checker finds `a[data-element="personal-area-login"]` (pa-domain.md §5.3).
 * Logging in is a navigation to the backend login (SPID/CIE happen there, §4.3), which comes back to
 * this page. The session is the one of the base URL, shared by every element on the page: logging in
 * or out updates them all. The signed-in menu is a chunk of its own (./signed-in.ts), imported when
 * a citizen's token arrives, in parallel with the profile request: an anonymous visitor never
 * downloads it (issue 15). Until it is there the anonymous button stays, disabled and busy.
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
  /**
   * Imports the signed-in menu. Replaceable (tests): the seam that shows an anonymous page never asks for it.
   * @internal
   */
  static loadSignedIn: () => Promise<typeof import('./signed-in.js')> = () => import('./signed-in.js');

  /** The page hosting `<sdc-area-personale>`; default: the provider's `area-personale-url`. */
  @property({ attribute: 'area-personale-url' }) areaPersonaleUrl?: string;
  /** Where the citizen lands after logging in; default: this page. */
  @property({ attribute: 'return-url' }) returnUrl?: string;

  /** The signed-in menu's module could not be fetched: the header says so and offers "Riprova". */
  @state() private menuFailed = false;

  // Finds out who is there as soon as the base URL is known (own attribute or a provider, even a late one).
  readonly api: ApiController = new ApiController(this, { ensureSession: true });
  #menu?: SignedInMenu;
  #menuLoading = false;
  /** The session whose `token` event starts the menu's import (the client may change: a late provider). */
  #watched?: Session;
  readonly #onToken = (): void => this.#loadMenu();

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(lightKitStyles);
    adoptLightStyles(loginStyles);
    markStandalone(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#watch(undefined);
  }

  protected override willUpdate(): void {
    const session = this.api.session;
    this.#watch(session);
    if (!session) return;
    // After a failed import only "Riprova" or a new token asks again: no loop of failing imports.
    if (this.menuFailed) return;
    if (session.state === 'authenticated' || (session.token && !session.isAnonymousUser)) this.#loadMenu();
  }

  #watch(session: Session | undefined): void {
    if (session === this.#watched) return;
    this.#watched?.removeEventListener('token', this.#onToken);
    session?.addEventListener('token', this.#onToken);
    this.#watched = session;
  }

  #loadMenu(): void {
    if (this.#menu || this.#menuLoading) return;
    this.#menuLoading = true;
    this.menuFailed = false;
    SdcLogin.loadSignedIn().then(
      ({ SignedInMenu }) => {
        this.#menuLoading = false;
        this.#menu = new SignedInMenu(this);
        this.requestUpdate();
      },
      () => {
        // The citizen stays signed in (the session is untouched); "Riprova" imports again.
        this.#menuLoading = false;
        this.menuFailed = true;
      },
    );
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const session = this.api.session;
    if (!session) return nothing;
    const signedIn = session.state === 'authenticated';
    if (signedIn && this.#menu) return this.#menu.render(session);
    if (signedIn && this.menuFailed) {
      const area = this.areaPersonaleUrl ?? this.config?.areaPersonaleUrl;
      return html`<div class="sdc-login sdc-login--in">
        ${area ? html`<a class="btn btn-primary sdc-login__link" href=${area}>${t(locale, 'areaPersonale')}</a>` : nothing}
        <span class="sdc-login__note" role="alert">${t(locale, 'menuFailed')}</span>
        <button type="button" class="btn btn-outline-primary sdc-login__retry" @click=${() => this.#loadMenu()}>${t(locale, 'retry')}</button>
      </div>`;
    }
    const href = this.api.loginUrl(this.returnUrl);
    if (!href) return nothing;
    const checking = signedIn || session.state === 'unknown' || session.state === 'checking';
    // Signed in, menu on its way: the same box, so nothing moves, but no login link for a citizen already in.
    return html`<div class="sdc-login sdc-login--out" aria-busy=${checking ? 'true' : 'false'}>
      <a class="btn btn-primary btn-icon btn-full sdc-login__link" href=${signedIn ? nothing : href} aria-disabled=${signedIn ? 'true' : nothing}
        data-element="personal-area-login">
        <span class="rounded-icon sdc-login__icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" width="20" height="20" focusable="false"><path fill="currentColor" d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5z"/></svg>
        </span>
        <span class="sdc-login__label">${t(locale, 'loginShort')}<span class="sdc-login__rest"> ${t(locale, 'loginRest')}</span></span>
      </a>
      ${session.state === 'expired' ? html`<span class="sdc-login__note" role="status">${t(locale, 'expired')}</span>` : nothing}
    </div>`;
  }
}
