import * as z from 'zod/mini';
import { recordOf } from '../core/zod-record.js';
import { lenient, looseSchema, optionalOr, orElse, type Parsed } from './loose-schema.js';

/** Draft envelope as stored (form-engines.md §5.4); lenient so an old or damaged draft still loads. */
const DraftSchema = looseSchema({
  version: lenient(z.number()),
  formId: orElse(z.string(), () => ''),
  formRevision: orElse(z.union([z.string(), z.number()]), () => '', String),
  // Fallbacks are factories so two damaged drafts never share (and mutate) one `{}`/`[]`.
  data: orElse(recordOf(z.unknown()), (): Record<string, unknown> => ({})),
  currentStep: optionalOr(z.nullable(z.string()), () => null),
  visitedSteps: orElse(z.array(z.string()), (): string[] => []),
  savedAt: lenient(z.string()),
  etag: lenient(z.string()),
});
export type StoredDraft = Parsed<typeof DraftSchema.shape>;

export function readDraft(input: unknown): StoredDraft | null {
  let v = input;
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { return null; }
  }
  const r = DraftSchema.safeParse(v);
  return r.success ? r.data : null;
}
