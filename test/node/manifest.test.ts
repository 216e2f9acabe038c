// custom-elements.json is what an editor's IDE, Storybook's Docs tables and the JSX/Vue typings read
// (scripts/framework-types.mjs). It is built from the class JSDoc and SdcEventMap by `npm run analyze`;
// this test runs that same command and fails when something public is missing from it: an element, an
// attribute, an event (with its detail type), a part it renders or a `--sdc-*` property it reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { reach, tokensRead } from './element-sources.js';
import { ROOT, analyzeManifest } from './manifest-support.js';

interface Doc { name: string; description?: string; type?: { text: string } }
interface Declaration {
  kind: string; name: string; tagName?: string; customElement?: boolean; summary?: string; description?: string;
  attributes?: Doc[]; events?: Doc[]; cssProperties?: Doc[]; cssParts?: Doc[]; slots?: Doc[];
}
interface Manifest { modules: Array<{ path: string; declarations?: Declaration[] }> }

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const posix = (p: string) => p.split(sep).join('/');

const manifest = analyzeManifest<Manifest>();
const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));

const TAGS = readdirSync(join(ROOT, 'src/elements')).filter((tag) => {
  try { return statSync(join(ROOT, `src/elements/${tag}/${tag}.ts`)).isFile(); } catch { return false; }
});
const elementOf = (tag: string) => declarations.find((d) => d.tagName === tag);

// ---- what an element's code uses --------------------------------------------------------------

const matches = (files: string[], re: RegExp) => new Set(files.flatMap((f) => [...read(f).matchAll(re)].map((m) => m[1]!)));
/** `part="…"` names in a source text. */
const partsIn = (source: string) => [...source.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]!);
/**
 * The parts an element renders: `part="…"` in its own folder, and in the shared functions (src/ui/…) its
 * folder imports (importing `statusTagStyles` or `renderErrorSummary` renders no status tag).
 */
function partsRendered(tag: string): Set<string> {
  const folder = readdirSync(join(ROOT, `src/elements/${tag}`)).map((f) => `src/elements/${tag}/${f}`);
  const parts = new Set(folder.flatMap((f) => partsIn(read(f))));
  for (const f of folder) {
    for (const m of read(f).matchAll(/import\s*\{([^}]*)\}\s*from\s*'(\.\.\/[^']+)'/g)) {
      const shared = posix(relative(ROOT, resolve(ROOT, dirname(f), m[2]!))).replace(/\.js$/, '.ts');
      if (shared.startsWith('src/elements/')) continue;
      const names = new Set(m[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')));
      // Each exported function owns the parts up to the next export.
      for (const chunk of read(shared).split(/(?=^export )/m)) {
        const fn = /^export (?:async )?function (\w+)/.exec(chunk)?.[1];
        if (fn && names.has(fn)) for (const p of partsIn(chunk)) parts.add(p);
      }
    }
  }
  return parts;
}
const isLightDom = (file: string) => /createRenderRoot\(\)[^{]*\{\s*return this;/.test(read(file));

// ---- the checks -------------------------------------------------------------------------------

test('every element is in the manifest with a summary and a description', () => {
  assert.ok(TAGS.length >= 15, `found ${TAGS.length} element folders`);
  const problems = TAGS.flatMap((tag) => {
    const d = elementOf(tag);
    if (!d) return [`${tag}: not in the manifest (no @tag?)`];
    return [
      ...(d.summary?.trim() ? [] : [`${tag}: no @summary`]),
      ...(d.description?.trim() ? [] : [`${tag}: no description (free text before the JSDoc tags)`]),
    ];
  });
  assert.deepEqual(problems, []);
});

test('every attribute an element declares is in the manifest, with a description', () => {
  const problems: string[] = [];
  for (const tag of TAGS) {
    const d = elementOf(tag);
    if (!d) continue;
    const documented = new Map((d.attributes ?? []).map((a) => [a.name, a]));
    // Attributes named in the element's own `@property({ attribute: '…' })` and in SdcElement's.
    const declared = matches([`src/elements/${tag}/${tag}.ts`, 'src/core/sdc-element.ts'], /attribute:\s*'([a-z][a-z0-9-]*)'/g);
    for (const name of declared) if (!documented.has(name)) problems.push(`${tag}: attribute ${name} is not in the manifest`);
    for (const a of documented.values()) if (!a.description?.trim()) problems.push(`${tag}: attribute ${a.name} has no description`);
  }
  assert.deepEqual(problems, []);
});

test('every event an element fires is documented with its detail type', () => {
  const problems: string[] = [];
  for (const tag of TAGS) {
    const d = elementOf(tag);
    if (!d) continue;
    const folder = readdirSync(join(ROOT, `src/elements/${tag}`)).map((f) => `src/elements/${tag}/${f}`);
    const fired = matches(folder, /emit\(\s*'(sdc-[a-z-]+)'/g);
    const documented = new Map((d.events ?? []).map((e) => [e.name, e]));
    for (const name of fired) if (!documented.has(name)) problems.push(`${tag}: fires ${name} without @event`);
    for (const e of documented.values()) {
      if (!e.description?.trim()) problems.push(`${tag}: event ${e.name} has no description`);
      if (!/^CustomEvent<.+>$/.test(e.type?.text ?? '')) problems.push(`${tag}: event ${e.name} has no detail type (declare it in SdcEventMap)`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every --sdc-* property an element reads (its styles and the shared styles it uses) is documented', () => {
  const problems: string[] = [];
  for (const tag of TAGS) {
    const d = elementOf(tag);
    if (!d) continue;
    const documented = new Map((d.cssProperties ?? []).map((c) => [c.name, c]));
    for (const name of tokensRead(reach(`src/elements/${tag}/${tag}.ts`))) {
      if (!documented.has(name)) problems.push(`${tag}: reads ${name} without @cssprop`);
    }
    for (const c of documented.values()) if (!c.description?.trim()) problems.push(`${tag}: ${c.name} has no description`);
  }
  assert.deepEqual(problems, []);
});

test('every part a shadow-DOM element renders is documented, and parts and slots have descriptions', () => {
  const problems: string[] = [];
  for (const tag of TAGS) {
    const d = elementOf(tag);
    const file = `src/elements/${tag}/${tag}.ts`;
    if (!d) continue;
    const documented = new Map((d.cssParts ?? []).map((p) => [p.name, p]));
    if (!isLightDom(file)) {
      for (const name of partsRendered(tag)) if (!documented.has(name)) problems.push(`${tag}: renders part ${name} without @csspart`);
    }
    for (const p of [...documented.values(), ...(d.slots ?? [])]) if (!p.description?.trim()) problems.push(`${tag}: ${p.name || 'default slot'} has no description`);
  }
  assert.deepEqual(problems, []);
});
