import type { RequestOptions, SdcClient } from './http.js';

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
 * Written for `sdc-appointment-booking`.
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
