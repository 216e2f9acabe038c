import { localeTag, type Locale } from './locale.js';
import { TENANT_TIME_ZONE } from '../domain/rome-time.js';

// Intl objects are costly to build and these run inside list renders: cache one per locale.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}


/**
 * Euro amounts the Italian way: `1.020,99 €`. Grouping is forced on: Intl's `it-IT` omits the
 * separator for four-digit numbers ("1020,99 €"), which PA style guides do not accept.
 */
export function formatAmount(value: number, locale: Locale = 'it'): string {
  if (!Number.isFinite(value)) return '';
  return cached(`amount-${locale}`, () =>
    new Intl.NumberFormat(localeTag(locale), { style: 'currency', currency: 'EUR', useGrouping: 'always' }),
  ).format(value);
}

/**
 * Office times (appointments, slots, reservations, messages, status changes, due dates) are Italian
 * times: they format in Europe/Rome whatever the zone of the citizen's device, so the same appointment
 * reads "14:30" in the pratica detail and in Appuntamenti. Pass another IANA zone only on purpose.
 */
export const OFFICE_TIME_ZONE = TENANT_TIME_ZONE;

interface Parsed { date: Date; zone?: string }
function toDate(value: Date | string | number, zone: string): Parsed | undefined {
  // A bare yyyy-mm-dd is a calendar day, not an instant: show that very day in any zone (noon UTC, read in UTC).
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (day) return { date: new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!, 12)), zone: 'UTC' };
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : { date: d, zone };
}

function dateTimeFormat(kind: string, locale: Locale, zone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`${kind}-${locale}-${zone}`, () => new Intl.DateTimeFormat(localeTag(locale), { ...options, timeZone: zone }));
}

type DateInput = Date | string | number | null | undefined;
function formatWith(kind: string, options: Intl.DateTimeFormatOptions, value: DateInput, locale: Locale, zone: string): string {
  const p = value == null ? undefined : toDate(value, zone);
  return p ? dateTimeFormat(kind, locale, p.zone, options).format(p.date) : '';
}

/** `05/03/2026` in both locales (dd/mm/yyyy is the PA convention; en-GB uses it too); the day in Rome. */
export function formatDate(value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  return formatWith('date', { day: '2-digit', month: '2-digit', year: 'numeric' }, value, locale, timeZone);
}

/** `05/03/2026, 14:30` (Rome time). */
export function formatDateTime(value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  return formatWith('datetime', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, value, locale, timeZone);
}

/** `14:30` (Rome time). */
export function formatTime(value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  return formatWith('time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, value, locale, timeZone);
}

/** `giovedì 5 marzo 2026` — for headings and screen-reader labels of calendar days (the day in Rome). */
export function formatLongDate(value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  return formatWith('long', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, value, locale, timeZone);
}

/** Minutes `zone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: Date, zone: string): number {
  const f = cached(`offset-${zone}`, () => new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }));
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const ZONE_NOTE: Record<Locale, string> = { it: 'ora italiana', en: 'Italian time', de: 'italienische Zeit' };

/**
 * "ora italiana" when the device's clock reads differently from Rome's at that instant (a citizen
 * abroad, a laptop set to UTC), else ''. The device's offset is read on each call (not cached), so a
 * zone change while the page is open is honoured.
 */
export function timeZoneNote(value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  const p = value == null ? undefined : toDate(value, timeZone);
  if (!p || p.zone !== timeZone) return '';
  return -p.date.getTimezoneOffset() === offsetMinutes(p.date, timeZone) ? '' : ZONE_NOTE[locale];
}

/** `14:30` or, on a device in another zone, `14:30 (ora italiana)`. */
export function withTimeZoneNote(text: string, value: DateInput, locale: Locale = 'it', timeZone: string = OFFICE_TIME_ZONE): string {
  const note = timeZoneNote(value, locale, timeZone);
  return note && text ? `${text} (${note})` : text;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000], ['month', 2_592_000], ['week', 604_800], ['day', 86_400], ['hour', 3_600], ['minute', 60],
];

/** `2 giorni fa`, `tra 3 ore`, `adesso`. */
export function formatRelative(value: Date | string | number, locale: Locale = 'it', now: Date = new Date()): string {
  const d = toDate(value, OFFICE_TIME_ZONE)?.date;
  if (!d) return '';
  const seconds = Math.round((d.getTime() - now.getTime()) / 1000);
  const rtf = cached(`rel-${locale}`, () => new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' }));
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
  const num = cached(`size-${locale}`, () => new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 1 }));
  return `${num.format(n)} ${units[i]}`;
}
