import { compileForm } from './compiled.js';
import { buildLintReport } from './lint-report.js';
import type { ParseOptions, ParseResult } from './types.js';

export { compiledOf } from './compiled.js';

/**
 * Parses a Form.io definition (object or JSON string). Never throws: garbage gives a form with no
 * steps and a lint report that says why.
 */
export function parseForm(json: unknown, options: ParseOptions = {}): ParseResult {
  const { form, compiled } = compileForm(json, options);
  return { form, lint: buildLintReport(compiled, options.locale ?? 'it') };
}
