import { romeInstant } from './rome-time.js';

/** Appointments (opencity-api.md §3.7, §4.7). Calendar days are `YYYY-MM-DD` strings (no time zone games). */

export type MeetingStatus = 'in-attesa' | 'confermato' | 'rifiutato' | 'mancato' | 'concluso' | 'annullato' | 'bozza';

/** Wire codes: 0 pending, 1 approved, 2 refused, 3 missed, 4 done, 5 cancelled, 6 draft. */
export const MEETING_STATUS_CODES: Record<MeetingStatus, number> = {
  'in-attesa': 0,
  confermato: 1,
  rifiutato: 2,
  mancato: 3,
  concluso: 4,
  annullato: 5,
  bozza: 6,
};

/** Tone of a meeting status tag: red only for a refusal (the one problem the citizen must act on). */
export function meetingStatusTone(status: MeetingStatus): 'neutral' | 'warning' | 'success' | 'danger' {
  if (status === 'confermato') return 'success';
  if (status === 'rifiutato') return 'danger';
  if (status === 'in-attesa' || status === 'bozza') return 'warning';
  return 'neutral';
}

export function meetingStatusOf(code: number): MeetingStatus {
  const found = (Object.keys(MEETING_STATUS_CODES) as MeetingStatus[]).find((k) => MEETING_STATUS_CODES[k] === code);
  return found ?? 'in-attesa';
}

export interface Meeting {
  id: string;
  calendarId: string;
  praticaId?: string;
  userId?: string;
  statusCode: number;
  status: MeetingStatus;
  from: Date;
  to: Date;
  name?: string;
  email?: string;
  phone?: string;
  fiscalCode?: string;
  userMessage?: string;
  /** Reason of the appointment ("motivo"), when the backend keeps it apart from the details. */
  reason?: string;
  /** The office's note on refusal/cancellation. */
  motivationOutcome?: string;
  videoconferenceLink?: string;
  openingHourId?: string;
  /** A draft holds the slot until then. */
  draftExpiration?: Date;
  rescheduled?: number;
  createdAt?: Date;
  updatedAt?: Date;
}

export interface NewMeeting {
  calendarId: string;
  /** The chosen slot. */
  date: string;
  startTime: string;
  endTime: string;
  openingHourId?: string;
  name?: string;
  email?: string;
  phone?: string;
  fiscalCode?: string;
  userMessage?: string;
  /** Reason of the appointment ("motivo"). */
  reason?: string;
  praticaId?: string;
}

export interface Calendar {
  id: string;
  title: string;
  type: 'time_fixed_slots' | 'time_variable_slots' | string;
  contactEmail?: string;
  location?: string;
  /** How many days ahead one can book. */
  rollingDays?: number;
  /** Hours of notice needed. */
  minimumSchedulingNotice?: number;
  allowCancelDays?: number;
  isModerated: boolean;
  openingHourIds: string[];
  draftsDuration?: number;
}

export interface OpeningHour {
  id: string;
  name?: string;
  startDate?: string;
  endDate?: string;
  /** 1 = Monday … 7 = Sunday. */
  daysOfWeek: number[];
  beginHour: string;
  endHour: string;
  meetingMinutes?: number;
  intervalMinutes?: number;
  meetingQueue?: number;
  isModerated?: boolean;
}

export interface AvailableDay {
  /** `YYYY-MM-DD`. */
  date: string;
  available: boolean;
}

export interface Slot {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`. */
  startTime: string;
  endTime: string;
  available: boolean;
  slotsAvailable?: number;
  openingHourId?: string;
  calendarId?: string;
}

/** The instant a slot starts: slot times are Rome wall-clock times (see rome-time.ts). */
export function slotStart(slot: Pick<Slot, 'date' | 'startTime'>): Date {
  return romeInstant(slot.date, slot.startTime);
}
