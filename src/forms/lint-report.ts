/**
 * The lint report of a compiled form (form-engines.md §5.5), worded (lint-messages.ts): the wizard
 * parses every form without it (compiled.ts `parseFormLean`) and shows the findings only to the ente
 * editor, in the console, when there are some: it imports this module, wording included, only then
 * (compiled.ts `lintReport`, issue 15). `parseForm` (parse.ts) and `lintForm` (lint.ts) build it at once.
 */
import type { Locale } from '../i18n/locale.js';
import type { Compiled } from './compile.js';
import { factsOf } from './compiled.js';
import { lintMessages as wording } from './lint-messages.js';
import type { LintIssue, LintReport } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export function buildLintReport(compiled: Compiled, locale: Locale = 'it'): LintReport {
  const issues: LintIssue[] = compiled.findings.map((f) => {
    let msgKey: Parameters<typeof wording>[1] = f.code;
    if (f.code === 'unsupported-type' && f.params?.partial === 1) msgKey = 'unsupported-type-partial';
    if (f.code === 'unsupported-type' && f.params?.partial === 2) msgKey = 'unsupported-type-button';
    if (f.code === 'js-code' && f.params?.prop === 'validate.custom') msgKey = 'js-code-validate';
    if (f.code === 'jsonlogic-operator' && f.params?.where === 'validate') msgKey = 'jsonlogic-operator-validate';
    if (f.code === 'js-code' && (f.params?.prop === 'calculateValue' || f.params?.prop === 'customDefaultValue')) msgKey = 'js-code-value';
    const params = { type: f.type ?? '', key: f.key ?? '', ...f.params };
    return {
      code: f.code, severity: f.severity, path: f.path,
      ...(f.key ? { key: f.key } : {}), ...(f.type ? { type: f.type } : {}),
      get message(): string {
        return wording(locale, msgKey, params);
      },
    };
  });
  issues.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const { types, handledBy } = factsOf(compiled);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    ok: errors === 0, errors, warnings: issues.filter((i) => i.severity === 'warning').length, issues, types,
    ...(handledBy ? { handledBy } : {}),
  };
}
