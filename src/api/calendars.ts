import type { AvailableDay, Calendar, OpeningHour, Slot } from '../domain/meeting.js';
import { SdcError } from '../core/errors.js';
import { adapt } from './adapt.js';
import { itemsOf } from './adapters/common.js';
import { toCalendar, toDay, toOpeningHour, toSlot } from './adapters/calendars.js';
import { ymd } from './dates.js';
import type { RequestOptions, SdcClient } from './http.js';
import {
  CalendarListWire,
  CalendarWire,
  DayListWire,
  FirstAvailableWire,
  OpeningHourListWire,
  SlotListWire,
} from './schemas/calendars.js';

/** `GET /api/calendars` (public when the tenant has the calendars integration). */
export async function listCalendars(client: SdcClient, query: { type?: string } = {}, opts: RequestOptions = {}): Promise<Calendar[]> {
  const body = await client.get('/api/calendars', CalendarListWire, { ...opts, query: { ...opts.query, type: query.type } });
  return adapt(body, (b) => itemsOf(b).map(toCalendar));
}

export async function getCalendar(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Calendar> {
  return adapt(await client.get(`/api/calendars/${encodeURIComponent(id)}`, CalendarWire, opts), toCalendar);
}

/** `GET /api/calendars/{id}/opening-hours` → `{results, count}`. */
export async function getOpeningHours(client: SdcClient, calendarId: string, opts: RequestOptions = {}): Promise<OpeningHour[]> {
  const body = await client.get(`/api/calendars/${encodeURIComponent(calendarId)}/opening-hours`, OpeningHourListWire, opts);
  return adapt(body, (b) => ('results' in b ? b.results : itemsOf(b)).map(toOpeningHour));
}

export interface DaysQuery {
  from: Date | string;
  to: Date | string;
  openingHourIds?: string[];
  /** Only days with a free slot (default true). */
  available?: boolean;
}

/** Days of a calendar: `GET /api/calendars/{id}/availabilities?from_time&to_time` (opencity-api.md §3.7). */
export async function getAvailableDays(client: SdcClient, calendarId: string, q: DaysQuery, opts: RequestOptions = {}): Promise<AvailableDay[]> {
  const body = await client.get(`/api/calendars/${encodeURIComponent(calendarId)}/availabilities`, DayListWire, {
    ...opts,
    query: {
      ...opts.query,
      available: q.available ?? true,
      from_time: ymd(q.from),
      to_time: ymd(q.to),
      opening_hours: q.openingHourIds,
    },
  });
  return adapt(body, (b) => itemsOf(b).map(toDay));
}

/** Slots of one day: `GET /api/calendars/{id}/availabilities/{date}`. */
export async function getSlots(
  client: SdcClient,
  calendarId: string,
  date: Date | string,
  q: { openingHourIds?: string[]; excludeMeetingId?: string; available?: boolean } = {},
  opts: RequestOptions = {},
): Promise<Slot[]> {
  const body = await client.get(`/api/calendars/${encodeURIComponent(calendarId)}/availabilities/${ymd(date)}`, SlotListWire, {
    ...opts,
    query: { ...opts.query, available: q.available ?? true, exclude: q.excludeMeetingId, opening_hours: q.openingHourIds },
  });
  return adapt(body, (b) =>
    itemsOf(b).map((w) => {
      const s = toSlot(w);
      return { ...s, calendarId: s.calendarId ?? calendarId };
    }),
  );
}

/**
 * The first date with a free slot, `YYYY-MM-DD`, or null. Uses the 3.x
 * `/api/availabilities/first-available-date`; on a 2.13 backend (404) it scans the first calendar's days.
 */
export async function getFirstAvailableDate(
  client: SdcClient,
  calendarIds: string | string[],
  opts: RequestOptions & { horizonDays?: number } = {},
): Promise<string | null> {
  const ids = Array.isArray(calendarIds) ? calendarIds : [calendarIds];
  const { horizonDays = 90, ...req } = opts;
  try {
    const r = await client.get('/api/availabilities/first-available-date', FirstAvailableWire, {
      ...req,
      query: { ...req.query, calendar_ids: ids },
    });
    return r.date ? r.date.slice(0, 10) : null;
  } catch (e) {
    if (!(e instanceof SdcError) || e.kind !== 'not-found') throw e;
  }
  const from = new Date();
  const to = new Date(from.getTime() + horizonDays * 86_400_000);
  const days = (await Promise.all(ids.map((id) => getAvailableDays(client, id, { from, to }, req)))).flat();
  const first = days.filter((d) => d.available).map((d) => d.date).sort()[0];
  return first ?? null;
}
