import { css, html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { errorSummaryMessages as t } from './error-summary.messages.js';

export interface SummaryItem {
  /** Id of the input to focus (in the same render root). */
  targetId: string;
  /** The same words as the inline message (GOV.UK). */
  text: string;
}

export interface ErrorSummaryOptions {
  locale: Locale;
  items: SummaryItem[];
  /** Root holding the inputs (the element's shadow root): links focus inside it. */
  root: () => ParentNode | null | undefined;
  /** Called before focusing a target (e.g. to open the step that holds it). Return a promise to wait. */
  beforeFocus?: (item: SummaryItem) => void | Promise<unknown>;
  id?: string;
}

/**
 * GOV.UK error summary (anchors.md §5): a focusable container with `role="alert"` on a *child*
 * (no race between focusing and announcing), heading "C’è un problema", and real links to each field.
 * The host focuses `#<id>` after rendering it (`focusErrorSummary`).
 */
export function renderErrorSummary(o: ErrorSummaryOptions): TemplateResult | typeof nothing {
  if (o.items.length === 0) return nothing;
  const id = o.id ?? 'error-summary';
  return html`<div class="error-summary" id=${id} tabindex="-1" aria-labelledby="${id}-title" part="error-summary">
    <div role="alert">
      <h2 class="error-summary__title" id="${id}-title">${t(o.locale, o.items.length > 1 ? 'titleMany' : 'title')}</h2>
      <ul class="error-summary__list">
        ${o.items.map((item) => html`<li>
          <a href="#${item.targetId}" @click=${(e: Event) => {
            e.preventDefault();
            void focusField(o.root, item, o.beforeFocus);
          }}>${item.text}</a>
        </li>`)}
      </ul>
    </div>
  </div>`;
}

/**
 * Warnings (non-blocking issues, e.g. codice fiscale not matching the name): listed like the summary,
 * with "Conferma e prosegui" to go on anyway (form-engines.md §5.6.1).
 */
export function renderWarningSummary(
  o: ErrorSummaryOptions & { onConfirm: () => void },
): TemplateResult | typeof nothing {
  if (o.items.length === 0) return nothing;
  const id = o.id ?? 'warning-summary';
  return html`<div class="error-summary error-summary--warning" id=${id} tabindex="-1" aria-labelledby="${id}-title" part="warning-summary">
    <div role="status">
      <h2 class="error-summary__title" id="${id}-title">${t(o.locale, 'warningsTitle')}</h2>
      <p>${t(o.locale, 'warningsText')}</p>
      <ul class="error-summary__list">
        ${o.items.map((item) => html`<li>
          <a href="#${item.targetId}" @click=${(e: Event) => {
            e.preventDefault();
            void focusField(o.root, item, o.beforeFocus);
          }}>${item.text}</a>
        </li>`)}
      </ul>
    </div>
    <button type="button" class="btn btn-outline" @click=${o.onConfirm}>${t(o.locale, 'confirm')}</button>
  </div>`;
}

/**
 * Like GOV.UK's summary links: scroll the field's legend (choices) or label into view, then focus the
 * input without jumping, so the question stays visible above the input.
 */
export async function focusField(
  root: () => ParentNode | null | undefined,
  item: SummaryItem,
  beforeFocus?: (item: SummaryItem) => void | Promise<unknown>,
): Promise<boolean> {
  if (beforeFocus) await beforeFocus(item);
  const r = root();
  const input = r?.querySelector<HTMLElement>(`#${CSS.escape(item.targetId)}`);
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = r?.querySelector<HTMLElement>(`label[for="${CSS.escape(item.targetId)}"]`);
  const anchor = (legend && input.closest('.field')?.contains(legend) ? legend : label) ?? input;
  anchor.scrollIntoView?.({ block: 'start' });
  input.focus({ preventScroll: true });
  return true;
}

/** Focuses the summary (after it is rendered). */
export function focusErrorSummary(root: ParentNode | null | undefined, id = 'error-summary'): void {
  const el = root?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!el) return;
  el.scrollIntoView?.({ block: 'start' });
  el.focus({ preventScroll: true });
}

const titlePrefixes = new WeakMap<Document, string>();

/**
 * Prefixes (or un-prefixes) `document.title` with "Errore: " (GOV.UK validation pattern), without
 * stacking the prefix on repeated failures.
 */
export function setErrorTitle(locale: Locale, hasErrors: boolean, doc: Document = document): void {
  // Remember the prefix this page got (in whatever language it was then) rather than asking every
  // locale for its word: that would download the catalogues of languages the page does not speak.
  let title = doc.title;
  const before = titlePrefixes.get(doc) ?? t(locale, 'titlePrefix');
  if (title.startsWith(before)) title = title.slice(before.length);
  const prefix = t(locale, 'titlePrefix');
  titlePrefixes.set(doc, prefix);
  doc.title = hasErrors ? `${prefix}${title}` : title;
}

export const errorSummaryStyles = css`
  .error-summary {
    padding: 20px 24px; margin: 0 0 24px; border: 4px solid var(--_danger); border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error-summary:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .error-summary__title { font-size: 1.375rem; margin: 0 0 12px; }
  .error-summary__list { margin: 0; padding-left: 20px; display: grid; gap: 6px; }
  .error-summary__list a { color: var(--_danger); font-weight: 600; }
  .error-summary--warning { border-color: var(--_warning); }
  .error-summary--warning .error-summary__list a { color: var(--sdc-color-warning-text, #7a4700); }
  .error-summary--warning .btn { margin-top: 16px; }
`;
