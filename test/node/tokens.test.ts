// One token table (src/styles/token-table.ts) behind shadow and light DOM, and documented where an ente
// web editor looks: README's Theming table and each element's `cssProperties` in custom-elements.json
// (built from `@cssprop` JSDoc by the same analyzer `npm run analyze` runs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as analyzer from '@custom-elements-manifest/analyzer';
import { TOKENS } from '../../src/styles/token-table.js';
import { reach, tokensRead } from './element-sources.js';

// `create` and the analyzer's own TypeScript are exported at runtime but missing from its typings.
interface Declaration { tagName?: string; cssProperties?: Array<{ name: string }> }
const { create, ts } = analyzer as unknown as {
  create(o: { modules: unknown[] }): { modules: Array<{ declarations?: Declaration[] }> };
  ts: typeof import('typescript');
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = `${dir}/${name}`;
    return statSync(join(ROOT, p)).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const SRC = walk('src');
const TABLE = 'src/styles/token-table.ts';
const NAMES = new Set<string>(TOKENS.map((t) => t.name));
const BY_KEY = new Map(TOKENS.map((t) => [t.key, t.name]));
const sorted = (s: Iterable<string>) => [...new Set(s)].sort();

test('every --sdc-* property used in src/ is defined in the token table', () => {
  const undefinedHere: string[] = [];
  for (const f of SRC.filter((p) => p !== TABLE)) {
    for (const m of read(f).matchAll(/--sdc-[a-z0-9-]*[a-z0-9]/g)) if (!NAMES.has(m[0])) undefinedHere.push(`${f}: ${m[0]}`);
  }
  assert.deepEqual(undefinedHere, []);
});

test('every private --_ alias a stylesheet reads is a token of the table', () => {
  const unknown: string[] = [];
  for (const f of SRC) {
    for (const m of read(f).matchAll(/var\(--_(?:sdc-)?([a-z0-9-]+)/g)) if (!BY_KEY.has(m[1]!)) unknown.push(`${f}: --_${m[1]}`);
  }
  assert.deepEqual(unknown, []);
});

test('README’s Theming table lists exactly the tokens of the table', () => {
  const readme = read('README.md');
  const start = readme.indexOf('## Theming');
  assert.ok(start >= 0, 'README has a Theming section');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = [...section.matchAll(/^\| `(--sdc-[a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
  assert.deepEqual(sorted(rows), sorted(NAMES));
});

// ---- which element reads which token --------------------------------------------------------


const ELEMENTS = readdirSync(join(ROOT, 'src/elements'))
  .map((tag) => `src/elements/${tag}/${tag}.ts`)
  .filter((f) => { try { return statSync(join(ROOT, f)).isFile(); } catch { return false; } });

test('each element documents (@cssprop, in the manifest) exactly the tokens it reads', () => {
  assert.ok(ELEMENTS.length >= 10);
  const problems: string[] = [];
  for (const file of ELEMENTS) {
    const manifest = create({ modules: [ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true)] });
    const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName);
    if (!decl) { problems.push(`${file}: no @tag element in the manifest`); continue; }
    const documented = sorted((decl.cssProperties ?? []).map((c) => c.name));
    const reads = tokensRead(reach(file));
    const missing = reads.filter((n) => !documented.includes(n));
    const extra = documented.filter((n) => !reads.includes(n));
    if (missing.length) problems.push(`${decl.tagName} reads but does not document: ${missing.join(', ')}`);
    if (extra.length) problems.push(`${decl.tagName} documents but does not read: ${extra.join(', ')}`);
  }
  assert.deepEqual(problems, []);
});
