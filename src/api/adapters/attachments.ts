import type { Attachment } from '../../domain/attachment.js';
import type { FileWire } from '../schemas/files.js';
import { opt, toDate, toNumber } from './common.js';

/** A file of the wire (pratica, message, outcome) → the domain's Attachment. */
export function toAttachment(f: FileWire & { original_name?: string | null }): Attachment {
  const name = opt(f.name) ?? opt(f.originalName) ?? opt(f.original_name) ?? String(f.id);
  return {
    id: String(f.id),
    name,
    originalName: opt(f.originalName) ?? opt(f.original_name) ?? name,
    url: f.url ?? '',
    description: opt(f.description),
    mimeType: opt(f.mime_type) ?? opt(f.type),
    size: toNumber(f.size),
    createdAt: toDate(f.created_at),
    protocolRequired: f.protocol_required === null || f.protocol_required === undefined ? undefined : Boolean(f.protocol_required),
    protocolNumber: f.protocol_number === null || f.protocol_number === undefined ? undefined : String(f.protocol_number),
  };
}
