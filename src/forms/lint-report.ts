/**
 * The lint report of a compiled form (form-engines.md §5.5), without its wording: the wizard parses
 * every form but shows the findings only to the ente editor, in the console, and only when there are
 * some, so it imports this module only then (compiled.ts `lintReport`, issue 15). The wording
 * (lint-messages.ts, its own chunk) is registered by `lint.ts` (`lintForm`, the editor's entry) or
 * loaded with `loadLintWording()`; until then a finding's message is its code.
 */
import type { Locale } from '../i18n/locale.js';
import type { Compiled } from './compile.js';
import { factsOf } from './compiled.js';
import type { lintMessages } from './lint-messages.js';
import type { LintIssue, LintReport } from './types.js';

const RANK = { error: 0, warning: 1, info: 2 } as const;

type Wording = typeof lintMessages;
let wording: Wording | undefined;

/** The findings' wording from now on (read when a message is, so earlier reports read it too). */
export function setLintWording(w: Wording): void {
  wording = w;
}

/** Loads the findings' wording (a chunk of its own); resolves either way: without it messages are codes. */
export async function loadLintWording(): Promise<void> {
  if (wording) return;
  try {
    setLintWording((await import('./lint-messages.js')).lintMessages);
  } catch {
    // The codes still say what was found.
  }
}

export function buildLintReport(compiled: Compiled, locale: Locale = 'it'): LintReport {
  const issues: LintIssue[] = compiled.findings.map((f) => {
    let msgKey: Parameters<Wording>[1] = f.code;
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
        return wording ? wording(locale, msgKey, params) : f.code;
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
