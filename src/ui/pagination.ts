import { html, css, nothing } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { uiMessages as t } from './ui.messages.js';

export interface PageInfo { offset: number; limit: number; total: number }

/**
 * Server-side pager (offset/limit): previous, a window of page numbers, next.
 * Buttons, not links: the element owns navigation and updates the URL itself.
 */
export function renderPager(locale: Locale, info: PageInfo, onPage: (offset: number) => void) {
  const pages = Math.ceil(info.total / info.limit);
  if (pages <= 1) return nothing;
  const current = Math.floor(info.offset / info.limit);
  const from = Math.max(0, Math.min(current - 2, pages - 5));
  const window = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  const go = (p: number) => () => onPage(p * info.limit);
  return html`<nav class="sdc-pager" aria-label=${t(locale, 'pagination')}>
    <button type="button" class="btn btn-outline btn-sm" ?disabled=${current === 0} @click=${go(current - 1)} data-element="pager-link">
      <span aria-hidden="true">‹</span> <span class="visually-hidden">${t(locale, 'previous')}</span>
    </button>
    ${window.map((p) => html`<button type="button" class="btn btn-sm ${p === current ? '' : 'btn-outline'}"
        aria-current=${p === current ? 'page' : 'false'} aria-label=${t(locale, 'page', { page: p + 1 })}
        @click=${go(p)} data-element="pager-link">${p + 1}</button>`)}
    <button type="button" class="btn btn-outline btn-sm" ?disabled=${current >= pages - 1} @click=${go(current + 1)} data-element="pager-link">
      <span class="visually-hidden">${t(locale, 'next')}</span> <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}

export const pagerStyles = css`
  .sdc-pager { display: flex; flex-wrap: wrap; gap: 8px; justify-content: center; margin: 24px 0; }
  .sdc-pager .btn { min-width: 44px; min-height: 44px; }
`;

/**
 * A list that can grow but has no paging on the backend (payments and meetings are plain arrays,
 * opencity-api.md §7.1): each group shows its first `step` items, and `step` more per "Mostra altri".
 */
export class ShownCounts {
  readonly #shown = new Map<string, number>();
  readonly #step: number;
  readonly #changed: () => void;

  constructor(step: number, changed: () => void) {
    this.#step = step;
    this.#changed = changed;
  }

  /** The items of `group` to render now. */
  slice<T>(group: string, items: readonly T[]): T[] {
    return items.slice(0, this.#shown.get(group) ?? this.#step);
  }

  /** How many items "Mostra altri" would add to `group` of `total`. */
  next(group: string, total: number): number {
    return Math.max(0, Math.min(this.#step, total - (this.#shown.get(group) ?? this.#step)));
  }

  /** Shows `step` more of `group`; returns the index of the first item added. */
  more(group: string): number {
    const from = this.#shown.get(group) ?? this.#step;
    this.#shown.set(group, from + this.#step);
    this.#changed();
    return from;
  }

  /** Back to the first `step` of every group (the filter changed). */
  reset(): void {
    if (!this.#shown.size) return;
    this.#shown.clear();
    this.#changed();
  }
}

/** "Mostra altri …" under a group: `describedBy` names the group's heading, so two such buttons differ. */
export function renderShowMore(label: string, describedBy: string, onMore: () => void) {
  return html`<p class="sdc-show-more"><button type="button" class="btn btn-outline btn-sm" aria-describedby=${describedBy} @click=${onMore}>${label}</button></p>`;
}

export const showMoreStyles = css`
  .sdc-show-more { display: flex; justify-content: center; margin: 16px 0 24px; }
  .sdc-show-more .btn { min-height: 44px; }
`;
