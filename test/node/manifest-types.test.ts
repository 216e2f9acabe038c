// The React JSX and Vue typings generated from the manifest (scripts/framework-types.mjs) compile against
// the kit's own classes and SdcEventMap, and type what an app writes: attributes, properties, event details.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT, analyzeManifest } from './manifest-support.js';
// @ts-expect-error: a plain .mjs script without declarations
import { elementsOf, jsx, vue, vscode } from '../../scripts/framework-types.mjs';

// Inside the repository so that `react`, `vue` and ../src resolve as they do for an app.
const OUT = join(ROOT, 'node_modules/.cache/sdc-framework-types');

interface Element { tagName: string; attributes?: Array<{ name: string }>; events?: Array<{ name: string }> }

const built = analyzeManifest<{ modules: unknown[] }>();
const manifest = () => built;

/** Type errors of `files` (name → source) compiled together, as a strict app would. */
function diagnostics(files: Record<string, string>): string[] {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const names = Object.entries(files).map(([name, source]) => { writeFileSync(join(OUT, name), source); return join(OUT, name); });
  const program = ts.createProgram(names, {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, skipLibCheck: true,
    experimentalDecorators: true, useDefineForClassFields: false, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [],
  });
  return ts.getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(OUT))
    .map((d) => `${d.file!.fileName.slice(OUT.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const SRC = '../../../src/index.js';

test('the generated typings cover every element of the manifest, its attributes and events', () => {
  const elements = elementsOf(manifest()) as Element[];
  assert.ok(elements.length >= 15);
  const react = jsx(elements, SRC) as string;
  const data = vscode(elements) as { tags: Array<{ name: string; attributes: Array<{ name: string }> }> };
  for (const el of elements) {
    assert.ok(react.includes(`"${el.tagName}": SdcBase<`), el.tagName);
    const tag = data.tags.find((t) => t.name === el.tagName)!;
    assert.deepEqual(tag.attributes.map((a) => a.name), (el.attributes ?? []).map((a) => a.name));
    for (const e of el.events ?? []) assert.ok(react.includes(`"on${e.name}"?: (event: CustomEvent<SdcEventMap["${e.name}"]>`), `${el.tagName} ${e.name}`);
  }
});

test('React 19 JSX and Vue typings compile, type event details and reject unknown attributes', () => {
  const elements = elementsOf(manifest());
  const problems = diagnostics({
    'jsx.d.ts': jsx(elements, SRC),
    'vue.d.ts': vue(elements, SRC),
    'app.tsx': `import type {} from './jsx.js';
import type { GlobalComponents } from 'vue';
import type {} from './vue.js';
export const list = <sdc-service-list base-url="/lang" service-url="/s?id={identifier}"
  onsdc-service-filter={(e) => { const q: string = e.detail.q; void q; }} />;
export const card = <sdc-service-card serviceId="accesso-atti" no-feedback onsdc-service-loaded={(e) => e.detail.service.name} />;
export const wizard = <sdc-pratica-wizard checkout-target="self" onsdc-submitted={(e) => e.detail.pratica.id} />;
// @ts-expect-error: not a property of the list (TypeScript lets any hyphenated name through, as for data-*)
export const wrong = <sdc-service-list servceUrl="/x" />;
// @ts-expect-error: only 'blank' or 'self'
export const wrongValue = <sdc-pratica-wizard checkout-target="popup" />;
type Card = GlobalComponents['sdc-service-card'];
export const vueCard: Card | undefined = undefined;
`,
  });
  assert.deepEqual(problems, []);
});
