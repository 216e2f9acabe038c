import { html, type TemplateResult } from 'lit';
import type { AvailableDay } from '../../domain/index.js';
import { localeTag, type Locale } from '../../i18n/locale.js';
import { formatLongDate } from '../../i18n/format.js';
import { bookingMessages as t } from './sdc-appointment-booking.messages.js';

/** `YYYY-MM-DD` of a local date. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return ymd(new Date(y!, m! - 1, d! + days));
}

const WEEKDAYS: Record<Locale, string[]> = {
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
};

export interface DayGridOptions {
  locale: Locale;
  /** First day of the month shown, `YYYY-MM-01`. */
  month: string;
  days: AvailableDay[];
  selected?: string;
  /** The day holding the roving tabindex (keyboard focus target). */
  active?: string;
  onSelect: (date: string) => void;
  onMove: (date: string) => void;
}

/**
 * A month as a table of day buttons (Monday first, as Italian calendars): available days are
 * enabled buttons named with the full date ("giovedì 5 marzo 2026, disponibile"). One button is in
 * the tab order (roving tabindex); arrow keys move by day and week, Home/End to the week's ends,
 * PageUp/PageDown by month — the date-picker keyboard model of the WAI-ARIA APG.
 */
export function renderDayGrid(o: DayGridOptions): TemplateResult {
  const [y, m] = o.month.split('-').map(Number);
  const first = new Date(y!, m! - 1, 1);
  const lead = (first.getDay() + 6) % 7; // Monday = 0
  const count = new Date(y!, m!, 0).getDate();
  const available = new Set(o.days.filter((d) => d.available).map((d) => d.date));
  const inMonth = (d?: string) => !!d && d.startsWith(o.month.slice(0, 7));
  const focusable = inMonth(o.active) ? o.active : inMonth(o.selected) ? o.selected : ([...available].sort()[0] ?? `${o.month.slice(0, 7)}-01`);
  const cells: Array<string | null> = [...Array(lead).fill(null), ...Array.from({ length: count }, (_, i) => ymd(new Date(y!, m! - 1, i + 1)))];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const monthName = new Intl.DateTimeFormat(localeTag(o.locale), { month: 'long', year: 'numeric' }).format(first);

  const onKey = (e: KeyboardEvent, date: string) => {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    const dow = (new Date(`${date}T00:00:00`).getDay() + 6) % 7;
    let next: string | undefined;
    if (e.key in step) next = addDays(date, step[e.key]!);
    else if (e.key === 'Home') next = addDays(date, -dow);
    else if (e.key === 'End') next = addDays(date, 6 - dow);
    else if (e.key === 'PageUp') next = addDays(date, -28);
    else if (e.key === 'PageDown') next = addDays(date, 28);
    if (!next) return;
    e.preventDefault();
    o.onMove(next);
  };

  return html`<table class="day-grid" aria-label=${t(o.locale, 'monthLabel', { month: monthName })}>
    <thead><tr>${WEEKDAYS[o.locale].map((d) => html`<th scope="col" abbr=${d}><span aria-hidden="true">${d.slice(0, 3)}</span><span class="visually-hidden">${d}</span></th>`)}</tr></thead>
    <tbody>
      ${weeks.map((week) => html`<tr>${week.map((date) => {
        if (!date) return html`<td></td>`;
        const free = available.has(date);
        const label = t(o.locale, free ? 'dayAvailable' : 'dayUnavailable', { date: formatLongDate(date, o.locale) });
        return html`<td>
          <button type="button" class="day ${free ? 'day--free' : ''}" data-date=${date}
            aria-label=${label} aria-pressed=${date === o.selected ? 'true' : 'false'} aria-disabled=${free ? 'false' : 'true'}
            tabindex=${date === focusable ? 0 : -1}
            @click=${() => free && o.onSelect(date)} @keydown=${(e: KeyboardEvent) => onKey(e, date)}>${Number(date.slice(8))}</button>
        </td>`;
      })}</tr>`)}
    </tbody>
  </table>`;
}
