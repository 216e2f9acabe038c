import type { Locale } from './locale.js';

// Intl objects are costly to build and these run inside list renders: cache one per locale.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

const TAG: Record<Locale, string> = { it: 'it-IT', en: 'en-GB', de: 'de-DE' };

/**
 * Euro amounts the Italian way: `1.020,99 €`. Grouping is forced on: Intl's `it-IT` omits the
 * separator for four-digit numbers ("1020,99 €"), which PA style guides do not accept.
 */
export function formatAmount(value: number, locale: Locale = 'it'): string {
  if (!Number.isFinite(value)) return '';
  return cached(`amount-${locale}`, () =>
    new Intl.NumberFormat(TAG[locale], { style: 'currency', currency: 'EUR', useGrouping: 'always' }),
  ).format(value);
}

function toDate(value: Date | string | number): Date | undefined {
  // A bare yyyy-mm-dd is a calendar day: read it as local midnight, not UTC (which shifts it a day west of Greenwich).
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T00:00:00`)
    : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** `05/03/2026` in both locales (dd/mm/yyyy is the PA convention; en-GB uses it too). */
export function formatDate(value: Date | string | number | null | undefined, locale: Locale = 'it'): string {
  const d = value == null ? undefined : toDate(value);
  if (!d) return '';
  return cached(`date-${locale}`, () =>
    new Intl.DateTimeFormat(TAG[locale], { day: '2-digit', month: '2-digit', year: 'numeric' }),
  ).format(d);
}

/** `05/03/2026, 14:30` */
export function formatDateTime(value: Date | string | number | null | undefined, locale: Locale = 'it'): string {
  const d = value == null ? undefined : toDate(value);
  if (!d) return '';
  return cached(`datetime-${locale}`, () =>
    new Intl.DateTimeFormat(TAG[locale], { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  ).format(d);
}

/** `14:30` */
export function formatTime(value: Date | string | number | null | undefined, locale: Locale = 'it'): string {
  const d = value == null ? undefined : toDate(value);
  if (!d) return '';
  return cached(`time-${locale}`, () => new Intl.DateTimeFormat(TAG[locale], { hour: '2-digit', minute: '2-digit' })).format(d);
}

/** `giovedì 5 marzo 2026` — for headings and screen-reader labels of calendar days. */
export function formatLongDate(value: Date | string | number | null | undefined, locale: Locale = 'it'): string {
  const d = value == null ? undefined : toDate(value);
  if (!d) return '';
  return cached(`long-${locale}`, () =>
    new Intl.DateTimeFormat(TAG[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(d);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60],
];

/** `2 giorni fa`, `tra 3 ore`, `adesso`. */
export function formatRelative(value: Date | string | number, locale: Locale = 'it', now: Date = new Date()): string {
  const d = toDate(value);
  if (!d) return '';
  const seconds = Math.round((d.getTime() - now.getTime()) / 1000);
  const rtf = cached(`rel-${locale}`, () => new Intl.RelativeTimeFormat(TAG[locale], { numeric: 'auto' }));
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(0, 'second');
}

/** File sizes for upload limits and attachment lists: `1,5 MB`. */
export function formatFileSize(bytes: number, locale: Locale = 'it'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let n = bytes;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  const num = cached(`size-${locale}`, () => new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: 1 }));
  return `${num.format(n)} ${units[i]}`;
}
