import { submittedSummary } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { summaryFromData, type FallbackTexts, type RiepilogoSection } from './riepilogo.js';

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
 * The Riepilogo of a submitted pratica: the form engine's (src/forms/riepilogo.ts). Without a form,
 * or with a form that labels none of the data, the data keys are humanised: what was sent is never hidden.
 */
export function buildRiepilogo(
  form: RiepilogoForm | undefined,
  data: Record<string, unknown>,
  locale: Locale,
  tx: FallbackTexts,
): Riepilogo {
  if (form && Array.isArray(form.json.components)) {
    const sections = submittedSummary(form.json, data, { locale, subforms: form.subforms })
      .map((s) => ({ title: s.title, rows: s.rows.map((r) => ({ label: r.label, value: r.value, depth: r.depth, kind: r.kind })) }));
    if (sections.length) return { sections, source: 'form' };
  }
  return { sections: summaryFromData(data, locale, tx), source: 'data' };
}
