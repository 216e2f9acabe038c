import * as z from 'zod';

/** Draft envelope as stored (form-engines.md §5.4); lenient so an old or damaged draft still loads. */
const DraftSchema = z.looseObject({
  version: z.number().optional().catch(undefined),
  formId: z.string().catch(''),
  formRevision: z.union([z.string(), z.number()]).transform(String).catch(''),
  data: z.record(z.string(), z.unknown()).catch({}),
  currentStep: z.string().nullable().optional().catch(null),
  visitedSteps: z.array(z.string()).catch([]),
  savedAt: z.string().optional().catch(undefined),
  etag: z.string().optional().catch(undefined),
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
