/**
 * Options of Form.io choice components read from items (select `dataSrc: "json"` and `"url"`):
 * `selectValues` (where the list is in the answer), `valueProperty`, and the `template` subset
 * `{{ item.path }}` — interpolated by reading the path, never evaluated; HTML tags are dropped, so
 * `<span>{{ item.name }}</span>` gives the name as plain text.
 */
import type { Option } from './types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `a.b.0.c` read from an object; undefined when any step is missing. */
export function readPath(o: unknown, path: string): unknown {
  return path.split('.').filter(Boolean).reduce<unknown>((x, k) => (x !== null && typeof x === 'object' ? (x as Json)[k] : undefined), o);
}

const TAG = /<[^>]*>/g;
const EXPR = /\{\{\s*([^{}]*?)\s*\}\}/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/**
 * The label of `item` by a Form.io item template. Only `item` and `item.path` expressions are read;
 * anything else (`item.a + item.b`, function calls) yields undefined, so the caller falls back.
 */
export function renderItemTemplate(template: string, item: unknown): string | undefined {
  let ok = true;
  const text = template.replace(TAG, '').replace(EXPR, (_, expr: string) => {
    const m = /^item(?:\.([\w$.]+))?$/.exec(expr.trim());
    if (!m) { ok = false; return ''; }
    const v = m[1] ? readPath(item, m[1]) : item;
    if (v === undefined || v === null || typeof v === 'object') { ok = false; return ''; }
    return String(v);
  }).replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e).replace(/\s+/g, ' ').trim();
  return ok && text !== '' ? text : undefined;
}

export interface ItemOptionsSpec {
  selectValues?: string | undefined;
  valueProperty?: string | undefined;
  template?: string | undefined;
}

/** Items (an answer, or `data.json`) → options; items without a usable value are skipped. */
export function optionsFromItems(body: unknown, spec: ItemOptionsSpec): Option[] {
  const items = spec.selectValues ? readPath(body, spec.selectValues) : isObj(body) && !spec.selectValues ? firstArray(body) : body;
  if (!Array.isArray(items)) return [];
  const out: Option[] = [];
  for (const item of items) {
    const value = spec.valueProperty ? readPath(item, spec.valueProperty)
      : isObj(item) ? item.value ?? item.id ?? item : item;
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      // Form.io stores the whole item when there is no valueProperty; we need a scalar to submit and compare.
      if (!isObj(value)) continue;
    }
    const scalar = isObj(value) ? (value.id ?? value.value) : value;
    if (!['string', 'number', 'boolean'].includes(typeof scalar)) continue;
    const label = (spec.template ? renderItemTemplate(spec.template, item) : undefined)
      ?? (isObj(item) ? (item.label ?? item.name ?? item.title) : item);
    out.push({ value: scalar as string | number | boolean, label: String(label ?? scalar) });
  }
  return out;
}

/** An envelope (`{data: [...]}`, `{items: [...]}`) without `selectValues`: its one list. */
function firstArray(body: Json): unknown {
  for (const k of ['data', 'items', 'results']) if (Array.isArray(body[k])) return body[k];
  return body;
}

/** Request headers of a URL select (`data.headers: [{key, value}]`), blank ones dropped. */
export function headersOf(data: unknown): Record<string, string> | undefined {
  const list = isObj(data) && Array.isArray(data.headers) ? data.headers : [];
  const out: Record<string, string> = {};
  for (const h of list) {
    if (isObj(h) && typeof h.key === 'string' && h.key.trim() && typeof h.value === 'string') out[h.key.trim()] = h.value;
  }
  return Object.keys(out).length ? out : undefined;
}
