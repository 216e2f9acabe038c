import type { Attachment } from '../../domain/attachment.js';
import type { Page } from '../../domain/page.js';
import { parseNumberString, type FileWire } from '../schemas/common.js';

/** ISO string (or Unix seconds) → Date; anything unparsable → undefined, never an Invalid Date. */
export function toDate(v: string | number | null | undefined): Date | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  const d = typeof v === 'number' ? new Date(v * 1000) : new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * `16`, `"16.00"`, `"16,00"`, `"1.020,99"` → number; anything else (including `"1,020.99"`) → undefined.
 * Same rules as the `numberish` schema (schemas/common.ts), so what the schema lets through is read
 * the way it was validated, and unvalidated blobs (`payment_data`) are read the same way.
 */
export function toNumber(v: string | number | null | undefined): number | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  return parseNumberString(String(v));
}

export function toBool(v: boolean | number | null | undefined, fallback = false): boolean {
  return v === null || v === undefined ? fallback : Boolean(v);
}

/** Empty strings and nulls → undefined, so the domain has one "absent". */
export function opt(v: string | null | undefined): string | undefined {
  return v === null || v === undefined || v.trim() === '' ? undefined : v;
}

export function text(v: string | null | undefined): string {
  return v ?? '';
}

export function toAttachment(f: FileWire & { original_name?: string | null }): Attachment {
  const name = opt(f.name) ?? opt(f.originalName) ?? opt(f.original_name) ?? String(f.id);
  return {
    id: String(f.id),
    name,
    originalName: opt(f.originalName) ?? opt(f.original_name) ?? name,
    url: f.url ?? '',
    description: opt(f.description),
    mimeType: opt(f.mime_type) ?? opt(f.type),
    size: toNumber(f.size),
    createdAt: toDate(f.created_at),
    protocolRequired: f.protocol_required === null || f.protocol_required === undefined ? undefined : Boolean(f.protocol_required),
    protocolNumber: f.protocol_number === null || f.protocol_number === undefined ? undefined : String(f.protocol_number),
  };
}

type ListBody<T> = T[] | { data: T[]; meta?: { count?: number | string | null; total?: number | string | null; parameter?: { offset?: number | string | null; limit?: number | string | null } | null } | null };

/** Plain array or `{meta, links, data}` envelope → items. */
export function itemsOf<T>(body: ListBody<T>): T[] {
  return Array.isArray(body) ? body : body.data;
}

/** Plain array or envelope → a Page (a plain array is one complete page). */
export function pageOf<W, T>(body: ListBody<W>, map: (w: W) => T, requested: { offset?: number; limit?: number } = {}): Page<T> {
  const items = itemsOf(body).map(map);
  const offset = requested.offset ?? 0;
  if (Array.isArray(body)) return { items, total: offset + items.length, offset, limit: requested.limit ?? items.length };
  const meta = body.meta;
  const total = toNumber(meta?.count) ?? toNumber(meta?.total) ?? offset + items.length;
  return {
    items,
    total,
    offset: toNumber(meta?.parameter?.offset) ?? offset,
    limit: toNumber(meta?.parameter?.limit) ?? requested.limit ?? items.length,
  };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Any submission `data` → the v2 nested shape without Form.io `data` wrappers (opencity-api.md §4.3):
 * v1 flat dotted keys (`applicant.data.completename.data.name`) are nested, `{data: {...}}` wrappers of
 * nested forms are removed, PHP's `[]` for an empty map becomes `{}`.
 */
export function normalizeSubmissionData(data: unknown): Record<string, unknown> {
  if (!isPlainObject(data)) return {};
  const flat = Object.keys(data).some((k) => k.includes('.'));
  return unwrap(flat ? nestDotted(data) : data) as Record<string, unknown>;
}

function nestDotted(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    // v2 drops the `data` segments (never the last one, which would be a field called "data").
    const path = parts.filter((p, i) => !(p === 'data' && i < parts.length - 1));
    let node: Record<string, unknown> = root;
    path.forEach((p, i) => {
      if (i === path.length - 1) {
        node[p] = value;
      } else {
        if (!isPlainObject(node[p])) node[p] = {};
        node = node[p] as Record<string, unknown>;
      }
    });
  }
  return arraysFromIndexKeys(root) as Record<string, unknown>;
}

/** `{0: a, 1: b}` (from `grid.0.name` keys) → `[a, b]`. */
function arraysFromIndexKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(arraysFromIndexKeys);
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = arraysFromIndexKeys(v[k]);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => out[k]);
  }
  return out;
}

function unwrap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrap);
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  if (keys.includes('data') && isPlainObject(v.data) && keys.every((k) => k === 'data' || k === 'metadata' || k === 'state')) {
    return unwrap(v.data);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = unwrap(v[k]);
  return out;
}
