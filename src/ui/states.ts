import { html, css, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { uiMessages as t } from './ui.messages.js';

/**
 * The four states every data element shows (ARCHITECTURE §5): loading, empty, error, content.
 * Plain template functions so shadow and light-DOM elements share the same markup.
 */

/** Skeleton lines the height of the content to come, so nothing jumps when it arrives. */
export function renderLoading(locale: Locale, lines = 3): TemplateResult {
  return html`<div class="sdc-state sdc-state--loading" role="status" aria-live="polite">
    <span class="visually-hidden">${t(locale, 'loading')}</span>
    ${Array.from({ length: lines }, (_, i) => html`<div class="sdc-skeleton" style="width:${90 - ((i * 17) % 40)}%" aria-hidden="true"></div>`)}
  </div>`;
}

/** Says there is nothing yet and what to do about it. */
export function renderEmpty(title: string, text?: string, action?: TemplateResult): TemplateResult {
  return html`<div class="sdc-state sdc-state--empty" role="status">
    <p class="sdc-state__title">${title}</p>
    ${text ? html`<p class="sdc-state__text">${text}</p>` : nothing}
    ${action ?? nothing}
  </div>`;
}

/**
 * Says what happened, what to do, and offers to retry. `message` is the SdcError's user message;
 * `what` replaces the generic advice. The button carries the kit's class (shadow DOM) and Bootstrap
 * Italia's (light DOM, where the page's theme styles it).
 */
export function renderError(locale: Locale, message: string | undefined, onRetry?: () => void, title?: string, what?: string): TemplateResult {
  return html`<div class="sdc-state sdc-state--error" role="alert">
    <p class="sdc-state__title">${title ?? t(locale, 'errorTitle')}</p>
    ${message ? html`<p class="sdc-state__text">${message}</p>` : nothing}
    <p class="sdc-state__text">${what ?? t(locale, 'errorWhat')}</p>
    ${onRetry ? html`<button type="button" class="btn btn-outline btn-outline-primary btn-sm sdc-retry" @click=${onRetry}>${t(locale, 'retry')}</button>` : nothing}
  </div>`;
}

/** "Accedi" panel for content that needs a logged-in citizen. */
export function renderLogin(locale: Locale, loginUrl: string | undefined, text?: string): TemplateResult {
  return html`<div class="sdc-state sdc-state--login">
    <p class="sdc-state__title">${t(locale, 'loginTitle')}</p>
    <p class="sdc-state__text">${text ?? t(locale, 'loginText')}</p>
    ${loginUrl ? html`<a class="btn" href=${loginUrl} data-element="personal-area-login">${t(locale, 'login')}</a>` : nothing}
  </div>`;
}

export const stateStyles = css`
  .sdc-state { padding: 24px; border-radius: var(--_radius, 4px); background: var(--_surface-alt, #f2f7fc); margin: 0 0 16px; }
  .sdc-state__title { font-weight: 700; font-size: 1.125rem; margin: 0 0 8px; }
  .sdc-state__text { margin: 0 0 12px; }
  .sdc-state--error { background: var(--_danger-soft, #faebee); border-left: 4px solid var(--_danger, #cc334d); }
  .sdc-state--login { border-left: 4px solid var(--_primary, #0066cc); }
  .sdc-state--loading { background: transparent; padding: 8px 0; }
  .sdc-skeleton {
    height: 1.1em; margin: 0 0 12px; border-radius: 4px;
    background: linear-gradient(90deg, #e8ebee 25%, #f4f6f8 50%, #e8ebee 75%) 0 0 / 200% 100%;
    animation: sdc-shimmer 1.4s ease-in-out infinite;
  }
  @keyframes sdc-shimmer { to { background-position: -200% 0; } }
  @media (prefers-reduced-motion: reduce) { .sdc-skeleton { animation: none; } }
`;
