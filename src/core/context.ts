import { createContext } from '@lit/context';
import type { Locale } from '../i18n/locale.js';

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
