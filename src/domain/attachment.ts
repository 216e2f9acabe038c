/**
 * A file the backend holds: an upload of the citizen, a compiled module (the receipt PDF), an outcome
 * file, a message attachment or a public service attachment (opencity-api.md §4.3 "File object").
 * `url` usually needs the Bearer token: download it with `download(client, url)` (api/download.ts), never as a bare link.
 */
export interface Attachment {
  id: string;
  /** Storage name, e.g. `doc-9f0c.pdf`. */
  name: string;
  /** The name the citizen gave the file (`originalName` on the wire); show this one. */
  originalName: string;
  url: string;
  description?: string;
  mimeType?: string;
  /** Bytes, when known. */
  size?: number;
  createdAt?: Date;
  protocolRequired?: boolean;
  protocolNumber?: string;
}

/**
 * A file object as it goes into a Form.io submission after the presigned upload (opencity-api.md §3.4 step 4).
 * The server reads `data.id`.
 */
export interface UploadedFile {
  name: string;
  originalName: string;
  size: number;
  type: string;
  url: string;
  storage: 'url';
  data: { id: string; [key: string]: unknown };
  hash?: string;
  protocol_required?: boolean;
  fileType?: string;
}

/** The display name of a file: what the citizen called it, else the storage name. */
export function attachmentName(a: Pick<Attachment, 'originalName' | 'name'>): string {
  return a.originalName || a.name;
}
