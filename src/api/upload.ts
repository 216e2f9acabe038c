import type { UploadedFile } from '../domain/attachment.js';
import { SdcError } from '../core/errors.js';
import { errorFromResponse } from './adapters/errors.js';
import type { RequestOptions, SdcClient } from './http.js';
import { UploadStartWire } from './schemas/upload.js';

export interface UploadOptions {
  signal?: AbortSignal;
  /** Called while the bytes go up (XMLHttpRequest progress). */
  onProgress?: (loaded: number, total: number) => void;
  protocolRequired?: boolean;
  description?: string;
  /** Form.io `fileType`: becomes the attachment description. */
  fileType?: string;
  /** Timeout of the byte transfer. Default 5 minutes. */
  timeoutMs?: number;
}

/**
 * The presigned upload of opencity-api.md §3.4: (0) a token, the anonymous session of §2.1 when
 * nobody is logged in (the upload endpoints refuse a request without one, and an anonymous service's
 * citizen may pick a file long before submitting), (1) `POST {base}/{locale}/upload` → `{id, uri}`,
 * (2) `PUT uri` with the bytes (progress reported), (3) `PUT {base}/{locale}/upload/{id}` with the hash.
 * Resolves with the file object to put into the Form.io submission (step 4).
 */
export async function uploadFile(client: SdcClient, file: Blob & { name?: string }, opts: UploadOptions = {}): Promise<UploadedFile> {
  const originalName = file.name ?? 'file';
  const mime = file.type || 'application/octet-stream';
  const req: RequestOptions = { signal: opts.signal, version: false };
  if (opts.signal?.aborted) throw new SdcError('aborted');
  await client.session.ensureToken({ signal: opts.signal });
  const start = await client.json('POST', client.uiPath('/upload'), UploadStartWire, {
    ...req,
    body: {
      name: originalName,
      original_filename: originalName,
      size: file.size,
      mime_type: mime,
      protocol_required: opts.protocolRequired ?? false,
      ...(opts.description ? { description: opts.description } : {}),
    },
  });
  const uri = new URL(start.uri, client.baseUrl + '/').toString();
  const etag = await putBytes(uri, file, mime, opts);
  const hash = etag ?? (await sha256Hex(file));
  await client.send('PUT', client.uiPath(`/upload/${encodeURIComponent(start.id)}`), {
    ...req,
    body: { file_hash: hash, check_signature: false },
  });
  const out: UploadedFile = {
    name: originalName,
    originalName,
    size: file.size,
    type: mime,
    url: uri.split('?')[0]!,
    storage: 'url',
    data: { id: start.id },
    hash,
    protocol_required: opts.protocolRequired ?? false,
  };
  if (opts.fileType) out.fileType = opts.fileType;
  return out;
}

/** PUT the raw bytes with XMLHttpRequest (fetch has no upload progress). Resolves with the ETag, if readable. */
function putBytes(uri: string, file: Blob, mime: string, opts: UploadOptions): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(new SdcError('aborted', { url: uri }));
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', uri);
    xhr.timeout = opts.timeoutMs ?? 300_000;
    xhr.setRequestHeader('Content-Type', mime);
    const onAbort = (): void => xhr.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => opts.signal?.removeEventListener('abort', onAbort);
    xhr.upload.onprogress = (e): void => {
      opts.onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    };
    xhr.onload = (): void => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        opts.onProgress?.(file.size, file.size);
        const etag = xhr.getResponseHeader('ETag');
        resolve(etag ? etag.replace(/^W\//, '').replace(/"/g, '') : undefined);
        return;
      }
      const text = xhr.responseText ?? '';
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      reject(errorFromResponse(xhr.status, body, text, uri));
    };
    xhr.onerror = (): void => {
      done();
      reject(new SdcError('network', { url: uri }));
    };
    xhr.ontimeout = (): void => {
      done();
      reject(new SdcError('timeout', { url: uri }));
    };
    xhr.onabort = (): void => {
      done();
      reject(new SdcError('aborted', { url: uri }));
    };
    xhr.send(file);
  });
}

async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
