import { SdcError } from '../core/errors.js';
import type { RequestOptions, SdcClient } from './http.js';

export interface Download {
  blob: Blob;
  filename: string;
  mimeType: string;
}

/**
 * Downloads a file that may need the token (attachments, receipts), for a "Scarica" button:
 * `const { blob, filename } = await download(client, a.url)`. Apart from http.ts because only the
 * elements with a "Scarica" button need it, and http.ts is in the chunk every page loads (issue 15).
 */
export async function download(client: SdcClient, url: string, opts: RequestOptions = {}): Promise<Download> {
  // A backend link is resolved like a browser would resolve it from the tenant base, not as an API path.
  let absolute: string;
  try {
    absolute = new URL(url, `${client.baseUrl}/`).toString();
  } catch (e) {
    throw new SdcError('validation', { detail: `Invalid URL: ${url}`, cause: e });
  }
  const res = await client.request('GET', absolute, { ...opts, version: opts.version ?? false, dedupe: false, raw: true });
  const blob = res.blob ?? new Blob([res.text]);
  const mimeType = res.headers.get('content-type')?.split(';')[0]?.trim() || blob.type || 'application/octet-stream';
  return { blob, filename: filenameOf(res.headers.get('content-disposition'), absolute), mimeType };
}

function filenameOf(disposition: string | null, url: string): string {
  if (disposition) {
    const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1];
    if (star) {
      try {
        return decodeURIComponent(star.trim().replace(/^"|"$/g, ''));
      } catch {
        /* fall through */
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1];
    if (plain) return plain.trim();
  }
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : 'download';
  } catch {
    return 'download';
  }
}
