/**
 * Data paths: `applicant.data.fiscal_code.data.fiscal_code`, `children[1].name`.
 * Segments are strings (object keys) or numbers (array indexes).
 */
export type Segment = string | number;

const cache = new Map<string, Segment[]>();

export function parsePath(path: string): Segment[] {
  let segs = cache.get(path);
  if (segs) return segs;
  segs = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const re = /([^[\]]+)|\[(\d+)\]/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(part))) segs.push(m[1] !== undefined ? m[1] : Number(m[2]));
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(path, segs);
  return segs;
}

export function joinPath(prefix: string, rel: string): string {
  if (!prefix) return rel;
  if (!rel) return prefix;
  return `${prefix}.${rel}`;
}

/** `a[2].b[0]` → `a[2].b`: the grid path of a row path. */
export function gridOfRow(rowPath: string): string {
  return rowPath.replace(/\[\d+\]$/, '');
}

function isRecord(v: unknown): v is Record<string | number, unknown> {
  return typeof v === 'object' && v !== null;
}

export function getIn(root: unknown, segs: readonly Segment[]): unknown {
  let cur: unknown = root;
  for (const s of segs) {
    if (!isRecord(cur)) return undefined;
    if (typeof s === 'number' && !Array.isArray(cur)) return undefined;
    // Own properties only: a key named "constructor" or "__proto__" must not reach the prototype.
    if (!Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

export function getPath(root: unknown, path: string): unknown {
  return getIn(root, parsePath(path));
}

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** Sets a value, creating objects/arrays on the way. Returns false when the path is unsafe. */
export function setIn(root: Record<string, unknown>, segs: readonly Segment[], value: unknown): boolean {
  if (segs.length === 0) return false;
  let cur: Record<string | number, unknown> = root;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i]!;
    if (typeof s === 'string' && FORBIDDEN.has(s)) return false;
    let next = Object.prototype.hasOwnProperty.call(cur, s) ? cur[s] : undefined;
    if (!isRecord(next)) {
      next = typeof segs[i + 1] === 'number' ? [] : {};
      cur[s] = next;
    }
    cur = next as Record<string | number, unknown>;
  }
  const last = segs[segs.length - 1]!;
  if (typeof last === 'string' && FORBIDDEN.has(last)) return false;
  cur[last] = value;
  return true;
}

export function deleteIn(root: unknown, segs: readonly Segment[]): void {
  if (segs.length === 0) return;
  const parent = getIn(root, segs.slice(0, -1));
  if (!isRecord(parent)) return;
  const last = segs[segs.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') return; // rows are removed with removeRow
  delete (parent as Record<string | number, unknown>)[last];
}

/** Deep copy of JSON-like data (structuredClone would also copy non-JSON junk; this keeps it plain). */
export function cloneData<T>(v: T): T {
  if (Array.isArray(v)) return v.map(cloneData) as T;
  if (isRecord(v)) {
    if (v instanceof Date) return new Date(v.getTime()) as T;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = cloneData((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}

/** Structural equality for JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ka = Object.keys(a as object), kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** `applicant.data.x[2].y` → `f-applicant-data-x-2-y` (a DOM id). */
export function pathToId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '')}`;
}
