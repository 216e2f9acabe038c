/**
 * Calendars, opening hours and availabilities (public, opencity-api.md §3.7) in the 2.13 shapes
 * and the 3.x multi-calendar `/api/availabilities` shapes (`{data: [...]}`); meetings (JWT):
 * list, create (201; drafts status 6), PUT/PATCH (string arrays), DELETE (204).
 */
import { http } from 'msw';
import { mutate, tenantState, type MeetingRecord } from '../db.js';
import { authenticate, isObject, json, noContent, query, readJson, strings, typedError, validationError } from '../http.js';
import { calendars, daysFor, slotsFor } from '../availability.js';
import type { CalendarRecord } from '../fixtures/calendars.js';
import { meetingToWire } from '../wire.js';
import { addDays, isoDate, uuid } from '../time.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function calendarToWire(c: CalendarRecord): Record<string, unknown> {
  const { office_id: _office, ...rest } = c;
  return rest;
}

function pickCalendars(ids: string | null): CalendarRecord[] {
  const all = calendars();
  if (!ids) return all;
  const wanted = ids.split(',').map((x) => x.trim());
  return all.filter((c) => wanted.includes(c.id));
}

const hhmm = (ms: number) => new Date(ms).toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Is [from, to) one of the calendar's free slots? */
function slotFree(cal: CalendarRecord, from: number, to: number, exclude?: string): string | null {
  const date = isoDate(from);
  const slot = slotsFor(cal, date, tenantState().meetings, { exclude }).find((s) => s.start_time === hhmm(from) && s.end_time === hhmm(to));
  return slot?.availability ? slot.opening_hour : null;
}

function parseTime(v: unknown): number | null {
  if (typeof v !== 'string') return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
}

function ownMeeting(request: Request, id: string): { meeting: MeetingRecord; response?: undefined } | { response: Response; meeting?: undefined } {
  const auth = authenticate(request);
  if (auth.response) return { response: auth.response };
  const m = tenantState().meetings.find((x) => x.id === id);
  if (!m) return { response: strings(404, 'Meeting not found') };
  if (m.user !== auth.user.id) return { response: strings(403, 'You are not allowed to view this meeting') };
  return { meeting: m };
}

/** Applies writable fields; confirms (status 1) become pending (0) on moderated calendars. */
function applyMeeting(m: MeetingRecord, b: Record<string, unknown>, cal: CalendarRecord): string[] {
  const errors: string[] = [];
  for (const k of ['email', 'phone_number', 'fiscal_code', 'name', 'user_message', 'reason'] as const) {
    if (b[k] !== undefined) {
      if (b[k] !== null && typeof b[k] !== 'string') errors.push(`Questo valore non è valido.: ${k}`);
      else (m as unknown as Record<string, unknown>)[k] = b[k];
    }
  }
  if (typeof m.email === 'string' && m.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(m.email)) errors.push('Questo valore non è un indirizzo email valido.: email');
  if (typeof m.user_message === 'string' && m.user_message.length > 1000) errors.push('Questo valore è troppo lungo.: user_message');
  if (b.application !== undefined) m.application = typeof b.application === 'string' ? b.application : null;
  if (b.status !== undefined) {
    const st = Number(b.status);
    if (![0, 1, 5, 6].includes(st)) errors.push('Questo valore non è valido.: status');
    else m.status = st === 1 && cal.is_moderated ? 0 : st;
    if (m.status === 6) m.draft_expiration = Date.now() + cal.drafts_duration * 1000;
    else m.draft_expiration = null;
  }
  return errors;
}

export const calendarHandlers = [
  http.get('*/api/calendars', ({ request }) => {
    const type = query(request).get('type');
    return json(calendars().filter((c) => !type || c.type === type).map(calendarToWire));
  }),
  http.get('*/api/calendars/:id', ({ params }) => {
    const c = calendars().find((x) => x.id === params.id);
    return c ? json(calendarToWire(c)) : strings(404, 'Calendar not found');
  }),
  http.get('*/api/calendars/:id/opening-hours', ({ params }) => {
    const c = calendars().find((x) => x.id === params.id);
    return c ? json({ results: c.opening_hours, count: c.opening_hours.length }) : strings(404, 'Calendar not found');
  }),
  http.get('*/api/calendars/:id/availabilities', ({ request, params }) => {
    const c = calendars().find((x) => x.id === params.id);
    if (!c) return strings(404, 'Calendar not found');
    const q = query(request);
    const today = isoDate(Date.now());
    const from = q.get('from_time') ?? today;
    const to = q.get('to_time') ?? addDays(today, c.rolling_days);
    if (!DATE.test(from) || !DATE.test(to)) return strings(400, 'Date format not valid: use YYYY-MM-DD');
    const oh = q.get('opening_hours')?.split(',');
    let days = daysFor(c, from, to, tenantState().meetings, { openingHours: oh });
    if (q.get('available') === 'true') days = days.filter((d) => d.available);
    return json(days);
  }),
  http.get('*/api/calendars/:id/availabilities/:date', ({ request, params }) => {
    const c = calendars().find((x) => x.id === params.id);
    if (!c) return strings(404, 'Calendar not found');
    const date = String(params.date);
    if (!DATE.test(date)) return strings(400, 'Date format not valid: use YYYY-MM-DD');
    const q = query(request);
    let slots = slotsFor(c, date, tenantState().meetings, { exclude: q.get('exclude') ?? undefined, openingHours: q.get('opening_hours')?.split(',') });
    if (q.get('available') === 'true' && q.get('all') !== 'true') slots = slots.filter((s) => s.availability);
    return json(slots);
  }),

  // 3.x multi-calendar availabilities (`{data: [...]}`).
  http.get('*/api/availabilities/first-available-date', ({ request }) => {
    const cals = pickCalendars(query(request).get('calendar_ids'));
    const today = isoDate(Date.now());
    for (let i = 0; i <= 90; i++) {
      const d = addDays(today, i);
      if (cals.some((c) => slotsFor(c, d, tenantState().meetings).some((s) => s.availability))) return json({ date: d });
    }
    return json({ date: null });
  }),
  http.get('*/api/availabilities/:from/:to', ({ request, params }) => {
    const q = query(request);
    const from = String(params.from);
    const to = String(params.to);
    if (!DATE.test(from) || !DATE.test(to)) return strings(400, 'Date format not valid: use YYYY-MM-DD');
    const limit = Number(q.get('limit') ?? 300);
    const out: Array<Record<string, unknown>> = [];
    for (const c of pickCalendars(q.get('calendar_ids'))) {
      for (let d = from; d <= to; d = addDays(d, 1)) {
        for (const s of slotsFor(c, d, tenantState().meetings)) if (q.get('available') !== 'true' || s.availability) out.push({ ...s, calendar_id: c.id });
      }
    }
    out.sort((a, b) => `${a.date}${a.start_time}`.localeCompare(`${b.date}${b.start_time}`));
    return json({ data: out.slice(0, limit) });
  }),
  http.get('*/api/availabilities/:date', ({ request, params }) => {
    const q = query(request);
    const date = String(params.date);
    if (!DATE.test(date)) return strings(400, 'Date format not valid: use YYYY-MM-DD');
    const out = pickCalendars(q.get('calendar_ids')).flatMap((c) => slotsFor(c, date, tenantState().meetings).map((s) => ({ ...s, calendar_id: c.id })))
      .filter((s) => q.get('available') !== 'true' || s.availability)
      .sort((a, b) => a.start_time.localeCompare(b.start_time));
    return json({ data: out });
  }),
  http.get('*/api/availabilities', ({ request }) => {
    const q = query(request);
    const today = isoDate(Date.now());
    const from = q.get('from_date') ?? today;
    const to = q.get('to_date') ?? addDays(today, 30);
    if (!DATE.test(from) || !DATE.test(to)) return strings(400, 'Date format not valid: use YYYY-MM-DD');
    const cals = pickCalendars(q.get('calendar_ids'));
    const out: Array<{ date: string; available: boolean }> = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      out.push({ date: d, available: cals.some((c) => slotsFor(c, d, tenantState().meetings).some((s) => s.availability)) });
    }
    return json({ data: q.get('available') === 'true' ? out.filter((d) => d.available) : out });
  }),

  http.get('*/api/meetings', ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const status = query(request).get('status');
    return json(tenantState().meetings
      .filter((m) => m.user === auth.user.id && (status === null || m.status === Number(status)))
      .sort((a, b) => a.from_time - b.from_time)
      .map(meetingToWire));
  }),
  http.post('*/api/meetings', async ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const b = body.body;
    if (!isObject(b)) return validationError(['Questo valore non è valido.']);
    const errors: string[] = [];
    const cal = calendars().find((c) => c.id === b.calendar);
    if (!cal) errors.push('Questo valore non è valido.: calendar');
    const from = parseTime(b.from_time);
    const to = parseTime(b.to_time);
    if (from === null) errors.push('Questo valore non è una data valida.: from_time');
    if (to === null) errors.push('Questo valore non è una data valida.: to_time');
    if (errors.length) return validationError(errors);
    const oh = slotFree(cal!, from!, to!);
    if (!oh) return typedError(400, 'There was an error during save process', 'L’orario scelto non è più disponibile: scegline un altro.');
    const now = Date.now();
    const user = auth.user;
    const m: MeetingRecord = {
      id: uuid(), calendar: cal!.id, application: null, user: user.id, email: user.email, phone_number: user.cellulare,
      fiscal_code: user.codice_fiscale || null, name: `${user.nome} ${user.cognome}`.trim() || null, from_time: from!, to_time: to!,
      user_message: null, motivation_outcome: null, videoconference_link: null, status: cal!.is_moderated ? 0 : 1, rescheduled: 0,
      draft_expiration: null, opening_hour: typeof b.opening_hour === 'string' ? b.opening_hour : oh, reason: null, created_at: now, updated_at: now,
    };
    const fieldErrors = applyMeeting(m, { status: b.status ?? 1, ...b }, cal!);
    if (fieldErrors.length) return validationError(fieldErrors);
    mutate((s) => { s.meetings.push(m); });
    return json(meetingToWire(m), 201);
  }),
  http.get('*/api/meetings/:id', ({ request, params }) => {
    const r = ownMeeting(request, String(params.id));
    return r.response ?? json(meetingToWire(r.meeting));
  }),
  ...(['put', 'patch'] as const).map((method) =>
    http[method]('*/api/meetings/:id', async ({ request, params }) => {
      const r = ownMeeting(request, String(params.id));
      if (r.response) return r.response;
      const m = r.meeting;
      const body = await readJson(request);
      if (!body.ok) return body.response;
      const b = body.body;
      if (!isObject(b)) return validationError(['Questo valore non è valido.']);
      const cal = calendars().find((c) => c.id === m.calendar)!;
      const copy: MeetingRecord = { ...m };
      const from = b.from_time !== undefined ? parseTime(b.from_time) : m.from_time;
      const to = b.to_time !== undefined ? parseTime(b.to_time) : m.to_time;
      if (from === null || to === null) return validationError(['Questo valore non è una data valida.: from_time']);
      if (from !== m.from_time || to !== m.to_time) {
        if (!slotFree(cal, from, to, m.id)) return typedError(400, 'There was an error during save process', 'L’orario scelto non è più disponibile: scegline un altro.');
        copy.from_time = from; copy.to_time = to; copy.rescheduled += 1;
      }
      if (Number(b.status) === 5 && m.status !== 6 && m.from_time - Date.now() < cal.allow_cancel_days * 86_400_000) {
        return strings(400, `L’appuntamento può essere annullato fino a ${cal.allow_cancel_days} giorni prima`);
      }
      const errors = applyMeeting(copy, b, cal);
      if (errors.length) return validationError(errors);
      copy.updated_at = Date.now();
      mutate(() => Object.assign(m, copy));
      return strings(200, method === 'put' ? 'Object Modified Successfully' : 'Object Patched Successfully');
    })),
  http.delete('*/api/meetings/:id', ({ request, params }) => {
    const r = ownMeeting(request, String(params.id));
    if (r.response) return r.response;
    mutate((s) => { s.meetings = s.meetings.filter((x) => x.id !== r.meeting.id); });
    return noContent();
  }),
];

