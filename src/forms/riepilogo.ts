/**
 * The Riepilogo of a pratica already sent: what the citizen answered, labelled by the form, in the
 * pratica's own data (v2 shape, wrappers put back by the codec), sections hidden by their conditions
 * left out, unanswered questions dropped (this is what was sent, not a checklist) and headings with
 * nothing under them removed. The wizard's own Riepilogo step uses `summaryOf(model)` directly.
 */
import type { Locale } from '../i18n/locale.js';
import { toFormioData } from './codec.js';
import { createFormModel } from './model.js';
import { parseFormLean } from './compiled.js';
import * as engine from './jsonlogic.js';
import { installJsonLogic } from './logic.js';
import { summaryOf } from './summary.js';
import type { Data, SummaryRow, SummarySection } from './types.js';

export interface SubmittedSummaryOptions {
  locale?: Locale;
  /** Nested forms by reference (src/api/forms.ts loads them). */
  subforms?: Record<string, unknown>;
}

export function submittedSummary(json: unknown, data: Data, options: SubmittedSummaryOptions = {}): SummarySection[] {
  const locale = options.locale ?? 'it';
  // Its conditions may be JSONLogic; no lint report: nobody reads it here.
  installJsonLogic(engine);
  const { form } = parseFormLean(json, options.subforms ? { subforms: options.subforms } : {});
  const model = createFormModel(form, { locale, data: toFormioData(form, data) });
  return summaryOf(model)
    .map((s) => ({ ...s, rows: pruneHeadings(s.rows.filter((r) => r.kind === 'heading' || r.value !== '')) }))
    .filter((s) => s.rows.some((r) => r.kind === 'value'));
}

/** Drops headings with no answer under them. */
function pruneHeadings(rows: SummaryRow[]): SummaryRow[] {
  return rows.filter((r, i) => {
    if (r.kind !== 'heading') return true;
    for (let j = i + 1; j < rows.length && rows[j]!.depth > r.depth; j++) if (rows[j]!.kind === 'value') return true;
    return false;
  });
}
