import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import {
  getAvailableDays,
  getCalendar,
  getFirstAvailableDate,
  getOpeningHours,
  getSlots,
  listCalendars,
} from '../../src/api/calendars.js';
import {
  cancelMeeting,
  confirmMeeting,
  createMeeting,
  deleteMeetingDraft,
  getMeeting,
  listMeetings,
  updateMeetingDetails,
} from '../../src/api/meetings.js';
import { API, makeClient, rejection, worker } from './local-worker.js';

const calendar = {
  id: 'cal1', title: 'Ufficio anagrafe', type: 'time_fixed_slots', contact_email: 'anagrafe@comune.esempio.it', rolling_days: 30,
  minimum_scheduling_notice: 24, allow_cancel_days: 1, allow_overlaps: false, is_moderated: false, location: 'Piazza del Municipio 1',
  opening_hours: ['oh1'], drafts_duration: 10,
};

function meetingWire(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'mt1', calendar: 'cal1', application: null, user: 'u1', email: 'ada@example.org', phone_number: '+39 333 0000000',
    fiscal_code: 'RSSDAA80A41H501X', name: 'Ada Rossi', from_time: '2026-06-10T09:00:00+02:00', to_time: '2026-06-10T09:30:00+02:00',
    user_message: 'Rinnovo carta d’identità', motivation_outcome: null, videoconference_link: null, status: 6, rescheduled: 0,
    draft_expiration: '2026-06-01T10:10:00+02:00', opening_hour: 'oh1', created_at: '2026-06-01T10:00:00+02:00', updated_at: null,
    ...over,
  };
}

describe('calendars', () => {
  it('lists and reads calendars', async () => {
    worker.use(
      http.get(`${API}/calendars`, () => HttpResponse.json([calendar])),
      http.get(`${API}/calendars/cal1`, () => HttpResponse.json(calendar)),
    );
    const c = makeClient();
    const [cal] = await listCalendars(c);
    expect(cal).to.deep.include({ id: 'cal1', title: 'Ufficio anagrafe', isModerated: false, rollingDays: 30, location: 'Piazza del Municipio 1' });
    expect(cal!.openingHourIds).to.deep.equal(['oh1']);
    expect((await getCalendar(c, 'cal1')).contactEmail).to.equal('anagrafe@comune.esempio.it');
  });

  it('reads opening hours from {results, count}', async () => {
    worker.use(
      http.get(`${API}/calendars/cal1/opening-hours`, () =>
        HttpResponse.json({ results: [{ id: 'oh1', name: 'Mattina', days_of_week: [1, 2, 3, 4, 5], begin_hour: '09:00:00', end_hour: '12:30', meeting_minutes: 30, interval_minutes: 0, meeting_queue: 1 }], count: 1 }),
      ),
    );
    const [oh] = await getOpeningHours(makeClient(), 'cal1');
    expect(oh).to.deep.include({ beginHour: '09:00', endHour: '12:30', meetingMinutes: 30 });
    expect(oh!.daysOfWeek).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('reads available days for a range', async () => {
    let q: URLSearchParams | undefined;
    worker.use(
      http.get(`${API}/calendars/cal1/availabilities`, ({ request }) => {
        q = new URL(request.url).searchParams;
        return HttpResponse.json([{ date: '2026-06-10', available: true }, { date: '2026-06-11', available: false }]);
      }),
    );
    const days = await getAvailableDays(makeClient(), 'cal1', { from: new Date(2026, 5, 1), to: '2026-06-30', openingHourIds: ['oh1', 'oh2'] });
    expect(days).to.deep.equal([{ date: '2026-06-10', available: true }, { date: '2026-06-11', available: false }]);
    expect(q?.get('from_time')).to.equal('2026-06-01');
    expect(q?.get('to_time')).to.equal('2026-06-30');
    expect(q?.get('opening_hours')).to.equal('oh1,oh2');
    expect(q?.get('available')).to.equal('true');
  });

  it('reads the slots of a day', async () => {
    worker.use(
      http.get(`${API}/calendars/cal1/availabilities/2026-06-10`, () =>
        HttpResponse.json([
          { date: '2026-06-10', start_time: '09:00', end_time: '09:30', slots_available: 1, opening_hour: 'oh1', availability: true },
          { date: '2026-06-10', start_time: '09:30', end_time: '10:00', slots_available: 0, opening_hour: 'oh1', availability: false },
        ]),
      ),
    );
    const slots = await getSlots(makeClient(), 'cal1', '2026-06-10');
    expect(slots.map((s) => [s.startTime, s.available, s.calendarId])).to.deep.equal([
      ['09:00', true, 'cal1'],
      ['09:30', false, 'cal1'],
    ]);
  });

  it('reads the first available date (3.x)', async () => {
    worker.use(http.get(`${API}/availabilities/first-available-date`, () => HttpResponse.json({ date: '2026-06-10' })));
    expect(await getFirstAvailableDate(makeClient(), ['cal1'])).to.equal('2026-06-10');
  });

  it('finds the first available date by scanning days on a 2.13 backend', async () => {
    worker.use(
      http.get(`${API}/availabilities/first-available-date`, () => HttpResponse.json(['Not found'], { status: 404 })),
      http.get(`${API}/calendars/cal1/availabilities`, () => HttpResponse.json([{ date: '2026-06-12', available: true }, { date: '2026-06-11', available: false }])),
    );
    expect(await getFirstAvailableDate(makeClient(), 'cal1')).to.equal('2026-06-12');
  });

  it('reports a tenant without the calendars integration as forbidden', async () => {
    worker.use(http.get(`${API}/calendars`, () => HttpResponse.json(['Calendars integration is not enabled'], { status: 403 })));
    const e = (await rejection(listCalendars(makeClient()))) as SdcError;
    expect(e.kind).to.equal('forbidden');
  });
});

describe('meetings', () => {
  it('lists the citizen’s meetings by time', async () => {
    worker.use(
      http.get(`${API}/meetings`, () =>
        HttpResponse.json([meetingWire({ id: 'b', status: 1, from_time: '2026-07-01T09:00:00+02:00' }), meetingWire({ id: 'a', status: '5' })]),
      ),
    );
    const list = await listMeetings(makeClient());
    expect(list.map((m) => [m.id, m.status])).to.deep.equal([
      ['a', 'annullato'],
      ['b', 'confermato'],
    ]);
  });

  it('creates a draft meeting (status 6) for a slot', async () => {
    let body: Record<string, unknown> | undefined;
    worker.use(
      http.post(`${API}/meetings`, async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(meetingWire(), { status: 201 });
      }),
    );
    const m = await createMeeting(makeClient(), {
      calendarId: 'cal1', date: '2026-06-10', startTime: '09:00', endTime: '09:30', openingHourId: 'oh1',
      name: 'Ada Rossi', email: 'ada@example.org', userMessage: 'Rinnovo', reason: 'Carta d’identità',
    });
    expect(body?.status).to.equal(6);
    expect(body?.calendar).to.equal('cal1');
    // Slot times are Rome wall-clock times, sent with Rome's offset whatever the device's zone (CEST in June).
    expect(body?.from_time).to.equal('2026-06-10T09:00:00+02:00');
    expect(body?.to_time).to.equal('2026-06-10T09:30:00+02:00');
    expect(m.status).to.equal('bozza');
    expect(m.draftExpiration).to.be.instanceOf(Date);
  });

  it('confirms a draft with PUT status 1 and returns the confirmed meeting', async () => {
    let put: Record<string, unknown> | undefined;
    worker.use(
      http.get(`${API}/meetings/mt1`, () => HttpResponse.json(meetingWire({ status: put ? 1 : 6 }))),
      http.put(`${API}/meetings/mt1`, async ({ request }) => {
        put = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(['Object Modified Successfully']);
      }),
    );
    const m = await confirmMeeting(makeClient(), 'mt1');
    expect(put).to.deep.include({ status: 1, calendar: 'cal1', from_time: '2026-06-10T09:00:00+02:00' });
    expect(m.status).to.equal('confermato');
  });

  it('cancels with PATCH status 5', async () => {
    let patch: unknown;
    worker.use(
      http.patch(`${API}/meetings/mt1`, async ({ request }) => {
        patch = await request.json();
        return HttpResponse.json(['Object Patched Successfully']);
      }),
    );
    await cancelMeeting(makeClient(), 'mt1');
    expect(patch).to.deep.equal({ status: 5 });
  });

  it('adds the applicant and the reason to a draft with PATCH, in wire names', async () => {
    let patch: unknown;
    worker.use(
      http.patch(`${API}/meetings/mt1`, async ({ request }) => {
        patch = await request.json();
        return HttpResponse.json(['Object Patched Successfully']);
      }),
    );
    await updateMeetingDetails(makeClient(), 'mt1', {
      name: 'Ada Rossi', email: 'ada@example.org', phone: '3331234567', fiscalCode: 'RSSDAA80A41H501X', userMessage: 'Porto i documenti', reason: 'Carta d’identità',
    });
    expect(patch).to.deep.equal({
      name: 'Ada Rossi', email: 'ada@example.org', phone_number: '3331234567', fiscal_code: 'RSSDAA80A41H501X', user_message: 'Porto i documenti', reason: 'Carta d’identità',
    });
  });

  it('frees the slot of an abandoned draft with DELETE', async () => {
    let deleted = false;
    worker.use(
      http.delete(`${API}/meetings/mt1`, () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await deleteMeetingDraft(makeClient(), 'mt1');
    expect(deleted).to.equal(true);
  });

  it('rejects a meeting without times as invalid-response', async () => {
    worker.use(http.get(`${API}/meetings/mt1`, () => HttpResponse.json({ ...meetingWire(), from_time: null })));
    const e = (await rejection(getMeeting(makeClient(), 'mt1'))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });
});
