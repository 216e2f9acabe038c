import type { Message } from '../../domain/message.js';
import type { MessageWire } from '../schemas/messages.js';
import { opt, toDate } from './common.js';
import { toAttachment } from './attachments.js';

export function toMessage(w: MessageWire, praticaId?: string): Message {
  const author = w.author === null || w.author === undefined ? undefined : typeof w.author === 'string' ? w.author : w.author.id;
  return {
    id: w.id,
    praticaId: opt(w.application) ?? praticaId ?? '',
    authorId: opt(author),
    body: w.message ?? '',
    subject: opt(w.subject),
    visibility: w.visibility === 'internal' ? 'internal' : 'applicant',
    email: opt(w.email),
    createdAt: toDate(w.created_at) ?? new Date(0),
    sentAt: toDate(w.sent_at),
    readAt: toDate(w.read_at),
    clickedAt: toDate(w.clicked_at),
    attachments: (w.attachments ?? []).map(toAttachment),
    callToActions: (w.call_to_actions ?? [])
      .map((c) => ({ label: c.label ?? '', url: c.link ?? c.url ?? '' }))
      .filter((c) => c.label !== '' && c.url !== ''),
    protocolNumber: w.protocol_number === null || w.protocol_number === undefined ? undefined : String(w.protocol_number),
    protocolledAt: toDate(w.protocolled_at),
  };
}
