import { formatDate, formatDateTime } from '../../i18n/format.js';
import { localeTag, type Locale } from '../../i18n/locale.js';

/**
 * The Riepilogo of a submitted pratica when its form cannot be loaded: the data keys humanised. With
 * the form, the engine's `summary()` labels everything (riepilogo-engine.ts); Form.io knowledge stays in
 * src/forms.
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

export interface FallbackTexts {
  yes: string;
  no: string;
  /** Section title when the form gives none ("Dati della richiesta"). */
  section: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value without its form: files by name, dates formatted, booleans as Sì/No. */
function display(v: unknown, locale: Locale, tx: FallbackTexts): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? tx.yes : tx.no;
  if (Array.isArray(v)) {
    if (v.every(isObj) && v.some((f) => 'originalName' in f || 'url' in f)) {
      return v.map((f) => String(f.originalName ?? f.name ?? '')).filter(Boolean).join(', ');
    }
    return v.map((x) => display(x, locale, tx)).filter(Boolean).join(', ');
  }
  if (typeof v === 'number') return v.toLocaleString(localeTag(locale));
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return formatDate(v, locale);
    if (ISO_DATETIME.test(v)) return formatDateTime(v, locale);
    return v;
  }
  if (isObj(v)) return Object.values(v).map((x) => display(x, locale, tx)).filter(Boolean).join(', ');
  return String(v);
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
        const text = display(v, locale, tx);
        if (text !== '') rows.push({ label: humanize(k), value: text, depth, kind: 'value' });
      }
    }
  };
  walk(data, 0);
  return rows.length ? [{ title: tx.section, rows }] : [];
}
