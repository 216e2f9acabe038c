import { formatAmount, formatDate, formatDateTime } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * The Riepilogo of a submitted pratica: its data shown with the form's labels and formatted values.
 * `Pratica.data` is the v2 nested shape without Form.io's `{data: …}` wrappers (opencity-api.md §4.3);
 * `toFormioData` puts them back so the form engine reads it as a submission.
 */
export interface RiepilogoRow {
  label: string;
  value: string;
  depth: number;
  kind: 'value' | 'heading';
}
export interface RiepilogoSection {
  title: string;
  rows: RiepilogoRow[];
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const comps = (c: Json, k = 'components'): Json[] => (Array.isArray(c[k]) ? (c[k] as unknown[]).filter(isObj) : []);

const LAYOUT = new Set(['panel', 'fieldset', 'well', 'columns', 'table', 'tabs', 'column']);
const NO_DATA = new Set(['content', 'htmlelement', 'button', 'hidden']);
const FILE = new Set(['file', 'sdcfile']);

/** Children of a layout component, whatever its Form.io shape (columns, table rows, tabs). */
function layoutChildren(c: Json): Json[] {
  if (c.type === 'columns') return comps(c, 'columns').flatMap((col) => comps(col));
  if (c.type === 'table' && Array.isArray(c.rows)) {
    return (c.rows as unknown[]).flatMap((r) => (Array.isArray(r) ? r.filter(isObj).flatMap((cell) => comps(cell)) : []));
  }
  if (c.type === 'tabs') return comps(c).flatMap((tab) => comps(tab));
  return comps(c);
}

/** v2 data (no wrappers) → Form.io submission data (nested forms wrapped in `{data}`), following the form. */
export function toFormioData(form: Json | undefined, data: Json): Json {
  if (!form) return data;
  const rewrap = (components: Json[], value: Json): Json => {
    const out: Json = { ...value };
    for (const c of components) {
      const key = typeof c.key === 'string' ? c.key : '';
      if (LAYOUT.has(String(c.type))) {
        Object.assign(out, rewrap(layoutChildren(c), out));
        continue;
      }
      if (!key || !(key in out)) continue;
      const v = out[key];
      // The API rewrites every `natoAIl` to ISO 8601 (opencity-api.md §4.3); the form holds it as dd/mm/yyyy text.
      if (key === 'natoAIl' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) {
        out[key] = `${v.slice(8, 10)}/${v.slice(5, 7)}/${v.slice(0, 4)}`;
        continue;
      }
      if (c.type === 'form' && isObj(v)) out[key] = { data: rewrap(comps(c), isObj(v.data) && Object.keys(v).length === 1 ? v.data : v) };
      else if (c.type === 'container' && isObj(v)) out[key] = rewrap(comps(c), v);
      else if ((c.type === 'datagrid' || c.type === 'editgrid') && Array.isArray(v)) {
        out[key] = v.map((row) => (isObj(row) ? rewrap(comps(c), row) : row));
      }
    }
    return out;
  };
  return rewrap(comps(form), data);
}

export interface FallbackTexts {
  yes: string;
  no: string;
  /** Section title when the form gives none ("Dati della richiesta"). */
  section: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function display(c: Json | undefined, v: unknown, locale: Locale, tx: FallbackTexts): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? tx.yes : tx.no;
  const type = c ? String(c.type) : '';
  if (Array.isArray(v)) {
    if (v.every(isObj) && (FILE.has(type) || v.some((f) => 'originalName' in f || 'url' in f))) {
      return v.map((f) => String(f.originalName ?? f.name ?? '')).filter(Boolean).join(', ');
    }
    return v.map((x) => display(c, x, locale, tx)).filter(Boolean).join(', ');
  }
  const options = c ? optionsOf(c) : [];
  if (type === 'selectboxes' && isObj(v)) {
    return Object.entries(v).filter(([, on]) => on === true).map(([k]) => options.find((o) => o.value === k)?.label ?? k).join(', ');
  }
  if (options.length) {
    const hit = options.find((o) => o.value === String(v));
    if (hit) return hit.label;
  }
  if (typeof v === 'number') return type === 'currency' ? formatAmount(v, locale) : v.toLocaleString(locale === 'en' ? 'en-GB' : 'it-IT');
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return formatDate(v, locale);
    if (ISO_DATETIME.test(v)) return c?.enableTime === false || /natoAIl|date|data/i.test(String(c?.key ?? '')) ? formatDate(v, locale) : formatDateTime(v, locale);
    return v;
  }
  if (isObj(v)) return Object.values(v).map((x) => display(undefined, x, locale, tx)).filter(Boolean).join(', ');
  return String(v);
}

function optionsOf(c: Json): Array<{ value: string; label: string }> {
  const raw = Array.isArray(c.values) ? c.values : isObj(c.data) && Array.isArray(c.data.values) ? c.data.values : [];
  return (raw as unknown[]).filter(isObj).map((o) => ({ value: String(o.value), label: String(o.label ?? o.value) }));
}

const labelOf = (c: Json): string => String(c.label ?? c.title ?? c.legend ?? c.key ?? '');

/**
 * A Riepilogo built by walking the Form.io JSON (used while the form engine's `summary()` is not
 * available): sections per top-level panel, labels in form order, empty answers omitted — so sections
 * hidden by a condition, whose values the submission does not carry, do not appear.
 */
export function summaryFromForm(form: Json, data: Json, locale: Locale, tx: FallbackTexts): RiepilogoSection[] {
  const sections: RiepilogoSection[] = [];
  let current: RiepilogoSection = { title: String(form.title ?? '') || tx.section, rows: [] };
  const push = (): void => {
    if (current.rows.some((r) => r.kind === 'value')) sections.push(current);
  };
  const walk = (components: Json[], value: Json, depth: number): RiepilogoRow[] => {
    const rows: RiepilogoRow[] = [];
    for (const c of components) {
      const type = String(c.type ?? '');
      const key = typeof c.key === 'string' ? c.key : '';
      if (LAYOUT.has(type)) {
        const inner = walk(layoutChildren(c), value, type === 'fieldset' ? depth + 1 : depth);
        if (type === 'fieldset' && inner.some((r) => r.kind === 'value')) rows.push({ label: labelOf(c), value: '', depth, kind: 'heading' }, ...inner);
        else rows.push(...inner);
        continue;
      }
      if (NO_DATA.has(type) || !key) continue;
      const v = value[key];
      if (type === 'form') {
        // Nested forms (the Anagrafica's completename, fiscal_code, Born…) are technical wrappers: their
        // fields read fine under the step title, without one sub-heading each.
        if (isObj(v)) rows.push(...walk(comps(c), isObj(v.data) ? v.data : v, depth));
        continue;
      }
      if (type === 'container') {
        const inner = isObj(v) ? walk(comps(c), v, depth + 1) : [];
        if (inner.some((r) => r.kind === 'value')) rows.push({ label: labelOf(c), value: '', depth, kind: 'heading' }, ...inner);
        continue;
      }
      if ((type === 'datagrid' || type === 'editgrid') && Array.isArray(v)) {
        v.forEach((row, i) => {
          if (!isObj(row)) return;
          const inner = walk(comps(c), row, depth + 1);
          if (inner.length) rows.push({ label: `${labelOf(c)} – ${i + 1}`, value: '', depth, kind: 'heading' }, ...inner);
        });
        continue;
      }
      const text = display(c, v, locale, tx);
      if (text !== '') rows.push({ label: labelOf(c), value: text, depth, kind: 'value' });
    }
    return rows;
  };
  for (const c of comps(form)) {
    if (c.type === 'panel') {
      push();
      current = { title: labelOf(c), rows: walk(comps(c), data, 0) };
      push();
      current = { title: String(form.title ?? '') || tx.section, rows: [] };
    } else {
      current.rows.push(...walk([c], data, 0));
    }
  }
  push();
  return sections;
}

/** "email_address" → "Email address": the last resort when the service form cannot be loaded. */
function humanize(key: string): string {
  const s = key.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Key/value listing of the data, labelled from the keys: shown when the form is not available. */
export function summaryFromData(data: Json, locale: Locale, tx: FallbackTexts): RiepilogoSection[] {
  const rows: RiepilogoRow[] = [];
  const walk = (value: Json, depth: number): void => {
    for (const [k, v] of Object.entries(value)) {
      if (isObj(v)) {
        const before = rows.length;
        rows.push({ label: humanize(k), value: '', depth, kind: 'heading' });
        walk(v, depth + 1);
        if (rows.length === before + 1) rows.pop();
      } else if (Array.isArray(v) && v.length && v.every(isObj) && !v.some((f) => 'url' in f || 'originalName' in f)) {
        v.forEach((row, i) => {
          rows.push({ label: `${humanize(k)} – ${i + 1}`, value: '', depth, kind: 'heading' });
          walk(row as Json, depth + 1);
        });
      } else {
        const text = display(undefined, v, locale, tx);
        if (text !== '') rows.push({ label: humanize(k), value: text, depth, kind: 'value' });
      }
    }
  };
  walk(data, 0);
  return rows.length ? [{ title: tx.section, rows }] : [];
}
