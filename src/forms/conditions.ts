/**
 * The three declarative condition formats (form-engines.md §1.3, §5.2):
 * legacy `{show, when, eq}`, simple `{show, conjunction, conditions[]}` and JSONLogic
 * `conditional.json`. Parsing extracts what a condition reads (for the dependency index);
 * evaluation gets values through an environment that returns *effective* values.
 */
import type { Conditional } from './schema.js';
import type { Control } from './types.js';
import type { Logic } from './jsonlogic.js';
import { jsonLogic } from './logic.js';
import { isEmptyValue } from './values.js';

export const OPERATORS = [
  'isEqual', 'isNotEqual', 'isEmpty', 'isNotEmpty', 'lessThan', 'greaterThan', 'lessThanOrEqual',
  'greaterThanOrEqual', 'includes', 'notIncludes', 'startsWith', 'endsWith', 'dateGreaterThan',
  'dateLessThan', 'dateGreaterThanOrEqual', 'dateLessThanOrEqual', 'isDateEqual', 'isNotDateEqual',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface CondEnv {
  /** Effective value of a referenced component (as written in the condition). */
  read(ref: string): unknown;
  /** Control of a referenced component (for type-aware emptiness). */
  control(ref: string): Control | undefined;
  /** JSONLogic var reader (`data.x`, `row.y`, `value`). */
  readVar(path: string): unknown;
}

interface SimpleCondition { component: string; operator: Operator; value: unknown }

export interface CondSpec {
  format: 'legacy' | 'simple' | 'json';
  /** Component references (legacy `when`, simple `conditions[].component`). */
  refs: string[];
  /** JSONLogic `var` paths. */
  vars: string[];
  /** JSONLogic operators outside the whitelist / simple operators not known. */
  unsupported: string[];
  /** A JSONLogic var path is computed: dependencies unknown. */
  dynamic: boolean;
  evaluate(env: CondEnv): boolean;
}

function showFlag(show: unknown): boolean {
  return !(show === false || show === 'false');
}

/** Form.io 4 legacy semantics (formio.js `checkSimpleConditional`). */
function legacyMatch(value: unknown, eq: unknown): boolean {
  const eqs = String(eq ?? '');
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, eqs)) {
    return String((value as Record<string, unknown>)[eqs]) === 'true';
  }
  if (Array.isArray(value)) return value.map((x) => String(x)).includes(eqs);
  return String(value ?? '') === eqs;
}

function toTime(v: unknown): number | null {
  if (v instanceof Date) return v.getTime();
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  if (typeof v === 'string') {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v.trim());
    if (m) return new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])).getTime();
    if (/^\d{4}-\d{2}-\d{2}$/.test(v.trim())) return new Date(`${v.trim()}T00:00:00`).getTime();
  }
  const t = new Date(v).getTime();
  return Number.isNaN(t) ? null : t;
}

function numeric(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** Form.io core `isEqual` operator: JSON-parses string comparands, reads selectboxes by key. */
function isEqual(value: unknown, compared: unknown): boolean {
  let cmp = compared;
  if ((value || value === false || value === 0) && typeof cmp === 'string' && typeof value !== 'string') {
    try { cmp = JSON.parse(cmp); } catch { /* keep the string */ }
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && cmp != null && typeof (value as Record<string, unknown>)[String(cmp)] === 'boolean') {
    return (value as Record<string, boolean>)[String(cmp)]!;
  }
  if (Array.isArray(value) && !Array.isArray(cmp)) return value.some((x) => isEqual(x, cmp));
  if (typeof value === 'number' && typeof cmp === 'string') return String(value) === cmp;
  return JSON.stringify(value ?? null) === JSON.stringify(cmp ?? null);
}

export function applyOperator(op: Operator, value: unknown, compared: unknown, control?: Control): boolean {
  switch (op) {
    case 'isEqual': return isEqual(value, compared);
    case 'isNotEqual': return !isEqual(value, compared);
    case 'isEmpty': return isEmptyValue(control, value);
    case 'isNotEmpty': return !isEmptyValue(control, value);
    case 'lessThan': case 'greaterThan': case 'lessThanOrEqual': case 'greaterThanOrEqual': {
      const a = numeric(value), b = numeric(compared);
      if (a === null || b === null) return false;
      return op === 'lessThan' ? a < b : op === 'greaterThan' ? a > b : op === 'lessThanOrEqual' ? a <= b : a >= b;
    }
    case 'includes': case 'notIncludes': {
      let inc = false;
      if (typeof value === 'string') inc = value.includes(String(compared ?? ''));
      else if (Array.isArray(value)) inc = value.some((x) => isEqual(x, compared));
      else if (value && typeof value === 'object') inc = (value as Record<string, unknown>)[String(compared)] === true;
      return op === 'includes' ? inc : !inc;
    }
    case 'startsWith': return typeof value === 'string' && value.startsWith(String(compared ?? ''));
    case 'endsWith': return typeof value === 'string' && value.endsWith(String(compared ?? ''));
    default: {
      const a = toTime(value), b = toTime(compared);
      if (a === null || b === null) return op === 'isNotDateEqual' && (a === null) !== (b === null);
      switch (op) {
        case 'dateGreaterThan': return a > b;
        case 'dateLessThan': return a < b;
        case 'dateGreaterThanOrEqual': return a >= b;
        case 'dateLessThanOrEqual': return a <= b;
        case 'isDateEqual': return a === b;
        case 'isNotDateEqual': return a !== b;
      }
      return false;
    }
  }
}

/** Parses a component's `conditional`. Returns null when it has no effect (no `when`, no conditions, no json). */
export function parseConditional(c: Conditional | undefined): CondSpec | null {
  if (!c) return null;
  const show = showFlag(c.show);
  if (c.json !== undefined && c.json !== null && c.json !== '' && !(typeof c.json === 'object' && Object.keys(c.json as object).length === 0)) {
    const logic = c.json as Logic;
    const { analyzeLogic, applyLogic, truthy } = jsonLogic();
    const a = analyzeLogic(logic);
    return {
      format: 'json', refs: [], vars: a.vars, unsupported: a.unsupported, dynamic: a.dynamicVars,
      evaluate(env) {
        // JSONLogic decides `show` itself (Form.io ignores `show` for json conditions).
        return truthy(applyLogic(logic, {}, 0, env.readVar));
      },
    };
  }
  if (Array.isArray(c.conditions) && c.conditions.length > 0 && c.show !== null && c.show !== undefined && c.show !== '') {
    const conds: SimpleCondition[] = [];
    const unsupported: string[] = [];
    for (const raw of c.conditions) {
      if (!raw || typeof raw !== 'object') continue;
      const r = raw as Record<string, unknown>;
      const component = typeof r.component === 'string' ? r.component : '';
      const operator = String(r.operator ?? '');
      if (!component) continue;
      if (!(OPERATORS as readonly string[]).includes(operator)) { unsupported.push(operator || '(none)'); continue; }
      conds.push({ component, operator: operator as Operator, value: r.value });
    }
    if (!conds.length) return unsupported.length ? { format: 'simple', refs: [], vars: [], unsupported, dynamic: false, evaluate: () => true } : null;
    const any = c.conjunction === 'any';
    return {
      format: 'simple', refs: [...new Set(conds.map((x) => x.component))], vars: [], unsupported, dynamic: false,
      evaluate(env) {
        const test = (x: SimpleCondition) => applyOperator(x.operator, env.read(x.component), x.value, env.control(x.component));
        const matched = any ? conds.some(test) : conds.every(test);
        return show ? matched : !matched;
      },
    };
  }
  if (typeof c.when === 'string' && c.when !== '' && c.show !== null && c.show !== undefined && c.show !== '') {
    const when = c.when;
    return {
      format: 'legacy', refs: [when], vars: [], unsupported: [], dynamic: false,
      evaluate(env) {
        const matched = legacyMatch(env.read(when), c.eq);
        return show ? matched : !matched;
      },
    };
  }
  return null;
}
