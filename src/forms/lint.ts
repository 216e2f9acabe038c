/**
 * Schema lint for ente editors (form-engines.md §5.5): unsupported types/properties, JavaScript
 * strings, cycles, duplicate keys, missing labels, radios with many options…
 */
import type { Locale } from '../i18n/locale.js';
import { compile, type Compiled } from './compile.js';
import { lintMessages } from './lint-messages.js';
import type { LintIssue, LintReport } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function buildLintReport(compiled: Compiled, locale: Locale = 'it'): LintReport {
  const issues: LintIssue[] = compiled.findings.map((f) => {
    let msgKey: Parameters<typeof lintMessages>[1] = f.code;
    if (f.code === 'unsupported-type' && f.params?.partial === 1) msgKey = 'unsupported-type-partial';
    if (f.code === 'unsupported-type' && f.params?.partial === 2) msgKey = 'unsupported-type-button';
    if (f.code === 'js-code' && f.params?.prop === 'validate.custom') msgKey = 'js-code-validate';
    if (f.code === 'jsonlogic-operator' && f.params?.where === 'validate') msgKey = 'jsonlogic-operator-validate';
    if (f.code === 'js-code' && (f.params?.prop === 'calculateValue' || f.params?.prop === 'customDefaultValue')) msgKey = 'js-code-value';
    const params = { type: f.type ?? '', key: f.key ?? '', ...f.params };
    return {
      code: f.code, severity: f.severity, path: f.path,
      ...(f.key ? { key: f.key } : {}), ...(f.type ? { type: f.type } : {}),
      message: lintMessages(locale, msgKey, params),
    };
  });
  issues.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const types: Record<string, number> = {};
  for (const t of compiled.all) types[t.type] = (types[t.type] ?? 0) + 1;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const handledBy = compiled.findings.find((f) => f.code === 'needs-element')?.params?.element;
  return {
    ok: errors === 0, errors, warnings: issues.filter((i) => i.severity === 'warning').length, issues, types,
    ...(typeof handledBy === 'string' ? { handledBy } : {}),
  };
}

/** Lints a Form.io definition (object or JSON string). Never throws. */
export function lintForm(json: unknown, options: { locale?: Locale; subforms?: Record<string, unknown> } = {}): LintReport {
  let input = json;
  if (typeof json === 'string') {
    try { input = JSON.parse(json); } catch { input = null; }
  }
  return buildLintReport(compile(input, { subforms: options.subforms }), options.locale ?? 'it');
}
