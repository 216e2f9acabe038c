import type { ReactiveControllerHost } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { uploadFile } from '../../api/upload.js';
import type { FileValue } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { FileUploads, type Uploader } from '../../ui/fields/file-field.js';

/** File questions: the upload controller and its three-step upload, a chunk only forms with a file question load. */
export { FileUploads };

/** File questions upload to the pratica's backend as soon as a file is picked (opencity-api.md §3.4). */
export function uploaderFor(client: SdcClient | undefined): Uploader | undefined {
  if (!client) return undefined;
  return ({ file, signal, onProgress, fileType }) =>
    uploadFile(client, file, { signal, fileType, onProgress: (l, total) => onProgress(total ? l / total : 0) }) as Promise<unknown> as Promise<FileValue>;
}

export interface UploadsOptions {
  client(): SdcClient | undefined;
  getValue(path: string): unknown;
  commit(path: string, value: FileValue[]): void;
  locale(): Locale;
}

export function createUploads(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, o: UploadsOptions): FileUploads {
  return new FileUploads(host, { uploader: () => uploaderFor(o.client()), getValue: o.getValue, commit: o.commit, locale: o.locale });
}
