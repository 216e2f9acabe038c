import * as z from 'zod/mini';
import { listOrEnvelope, numberish, optBoolish, optNumberish, optString } from './common.js';

/** Calendar (opencity-api.md §4.7). */
export const CalendarWire = z.object({
  id: z.string(),
  title: z.string(),
  type: optString,
  contact_email: optString,
  rolling_days: optNumberish,
  minimum_scheduling_notice: optNumberish,
  allow_cancel_days: optNumberish,
  is_moderated: optBoolish,
  location: optString,
  opening_hours: z.nullish(z.array(z.union([z.string(), z.object({ id: z.string() })]))),
  drafts_duration: optNumberish,
});
export type CalendarWire = z.infer<typeof CalendarWire>;
export const CalendarListWire = listOrEnvelope(CalendarWire);

export const OpeningHourWire = z.object({
  id: z.string(),
  name: optString,
  start_date: optString,
  end_date: optString,
  days_of_week: z.nullish(z.array(numberish)),
  begin_hour: z.string(),
  end_hour: z.string(),
  is_moderated: optBoolish,
  meeting_minutes: optNumberish,
  interval_minutes: optNumberish,
  meeting_queue: optNumberish,
});
export type OpeningHourWire = z.infer<typeof OpeningHourWire>;
/** `{results, count}` (opencity-api.md §3.7), a plain array or `{data}` accepted too. */
export const OpeningHourListWire = z.union([
  z.object({ results: z.array(OpeningHourWire), count: optNumberish }),
  listOrEnvelope(OpeningHourWire),
]);

export const DayWire = z.object({ date: z.string(), available: optBoolish });
export const DayListWire = listOrEnvelope(DayWire);

export const SlotWire = z.object({
  date: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  slots_available: optNumberish,
  opening_hour: optString,
  calendar_id: optString,
  availability: optBoolish,
  available: optBoolish,
});
export type SlotWire = z.infer<typeof SlotWire>;
export const SlotListWire = listOrEnvelope(SlotWire);

export const FirstAvailableWire = z.object({ date: z.nullish(z.string()) });

/** Meeting (opencity-api.md §4.7). */
export const MeetingWire = z.object({
  id: z.string(),
  calendar: z.union([z.string(), z.object({ id: z.string() })]),
  application: optString,
  user: optString,
  email: optString,
  phone_number: optString,
  fiscal_code: optString,
  name: optString,
  from_time: z.string(),
  to_time: z.string(),
  user_message: optString,
  // 3.x writes `reason` (the "motivo"); 2.13 has only user_message (opencity-api.md §4.7).
  reason: optString,
  motivation_outcome: optString,
  videoconference_link: optString,
  status: numberish,
  rescheduled: optNumberish,
  draft_expiration: optString,
  opening_hour: optString,
  created_at: optString,
  updated_at: optString,
});
export type MeetingWire = z.infer<typeof MeetingWire>;
export const MeetingListWire = listOrEnvelope(MeetingWire);
