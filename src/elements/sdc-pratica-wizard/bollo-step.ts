import { html, type TemplateResult } from 'lit';
import type { FieldNode } from '../../forms/index.js';
import { bolloEmittedAt, checkBolloIdentifier, isFutureEmission, normalizeBolloTime } from '../../domain/bollo.js';
import { formatAmount } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderField } from '../../ui/fields/index.js';
import type { BolloEntry } from './local-draft.js';
import { lateStepsMessages as t } from './late-steps.messages.js';
import { syntheticField } from './synthetic-field.js';

export { EMPTY_BOLLO } from './local-draft.js';

function bolloFields(locale: Locale): Record<keyof BolloEntry, FieldNode> {
  return {
    identifier: syntheticField({ path: '~bollo.identifier', control: 'text', label: t(locale, 'bolloId'), description: t(locale, 'bolloIdHint'), inputMode: 'numeric', maxLength: 20 }),
    date: syntheticField({ path: '~bollo.date', control: 'date', label: t(locale, 'bolloDate'), maxDate: new Date().toISOString().slice(0, 10) }),
    time: syntheticField({ path: '~bollo.time', control: 'text', label: t(locale, 'bolloTime'), description: t(locale, 'bolloTimeHint'), inputMode: 'numeric', maxLength: 8 }),
    declaration: syntheticField({ path: '~bollo.declaration', control: 'checkbox', label: t(locale, 'bolloDeclaration') }),
  };
}

/** Input ids, for the error summary links. */
export function bolloFieldId(locale: Locale, key: keyof BolloEntry): string {
  return bolloFields(locale)[key].id;
}

/**
 * Checks a physical marca da bollo with the kit's one set of rules (src/domain/bollo.ts): 14 digits
 * (spaces allowed), an emission not in the future, a time `hh:mm[:ss]`, and the single-use
 * self-declaration.
 */
export function validateBollo(b: BolloEntry, locale: Locale, now = new Date()): Partial<Record<keyof BolloEntry, string>> {
  const e: Partial<Record<keyof BolloEntry, string>> = {};
  const id = checkBolloIdentifier(b.identifier);
  if (!id.ok) e.identifier = t(locale, id.problem === 'required' ? 'bolloIdRequired' : 'bolloIdInvalid');
  const time = normalizeBolloTime(b.time);
  if (!b.date) e.date = t(locale, 'bolloDateRequired');
  else {
    // Without a valid time yet, the day alone decides.
    const at = bolloEmittedAt(b.date, time ?? '00:00');
    if (at && isFutureEmission(at, now)) e.date = t(locale, 'bolloDateFuture');
  }
  if (!b.time.trim()) e.time = t(locale, 'bolloTimeRequired');
  else if (!time) e.time = t(locale, 'bolloTimeInvalid');
  if (!b.declaration) e.declaration = t(locale, 'bolloDeclarationRequired');
  return e;
}

/** The OpenCity "Bollo" gateway fields (pa-domain.md §2.1), added to the submission data. */
export function bolloSubmission(b: BolloEntry): Record<string, string> {
  const id = checkBolloIdentifier(b.identifier);
  return {
    bollo_identifier: id.ok ? id.value : b.identifier.replace(/\s+/g, ''),
    bollo_data_emissione: b.date,
    bollo_ora_emissione: normalizeBolloTime(b.time) ?? b.time.trim(),
  };
}

export function renderBolloStep(o: {
  locale: Locale;
  amount: number;
  value: BolloEntry;
  errors: Partial<Record<keyof BolloEntry, string>>;
  onChange: (next: BolloEntry, live: boolean) => void;
}): TemplateResult {
  const fields = bolloFields(o.locale);
  const field = (key: keyof BolloEntry) =>
    renderField({
      node: fields[key],
      value: o.value[key],
      locale: o.locale,
      error: o.errors[key],
      onChange: (_p, v, live) => o.onChange({ ...o.value, [key]: key === 'declaration' ? v === true : String(v ?? '') }, live === true),
    });
  return html`<div class="bollo">
    <p>${t(o.locale, 'bolloIntro', { amount: formatAmount(o.amount, o.locale) })}</p>
    ${field('identifier')} ${field('date')} ${field('time')} ${field('declaration')}
  </div>`;
}
