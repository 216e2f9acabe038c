import * as z from 'zod/mini';
import { optBoolish, optNumberish, optString } from './common.js';

// Files are a module of their own: only the pratica, message and service schemas use them, and a
// module the kit chunk holds would bring them to every page (issue 15).

/** A file object (opencity-api.md §4.3): `originalName` camelCase, everything else snake_case. */
export const FileWire = z.object({
  id: z.union([z.string(), z.number()]),
  name: optString,
  url: optString,
  originalName: optString,
  original_name: optString,
  description: optString,
  mime_type: optString,
  type: optString,
  size: optNumberish,
  created_at: optString,
  protocol_required: optBoolish,
  protocol_number: z.nullish(z.union([z.string(), z.number()])),
});
export type FileWire = z.infer<typeof FileWire>;

/** A public service attachment `{name, url, original_name, created_at}` (no id). */
export const PublicFileWire = z.object({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: optString,
  url: optString,
  original_name: optString,
  originalName: optString,
  created_at: optString,
});
