/**
 * What a model says after the form: the Riepilogo (visible answers by visible step) and the data to
 * send. Free functions rather than `FormModel` methods, so that a page filling the form's first step
 * does not download them: the wizard's later steps import this module (issue 15).
 */
import type { Tpl } from './compile.js';
import { formMessages } from './messages.js';
import { formatAmount, formatDate, formatDateTime, formatFileSize } from '../i18n/format.js';
import { localeTag, type Locale } from '../i18n/locale.js';
import { internalsOf, type ModelInternals } from './model.js';
import { cloneData, deleteIn, getPath, joinPath, parsePath } from './paths.js';
import type { Control, Data, FileValue, FormModel, Option, SummaryRow, SummarySection } from './types.js';
import { dateParts, isEmptyValue, isoDay, parseNumber } from './values.js';

/** Visible answers by visible step, for the Riepilogo (`showInSummary: false` left out). */
export function summaryOf(model: FormModel): SummarySection[] {
  const m = internalsOf(model);
  const locale = m.locale;
  const yes = formMessages(locale, 'yes'), no = formMessages(locale, 'no');
  return m.steps.map((step) => {
    const s = m.cf.stepByKey.get(step.key)!;
    const rows: SummaryRow[] = [];
    const walk = (tpls: Tpl[], prefix: string, depth: number) => {
      for (const t of tpls) {
        const path = joinPath(prefix, t.rel);
        if (t.ignored || !m.visibleAt(t, path)) continue;
        const show = t.c.properties?.showInSummary;
        if (show === false || show === 'false') continue;
        if (t.kind === 'field' && t.control !== 'hidden') {
          rows.push({
            path, label: t.label || t.key, depth, kind: 'value', locked: m.locked.has(path), prefilled: m.prefilled.has(path),
            value: displayValue(t.control, getPath(m.data, path), { options: m.optionsOf(t), locale, yes, no, dayFirst: t.c.dayFirst, currency: t.c.currency }),
          });
        } else if (t.kind === 'grid') {
          rows.push({ path, label: t.label || t.key, depth, kind: 'heading', value: '', locked: false, prefilled: false });
          const n = (getPath(m.data, path) as unknown[] | undefined)?.length ?? 0;
          for (let i = 0; i < n; i++) {
            rows.push({ path: `${path}[${i}]`, label: formMessages(locale, 'row', { label: t.label || t.key, index: i + 1 }), depth: depth + 1, kind: 'heading', value: '', locked: false, prefilled: false });
            walk(t.children, `${path}[${i}]`, depth + 2);
          }
        } else if (t.kind === 'group' || t.kind === 'columns') {
          // A heading only where it helps: a titled group with at least two answers under it
          // (OpenCity's one-field nested forms, e.g. "Sesso" › "Sesso", would just repeat the label).
          const titled = t.kind === 'group' && (t.dataKind !== 'none' || t.type === 'fieldset' || t.type === 'panel')
            && !!(t.c.title ?? t.c.legend ?? t.label) && visibleFieldCount(m, t, prefix, 2) >= 2;
          if (titled) rows.push({ path, label: t.c.title ?? t.c.legend ?? t.label, depth, kind: 'heading', value: '', locked: false, prefilled: false });
          walk(t.children, prefix, titled ? depth + 1 : depth);
        }
      }
    };
    walk(s.panel ? s.panel.children : s.members, '', 0);
    return { stepKey: step.key, title: step.title, rows };
  });
}

function visibleFieldCount(m: ModelInternals, t: Tpl, prefix: string, stopAt: number): number {
  let n = 0;
  const stack = [...t.children];
  while (stack.length && n < stopAt) {
    const x = stack.pop()!;
    if (!m.visibleAt(x, joinPath(prefix, x.rel))) continue;
    if (x.kind === 'field' && x.control !== 'hidden') n++;
    else if (x.kind === 'grid') n += stopAt;
    else stack.push(...x.children);
  }
  return n;
}

/** What to POST: conditionally hidden values removed (unless `clearOnHide: false`), `persistent: false` removed. */
export function submissionData(model: FormModel): Data {
  const m = internalsOf(model);
  const out = cloneData(m.data);
  const paths = [...m.cleared].sort((a, b) => b.length - a.length);
  for (const p of paths) deleteIn(out, parsePath(p));
  for (const t of m.cf.all) {
    if (t.persistent || t.dataKind === 'none') continue;
    for (const p of m.prefixesOf(t.scope)) deleteIn(out, parsePath(joinPath(p, t.rel)));
  }
  return out;
}

function optionLabel(options: Option[] | undefined, v: unknown): string {
  const o = options?.find((x) => String(x.value) === String(v));
  return o ? o.label : String(v);
}

/** Human text of a value for the Riepilogo. */
export function displayValue(control: Control | undefined, v: unknown, ctx: {
  options?: Option[] | undefined; locale: Locale; yes: string; no: string; dayFirst?: boolean | undefined; currency?: string | undefined;
}): string {
  if (control === 'checkbox') return v === true ? ctx.yes : ctx.no;
  if (isEmptyValue(control, v)) return '';
  if (Array.isArray(v) && control !== 'file') return v.map((x) => displayValue(control, x, ctx)).filter(Boolean).join(', ');
  switch (control) {
    case 'radio':
    case 'select':
      return optionLabel(ctx.options, v);
    case 'checkboxes':
      return Object.entries(v as Record<string, unknown>).filter(([, b]) => b === true).map(([k]) => optionLabel(ctx.options, k)).join(', ');
    case 'currency': {
      const n = parseNumber(v);
      if (!Number.isFinite(n)) return String(v);
      return ctx.currency && ctx.currency !== 'EUR'
        ? `${n.toLocaleString(localeTag(ctx.locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${ctx.currency}`
        : formatAmount(n, ctx.locale);
    }
    case 'number': {
      const n = parseNumber(v);
      return Number.isFinite(n) ? n.toLocaleString(localeTag(ctx.locale), { maximumFractionDigits: 10 }) : String(v);
    }
    case 'day':
    case 'date': {
      const p = dateParts(control, v, ctx.dayFirst);
      return p ? formatDate(isoDay(p), ctx.locale) : String(v);
    }
    case 'datetime':
      return /T\d/.test(String(v)) ? formatDateTime(String(v), ctx.locale) || String(v) : formatDate(String(v), ctx.locale) || String(v);
    case 'time':
      return String(v).slice(0, 5);
    case 'file':
      if (!Array.isArray(v)) return '';
      return (v as FileValue[]).filter((f) => f && typeof f === 'object').map((f) => {
        const name = String(f?.originalName ?? f?.name ?? '');
        return typeof f?.size === 'number' ? `${name} (${formatFileSize(f.size, ctx.locale)})` : name;
      }).join(', ');
    case 'hidden':
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
    default:
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}
