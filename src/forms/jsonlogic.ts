/**
 * A small, whitelisted JSONLogic evaluator (jsonlogic.com semantics) for `conditional.json` and
 * `validate.json`. No `eval`: unknown operators make the rule *unsupported* (reported by the lint,
 * the engine falls back to "visible"/"valid, the server decides"), per form-engines.md §5.5.
 */
export type Logic = unknown;

export class UnsupportedLogic extends Error {
  constructor(readonly operator: string) {
    super(`Unsupported JSONLogic operator "${operator}"`);
  }
}

type Reader = (path: string) => unknown;
type Op = (args: unknown[], ctx: unknown, read: Reader) => unknown;

export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return !!v;
}

function looseEq(a: unknown, b: unknown): boolean {
  // JavaScript `==` without object identity surprises: JSONLogic defines == as JS loose equality.
  if (a === b) return true;
  if (a == null || b == null) return a == null && b == null;
  if (typeof a === 'object' || typeof b === 'object') return String(a) === String(b);
  // eslint-disable-next-line eqeqeq
  return a == b;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

const DAY = 86_400_000;

function toDate(v: unknown): Date | null {
  if (v instanceof Date) return v;
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}

function relativeDate(days: unknown, sign: 1 | -1): string {
  const n = num(days);
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return new Date(d.getTime() + sign * (Number.isFinite(n) ? n : 0) * DAY).toISOString();
}

/** Reads a dotted path (`data.a.b`, `row.c`, `value`) from the context; numbers index arrays. */
export function readVar(ctx: unknown, path: unknown, fallback: unknown = null): unknown {
  if (path === null || path === undefined || path === '') return ctx;
  const segs = String(path).split('.');
  let cur: unknown = ctx;
  for (const s of segs) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return fallback;
    if (!Object.prototype.hasOwnProperty.call(cur, s)) return fallback;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur === undefined ? fallback : cur;
}

// Operators that receive raw (unevaluated) arguments.
const LAZY = new Set(['if', '?:', 'and', 'or', 'some', 'all', 'none', 'map', 'filter', 'reduce']);

const OPS: Record<string, Op> = {
  '==': ([a, b]) => looseEq(a, b),
  '===': ([a, b]) => a === b,
  '!=': ([a, b]) => !looseEq(a, b),
  '!==': ([a, b]) => a !== b,
  '!': ([a]) => !truthy(a),
  '!!': ([a]) => truthy(a),
  '<': ([a, b, c]) => (c === undefined ? num(a) < num(b) : num(a) < num(b) && num(b) < num(c)),
  '<=': ([a, b, c]) => (c === undefined ? num(a) <= num(b) : num(a) <= num(b) && num(b) <= num(c)),
  '>': ([a, b]) => num(a) > num(b),
  '>=': ([a, b]) => num(a) >= num(b),
  '+': (args) => args.reduce<number>((s, x) => s + num(x), 0),
  '*': (args) => args.reduce<number>((s, x) => s * num(x), 1),
  '-': ([a, b]) => (b === undefined ? -num(a) : num(a) - num(b)),
  '/': ([a, b]) => num(a) / num(b),
  '%': ([a, b]) => num(a) % num(b),
  min: (args) => Math.min(...args.map(num)),
  max: (args) => Math.max(...args.map(num)),
  cat: (args) => args.map((x) => (x == null ? '' : String(x))).join(''),
  substr: ([s, start, len]) => {
    const str = String(s ?? '');
    const st = num(start);
    const from = st < 0 ? Math.max(0, str.length + st) : st;
    if (len === undefined) return str.slice(from);
    const l = num(len);
    return l < 0 ? str.slice(from, str.length + l) : str.slice(from, from + l);
  },
  in: ([a, b]) => {
    if (typeof b === 'string') return b.includes(String(a));
    if (Array.isArray(b)) return b.some((x) => looseEq(x, a) && typeof x === typeof a) || b.includes(a);
    return false;
  },
  merge: (args) => args.flatMap((x) => (Array.isArray(x) ? x : [x])),
  var: ([p, fallback], _ctx, read) => {
    const v = read(p === null || p === undefined ? '' : String(p));
    return v === undefined || v === null ? fallback ?? null : v;
  },
  missing: (args, _ctx, read) => {
    const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
    return keys.filter((k) => {
      const v = read(String(k)) ?? null;
      return v === null || v === '' || (Array.isArray(v) && v.length === 0);
    });
  },
  missing_some: ([need, keys], _ctx, read) => {
    const list = Array.isArray(keys) ? keys : [];
    const missing = list.filter((k) => {
      const v = read(String(k)) ?? null;
      return v === null || v === '';
    });
    return list.length - missing.length >= num(need) ? [] : missing;
  },
  // Form.io additions (core src/utils/jsonlogic).
  getDate: ([d]) => toDate(d)?.toISOString() ?? null,
  relativeMinDate: ([days]) => relativeDate(days, -1),
  relativeMaxDate: ([days]) => relativeDate(days, 1),
};

export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([...Object.keys(OPS), ...LAZY]);

function isRule(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1;
}

const MAX_DEPTH = 200;

/**
 * Evaluates a rule. `reader` resolves `var` paths against the form (so conditions see effective
 * values); inside `some`/`all`/`map`… the item is the context and plain property reads apply.
 */
export function applyLogic(logic: Logic, ctx: unknown, depth = 0, reader?: Reader): unknown {
  if (depth > MAX_DEPTH) throw new UnsupportedLogic('depth');
  const read: Reader = reader ?? ((p) => readVar(ctx, p, null));
  const rec = (l: unknown) => applyLogic(l, ctx, depth + 1, read);
  if (Array.isArray(logic)) return logic.map(rec);
  if (!isRule(logic)) return logic;
  const op = Object.keys(logic)[0]!;
  let raw = logic[op];
  if (!Array.isArray(raw)) raw = [raw];
  const args = raw as unknown[];
  const next = depth + 1;
  switch (op) {
    case 'if':
    case '?:': {
      let i = 0;
      for (; i < args.length - 1; i += 2) if (truthy(rec(args[i]))) return rec(args[i + 1]);
      return i === args.length - 1 ? rec(args[i]) : null;
    }
    case 'and': {
      let v: unknown = true;
      for (const a of args) { v = rec(a); if (!truthy(v)) return v; }
      return v;
    }
    case 'or': {
      let v: unknown = false;
      for (const a of args) { v = rec(a); if (truthy(v)) return v; }
      return v;
    }
    case 'some':
    case 'all':
    case 'none':
    case 'map':
    case 'filter': {
      const list = rec(args[0]);
      const items = Array.isArray(list) ? list : [];
      const test = (x: unknown) => applyLogic(args[1], x, next);
      if (op === 'map') return items.map(test);
      if (op === 'filter') return items.filter((x) => truthy(test(x)));
      if (op === 'all') return items.length > 0 && items.every((x) => truthy(test(x)));
      if (op === 'some') return items.some((x) => truthy(test(x)));
      return !items.some((x) => truthy(test(x)));
    }
    case 'reduce': {
      const list = rec(args[0]);
      const items = Array.isArray(list) ? list : [];
      let acc = rec(args[2]);
      for (const current of items) acc = applyLogic(args[1], { current, accumulator: acc }, next);
      return acc;
    }
  }
  const fn = OPS[op];
  if (!fn) throw new UnsupportedLogic(op);
  return fn(args.map(rec), ctx, read);
}

/**
 * Static analysis: literal `var` paths read by a rule, and operators outside the whitelist.
 * `dynamicVars` is true when a `var` path is computed (dependencies cannot be known).
 */
export function analyzeLogic(logic: Logic): { vars: string[]; unsupported: string[]; dynamicVars: boolean } {
  const vars = new Set<string>();
  const unsupported = new Set<string>();
  let dynamicVars = false;
  // Inside some/all/map…, vars are relative to the item: they are not form references.
  const walk = (l: unknown, inItem: boolean, depth: number): void => {
    if (depth > MAX_DEPTH) { unsupported.add('depth'); return; }
    if (Array.isArray(l)) { l.forEach((x) => walk(x, inItem, depth + 1)); return; }
    if (!isRule(l)) return;
    const op = Object.keys(l)[0]!;
    const raw = (l as Record<string, unknown>)[op];
    const args = Array.isArray(raw) ? raw : [raw];
    if (!SUPPORTED_OPERATORS.has(op)) unsupported.add(op);
    if (op === 'var') {
      const p = args[0];
      if (typeof p === 'string' || typeof p === 'number') { if (!inItem) vars.add(String(p)); }
      else if (p !== undefined && p !== null) { dynamicVars = true; walk(p, inItem, depth + 1); }
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const keys = op === 'missing' ? (Array.isArray(args[0]) ? args[0] : args) : (Array.isArray(args[1]) ? args[1] : []);
      for (const k of keys as unknown[]) { if (typeof k === 'string' && !inItem) vars.add(k); else if (typeof k !== 'string') walk(k, inItem, depth + 1); }
      return;
    }
    if (['some', 'all', 'none', 'map', 'filter', 'reduce'].includes(op)) {
      walk(args[0], inItem, depth + 1);
      for (const a of args.slice(1)) walk(a, true, depth + 1);
      return;
    }
    for (const a of args) walk(a, inItem, depth + 1);
  };
  walk(logic, false, 0);
  return { vars: [...vars], unsupported: [...unsupported], dynamicVars };
}
