import type { SdcClient } from '../api/http.js';
import { toSdcError } from '../core/errors.js';
import { saveBlob } from '../core/save-blob.js';
import { download } from '../api/download.js';

/** True when the URL is served by the tenant's API (same origin, `/api/`): it needs the Bearer token. */
export function isApiUrl(client: Pick<SdcClient, 'baseUrl'> | undefined, url: string): boolean {
  if (!client) return false;
  try {
    const base = new URL(client.baseUrl);
    const u = new URL(url, base);
    return u.origin === base.origin && u.pathname.includes('/api/');
  } catch {
    return false;
  }
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Used when the response names no file. */
  filename?: string;
  navigate?: (url: string) => void;
}

/**
 * The avviso or the receipt: `download` + save for tenant API URLs, a plain navigation for
 * proxy URLs (`/notice/{id}`, `/receipt/{id}`, opencity-api.md §3.6), which are browser routes on
 * another host. Rejects with an `SdcError`.
 */
export async function downloadPaymentDocument(
  client: SdcClient | undefined,
  url: string,
  options: DownloadOptions = {},
): Promise<'downloaded' | 'navigated'> {
  if (client && isApiUrl(client, url)) {
    const file = await download(client, url, { signal: options.signal });
    const name = file.filename && file.filename !== 'download' ? file.filename : (options.filename ?? 'documento.pdf');
    saveBlob(file.blob, name);
    return 'downloaded';
  }
  const navigate = options.navigate ?? ((u: string) => location.assign(u));
  try {
    navigate(url);
  } catch (e) {
    throw toSdcError(e, url);
  }
  return 'navigated';
}
