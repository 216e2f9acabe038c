import * as z from 'zod/mini';
import { listOrEnvelope, optString } from './common.js';
import { FileWire } from './files.js';

/** Message (opencity-api.md §4.5). */
export const MessageWire = z.object({
  id: z.string(),
  message: z.nullish(z.string()),
  subject: optString,
  author: z.nullish(z.union([z.string(), z.object({ id: z.string() })])),
  application: optString,
  visibility: optString,
  email: optString,
  created_at: z.string(),
  sent_at: optString,
  read_at: optString,
  clicked_at: optString,
  attachments: z.nullish(z.array(FileWire)),
  protocolled_at: optString,
  protocol_number: z.nullish(z.union([z.string(), z.number()])),
  call_to_actions: z.nullish(z.array(z.object({ label: optString, link: optString, url: optString }))),
});
export type MessageWire = z.infer<typeof MessageWire>;

/** v1: plain array; v2: envelope (opencity-api.md §3.5). */
export const MessageListWire = listOrEnvelope(MessageWire);
