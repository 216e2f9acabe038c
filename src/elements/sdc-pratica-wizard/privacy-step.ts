import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { renderChoiceField } from '../../ui/fields/index.js';
import { uiMessages } from '../../ui/ui.messages.js';
import { wizardMessages as t } from './sdc-pratica-wizard.messages.js';
import { syntheticField } from './synthetic-field.js';

export const PRIVACY_PATH = '~privacy';

export function privacyField(locale: Locale) {
  return syntheticField({ path: PRIVACY_PATH, label: t(locale, 'privacyCheck'), control: 'checkbox' });
}

/** "Informativa sulla privacy" (Modello Comuni step 3, pa-domain.md §5.1): a link to the ente's notice and a consent checkbox. */
export function renderPrivacyStep(o: {
  locale: Locale;
  privacyUrl?: string;
  accepted: boolean;
  error?: string;
  onChange: (accepted: boolean) => void;
}): TemplateResult {
  const { locale } = o;
  return html`<div class="privacy">
    <p>${t(locale, 'privacyIntro')}</p>
    <p>${t(locale, 'privacyText')}</p>
    ${o.privacyUrl
      ? html`<p><a href=${o.privacyUrl} target="_blank" rel="noopener">${t(locale, 'privacyLink')}<span class="visually-hidden"> ${uiMessages(locale, 'newWindow')}</span></a></p>`
      : nothing}
    ${renderChoiceField({
      node: privacyField(locale),
      value: o.accepted,
      locale,
      error: o.error,
      onChange: (_p, v) => o.onChange(v === true),
    })}
  </div>`;
}
