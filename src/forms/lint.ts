/**
 * Schema lint for ente editors (form-engines.md §5.5): unsupported types/properties, JavaScript
 * strings, cycles, duplicate keys, missing labels, radios with many options…
 */
import type { Locale } from '../i18n/locale.js';
import { compile } from './compile.js';
import { lintMessages } from './lint-messages.js';
import { buildLintReport, setLintWording } from './lint-report.js';
import type { LintReport } from './types.js';

export { buildLintReport };

// The editor's entry comes with the wording; a page that only parses forms (the wizard) loads it
// when there is something to say (lint-report.ts).
setLintWording(lintMessages);

/** Lints a Form.io definition (object or JSON string). Never throws. */
export function lintForm(json: unknown, options: { locale?: Locale; subforms?: Record<string, unknown> } = {}): LintReport {
  let input = json;
  if (typeof json === 'string') {
    try { input = JSON.parse(json); } catch { input = null; }
  }
  return buildLintReport(compile(input, { subforms: options.subforms }), options.locale ?? 'it');
}
