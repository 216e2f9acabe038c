/**
 * What a citizen may attach to a message. Checked when the file is chosen and again before sending
 * (ARCHITECTURE §7), because the API takes attachments inline as base64 in the JSON body
 * (opencity-api.md §3.5): a large file inflates by a third and a refused one wastes the citizen's upload.
 */

import { addChosenFiles } from '../../domain/file-selection.js';

export interface AttachmentRules {
  /** Extensions (lower case, no dot) the office accepts. */
  extensions: readonly string[];
  /** Bytes per file. */
  maxSize: number;
  /** Files per message. */
  maxFiles: number;
}

/** Documents and scans an office usually accepts; `p7m` is a CAdES-signed document. */
export const DEFAULT_RULES: AttachmentRules = {
  extensions: ['pdf', 'p7m', 'jpg', 'jpeg', 'png', 'odt', 'docx', 'doc', 'txt'],
  maxSize: 5 * 1024 * 1024,
  maxFiles: 5,
};

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  p7m: 'application/pkcs7-mime',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  txt: 'text/plain',
};

export type AttachmentProblem =
  | { code: 'type'; name: string }
  | { code: 'size'; name: string; size: number }
  | { code: 'empty'; name: string }
  | { code: 'too-many' };

export function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** The `accept` attribute of the file input: extensions and their MIME types. */
export function acceptAttribute(rules: AttachmentRules): string {
  const list = new Set<string>();
  for (const ext of rules.extensions) {
    list.add(`.${ext}`);
    const mime = MIME_BY_EXT[ext];
    if (mime) list.add(mime);
  }
  return [...list].join(',');
}

/** `PDF, P7M, JPG, PNG…` for hints and errors (jpeg is the same as jpg for a citizen). */
export function typesLabel(rules: AttachmentRules): string {
  return rules.extensions.filter((e) => e !== 'jpeg').map((e) => e.toUpperCase()).join(', ');
}

/**
 * The MIME type sent to the API. Browsers leave `File.type` empty for some types (`.p7m`, often `.odt`),
 * so fall back to the extension.
 */
export function mimeTypeOf(file: Pick<File, 'name' | 'type'>): string {
  return file.type || MIME_BY_EXT[extensionOf(file.name)] || 'application/octet-stream';
}

/**
 * Checks one file. The extension decides the type: `File.type` comes from the OS and is empty or wrong
 * for signed documents, and the name is what the office's software relies on.
 */
export function checkFile(file: Pick<File, 'name' | 'size'>, rules: AttachmentRules): AttachmentProblem | undefined {
  if (!rules.extensions.includes(extensionOf(file.name))) return { code: 'type', name: file.name };
  if (file.size === 0) return { code: 'empty', name: file.name };
  if (file.size > rules.maxSize) return { code: 'size', name: file.name, size: file.size };
  return undefined;
}

/** Splits a new selection into the files to keep and the problems to explain; the current files stay. */
export function addFiles(
  current: readonly File[],
  added: readonly File[],
  rules: AttachmentRules,
): { files: File[]; problems: AttachmentProblem[] } {
  return addChosenFiles(current, added, (f) => checkFile(f, rules), rules.maxFiles);
}

/** Every problem with a set of files about to be sent (the last line of defence before the POST). */
export function checkAll(files: readonly File[], rules: AttachmentRules): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  for (const f of files) {
    const p = checkFile(f, rules);
    if (p) problems.push(p);
  }
  if (files.length > rules.maxFiles) problems.push({ code: 'too-many' });
  return problems;
}
