import { expect } from '@open-wc/testing';
import { BASE, loginAs, tenantState, CALENDAR, SERVICE, STATUS } from '../support/mock.js';

const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(path.startsWith('http') ? path : `${BASE}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) } });

describe('mock tenant: uploads (3-step presigned flow)', () => {
  it('creates, uploads and finalizes a file, then a pratica references it by data.id', async () => {
    const token = loginAs('giulia');
    const bytes = new TextEncoder().encode('%PDF-1.4 delega');
    const created = await api('/it/upload', token, { method: 'POST', body: JSON.stringify({ name: 'delega.pdf', original_filename: 'delega.pdf', size: bytes.length, mime_type: 'application/pdf', protocol_required: false }) });
    expect(created.status).to.equal(201);
    const { id, uri } = await created.json();
    const put = await fetch(uri, { method: 'PUT', body: bytes, headers: { 'Content-Type': 'multipart/form-data' } });
    expect(put.status).to.equal(200);
    expect(put.headers.get('ETag')).to.match(/^".+"$/);
    const fin = await api(`/it/upload/${id}`, token, { method: 'PUT', body: JSON.stringify({ file_hash: put.headers.get('ETag')!.replace(/"/g, ''), check_signature: false }) });
    expect(fin.status).to.equal(204);
    expect(tenantState().files[id]!.upload_state).to.equal('finalized');

    const res = await api('/api/applications?version=2', token, {
      method: 'POST',
      body: JSON.stringify({
        service: SERVICE.accessoAtti, status: 1000,
        data: {
          applicant: { data: { completename: { data: { name: 'Giulia', surname: 'Bianchi' } }, fiscal_code: { data: { fiscal_code: 'BNCGLI85C52A944F' } } } },
          is_delegated: 'si',
          delega: [{ name: 'delega.pdf', originalName: 'delega.pdf', size: bytes.length, storage: 'url', url: uri, type: 'application/pdf', fileType: 'Delega', data: { id } }],
        },
      }),
    });
    const app = await res.json();
    expect(app.attachments).to.have.length(1);
    expect(app.data.delega[0]).to.include({ id, originalName: 'delega.pdf', description: 'Delega' });
    const download = await api(app.data.delega[0].url, token);
    expect(await download.text()).to.equal('%PDF-1.4 delega');
  });

  it('refuses a forbidden extension and an oversize file with {status, message}', async () => {
    const token = loginAs('giulia');
    const exe = await api('/it/upload', token, { method: 'POST', body: JSON.stringify({ name: 'virus.exe', original_filename: 'virus.exe', size: 10, mime_type: 'application/octet-stream' }) });
    expect(exe.status).to.equal(400);
    expect((await exe.json()).status).to.equal('error');
    const big = await api('/it/upload', token, { method: 'POST', body: JSON.stringify({ name: 'big.pdf', original_filename: 'big.pdf', size: 31 * 1024 * 1024, mime_type: 'application/pdf' }) });
    expect(big.status).to.equal(400);
  });

  it('needs a token to upload', async () => {
    const res = await fetch(`${BASE}/it/upload`, { method: 'POST', body: '{}' });
    expect(res.status).to.equal(401);
  });

  it('rejects a pratica that references an unknown upload', async () => {
    const token = loginAs('giulia');
    const res = await api('/api/applications', token, {
      method: 'POST',
      body: JSON.stringify({ service: SERVICE.accessoAtti, status: 1000, data: { applicant: { data: { completename: { data: { name: 'Giulia', surname: 'Bianchi' } }, fiscal_code: { data: { fiscal_code: 'BNCGLI85C52A944F' } } } }, delega: [{ name: 'x.pdf', storage: 'url', data: { id: 'nope' } }] } }),
    });
    expect(res.status).to.equal(400);
  });
});

describe('mock tenant: calendars and meetings', () => {
  it('lists calendars publicly, one of them moderated, with opening hours as {results, count}', async () => {
    const cals = await (await fetch(`${BASE}/api/calendars`)).json();
    expect(cals.length).to.be.at.least(2);
    expect(cals.some((c: { is_moderated: boolean }) => c.is_moderated)).to.equal(true);
    const oh = await (await fetch(`${BASE}/api/calendars/${CALENDAR.anagrafe}/opening-hours`)).json();
    expect(oh.count).to.equal(oh.results.length);
    expect(oh.results[0]).to.include.keys(['days_of_week', 'begin_hour', 'end_hour', 'meeting_minutes']);
  });

  it('always has available days in the coming weeks and slots for them', async () => {
    const days = await (await fetch(`${BASE}/api/calendars/${CALENDAR.anagrafe}/availabilities?available=true`)).json();
    expect(days.length).to.be.at.least(10);
    const slots = await (await fetch(`${BASE}/api/calendars/${CALENDAR.anagrafe}/availabilities/${days[0].date}?available=true`)).json();
    expect(slots[0]).to.include.keys(['date', 'start_time', 'end_time', 'slots_available', 'opening_hour', 'availability']);
    const multi = await (await fetch(`${BASE}/api/availabilities?available=true&calendar_ids=${CALENDAR.anagrafe},${CALENDAR.tecnico}`)).json();
    expect(multi.data.length).to.be.at.least(10);
    const first = await (await fetch(`${BASE}/api/availabilities/first-available-date?calendar_ids=${CALENDAR.tecnico}`)).json();
    expect(first.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('books a slot (201), which then has one place less, and refuses a double booking', async () => {
    const token = loginAs('elena');
    const [day] = await (await fetch(`${BASE}/api/calendars/${CALENDAR.tecnico}/availabilities?available=true`)).json();
    const [slot] = await (await fetch(`${BASE}/api/calendars/${CALENDAR.tecnico}/availabilities/${day.date}?available=true`)).json();
    const off = offsetOf(slot.date);
    const body = { calendar: CALENDAR.tecnico, from_time: `${slot.date}T${slot.start_time}:00${off}`, to_time: `${slot.date}T${slot.end_time}:00${off}`, opening_hour: slot.opening_hour, user_message: 'Chiarimenti su una CILA', status: 1 };
    const res = await api('/api/meetings', token, { method: 'POST', body: JSON.stringify(body) });
    expect(res.status).to.equal(201);
    const after = await (await fetch(`${BASE}/api/calendars/${CALENDAR.tecnico}/availabilities/${day.date}`)).json();
    expect(after.find((x: { start_time: string }) => x.start_time === slot.start_time).slots_available).to.equal(slot.slots_available - 1);
    const mine = await (await api('/api/meetings', token)).json();
    expect(mine).to.have.length(1);
    expect(mine[0].status).to.equal(1);
    const again = await api('/api/meetings', loginAs('giulia'), { method: 'POST', body: JSON.stringify({ ...body, from_time: mine[0].from_time, to_time: mine[0].to_time }) });
    expect(again.status).to.equal(400);
  });

  it('keeps bookings on the moderated calendar pending (status 0) and confirms drafts with PUT', async () => {
    const token = loginAs('marco');
    const [day] = await (await fetch(`${BASE}/api/calendars/${CALENDAR.scuola}/availabilities?available=true`)).json();
    const [slot] = await (await fetch(`${BASE}/api/calendars/${CALENDAR.scuola}/availabilities/${day.date}?available=true`)).json();
    const draft = await (await api('/api/meetings', token, { method: 'POST', body: JSON.stringify({ calendar: CALENDAR.scuola, from_time: `${slot.date}T${slot.start_time}:00${offsetOf(slot.date)}`, to_time: `${slot.date}T${slot.end_time}:00${offsetOf(slot.date)}`, status: 6 }) })).json();
    expect(draft.status).to.equal(6);
    expect(draft.draft_expiration).to.be.a('string');
    const put = await api(`/api/meetings/${draft.id}`, token, { method: 'PUT', body: JSON.stringify({ status: 1, user_message: 'Iscrizione mensa' }) });
    expect(await put.json()).to.deep.equal(['Object Modified Successfully']);
    expect(tenantState().meetings.find((m) => m.id === draft.id)!.status).to.equal(0);
    const del = await api(`/api/meetings/${draft.id}`, token, { method: 'DELETE' });
    expect(del.status).to.equal(204);
  });

  it('seeds meetings pending, approved and done', () => {
    const statuses = tenantState().meetings.map((m) => m.status);
    expect(statuses).to.include.members([0, 1, 4]);
    void STATUS;
  });
});

/** Rome offset of a date, from the browser's own tz data. */
function offsetOf(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const local = new Date(noon.toLocaleString('en-US', { timeZone: 'Europe/Rome' }));
  const utc = new Date(noon.toLocaleString('en-US', { timeZone: 'UTC' }));
  const h = Math.round((local.getTime() - utc.getTime()) / 3_600_000);
  return `+0${h}:00`;
}
