import type { FormModel } from '../../forms/index.js';
import { summaryOf } from '../../forms/summary.js';

/** Field messages from a 400 of the backend, matched to component paths when possible (opencity-api.md §7.2). */
export interface MappedServerErrors {
  byPath: Record<string, string[]>;
  /** Messages that name no known field: shown in the summary without a link. */
  general: string[];
}

/**
 * Server validation fields look like `data.applicant.data.email_address`, `data[email_address]`,
 * `email_address` or `''`: normalise and match against the model's paths, else by the last key.
 */
export function mapServerErrors(fields: Record<string, string[]> | undefined, model: FormModel): MappedServerErrors {
  const byPath: Record<string, string[]> = {};
  const general: string[] = [];
  if (!fields) return { byPath, general };
  const known = summaryOf(model).flatMap((s) => s.rows.filter((r) => r.kind === 'value').map((r) => r.path));
  for (const [raw, messages] of Object.entries(fields)) {
    const key = raw.replace(/\[(\w+)\]/g, '.$1').replace(/^\./, '');
    const candidates = [key, key.replace(/^data\./, ''), key.replace(/^data\./, '').replace(/^children\./, '')];
    let path = candidates.find((c) => c && model.node(c));
    if (!path && key) {
      const last = key.split('.').pop()!;
      path = known.find((p) => p === last || p.endsWith(`.${last}`));
    }
    if (path) (byPath[path] ??= []).push(...messages);
    else general.push(...messages);
  }
  return { byPath, general };
}
