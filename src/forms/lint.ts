/**
 * Schema lint for ente editors (form-engines.md §5.5): unsupported types/properties, JavaScript
 * strings, cycles, duplicate keys, missing labels, radios with many options…
 */
import type { Locale } from '../i18n/locale.js';
import { compile } from './compile.js';
import { buildLintReport } from './lint-report.js';
import type { LintReport } from './types.js';

export { buildLintReport };

/** Lints a Form.io definition (object or JSON string). Never throws. */
export function lintForm(json: unknown, options: { locale?: Locale; subforms?: Record<string, unknown> } = {}): LintReport {
  let input = json;
  if (typeof json === 'string') {
    try { input = JSON.parse(json); } catch { input = null; }
  }
  return buildLintReport(compile(input, { subforms: options.subforms }), options.locale ?? 'it');
}
