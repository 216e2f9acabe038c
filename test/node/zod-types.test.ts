// CONTRIBUTING.md "zod": zod's core sits in the chunk every page loads, so a zod type used once
// anywhere in src/ costs every page its code (issue 15: catch + pipe + transform, used by the form
// engine alone, were ≈0.5 KB gzip on every page). A new one is a deliberate choice: add it here after
// `node bench/size.mjs` says what it costs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
  });
}

/** What the wire schemas need; `config` (jitless), `infer`/`ZodMiniType` (types only) cost nothing. */
const ALLOWED = new Set([
  'object', 'looseObject', 'catchall', 'array', 'union', 'optional', 'nullable', 'nullish',
  'string', 'number', 'boolean', 'unknown', 'refine', 'config', 'infer', 'ZodMiniType',
]);

test('src/ uses only the zod types the kit already ships (no catch, pipe, transform…)', () => {
  const used = new Map<string, Set<string>>();
  for (const file of walk(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!/from ['"]zod(\/mini)?['"]/.test(text)) continue;
    // `z.x` in code (TypeScript's parser: comments and strings do not count), types included.
    const visit = (node: ts.Node): void => {
      const name = ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'z' ? node.name.text
        : ts.isQualifiedName(node) && ts.isIdentifier(node.left) && node.left.text === 'z' ? node.right.text : undefined;
      if (name && !ALLOWED.has(name)) used.set(name, (used.get(name) ?? new Set()).add(relative(ROOT, file)));
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  }
  assert.deepEqual(Object.fromEntries([...used].map(([k, v]) => [k, [...v]])), {});
});
