import type { Meeting, NewMeeting } from '../domain/meeting.js';
import { MEETING_STATUS_CODES } from '../domain/meeting.js';
import { adapt } from './adapt.js';
import { itemsOf } from './adapters/common.js';
import { toMeeting } from './adapters/calendars.js';
import { localIso } from './dates.js';
import type { RequestOptions, SdcClient } from './http.js';
import { MeetingListWire, MeetingWire, type MeetingWire as MeetingWireT } from './schemas/calendars.js';

/** `GET /api/meetings[?status=]`: the citizen's own appointments. */
export async function listMeetings(client: SdcClient, query: { status?: number } = {}, opts: RequestOptions = {}): Promise<Meeting[]> {
  const body = await client.get('/api/meetings', MeetingListWire, { ...opts, query: { ...opts.query, status: query.status } });
  return adapt(body, (b) => itemsOf(b).map(toMeeting)).sort((a, b) => a.from.getTime() - b.from.getTime());
}

export async function getMeeting(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Meeting> {
  return adapt(await client.get(`/api/meetings/${encodeURIComponent(id)}`, MeetingWire, opts), toMeeting);
}

/**
 * `POST /api/meetings` as a **draft** (status 6) that holds the slot (opencity-api.md §3.7); confirm it with
 * `confirmMeeting`. Works with an anonymous session token (`session.createAnonymous()`).
 */
export async function createMeeting(client: SdcClient, m: NewMeeting, opts: RequestOptions = {}): Promise<Meeting> {
  const body = {
    calendar: m.calendarId,
    from_time: localIso(m.date, m.startTime),
    to_time: localIso(m.date, m.endTime),
    opening_hour: m.openingHourId,
    name: m.name,
    email: m.email,
    phone_number: m.phone,
    fiscal_code: m.fiscalCode,
    user_message: m.userMessage,
    reason: m.reason,
    application: m.praticaId,
    status: MEETING_STATUS_CODES.bozza,
  };
  return adapt(await client.json('POST', '/api/meetings', MeetingWire, { ...opts, body }), toMeeting);
}

function writable(w: MeetingWireT, status: number): Record<string, unknown> {
  return {
    calendar: typeof w.calendar === 'string' ? w.calendar : w.calendar.id,
    from_time: w.from_time,
    to_time: w.to_time,
    opening_hour: w.opening_hour ?? undefined,
    name: w.name ?? undefined,
    email: w.email ?? undefined,
    phone_number: w.phone_number ?? undefined,
    fiscal_code: w.fiscal_code ?? undefined,
    user_message: w.user_message ?? undefined,
    application: w.application ?? undefined,
    status,
  };
}

/**
 * Confirms a draft: `PUT /api/meetings/{id}` with the full meeting and `status: 1` (as OpenCity's own
 * booking bridge does, opencity-api.md §3.7), then reads it back (a moderated calendar may keep it pending).
 */
export async function confirmMeeting(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Meeting> {
  const path = `/api/meetings/${encodeURIComponent(id)}`;
  const current = await client.get(path, MeetingWire, { ...opts, dedupe: false });
  await client.send('PUT', path, { ...opts, body: writable(current, MEETING_STATUS_CODES.confermato) });
  return getMeeting(client, id, { ...opts, dedupe: false });
}

/** The citizen cancels: `PATCH /api/meetings/{id}` `{status: 5}`. */
export async function cancelMeeting(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<void> {
  await client.send('PATCH', `/api/meetings/${encodeURIComponent(id)}`, { ...opts, body: { status: MEETING_STATUS_CODES.annullato } });
}

/** What the citizen adds to a draft meeting after choosing the slot (opencity-api.md §4.7 writable fields). */
export interface MeetingDetails {
  name?: string;
  email?: string;
  phone?: string;
  fiscalCode?: string;
  userMessage?: string;
  reason?: string;
}

/**
 * `PATCH /api/meetings/{id}` with the applicant and the reason, before `confirmMeeting`: the draft is
 * created as soon as the slot is chosen (to hold it), when these are not known yet.
 */
export async function updateMeetingDetails(client: SdcClient, id: string, d: MeetingDetails, opts: RequestOptions = {}): Promise<void> {
  await client.send('PATCH', `/api/meetings/${encodeURIComponent(id)}`, {
    ...opts,
    body: {
      name: d.name,
      email: d.email,
      phone_number: d.phone,
      fiscal_code: d.fiscalCode,
      user_message: d.userMessage,
      reason: d.reason,
    },
  });
}

/** Frees a slot held by a draft the citizen abandoned (`DELETE /api/meetings/{id}`, 204). */
export async function deleteMeetingDraft(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<void> {
  await client.send('DELETE', `/api/meetings/${encodeURIComponent(id)}`, opts);
}
