import type { Page } from '../../domain/page.js';
import { parseNumberString } from '../schemas/common.js';

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
