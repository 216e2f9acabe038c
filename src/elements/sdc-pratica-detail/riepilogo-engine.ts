import { parseForm, createFormModel } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { summaryFromData, summaryFromForm, toFormioData, type FallbackTexts, type RiepilogoRow, type RiepilogoSection } from './riepilogo.js';

export interface Riepilogo {
  sections: RiepilogoSection[];
  /** `form`: labelled from the service form; `data`: keys only (the form could not be loaded). */
  source: 'form' | 'data';
}

/**
 * The Riepilogo of a submitted pratica: the form engine's `summary()` (labels, option labels, formatted
 * values, sections hidden by their conditions left out) over the pratica data. Unanswered questions are
 * dropped: this is what was sent, not a checklist. If the engine cannot read the form, a walk of the
 * Form.io JSON gives the same labels; without a form, the data keys are humanised.
 */
export function buildRiepilogo(
  form: Record<string, unknown> | undefined,
  data: Record<string, unknown>,
  locale: Locale,
  tx: FallbackTexts,
): Riepilogo {
  if (!form || !Array.isArray(form.components)) return { sections: summaryFromData(data, locale, tx), source: 'data' };
  try {
    const { form: parsed } = parseForm(form, { locale });
    const model = createFormModel(parsed, { locale, data: toFormioData(form, data) });
    const sections = model
      .summary()
      .map((s) => ({ title: s.title, rows: pruneHeadings(s.rows.filter((r) => r.kind === 'heading' || r.value !== '')) }))
      .filter((s) => s.rows.some((r) => r.kind === 'value'));
    if (sections.length) return { sections, source: 'form' };
  } catch {
    // A form the engine cannot read must not hide what the citizen sent.
  }
  return { sections: summaryFromForm(form, data, locale, tx), source: 'form' };
}

/** Drops headings with no answer under them. */
function pruneHeadings(rows: RiepilogoRow[]): RiepilogoRow[] {
  return rows.filter((r, i) => {
    if (r.kind !== 'heading') return true;
    for (let j = i + 1; j < rows.length && rows[j]!.depth > r.depth; j++) if (rows[j]!.kind === 'value') return true;
    return false;
  });
}
