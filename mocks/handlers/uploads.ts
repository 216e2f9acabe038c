/**
 * The 3-step presigned upload (opencity-api.md §3.4):
 * 1. `POST {base}/{locale}/upload` → 201 `{id, uri}`;
 * 2. `PUT <uri>` with the bytes → 200 with an `ETag`;
 * 3. `PUT {base}/{locale}/upload/{id}` `{file_hash, check_signature}` → 204 (200 `{url}` when a
 *    signature check is asked). Errors use `{status:"error", message}`.
 */
import { http, HttpResponse } from 'msw';
import { addFile, mutate, tenantState } from '../db.js';
import { authenticate, baseOf, isObject, json, noContent, readJson, uploadError } from '../http.js';

/** Default allowed extensions (opencity-api.md §3.4). */
export const ALLOWED_EXTENSIONS = ['doc', 'docx', 'odt', 'pdf', 'txt', 'jpeg', 'jpg', 'png', 'gif', 'p7', 'p7m', 'xp7m', 'p7c', 'zip'];
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', bytes as unknown as BufferSource);
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const uploadHandlers = [
  http.post('*/:locale/upload', async ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return uploadError(401, 'Utente non autenticato');
    const body = await readJson(request);
    if (!body.ok) return uploadError(400, 'Richiesta non valida');
    const b = body.body;
    if (!isObject(b)) return uploadError(400, 'Richiesta non valida');
    const original = typeof b.original_filename === 'string' ? b.original_filename : typeof b.name === 'string' ? b.name : '';
    if (!original) return uploadError(400, 'Nome del file mancante');
    const ext = original.includes('.') ? original.split('.').pop()!.toLowerCase() : '';
    if (!ALLOWED_EXTENSIONS.includes(ext)) return uploadError(400, `Il tipo di file .${ext || '?'} non è consentito`);
    const size = Number(b.size);
    if (!Number.isFinite(size) || size <= 0) return uploadError(400, 'Dimensione del file non valida');
    if (size > MAX_UPLOAD_BYTES) return uploadError(400, 'Il file supera la dimensione massima consentita (30 MB)');
    const f = addFile({
      originalName: original, mime_type: typeof b.mime_type === 'string' ? b.mime_type : 'application/octet-stream', size,
      protocol_required: b.protocol_required === true, description: typeof b.description === 'string' ? b.description : 'Allegato',
      owner: auth.user.id, upload_state: 'created',
    });
    const uri = `${baseOf(request)}/mock-storage/${f.id}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=${f.id.replace(/-/g, '')}`;
    return json({ id: f.id, uri }, 201);
  }),

  // The presigned storage URL (S3 in production): raw bytes, answers with an ETag.
  http.put('*/mock-storage/:id', async ({ request, params }) => {
    const f = tenantState().files[String(params.id)];
    if (!f) return new HttpResponse('<Error><Code>NoSuchUpload</Code></Error>', { status: 404, headers: { 'Content-Type': 'application/xml' } });
    const bytes = new Uint8Array(await request.arrayBuffer());
    const hash = await sha256(bytes);
    mutate(() => Object.assign(f, { base64: toBase64(bytes), size: bytes.length, upload_state: 'uploaded', hash }));
    return new HttpResponse(null, { status: 200, headers: { ETag: `"${hash.slice(0, 32)}"`, 'Access-Control-Expose-Headers': 'ETag' } });
  }),

  http.put('*/:locale/upload/:id', async ({ request, params }) => {
    const auth = authenticate(request);
    if (auth.response) return uploadError(401, 'Utente non autenticato');
    const f = tenantState().files[String(params.id)];
    if (!f || f.owner !== auth.user.id) return uploadError(404, 'Allegato non trovato');
    if (f.upload_state === 'created') return uploadError(400, 'Il file non è stato caricato');
    const body = await readJson(request);
    if (!body.ok || !isObject(body.body)) return uploadError(400, 'Richiesta non valida');
    const hash = body.body.file_hash;
    if (typeof hash !== 'string' || !hash) return uploadError(400, 'Hash del file mancante');
    mutate(() => { f.upload_state = 'finalized'; });
    if (body.body.check_signature === true) return json({ url: `${baseOf(request)}/it/allegati/${f.id}` });
    return noContent();
  }),
];
