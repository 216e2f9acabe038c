import * as z from 'zod/mini';
import { recordOf } from '../core/zod-record.js';

/** Draft envelope as stored (form-engines.md §5.4); lenient so an old or damaged draft still loads. */
const DraftSchema = z.looseObject({
  version: z.catch(z.optional(z.number()), undefined),
  formId: z.catch(z.string(), ''),
  formRevision: z.catch(z.pipe(z.union([z.string(), z.number()]), z.transform(String)), ''),
  // Fallbacks are factories so two damaged drafts never share (and mutate) one `{}`/`[]`.
  data: z.catch(recordOf(z.unknown()), () => ({})),
  currentStep: z.catch(z.optional(z.nullable(z.string())), null),
  visitedSteps: z.catch(z.array(z.string()), () => []),
  savedAt: z.catch(z.optional(z.string()), undefined),
  etag: z.catch(z.optional(z.string()), undefined),
});
export type StoredDraft = z.infer<typeof DraftSchema>;

export function readDraft(input: unknown): StoredDraft | null {
  let v = input;
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { return null; }
  }
  const r = DraftSchema.safeParse(v);
  return r.success ? r.data : null;
}
