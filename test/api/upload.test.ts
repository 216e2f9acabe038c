import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import { uploadFile } from '../../src/api/upload.js';
import { BASE, ORIGIN, jwt, makeClient, rejection, worker } from './local-worker.js';

const UPLOAD = `${ORIGIN}${BASE}/it/upload`;
const S3 = `${ORIGIN}/s3-bucket/att-1`;

function pdf(size = 2048): File {
  return new File([new Uint8Array(size).fill(37)], 'certificato medico.pdf', { type: 'application/pdf' });
}

/** Nobody logged in (no cookie session); `POST session-auth` gives an anonymous citizen's token. */
function anonymousBackend(calls: string[] = []): void {
  worker.use(
    http.get(`${ORIGIN}${BASE}/api/session-auth`, () => {
      calls.push('cookie?');
      return HttpResponse.json({ error: 'You are not logged in' }, { status: 401 });
    }),
    http.post(`${ORIGIN}${BASE}/api/session-auth`, () => {
      calls.push('anonymous');
      return HttpResponse.json({ token: jwt({ id: 'anon-1' }) });
    }),
  );
}

describe('uploadFile (presigned flow, opencity-api.md §3.4)', () => {
  beforeEach(() => anonymousBackend());

  it('creates the anonymous session first when nobody is logged in (the upload refuses a missing token)', async () => {
    const calls: string[] = [];
    anonymousBackend(calls);
    const auth: Array<string | null> = [];
    worker.use(
      http.post(UPLOAD, ({ request }) => {
        auth.push(request.headers.get('Authorization'));
        calls.push('start');
        if (!request.headers.get('Authorization')) return HttpResponse.json({ status: 'error', message: 'Utente non autenticato' }, { status: 401 });
        return HttpResponse.json({ id: 'att-9', uri: `${ORIGIN}/s3-bucket/att-9` }, { status: 201 });
      }),
      http.put(`${ORIGIN}/s3-bucket/att-9`, () => new HttpResponse(null, { status: 200, headers: { ETag: '"e9"', 'Access-Control-Expose-Headers': 'ETag' } })),
      http.put(`${UPLOAD}/att-9`, ({ request }) => {
        auth.push(request.headers.get('Authorization'));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const c = makeClient();
    // Two files picked at once: one anonymous citizen owns both.
    const [a, b] = await Promise.all([uploadFile(c, pdf()), uploadFile(c, pdf())]);
    expect(a.data.id).to.equal('att-9');
    expect(b.data.id).to.equal('att-9');
    expect(calls.filter((x) => x === 'anonymous')).to.have.length(1);
    expect(calls.indexOf('anonymous')).to.be.lessThan(calls.indexOf('start'));
    expect(auth.every((h) => h === `Bearer ${c.session.token}`)).to.equal(true);
    expect(c.session.isAnonymousUser).to.equal(true);
  });

  it('uses the logged-in citizen\'s token, never an anonymous one', async () => {
    const calls: string[] = [];
    anonymousBackend(calls);
    const token = jwt({ id: 'u1' });
    let auth: string | null = null;
    worker.use(
      http.get(`${ORIGIN}${BASE}/api/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.post(UPLOAD, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json({ status: 'error', message: 'Estensione non consentita' }, { status: 400 });
      }),
    );
    const c = makeClient();
    await c.session.setToken(token);
    await rejection(uploadFile(c, pdf()));
    expect(auth).to.equal(`Bearer ${token}`);
    expect(calls).to.deep.equal([]);
  });
  it('runs the three steps, reports progress and returns the Form.io file object', async () => {
    const calls: string[] = [];
    let startBody: Record<string, unknown> | undefined;
    let putBytes = 0;
    let putType: string | null = null;
    let finalizeBody: unknown;
    let auth: string | null = null;
    const token = jwt({ id: 'u1' });
    worker.use(
      http.get(`${ORIGIN}${BASE}/api/users/u1`, () => HttpResponse.json({ id: 'u1', nome: 'Ada', cognome: 'Rossi' })),
      http.post(UPLOAD, async ({ request }) => {
        calls.push('start');
        auth = request.headers.get('Authorization');
        startBody = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ id: 'att-1', uri: `${S3}?X-Amz-Signature=abc` }, { status: 201 });
      }),
      http.put(S3, async ({ request }) => {
        calls.push('bytes');
        putType = request.headers.get('Content-Type');
        putBytes = (await request.arrayBuffer()).byteLength;
        return new HttpResponse(null, { status: 200, headers: { ETag: '"etag-123"', 'Access-Control-Expose-Headers': 'ETag' } });
      }),
      http.put(`${UPLOAD}/att-1`, async ({ request }) => {
        calls.push('finalize');
        finalizeBody = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const c = makeClient();
    await c.session.setToken(token);
    const progress: Array<[number, number]> = [];
    const f = await uploadFile(c, pdf(), { onProgress: (l, t) => progress.push([l, t]), fileType: 'Certificato' });
    expect(calls).to.deep.equal(['start', 'bytes', 'finalize']);
    expect(auth).to.equal(`Bearer ${token}`);
    expect(startBody).to.deep.equal({
      name: 'certificato medico.pdf',
      original_filename: 'certificato medico.pdf',
      size: 2048,
      mime_type: 'application/pdf',
      protocol_required: false,
    });
    expect(putBytes).to.equal(2048);
    expect(putType).to.equal('application/pdf');
    expect(finalizeBody).to.deep.equal({ file_hash: 'etag-123', check_signature: false });
    expect(progress.at(-1)).to.deep.equal([2048, 2048]);
    expect(f).to.deep.include({ originalName: 'certificato medico.pdf', size: 2048, type: 'application/pdf', storage: 'url', fileType: 'Certificato', hash: 'etag-123' });
    expect(f.data.id).to.equal('att-1');
    expect(f.url).to.equal(S3);
  });

  it('sends the SHA-256 of the file when the storage gives no ETag', async () => {
    let hash: unknown;
    worker.use(
      http.post(UPLOAD, () => HttpResponse.json({ id: 'att-2', uri: `${ORIGIN}/s3-bucket/att-2` }, { status: 201 })),
      http.put(`${ORIGIN}/s3-bucket/att-2`, () => new HttpResponse(null, { status: 200 })),
      http.put(`${UPLOAD}/att-2`, async ({ request }) => {
        hash = ((await request.json()) as { file_hash: string }).file_hash;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await uploadFile(makeClient(), new File(['abc'], 'a.txt', { type: 'text/plain' }));
    // sha256("abc")
    expect(hash).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reports a refused file type from the {status,message} body', async () => {
    worker.use(http.post(UPLOAD, () => HttpResponse.json({ status: 'error', message: 'Estensione non consentita' }, { status: 400 })));
    const e = (await rejection(uploadFile(makeClient(), pdf()))) as SdcError;
    expect(e.kind).to.equal('validation');
    expect(e.detail).to.equal('Estensione non consentita');
  });

  it('reports a storage failure during the byte transfer', async () => {
    worker.use(
      http.post(UPLOAD, () => HttpResponse.json({ id: 'att-3', uri: `${ORIGIN}/s3-bucket/att-3` }, { status: 201 })),
      http.put(`${ORIGIN}/s3-bucket/att-3`, () => new HttpResponse('<Error><Code>AccessDenied</Code></Error>', { status: 403 })),
    );
    const e = (await rejection(uploadFile(makeClient(), pdf()))) as SdcError;
    expect(e.kind).to.equal('forbidden');
  });

  it('reports a network failure during the byte transfer', async () => {
    worker.use(
      http.post(UPLOAD, () => HttpResponse.json({ id: 'att-4', uri: `${ORIGIN}/s3-bucket/att-4` }, { status: 201 })),
      http.put(`${ORIGIN}/s3-bucket/att-4`, () => HttpResponse.error()),
    );
    const e = (await rejection(uploadFile(makeClient(), pdf()))) as SdcError;
    expect(e.kind).to.equal('network');
  });

  it('reports a malformed start answer as invalid-response', async () => {
    worker.use(http.post(UPLOAD, () => HttpResponse.json({ id: 'att-5' }, { status: 201 })));
    const e = (await rejection(uploadFile(makeClient(), pdf()))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });

  it('can be cancelled by the caller', async () => {
    const ac = new AbortController();
    ac.abort();
    const e = (await rejection(uploadFile(makeClient(), pdf(), { signal: ac.signal }))) as SdcError;
    expect(e.kind).to.equal('aborted');
  });
});
