/**
 * `parseForm` and `lintForm` with the JSONLogic evaluator always at hand: the package's API (index.ts),
 * the editor's lint and the Riepilogo of a sent pratica. The wizard parses with ./parse.ts and imports
 * the evaluator only for a form that uses it (logic.ts).
 */
import * as engine from './jsonlogic.js';
import { installJsonLogic } from './logic.js';
import { lintForm as lintLean } from './lint.js';
import { parseForm as parseLean } from './parse.js';
import type { LintReport, ParseOptions, ParseResult } from './types.js';

/** Parses a Form.io definition (object or JSON string). Never throws (see parse.ts). */
export function parseForm(json: unknown, options: ParseOptions = {}): ParseResult {
  installJsonLogic(engine);
  return parseLean(json, options);
}

/** Lints a Form.io definition (object or JSON string). Never throws (see lint.ts). */
export function lintForm(json: unknown, options: Parameters<typeof lintLean>[1] = {}): LintReport {
  installJsonLogic(engine);
  return lintLean(json, options);
}
