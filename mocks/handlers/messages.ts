/**
 * Messages on a pratica (opencity-api.md §3.5, §4.5): v1 plain array without internal messages;
 * v2 `{meta, links, data}` envelope that answers **404 `["Messages not found"]` when empty** and
 * does not filter internal messages (both quirks of the real controller); send (201, base64
 * attachments), PATCH `read_at` (string array), attachment download.
 */
import { http } from 'msw';
import { addFile, mutate, tenantState, type MessageRecord } from '../db.js';
import { baseOf, isObject, json, query, readJson, strings, validationError } from '../http.js';
import { messageToWire } from '../wire.js';
import { loadOwnApplication, fileBody } from './applications.js';
import { uuid } from '../time.js';
import { ALLOWED_EXTENSIONS } from './uploads.js';

const MAX_ATTACHMENT = 10 * 1024 * 1024;

function byDate(a: MessageRecord, b: MessageRecord) {
  return a.created_at - b.created_at;
}

async function send(request: Request, appId: string): Promise<Response> {
  const loaded = loadOwnApplication(request, appId);
  if (loaded.response) return loaded.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const b = body.body;
  if (!isObject(b)) return validationError(['Questo valore non è valido.']);
  const errors: Array<string | string[]> = [];
  const text = typeof b.message === 'string' ? b.message : '';
  if (!text.replace(/<[^>]*>/g, '').trim()) errors.push('Questo valore non dovrebbe essere vuoto.: message');
  const atts = b.attachments ?? [];
  const files: Array<{ name: string; mime: string; base64: string; size: number }> = [];
  if (!Array.isArray(atts)) errors.push('Questo valore non è valido.: attachments');
  else {
    atts.forEach((a, i) => {
      const nested: string[] = [];
      if (!isObject(a) || typeof a.name !== 'string' || !a.name) nested.push(`Questo valore non dovrebbe essere vuoto.: attachments[${i}].name`);
      else if (!ALLOWED_EXTENSIONS.includes(a.name.split('.').pop()!.toLowerCase())) nested.push(`Il tipo di file non è consentito.: attachments[${i}].name`);
      const f = isObject(a) && typeof a.file === 'string' ? a.file.replace(/^data:[^,]*,/, '') : '';
      let size = 0;
      try { size = atob(f).length; } catch { nested.push(`Il file non è codificato in base64.: attachments[${i}].file`); }
      if (!f) nested.push(`Questo valore non dovrebbe essere vuoto.: attachments[${i}].file`);
      if (size > MAX_ATTACHMENT) nested.push(`Il file è troppo grande (massimo 10 MB).: attachments[${i}].file`);
      if (nested.length) errors.push(nested);
      else files.push({ name: String((a as { name: string }).name), mime: String((a as { mime_type?: string }).mime_type ?? 'application/octet-stream'), base64: f, size });
    });
  }
  if (errors.length) return validationError(errors);
  const now = Date.now();
  const user = loaded.user;
  const ids = files.map((f) => addFile({ originalName: f.name, mime_type: f.mime, size: f.size, base64: f.base64, owner: user.id, description: 'Allegato al messaggio', created_at: now }).id);
  const msg = mutate((s) => {
    const m: MessageRecord = {
      id: uuid(), application: appId, author: user.id, subject: typeof b.subject === 'string' ? b.subject : null, message: text,
      // A citizen can only write to the operator: the message is always visible to the applicant.
      visibility: 'applicant', email: user.email, created_at: now, sent_at: now, read_at: now, clicked_at: null,
      attachments: ids, protocol_required: b.protocol_required === true, protocolled_at: null, protocol_number: null, call_to_actions: [],
    };
    s.messages.push(m);
    return m;
  });
  return json(messageToWire(msg, tenantState(), baseOf(request)), 201);
}

export const messageHandlers = [
  http.get('*/api/applications/:id/messages', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const s = tenantState();
    const base = baseOf(request);
    return json(s.messages.filter((m) => m.application === loaded.app.id && m.visibility === 'applicant').sort(byDate).map((m) => messageToWire(m, s, base)));
  }),

  http.get('*/api/v2/applications/:id/messages', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const q = query(request);
    const offset = q.has('offset') ? Number(q.get('offset')) : 0;
    const limit = q.has('limit') ? Number(q.get('limit')) : 10;
    if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1) return strings(400, 'Offset or limit parameter is not valid');
    if (limit > 100) return strings(400, 'Limit parameter is too high');
    const s = tenantState();
    // Not filtered by visibility in the real controller (opencity-api.md §3.5).
    const all = s.messages.filter((m) => m.application === loaded.app.id).sort(byDate);
    if (all.length === 0) return strings(404, 'Messages not found');
    const base = baseOf(request);
    const url = new URL(request.url);
    const pageUrl = (o: number) => { const u = new URL(url); u.searchParams.set('offset', String(o)); u.searchParams.set('limit', String(limit)); return u.toString(); };
    return json({
      meta: { count: all.length, parameter: { offset, limit } },
      links: { self: pageUrl(offset), prev: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null, next: offset + limit < all.length ? pageUrl(offset + limit) : null },
      data: all.slice(offset, offset + limit).map((m) => messageToWire(m, s, base)),
    });
  }),

  http.post('*/api/applications/:id/messages', ({ request, params }) => send(request, String(params.id))),

  http.get('*/api/applications/:id/messages/:messageId', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const s = tenantState();
    const m = s.messages.find((x) => x.id === params.messageId && x.application === loaded.app.id && x.visibility === 'applicant');
    return m ? json(messageToWire(m, s, baseOf(request))) : strings(404, 'Message not found');
  }),

  http.patch('*/api/applications/:id/messages/:messageId', async ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const m = tenantState().messages.find((x) => x.id === params.messageId && x.application === loaded.app.id);
    if (!m) return strings(404, 'Message not found');
    if (m.protocolled_at) return strings(403, 'Message already protocolled: it can not be modified');
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const b = body.body;
    if (!isObject(b)) return validationError(['Questo valore non è valido.']);
    const errors: string[] = [];
    const times: Partial<Record<'read_at' | 'clicked_at', number>> = {};
    for (const k of ['read_at', 'clicked_at'] as const) {
      if (b[k] === undefined) continue;
      const t = typeof b[k] === 'string' ? Date.parse(b[k] as string) : typeof b[k] === 'number' ? (b[k] as number) * 1000 : NaN;
      if (Number.isNaN(t)) errors.push(`Questo valore non è una data valida.: ${k}`);
      else times[k] = t;
    }
    if (errors.length) return validationError(errors);
    mutate(() => Object.assign(m, times));
    return strings(200, 'Message Patched Successfully');
  }),

  http.get('*/api/applications/:id/messages/:messageId/attachments/:fileId', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const s = tenantState();
    const m = s.messages.find((x) => x.id === params.messageId && x.application === loaded.app.id);
    const fid = String(params.fileId);
    if (!m || !m.attachments.includes(fid) || !s.files[fid]) return strings(404, 'Attachment not found');
    return fileBody(s, fid);
  }),
];
