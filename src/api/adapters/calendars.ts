import { meetingStatusOf, type AvailableDay, type Calendar, type Meeting, type OpeningHour, type Slot } from '../../domain/meeting.js';
import type * as z from 'zod/mini';
import type { CalendarWire, DayWire, MeetingWire, OpeningHourWire, SlotWire } from '../schemas/calendars.js';
import { opt, toBool, toDate, toNumber } from './common.js';

export function toCalendar(w: CalendarWire): Calendar {
  return {
    id: w.id,
    title: w.title,
    type: w.type ?? 'time_fixed_slots',
    contactEmail: opt(w.contact_email),
    location: opt(w.location),
    rollingDays: toNumber(w.rolling_days),
    minimumSchedulingNotice: toNumber(w.minimum_scheduling_notice),
    allowCancelDays: toNumber(w.allow_cancel_days),
    isModerated: toBool(w.is_moderated),
    openingHourIds: (w.opening_hours ?? []).map((o) => (typeof o === 'string' ? o : o.id)),
    draftsDuration: toNumber(w.drafts_duration),
  };
}

/** `09:00:00` → `09:00`. */
function hhmm(t: string): string {
  return t.length > 5 ? t.slice(0, 5) : t;
}

export function toOpeningHour(w: OpeningHourWire): OpeningHour {
  return {
    id: w.id,
    name: opt(w.name),
    startDate: opt(w.start_date)?.slice(0, 10),
    endDate: opt(w.end_date)?.slice(0, 10),
    daysOfWeek: (w.days_of_week ?? []).map((d) => toNumber(d) ?? 0).filter((d) => d >= 1 && d <= 7),
    beginHour: hhmm(w.begin_hour),
    endHour: hhmm(w.end_hour),
    meetingMinutes: toNumber(w.meeting_minutes),
    intervalMinutes: toNumber(w.interval_minutes),
    meetingQueue: toNumber(w.meeting_queue),
    isModerated: w.is_moderated === null || w.is_moderated === undefined ? undefined : Boolean(w.is_moderated),
  };
}

export function toDay(w: z.infer<typeof DayWire>): AvailableDay {
  return { date: w.date.slice(0, 10), available: toBool(w.available, true) };
}

export function toSlot(w: SlotWire): Slot {
  const slots = toNumber(w.slots_available);
  const flag = w.availability ?? w.available;
  return {
    date: w.date.slice(0, 10),
    startTime: hhmm(w.start_time),
    endTime: hhmm(w.end_time),
    available: flag === null || flag === undefined ? (slots ?? 1) > 0 : Boolean(flag),
    slotsAvailable: slots,
    openingHourId: opt(w.opening_hour),
    calendarId: opt(w.calendar_id),
  };
}

export function toMeeting(w: MeetingWire): Meeting {
  const statusCode = toNumber(w.status) ?? 0;
  return {
    id: w.id,
    calendarId: typeof w.calendar === 'string' ? w.calendar : w.calendar.id,
    praticaId: opt(w.application),
    userId: opt(w.user),
    statusCode,
    status: meetingStatusOf(statusCode),
    from: toDate(w.from_time) ?? new Date(0),
    to: toDate(w.to_time) ?? new Date(0),
    name: opt(w.name),
    email: opt(w.email),
    phone: opt(w.phone_number),
    fiscalCode: opt(w.fiscal_code),
    userMessage: opt(w.user_message),
    reason: opt(w.reason),
    motivationOutcome: opt(w.motivation_outcome),
    videoconferenceLink: opt(w.videoconference_link),
    openingHourId: opt(w.opening_hour),
    draftExpiration: toDate(w.draft_expiration),
    rescheduled: toNumber(w.rescheduled),
    createdAt: toDate(w.created_at),
    updatedAt: toDate(w.updated_at),
  };
}
