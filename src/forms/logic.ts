/**
 * The JSONLogic evaluator (jsonlogic.ts) behind a seam: only forms with a `conditional.json` or a
 * `validate.json` need it, so a page that parses forms can import it on demand (issue 15: the wizard
 * checks the fetched definition with `usesJsonLogic` and installs the module before `parseForm`).
 * `parseForm` and `lintForm` from the package index install it themselves (with-logic.ts).
 */
import type * as JsonLogic from './jsonlogic.js';

export type JsonLogicEngine = Pick<typeof JsonLogic, 'analyzeLogic' | 'applyLogic' | 'truthy' | 'UnsupportedLogic'>;

let engine: JsonLogicEngine | undefined;

/** Installs the evaluator (`undefined` forgets it: tests of a page that has not loaded it yet). */
export function installJsonLogic(e: JsonLogicEngine | undefined): void {
  engine = e;
}

export function hasJsonLogic(): boolean {
  return !!engine;
}

/** The installed evaluator; a form that uses JSONLogic parsed without it is a programming error. */
export function jsonLogic(): JsonLogicEngine {
  if (!engine) throw new Error('JSONLogic is not installed: installJsonLogic(await import(\'forms/jsonlogic.js\')) before parsing this form');
  return engine;
}

const isLogic = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && !(typeof v === 'object' && Object.keys(v).length === 0);

/**
 * True when a Form.io definition (or one of its nested forms) has a `json` rule under `conditional`
 * or `validate`, the only places the engine reads one. Errs on the side of true (any such key counts).
 */
export function usesJsonLogic(...definitions: unknown[]): boolean {
  const seen = new Set<object>();
  const walk = (v: unknown): boolean => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return false;
    seen.add(v);
    if (Array.isArray(v)) return v.some(walk);
    const o = v as Record<string, unknown>;
    for (const k of ['conditional', 'validate']) {
      const c = o[k];
      if (typeof c === 'object' && c !== null && isLogic((c as Record<string, unknown>).json)) return true;
    }
    return Object.values(o).some(walk);
  };
  return definitions.some((d) => {
    if (typeof d !== 'string') return walk(d);
    try { return walk(JSON.parse(d)); } catch { return false; }
  });
}
