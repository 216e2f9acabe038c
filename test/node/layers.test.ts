// The layer rules of ARCHITECTURE.md §2 and CONTRIBUTING.md "Layout", checked over the import graph of
// src/ (every static, type-only and dynamic import, found by TypeScript's own pre-processor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
  });
}

/** A module of the graph: its path from the repository root (`src/ui/alert.ts`) or a package name (`lit`). */
interface Edge { from: string; to: string; spec: string }

const posix = (p: string) => p.split(sep).join('/');
const files = walk(SRC).map((f) => posix(relative(ROOT, f))).sort();

function resolveSpec(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const abs = posix(relative(ROOT, resolve(ROOT, dirname(from), spec)));
  return abs.replace(/\.js$/, '.ts');
}

const edges: Edge[] = files.flatMap((from) => {
  const info = ts.preProcessFile(readFileSync(join(ROOT, from), 'utf8'), true, true);
  return info.importedFiles.map((f) => ({ from, to: resolveSpec(from, f.fileName), spec: f.fileName }));
});
const importsOf = (file: string) => edges.filter((e) => e.from === file);

const layer = (path: string) => /^src\/([^/]+)\//.exec(path)?.[1] ?? (path.startsWith('src/') ? 'root' : 'package');
const elementOf = (path: string) => /^src\/elements\/([^/]+)\//.exec(path)?.[1];
const isLit = (to: string) => to === 'lit' || to.startsWith('lit/') || to.startsWith('@lit/') || to.startsWith('@lit-labs/');

function report(bad: Edge[]): string {
  return bad.map((e) => `  ${e.from} imports ${e.spec}`).join('\n');
}

/**
 * Violations accepted for a while (none today: every rule holds). An entry that no longer occurs fails
 * the test, so this list can only shrink.
 */
const PENDING = new Set<string>([]);
const pendingSeen = new Set<string>();
/** The edges that break a rule, minus the pending ones (remembered, to check none is stale). */
function violations(bad: Edge[]): Edge[] {
  return bad.filter((e) => {
    const key = `${e.from} imports ${e.spec}`;
    if (!PENDING.has(key)) return true;
    pendingSeen.add(key);
    return false;
  });
}

/** Every module `file` reaches, following imports inside src/ (packages are leaves). */
function closure(file: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length) {
    const cur = queue.shift()!;
    for (const e of importsOf(cur)) {
      if (seen.has(e.to)) continue;
      seen.set(e.to, [...seen.get(cur)!, e.to]);
      if (e.to.startsWith('src/')) queue.push(e.to);
    }
  }
  return seen;
}

test('the graph is read: every relative import resolves to a file in src/', () => {
  assert.ok(files.length > 50, 'src/ has files');
  const known = new Set(files);
  const dangling = edges.filter((e) => e.to.startsWith('src/') && !known.has(e.to));
  assert.deepEqual(dangling, [], `imports of files that do not exist:\n${report(dangling)}`);
});

test('domain/ and forms/ import no Lit, not even through another module, so they run anywhere', () => {
  const bad: string[] = [];
  for (const f of files.filter((p) => ['domain', 'forms'].includes(layer(p)))) {
    for (const [to, path] of closure(f)) if (isLit(to)) bad.push(`  ${path.join(' → ')}`);
  }
  assert.deepEqual(bad, [], `domain/forms reach Lit:\n${bad.join('\n')}`);
});

test('domain/ and forms/ do not touch the DOM', () => {
  // Identifiers of the page's globals, read by TypeScript's scanner (comments and strings do not count).
  // (`location` and `history` are domain words here: an office's location, a pratica's history.)
  const DOM = new Set(['document', 'window', 'customElements', 'HTMLElement', 'ShadowRoot', 'localStorage', 'sessionStorage', 'navigator']);
  const bad: string[] = [];
  for (const f of files.filter((p) => ['domain', 'forms'].includes(layer(p)))) {
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, readFileSync(join(ROOT, f), 'utf8'));
    let prev = ts.SyntaxKind.Unknown;
    for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
      // `x.document` is a property of something else, not the global.
      if (k === ts.SyntaxKind.Identifier && prev !== ts.SyntaxKind.DotToken && DOM.has(scanner.getTokenText())) bad.push(`  ${f}: ${scanner.getTokenText()}`);
      prev = k;
    }
  }
  assert.deepEqual(bad, [], `DOM globals in domain/forms:\n${bad.join('\n')}`);
});

test('domain/ and forms/ depend on nothing above them (api, controllers, ui, elements)', () => {
  const bad = violations(edges.filter((e) => ['domain', 'forms'].includes(layer(e.from)) && ['api', 'controllers', 'ui', 'elements', 'styles'].includes(layer(e.to))));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('api/ imports no screen: no ui/, elements/ or controllers/', () => {
  const bad = violations(edges.filter((e) => layer(e.from) === 'api' && ['ui', 'elements', 'controllers', 'styles'].includes(layer(e.to))));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('ui/ is presentational: it imports no api/ and no controllers/', () => {
  const bad = violations(edges.filter((e) => layer(e.from) === 'ui' && ['api', 'controllers', 'elements'].includes(layer(e.to))));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('controllers/ import no elements/', () => {
  const bad = violations(edges.filter((e) => layer(e.from) === 'controllers' && layer(e.to) === 'elements'));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('shipped code imports no mock (mocks/, msw)', () => {
  const bad = violations(edges.filter((e) => e.to.startsWith('mocks/') || e.to === 'msw' || e.to.startsWith('msw/') || /(^|\/)mocks\//.test(e.spec)));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('no element imports another element’s folder (define.ts may register the elements it is built from)', () => {
  const bad = violations(edges.filter((e) => {
    const a = elementOf(e.from);
    const b = elementOf(e.to);
    if (!a || !b || a === b) return false;
    // <sdc-area-personale> is made of the list, detail, payments, profile and meetings elements: its
    // define.ts registers them through their own public entry point, and nothing else crosses.
    return !(e.from === `src/elements/${a}/define.ts` && e.to === `src/elements/${b}/define.ts`);
  }));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('core/ and i18n/ are used by all and use none of the layers above them', () => {
  const bad = violations(edges.filter((e) => ['core', 'i18n'].includes(layer(e.from)) && ['api', 'controllers', 'ui', 'elements', 'forms'].includes(layer(e.to))));
  assert.deepEqual(bad, [], `\n${report(bad)}`);
});

test('zod is imported as a namespace, never `import { z }` (it defeats tree-shaking)', () => {
  const bad = files.filter((f) => /import\s*\{\s*z\b[^}]*\}\s*from\s*['"]zod/.test(readFileSync(join(ROOT, f), 'utf8')));
  assert.deepEqual(bad, []);
});

test('the pending violations listed above all still occur (remove the ones that are fixed)', () => {
  const stale = [...PENDING].filter((k) => !pendingSeen.has(k));
  assert.deepEqual(stale, [], 'fixed: delete them from PENDING in test/node/layers.test.ts');
});
