import type { Attachment } from './attachment.js';

/** A message between the citizen and the office on one pratica (opencity-api.md §3.5, §4.5). */
export interface Message {
  id: string;
  praticaId: string;
  /** User uuid of the author; compare with the session citizen's id to tell "you" from "the office". */
  authorId?: string;
  /** HTML from the backend: render only through `src/ui/sanitize.ts`. */
  body: string;
  subject?: string;
  visibility: 'applicant' | 'internal';
  email?: string;
  createdAt: Date;
  sentAt?: Date;
  readAt?: Date;
  clickedAt?: Date;
  attachments: Attachment[];
  /** Links to the next action the office asks for ("Presenta una nuova richiesta"), from `call_to_actions`. */
  callToActions?: Array<{ label: string; url: string }>;
  protocolNumber?: string;
  protocolledAt?: Date;
}

/** A file to send with a message: base64-encoded by the API layer (opencity-api.md §3.5 POST). */
export interface OutgoingAttachment {
  name: string;
  mimeType: string;
  /** A File/Blob (encoded for you) or base64 text without the `data:` prefix. */
  file: Blob | string;
}

export interface NewMessage {
  /** Plain text or light HTML. */
  body: string;
  subject?: string;
  attachments?: OutgoingAttachment[];
}

export function isUnread(m: Pick<Message, 'readAt'>): boolean {
  return m.readAt === undefined;
}
