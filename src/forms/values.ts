/**
 * Value shapes of the components (form-engines.md §1.4, §1.6): empty values like Form.io's,
 * coercion of what an input gives into the stored Form.io shape, emptiness (the Riepilogo's display
 * text is in summary.ts).
 */
import type { Control, Option } from './types.js';
import { parseAnyDate, realDate } from './italian.js';

export function emptyValue(control: Control | undefined, options: Option[] | undefined, multiple: boolean): unknown {
  switch (control) {
    case 'checkbox': return false;
    case 'checkboxes': return Object.fromEntries((options ?? []).map((o) => [String(o.value), false]));
    case 'file': return [];
    case 'select': return multiple ? [] : '';
    default: return multiple ? [] : '';
  }
}

/** Parses Italian or plain numbers: `1.020,50`, `1020,5`, `1020.5`, `-3`. NaN when not a number. */
export function parseNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return Number.NaN;
  let s = v.trim().replace(/\s|€/g, '');
  if (!s) return Number.NaN;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, ''); // 1.020 = one thousand twenty
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

const pad = (n: number, len = 2) => String(n).padStart(len, '0');

function matchOption(v: unknown, options: Option[] | undefined): unknown {
  if (!options?.length || v === '' || v == null) return v;
  const hit = options.find((o) => o.value === v) ?? options.find((o) => String(o.value) === String(v));
  return hit ? hit.value : v;
}

/**
 * Brings a value given by an input into the stored Form.io shape. Unknown inputs are kept as
 * given (so nothing typed is lost) and reported by validation instead.
 */
export function coerce(control: Control | undefined, v: unknown, opts: {
  options?: Option[] | undefined; multiple: boolean; dayFirst?: boolean | undefined; enableTime?: boolean | undefined;
  dataType?: string | undefined;
}): unknown {
  if (opts.multiple && control !== 'checkboxes' && control !== 'file') {
    if (v == null || v === '') return [];
    const arr = Array.isArray(v) ? v : [v];
    return arr.map((x) => coerce(control, x, { ...opts, multiple: false }));
  }
  switch (control) {
    case 'number':
    case 'currency': {
      if (v == null || v === '') return '';
      const n = parseNumber(v);
      return Number.isFinite(n) ? n : v;
    }
    case 'checkbox':
      return v === true || v === 'true' || v === 1 || v === 'on';
    case 'checkboxes': {
      const out: Record<string, boolean> = {};
      for (const o of opts.options ?? []) out[String(o.value)] = false;
      if (Array.isArray(v)) for (const x of v) out[String(x)] = true;
      else if (v && typeof v === 'object') for (const [k, b] of Object.entries(v)) out[k] = b === true || b === 'true';
      return out;
    }
    case 'radio':
    case 'select': {
      const matched = matchOption(v, opts.options);
      // Form.io `dataType` fixes the stored type whatever the option says.
      if (opts.dataType === 'boolean' && (matched === 'true' || matched === 'false')) return matched === 'true';
      if (opts.dataType === 'number' && typeof matched === 'string' && matched.trim() !== '' && Number.isFinite(Number(matched))) return Number(matched);
      if (opts.dataType === 'string' && (typeof matched === 'number' || typeof matched === 'boolean')) return String(matched);
      return matched;
    }
    case 'day': {
      if (v == null || v === '') return '';
      let parts: { day: unknown; month: unknown; year: unknown } | null = null;
      if (typeof v === 'object' && !(v instanceof Date)) parts = v as { day: unknown; month: unknown; year: unknown };
      if (parts) {
        const d = Number(parts.day) || 0, m = Number(parts.month) || 0, y = Number(parts.year) || 0;
        if (!d && !m && !y) return '';
        return opts.dayFirst ? `${pad(d)}/${pad(m)}/${pad(y, 4)}` : `${pad(m)}/${pad(d)}/${pad(y, 4)}`;
      }
      return String(v);
    }
    case 'date':
    case 'datetime': {
      if (v == null || v === '') return '';
      if (v instanceof Date && !Number.isNaN(v.getTime())) {
        const date = `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
        return control === 'date' ? date : `${date}T${pad(v.getHours())}:${pad(v.getMinutes())}:00`;
      }
      if (typeof v === 'string') {
        const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(v.trim());
        if (m) {
          const date = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
          if (control === 'date') return date;
          return `${date}T${pad(Number(m[4] ?? 0))}:${m[5] ?? '00'}:00`;
        }
        return v.trim();
      }
      return v;
    }
    case 'time': {
      if (v == null || v === '') return '';
      const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(String(v).trim());
      return m ? `${pad(Number(m[1]))}:${m[2]}:${m[3] ?? '00'}` : v;
    }
    case 'file':
      return Array.isArray(v) ? v.filter((f) => f && typeof f === 'object') : v == null || v === '' ? [] : v;
    case 'hidden':
      return v;
    default:
      if (v == null) return '';
      return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
  }
}

/** Whether a value counts as "not answered" for `required` and for `isEmpty` conditions. */
export function isEmptyValue(control: Control | undefined, v: unknown): boolean {
  if (v == null || v === '') return true;
  if (typeof v === 'string') return v.trim() === '';
  if (control === 'checkbox') return v !== true;
  if (Array.isArray(v)) return v.length === 0 || v.every((x) => x == null || x === '');
  if (typeof v === 'object') {
    const vals = Object.values(v as object);
    if (control === 'checkboxes') return !vals.some((b) => b === true);
    return vals.length === 0;
  }
  if (typeof v === 'number') return Number.isNaN(v);
  return false;
}

/** Reads a stored day/date/datetime value into calendar parts (null when not a real date). */
export function dateParts(control: Control | undefined, v: unknown, dayFirst?: boolean): { year: number; month: number; day: number } | null {
  if (typeof v !== 'string' || !v) return null;
  if (control === 'day') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{1,4})$/.exec(v);
    if (!m) return null;
    const a = Number(m[1]), b = Number(m[2]), year = Number(m[3]);
    const [day, month] = dayFirst ? [a, b] : [b, a];
    return realDate(year, month, day) ? { year, month, day } : null;
  }
  const p = parseAnyDate(v);
  return p && realDate(p.year, p.month, p.day) ? p : null;
}

export function isoDay(p: { year: number; month: number; day: number }): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `"10MB"`, `"500 KB"`, `"1.5GB"`, `2048` → bytes. */
export function parseSize(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([KMGT]?)I?B?\s*$/i.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 }[m[2]!.toUpperCase() as '' | 'K'];
  return Math.round(n * unit);
}

/** Whether a file matches an `accept`-like pattern (`.pdf,image/*`). Empty/`*` accepts all. */
export function acceptsFile(accept: string | undefined, file: { name?: unknown; type?: unknown }): boolean {
  const parts = (accept ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!parts.length || parts.includes('*')) return true;
  const name = String(file.name ?? '').toLowerCase();
  const type = String(file.type ?? '').toLowerCase();
  return parts.some((p) => {
    if (p.startsWith('.')) return name.endsWith(p);
    if (p.endsWith('/*')) return type.startsWith(p.slice(0, -1));
    if (p.includes('/')) return type === p;
    return name.endsWith(`.${p}`);
  });
}
