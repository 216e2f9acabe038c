import { css, html, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { filterAreaMessages as t } from './filter-area.messages.js';

export interface FilterAreaOptions {
  locale: Locale;
  /** The id of the filter form, for `aria-controls`. */
  formId: string;
  /** Whether the citizen opened the filters (only matters where they collapse). */
  open: boolean;
  /** Active filters, shown as "Filtri (2)". */
  active: number;
  onToggle: () => void;
}

/**
 * A list's filter form that collapses behind a "Filtri (n)" button where the list is narrow (a phone,
 * the area personale in a side column), so the first result — "Paga online" — is above the fold
 * (issue 19). Wide, the button is not drawn and the form always shows. A container query, not the
 * viewport: the element may sit in a narrow column of a wide page.
 */
export function renderFilterArea(o: FilterAreaOptions, form: TemplateResult): TemplateResult {
  return html`<div class="filter-area ${o.open ? 'is-open' : ''}">
    <button type="button" class="btn btn-outline filters-toggle" aria-expanded=${o.open ? 'true' : 'false'} aria-controls=${o.formId}
      @click=${o.onToggle}>${o.active ? t(o.locale, 'toggleCount', { n: o.active }) : t(o.locale, 'toggle')}</button>
    ${form}
  </div>`;
}

/**
 * After "Rimuovi i filtri" removes the button that had focus: focus stays in the filter area, on the
 * "Filtri" button where the form is collapsed, else on the form's first field — never on `<body>`.
 */
export function focusFilterArea(root: ParentNode): void {
  const area = root.querySelector<HTMLElement>('.filter-area');
  if (!area) return;
  const toggle = area.querySelector<HTMLElement>('.filters-toggle');
  const form = area.querySelector<HTMLElement>('form');
  const shown = (el: HTMLElement | null | undefined) => !!el && el.getClientRects().length > 0;
  if (shown(form)) form!.querySelector<HTMLElement>('select, input, button')?.focus();
  else if (shown(toggle)) toggle!.focus();
}

export const filterAreaStyles = css`
  .filter-area { container: sdc-filters / inline-size; }
  .filters-toggle { display: none; }
  @container sdc-filters (max-width: 599px) {
    .filters-toggle { display: inline-flex; margin: 0 0 calc(var(--_space) * 2); }
    .filter-area:not(.is-open) .filters { display: none; }
  }
`;
