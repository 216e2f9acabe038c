import { parseForm, createFormModel, toFormioData } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { summaryFromData, type FallbackTexts, type RiepilogoRow, type RiepilogoSection } from './riepilogo.js';

export interface Riepilogo {
  sections: RiepilogoSection[];
  /** `form`: labelled from the service form; `data`: keys only (the form could not be loaded). */
  source: 'form' | 'data';
}

/** The service form as src/api/forms.ts loads it: the definition and its nested forms by reference. */
export interface RiepilogoForm {
  json: Record<string, unknown>;
  subforms?: Record<string, Record<string, unknown>>;
}

/**
 * The Riepilogo of a submitted pratica: the form engine's `summary()` (labels, option labels, formatted
 * values, sections hidden by their conditions left out) over the pratica data. Unanswered questions are
 * dropped: this is what was sent, not a checklist. Without a form, the data keys are humanised.
 */
export function buildRiepilogo(
  form: RiepilogoForm | undefined,
  data: Record<string, unknown>,
  locale: Locale,
  tx: FallbackTexts,
): Riepilogo {
  if (!form || !Array.isArray(form.json.components)) return { sections: summaryFromData(data, locale, tx), source: 'data' };
  const { form: parsed } = parseForm(form.json, { locale, subforms: form.subforms });
  const model = createFormModel(parsed, { locale, data: toFormioData(parsed, data) });
  const sections = model
    .summary()
    .map((s) => ({ title: s.title, rows: pruneHeadings(s.rows.filter((r) => r.kind === 'heading' || r.value !== '')) }))
    .filter((s) => s.rows.some((r) => r.kind === 'value'));
  // A form that labels none of the data (another service's form, a broken definition) must not hide what was sent.
  if (sections.length) return { sections, source: 'form' };
  return { sections: summaryFromData(data, locale, tx), source: 'data' };
}

/** Drops headings with no answer under them. */
function pruneHeadings(rows: RiepilogoRow[]): RiepilogoRow[] {
  return rows.filter((r, i) => {
    if (r.kind !== 'heading') return true;
    for (let j = i + 1; j < rows.length && rows[j]!.depth > r.depth; j++) if (rows[j]!.kind === 'value') return true;
    return false;
  });
}
