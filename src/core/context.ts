import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locale.js';
import type { SdcClient } from '../api/http.js';

/** What a page tells the kit once, on `<sdc-provider>`; every element can also take `base-url` itself. */
export interface SdcConfig {
  /** The OpenCity tenant, `{host}/{prefix}`, e.g. `https://servizi.comune.example.it/lang`. */
  baseUrl?: string;
  locale?: Locale;
  /** Where "Accedi" goes; default `{baseUrl}/login`. */
  loginUrl?: string;
  /** Form.io form server, when forms are not proxied by `/api/services/{id}/form`. */
  formServerUrl?: string;
  /** A JWT the page already has (kept in memory only). */
  token?: string;
  /** Privacy notice of the ente, linked from the wizard's first step. */
  privacyUrl?: string;
  /** The ente's general terms of its online services, linked from each scheda's "Condizioni di servizio". */
  conditionsUrl?: string;
  /** Page of the area personale, for links from other elements (`/area-personale.html`). */
  areaPersonaleUrl?: string;
}

export const configContext = createContext<SdcConfig | undefined>(Symbol.for('sdc-widgets/config'));

/**
 * The tenant's HTTP client, and with it the citizen's session, provided by `<sdc-provider>`: every
 * element under one provider shares one session, and two providers on a page (two tenants) stay apart.
 * A type-only import: nothing of `api/` is loaded by `core/` at run time.
 */
export const clientContext = createContext<SdcClient | undefined>(Symbol.for('sdc-widgets/client'));
