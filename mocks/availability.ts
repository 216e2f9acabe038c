/**
 * Slots and available days of a calendar (OpenCity `MeetingService`, opencity-api.md §3.7):
 * opening hours cut into `meeting_minutes` slots separated by `interval_minutes`, each with
 * `meeting_queue` places, minus meetings that hold a place (pending, approved, unexpired drafts),
 * after `minimum_scheduling_notice` hours and within `rolling_days`, outside closing periods.
 */
import type { CalendarRecord } from './fixtures/calendars.js';
import { seedCalendars } from './fixtures/calendars.js';
import type { MeetingRecord } from './db.js';
import { addDays, isoDate, isoWeekday, romeTime } from './time.js';

let calendarsCache: CalendarRecord[] | null = null;
export function calendars(): CalendarRecord[] {
  return (calendarsCache ??= seedCalendars());
}

export interface Slot {
  date: string;
  start_time: string;
  end_time: string;
  slots_available: number;
  opening_hour: string;
  availability: boolean;
}

const toMin = (hhmm: string) => { const [h, m] = hhmm.split(':').map(Number); return h! * 60 + m!; };
const toHhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

export function holdsPlace(m: MeetingRecord, now = Date.now()): boolean {
  return m.status === 0 || m.status === 1 || (m.status === 6 && (m.draft_expiration ?? 0) > now);
}

export function slotsFor(cal: CalendarRecord, date: string, meetings: MeetingRecord[], opts: { exclude?: string; openingHours?: string[]; now?: number } = {}): Slot[] {
  const now = opts.now ?? Date.now();
  const wd = isoWeekday(date);
  const today = isoDate(now);
  const lastDay = addDays(today, cal.rolling_days);
  const closed = cal.closing_periods.some((p) => Date.parse(p.from_time) <= romeTime(date, '23:59') && Date.parse(p.to_time) >= romeTime(date, '00:00'));
  const booked = meetings.filter((m) => m.calendar === cal.id && m.id !== opts.exclude && holdsPlace(m, now));
  const out: Slot[] = [];
  for (const oh of cal.opening_hours) {
    if (opts.openingHours && !opts.openingHours.includes(oh.id)) continue;
    if (!oh.days_of_week.includes(wd) || date < oh.start_date || date > oh.end_date) continue;
    for (let t = toMin(oh.begin_hour); t + oh.meeting_minutes <= toMin(oh.end_hour); t += oh.meeting_minutes + oh.interval_minutes) {
      const from = romeTime(date, toHhmm(t));
      const to = romeTime(date, toHhmm(t + oh.meeting_minutes));
      const taken = booked.filter((m) => m.from_time < to && m.to_time > from).length;
      const left = Math.max(0, oh.meeting_queue - taken);
      const bookable = !closed && date <= lastDay && from >= now + cal.minimum_scheduling_notice * 3_600_000;
      out.push({ date, start_time: toHhmm(t), end_time: toHhmm(t + oh.meeting_minutes), slots_available: bookable ? left : 0, opening_hour: oh.id, availability: bookable && left > 0 });
    }
  }
  return out.sort((a, b) => a.start_time.localeCompare(b.start_time));
}

export function daysFor(cal: CalendarRecord, from: string, to: string, meetings: MeetingRecord[], opts: { openingHours?: string[] } = {}): Array<{ date: string; available: boolean }> {
  const out: Array<{ date: string; available: boolean }> = [];
  for (let d = from; d <= to && out.length < 400; d = addDays(d, 1)) {
    out.push({ date: d, available: slotsFor(cal, d, meetings, opts).some((s) => s.availability) });
  }
  return out;
}

/** The first bookable slot of a calendar (used by the seed to place future meetings). */
export function firstSlot(cal: CalendarRecord, meetings: MeetingRecord[], afterDays = 0): Slot | null {
  const start = addDays(isoDate(Date.now()), afterDays);
  for (let i = 0; i <= cal.rolling_days; i++) {
    const s = slotsFor(cal, addDays(start, i), meetings).find((x) => x.availability);
    if (s) return s;
  }
  return null;
}
