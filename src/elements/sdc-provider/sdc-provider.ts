import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { SdcElement } from '../../core/sdc-element.js';
import { configContext, type SdcConfig } from '../../core/context.js';
import { clientContext } from '../../controllers/client-context.js';
import { normalizeBaseUrl, type SdcClient } from '../../api/http.js';
import { createClient } from '../../controllers/client-scope.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * Renders nothing of its own (`display: contents`): it gives every sdc element inside it the tenant
 * (`base-url`), the language, the login and the ente's links, and one session shared by all of them.
 * An element's own attribute wins over the provider's. Two providers with two tenants work side by side.
 *
 * @tag sdc-provider
 * @summary Optional root that configures every sdc element inside it once: backend, language, login.
 *
 * @attr base-url - The OpenCity tenant: `https://{host}/lang`, or `https://www2.stanzadelcittadino.it/{comune}`.
 * @slot - The page content and the sdc elements that use this configuration.
 */
export class SdcProvider extends SdcElement {
  /** Where "Accedi" sends the citizen; default `{base-url}/login`. */
  @property({ attribute: 'login-url' }) loginUrl?: string;
  /** A JWT the page already holds; kept in memory only. */
  @property() token?: string;
  /** Form.io server, when forms are not served by `{base-url}/api/services/{id}/form`. */
  @property({ attribute: 'form-server-url' }) formServerUrl?: string;
  /** The ente's privacy notice, linked from the wizard's first step. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** The ente's general terms of its online services, linked from each scheda's "Condizioni di servizio". */
  @property({ attribute: 'conditions-url' }) conditionsUrl?: string;
  /** The page hosting `<sdc-area-personale>`, for links from other elements. */
  @property({ attribute: 'area-personale-url' }) areaPersonaleUrl?: string;

  // Controllers rather than @provide: the decorator's code would ship on every page (issue 15).
  readonly #config = new ContextProvider(this, { context: configContext, initialValue: {} });
  /**
   * The tenant's client and session for everything inside: its own, so two providers (two tenants,
   * or two citizens in a demo) never share a session.
   */
  readonly #client = new ContextProvider(this, { context: clientContext });
  #appliedToken: string | undefined;

  // No shadow root and no box: the provider must not change the page's layout or styling.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display = 'contents';
  }

  protected override willUpdate(): void {
    const next: SdcConfig = {
      baseUrl: this.baseUrl?.replace(/\/+$/, ''),
      locale: this.locale as Locale | undefined,
      loginUrl: this.loginUrl,
      token: this.token,
      formServerUrl: this.formServerUrl,
      privacyUrl: this.privacyUrl,
      conditionsUrl: this.conditionsUrl,
      areaPersonaleUrl: this.areaPersonaleUrl,
    };
    // A new object only when something changed, so consumers re-render only then.
    if (JSON.stringify(next) !== JSON.stringify(this.#config.value)) this.#config.setValue(next);
    const base = next.baseUrl;
    // A token the page gives belongs to this provider's tenant only. It is applied before the client
    // is published, so no element asks the backend cookie for a session the page already gave.
    const token = next.token;
    let client: SdcClient | undefined = this.#client.value;
    if (base && (!client || client.baseUrl !== normalizeBaseUrl(base))) {
      client = createClient(this.ownerDocument, base);
      if (token) void client.session.setToken(token);
      this.#appliedToken = token;
      this.#client.setValue(client);
    } else if (!base && client) {
      this.#client.setValue(undefined);
      client = undefined;
    }
    if (client && token !== this.#appliedToken) {
      this.#appliedToken = token;
      if (token && client.session.token !== token) void client.session.setToken(token);
    }
  }

  protected override render() {
    return html``;
  }
}
