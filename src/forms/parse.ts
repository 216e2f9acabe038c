import '../core/zod-config.js';
import { compile, type Compiled } from './compile.js';
import { buildLintReport } from './lint-report.js';
import { inlineReferences } from './resolve.js';
import type { ParseOptions, ParseResult, ParsedForm } from './types.js';

// The compiled templates stay private to the engine: consumers see only `ParsedForm`.
const COMPILED = new WeakMap<ParsedForm, Compiled>();

/**
 * Parses a Form.io definition (object or JSON string). Never throws: garbage gives a form with no
 * steps and a lint report that says why.
 */
export function parseForm(json: unknown, options: ParseOptions = {}): ParseResult {
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
  return { form, lint: buildLintReport(compiled, options.locale ?? 'it') };
}

export function compiledOf(form: ParsedForm): Compiled {
  const c = COMPILED.get(form);
  if (c) return c;
  // A ParsedForm rebuilt by hand (e.g. structured-cloned): compile its json again.
  const fresh = compile(form.json);
  COMPILED.set(form, fresh);
  return fresh;
}
