/**
 * A Form.io definition compiled once per `ParsedForm`, without its lint report: what the model and
 * the codec read. parse.ts adds the report (lint-report.ts); the wizard compiles here and builds the
 * report only to log it, in a chunk of its own (issue 15: not with the first step).
 */
import '../core/zod-config.js';
import { compile, type Compiled } from './compile.js';
import { inlineReferences } from './resolve.js';
import type { Locale } from '../i18n/locale.js';
import type { LintReport, ParseOptions, ParsedForm } from './types.js';

// The compiled templates stay private to the engine: consumers see only `ParsedForm`.
const COMPILED = new WeakMap<ParsedForm, Compiled>();

/** What a page decides on before it shows a form: the lint's verdict without its report. */
export interface FormFacts {
  /** Not a Form.io definition (lint `invalid-definition`): nothing to show. */
  invalid: boolean;
  /** The kit element that completes this form instead (lint `handledBy`). */
  handledBy?: string;
  /** How many components of each type (lint `types`). */
  types: Record<string, number>;
  /** How many findings the lint report lists (none: nothing to report). */
  findings: number;
}

export function factsOf(c: Compiled): FormFacts {
  const types: Record<string, number> = {};
  for (const t of c.all) types[t.type] = (types[t.type] ?? 0) + 1;
  const handledBy = c.findings.find((f) => f.code === 'needs-element')?.params?.element;
  return {
    invalid: c.findings.some((f) => f.code === 'invalid-definition'), types, findings: c.findings.length,
    ...(typeof handledBy === 'string' ? { handledBy } : {}),
  };
}

/**
 * Parses a Form.io definition (object or JSON string) as parse.ts does, with the lint's verdict
 * (`facts`) instead of its report: `lintReport(form)` builds that later. Never throws.
 */
export function parseFormLean(json: unknown, options: Pick<ParseOptions, 'subforms'> = {}): { form: ParsedForm; facts: FormFacts } {
  const { form, compiled } = compileForm(json, options);
  return { form, facts: factsOf(compiled) };
}

/** The lint report of a form parsed here, worded: its code and wording are a chunk of their own. */
export async function lintReport(form: ParsedForm, locale: Locale = 'it'): Promise<LintReport> {
  const { buildLintReport } = await import('./lint-report.js');
  return buildLintReport(compiledOf(form), locale);
}

/** Compiles a Form.io definition (object or JSON string). Never throws (see parse.ts). */
export function compileForm(json: unknown, options: Pick<ParseOptions, 'subforms'> = {}): { form: ParsedForm; compiled: Compiled } {
  let input = json;
  if (typeof json === 'string') {
    try { input = JSON.parse(json); } catch { input = null; }
  }
  // Inlined first: the parsed form's `json` is then whole, whatever reads it later.
  if (options.subforms) input = inlineReferences(input, options.subforms);
  const compiled = compile(input);
  const form: ParsedForm = Object.freeze({
    id: compiled.id,
    revision: compiled.revision,
    title: compiled.title,
    display: compiled.display,
    json: compiled.json,
  });
  COMPILED.set(form, compiled);
  return { form, compiled };
}

export function compiledOf(form: ParsedForm): Compiled {
  const c = COMPILED.get(form);
  if (c) return c;
  // A ParsedForm rebuilt by hand (e.g. structured-cloned): compile its json again.
  const fresh = compile(form.json);
  COMPILED.set(form, fresh);
  return fresh;
}
