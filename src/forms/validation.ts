/**
 * Validation of one component instance (form-engines.md §5.3): Form.io rules, the Italian
 * validators and `validate.json`, with messages built from the label (messages.ts).
 */
import { localeTag, type Locale } from '../i18n/locale.js';
import { formatDate, formatFileSize } from '../i18n/format.js';
import type { Tpl } from './compile.js';
import type { Issue, Severity } from './types.js';
import { formMessages, type FormMessageKey } from './messages.js';
import { capitalize, isNounLabel, labelInSentence, takesArticle } from './labels.js';
import { acceptsFile, dateParts, isEmptyValue, isoDay, parseNumber } from './values.js';
import {
  checkCap, checkProvincia, checkCodiceFiscale, checkCodiceFiscaleOrPartitaIva, checkEmail, checkIban, checkItalianDate,
  checkMarcaDaBollo, checkNoticeCode, checkPartitaIva, checkPhone, codiceFiscaleMismatches, type CheckResult,
} from './italian.js';
import { jsonLogic } from './logic.js';

/** Our rule → Form.io `errors` key (so editors' existing overrides apply). */
const FORMIO_ERROR_KEY: Partial<Record<string, string>> = {
  email: 'invalid_email', date: 'invalid_date', dateMin: 'minDate', dateMax: 'maxDate',
  minSelected: 'minSelectedCount', maxSelected: 'maxSelectedCount', exactLength: 'minLength',
};

export interface ValidationContext {
  locale: Locale;
  path: string;
  stepKey: string;
  value: unknown;
  /** Reads another component's value (by template, in the same row when relevant). */
  valueOf(t: Tpl): unknown;
  /** JSONLogic var reader for validate.json. */
  readVar(path: string): unknown;
  today: Date;
  /** Options loaded at run time (`setOptions`), overriding the definition's. */
  options?: { label: string; value: string | number | boolean }[] | undefined;
}

function interpolateFormio(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => {
    const k = name.replace(/^component\./, '');
    return k in params ? String(params[k]) : whole;
  });
}

export function fieldName(t: Tpl): string {
  return (t.c.errorLabel || t.label || t.key).trim();
}

function issue(t: Tpl, ctx: ValidationContext, rule: string, key: FormMessageKey, params: Record<string, string | number> = {}, severity: Severity = 'error'): Issue {
  const name = fieldName(t);
  const inSentence = labelInSentence(name, ctx.locale);
  const field = inSentence.text;
  const all = { field, Field: inSentence.quoted ? field : capitalize(field), label: name, ...params };
  let message: string;
  const custom = t.c.validate?.customMessage;
  const override = t.c.errors?.[rule] ?? t.c.errors?.[FORMIO_ERROR_KEY[rule] ?? ''];
  const formioParams = { field: name, label: name, ...params };
  if (override) message = interpolateFormio(override, formioParams);
  else if (custom && severity === 'error') message = interpolateFormio(custom, formioParams);
  else message = formMessages(ctx.locale, key, all);
  return { path: ctx.path, message, severity, rule, label: name, stepKey: ctx.stepKey };
}

function requiredKey(t: Tpl): FormMessageKey {
  if (t.control === 'checkbox') return 'requiredCheckbox';
  if (!isNounLabel(fieldName(t))) return 'requiredQuestion';
  if (t.control === 'file') return 'requiredFile';
  if (t.control === 'radio' || t.control === 'select' || t.control === 'checkboxes') return takesArticle(fieldName(t)) ? 'requiredChoice' : 'requiredChoiceQuoted';
  return 'required';
}

const PLUGIN_MESSAGES: Record<string, Record<string, FormMessageKey>> = {
  codiceFiscale: { length: 'cfLength', format: 'cfFormat', check: 'cfCheck', date: 'cfDate' },
  codiceFiscaleOrPartitaIva: { length: 'taxIdFormat', format: 'taxIdFormat', check: 'cfCheck', date: 'cfDate', zeros: 'pivaZeros' },
  partitaIva: { length: 'pivaLength', format: 'pivaFormat', check: 'pivaCheck', zeros: 'pivaZeros' },
  iban: { country: 'ibanCountry', length: 'ibanLength', format: 'ibanFormat', check: 'ibanCheck' },
  cap: { length: 'cap', format: 'cap' },
  provincia: { format: 'provincia', check: 'provincia' },
  phone: { format: 'phone' },
  email: { format: 'email' },
  pec: { format: 'email' },
  noticeCode: { format: 'noticeFormat', length: 'noticeLength', aux: 'noticeAux', check: 'noticeCheck' },
  marcaDaBollo: { format: 'bolloFormat', length: 'bolloLength' },
  date: { format: 'date', date: 'date' },
};

const CHECKS: Record<string, (v: unknown) => CheckResult> = {
  codiceFiscale: checkCodiceFiscale,
  codiceFiscaleOrPartitaIva: checkCodiceFiscaleOrPartitaIva,
  partitaIva: checkPartitaIva,
  iban: (v) => checkIban(v),
  cap: checkCap,
  provincia: checkProvincia,
  phone: checkPhone,
  email: checkEmail,
  pec: checkEmail,
  noticeCode: checkNoticeCode,
  marcaDaBollo: checkMarcaDaBollo,
  date: checkItalianDate,
};

function words(s: string): number {
  return s.trim() ? s.trim().split(/\s+/).length : 0;
}

function validateScalar(t: Tpl, v: unknown, ctx: ValidationContext, out: Issue[]): void {
  const val = t.c.validate ?? {};
  const control = t.control;
  if (control === 'number' || control === 'currency') {
    const n = parseNumber(v);
    if (!Number.isFinite(n)) { out.push(issue(t, ctx, 'number', 'number')); return; }
    if (val.min !== undefined && n < val.min) out.push(issue(t, ctx, 'min', 'min', { min: val.min.toLocaleString(localeTag(ctx.locale)) }));
    if (val.max !== undefined && n > val.max) out.push(issue(t, ctx, 'max', 'max', { max: val.max.toLocaleString(localeTag(ctx.locale)) }));
    return;
  }
  if (control === 'radio' || control === 'select') {
    const options = ctx.options ?? t.options;
    const dynamic = !ctx.options && control === 'select' && t.c.dataSrc && t.c.dataSrc !== 'values';
    if (!dynamic && options?.length && !options.some((o) => String(o.value) === String(v))) out.push(issue(t, ctx, 'option', 'option'));
    return;
  }
  if (control === 'day' || control === 'date' || control === 'datetime') {
    const p = dateParts(control, v, t.c.dayFirst === true);
    if (!p) { out.push(issue(t, ctx, 'date', 'date')); return; }
    const iso = isoDay(p);
    if (t.minDate && iso < t.minDate) out.push(issue(t, ctx, 'dateMin', 'dateMin', { date: formatDate(t.minDate, ctx.locale) }));
    if (t.maxDate && iso > t.maxDate) out.push(issue(t, ctx, 'dateMax', 'dateMax', { date: formatDate(t.maxDate, ctx.locale) }));
    return;
  }
  if (control === 'time') {
    if (!/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(String(v))) out.push(issue(t, ctx, 'time', 'time'));
    return;
  }
  if (typeof v !== 'string') return;
  const s = v;
  const min = val.minLength, max = val.maxLength;
  const hasPlugin = t.plugins.length > 0;
  if (min !== undefined && max !== undefined && min === max && s.length !== min && !hasPlugin) out.push(issue(t, ctx, 'minLength', 'exactLength', { length: min, min, max }));
  else {
    if (min !== undefined && s.length < min && !hasPlugin) out.push(issue(t, ctx, 'minLength', 'minLength', { min, length: min }));
    if (max !== undefined && s.length > max) out.push(issue(t, ctx, 'maxLength', 'maxLength', { max, length: max }));
  }
  if (val.minWords !== undefined && words(s) < val.minWords) out.push(issue(t, ctx, 'minWords', 'minWords', { min: val.minWords }));
  if (val.maxWords !== undefined && words(s) > val.maxWords) out.push(issue(t, ctx, 'maxWords', 'maxWords', { max: val.maxWords }));
  if (control === 'url' && !/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(s.trim())) out.push(issue(t, ctx, 'url', 'url'));
  let pluginFailed = false;
  for (const name of t.plugins) {
    const check = CHECKS[name];
    if (!check) continue;
    const r = check(s);
    if (!r.ok) {
      const key = PLUGIN_MESSAGES[name]?.[r.code] ?? 'pattern';
      out.push(issue(t, ctx, name, key, {}, r.severity ?? 'error'));
      if (r.severity !== 'warning') pluginFailed = true;
      break;
    }
  }
  // A specific plugin message beats the generic "formato richiesto" of a pattern that says the same.
  if (t.pattern_re && !pluginFailed && !t.pattern_re.test(s)) out.push(issue(t, ctx, 'pattern', 'pattern', { pattern: String(val.pattern) }));
  if (!pluginFailed && t.plugins.includes('codiceFiscale') && t.cfSources) {
    const src = t.cfSources;
    const str = (x?: Tpl) => {
      const v2 = x ? ctx.valueOf(x) : undefined;
      return typeof v2 === 'string' ? v2 : undefined;
    };
    const birth = src.birthDate ? ctx.valueOf(src.birthDate) : undefined;
    let birthIso: string | undefined;
    if (src.birthDate) {
      const p = dateParts(src.birthDate.control, birth, src.birthDate.c.dayFirst === true)
        ?? (typeof birth === 'string' ? dateParts('date', birth) : null);
      if (p) birthIso = isoDay(p);
    }
    const mismatches = codiceFiscaleMismatches(s, {
      givenName: str(src.givenName), familyName: str(src.familyName), birthDate: birthIso,
      gender: src.gender ? String(ctx.valueOf(src.gender) ?? '') : undefined,
    });
    if (mismatches.length) {
      const names = mismatches.map((m) => formMessages(ctx.locale, (`cfMismatch${capitalize(m)}`) as FormMessageKey));
      const what = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${formMessages(ctx.locale, 'and')} ${names[names.length - 1]}` : names[0]!;
      out.push(issue(t, ctx, 'cfConsistency', 'cfMismatch', { what }, 'warning'));
    }
  }
}

/** Issues of one visible component instance, in rule order. */
export function validateValue(t: Tpl, ctx: ValidationContext, rowCount?: number): Issue[] {
  const out: Issue[] = [];
  const v = ctx.value;
  const val = t.c.validate ?? {};
  if (t.kind === 'grid') {
    const n = rowCount ?? 0;
    if (t.required && n === 0) out.push(issue(t, ctx, 'required', 'requiredGrid'));
    if (val.minLength !== undefined && n < val.minLength && n > 0) out.push(issue(t, ctx, 'minLength', 'minRows', { count: val.minLength }));
    if (val.maxLength !== undefined && n > val.maxLength) out.push(issue(t, ctx, 'maxLength', 'maxRows', { count: val.maxLength }));
    return out;
  }
  if (t.dataKind !== 'value' || t.kind === 'unsupported' || t.control === 'hidden') return out;
  const empty = isEmptyValue(t.control, v);
  if (empty) {
    if (t.required) out.push(issue(t, ctx, 'required', requiredKey(t)));
    return out;
  }
  if (t.control === 'checkboxes') {
    const count = Object.values((v ?? {}) as Record<string, unknown>).filter((b) => b === true).length;
    if (val.minSelectedCount !== undefined && count < val.minSelectedCount) out.push(issue(t, ctx, 'minSelected', 'minSelected', { count: val.minSelectedCount, min: val.minSelectedCount }));
    if (val.maxSelectedCount !== undefined && count > val.maxSelectedCount) out.push(issue(t, ctx, 'maxSelected', 'maxSelected', { count: val.maxSelectedCount, max: val.maxSelectedCount }));
  } else if (t.control === 'file') {
    const files = Array.isArray(v) ? v : [];
    if (!t.multiple && files.length > 1) out.push(issue(t, ctx, 'fileCount', 'fileCount', { count: 1 }));
    for (const f of files as Record<string, unknown>[]) {
      const name = String(f?.originalName ?? f?.name ?? '');
      const size = typeof f?.size === 'number' ? f.size : undefined;
      if (t.fileMaxSize && size !== undefined && size > t.fileMaxSize) out.push(issue(t, ctx, 'fileMaxSize', 'fileMaxSize', { name, size: formatFileSize(t.fileMaxSize, ctx.locale) }));
      if (t.fileMinSize && size !== undefined && size < t.fileMinSize) out.push(issue(t, ctx, 'fileMinSize', 'fileMinSize', { name, size: formatFileSize(t.fileMinSize, ctx.locale) }));
      if (t.c.filePattern && !acceptsFile(t.c.filePattern, { name: f?.originalName ?? f?.name, type: f?.type })) {
        out.push(issue(t, ctx, 'filePattern', 'fileType', { name, accept: t.c.filePattern.replace(/,/g, ', ') }));
      }
    }
  } else if (Array.isArray(v) && t.multiple) {
    for (const item of v) if (!isEmptyValue(t.control, item)) validateScalar(t, item, ctx, out);
  } else {
    validateScalar(t, v, ctx, out);
  }
  const json = val.json;
  if (json !== undefined && json !== null && json !== '' && !out.some((i) => i.severity === 'error')) {
    const { applyLogic, UnsupportedLogic } = jsonLogic();
    try {
      const r = applyLogic(json, {}, 0, ctx.readVar);
      if (typeof r === 'string' && r) out.push({ ...issue(t, ctx, 'json', 'json'), message: interpolateFormio(r, { field: fieldName(t) }) });
      else if (r === false) out.push(issue(t, ctx, 'json', 'json'));
    } catch (e) {
      if (!(e instanceof UnsupportedLogic)) throw e;
      // Unsupported operator: the server validates (form-engines.md §5.5).
    }
  }
  return out;
}
