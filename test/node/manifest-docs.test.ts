// What editors copy must work: every `<sdc-…>` attribute in the snippets of README.md, docs/ and the
// Storybook pages exists on that element (custom-elements.json), and the CDN snippet pins this version,
// with the same URL in README and in Storybook's introduction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, analyzeManifest } from './manifest-support.js';

interface Manifest { modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }> }

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const filesIn = (dir: string, ext: string): string[] => readdirSync(join(ROOT, dir), { withFileTypes: true })
  .flatMap((d) => (d.isDirectory() ? filesIn(`${dir}/${d.name}`, ext) : d.name.endsWith(ext) ? [`${dir}/${d.name}`] : []));

const DOCS = ['README.md', ...filesIn('docs', '.md'), ...filesIn('stories', '.mdx')];
/** Attributes any element takes from HTML itself. */
const GLOBAL = new Set(['id', 'class', 'style', 'hidden', 'lang', 'dir', 'slot', 'title', 'tabindex', 'part', 'exportparts']);

test('every attribute of an sdc element in the documentation snippets exists', () => {
  const manifest = analyzeManifest<Manifest>();
  const attrs = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)
    .map((d) => [d.tagName!, new Set((d.attributes ?? []).map((a) => a.name))]));
  const problems: string[] = [];
  let checked = 0;
  for (const file of DOCS) {
    for (const block of read(file).matchAll(/```html\n([\s\S]*?)```/g)) {
      for (const tag of block[1]!.matchAll(/<(sdc-[a-z-]+)(\s[^>]*)?>/g)) {
        const known = attrs.get(tag[1]!);
        if (!known) { problems.push(`${file}: <${tag[1]}> is not an element of the kit`); continue; }
        for (const a of (tag[2] ?? '').replace(/"[^"]*"|'[^']*'/g, '').matchAll(/([a-z][a-z0-9-]*)(?==|\s|$)/g)) {
          checked++;
          if (!known.has(a[1]!) && !GLOBAL.has(a[1]!) && !a[1]!.startsWith('data-') && !a[1]!.startsWith('aria-')) problems.push(`${file}: <${tag[1]}> has no attribute ${a[1]}`);
        }
      }
    }
  }
  assert.ok(checked > 40, `only ${checked} attributes found in the snippets`);
  assert.deepEqual(problems, []);
});

test('the CDN snippet pins this version, with integrity, and Storybook shows the same URL', () => {
  const { version } = JSON.parse(read('package.json')) as { version: string };
  const url = `https://unpkg.com/sdc-widgets@${version}/dist/cdn/sdc-widgets.js`;
  for (const file of ['README.md', 'stories/Introduzione.mdx']) {
    const tags = [...read(file).matchAll(/<script type="module" src="([^"]+)"([^>]*)>/g)];
    assert.ok(tags.length > 0, `${file} has a CDN snippet`);
    for (const [, src, rest] of tags) {
      assert.equal(src, url, `${file}: the snippet pins sdc-widgets@${version}`);
      assert.match(rest!, /integrity="sha384-[^"]+"\s+crossorigin="anonymous"/, `${file}: integrity and crossorigin`);
    }
  }
});

test('package.json points IDEs at the manifest and ships the typings', () => {
  const pkg = JSON.parse(read('package.json')) as { customElements: string; exports: Record<string, unknown> };
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.exports['./jsx'], { types: './dist/types/jsx.d.ts' });
  assert.deepEqual(pkg.exports['./vue'], { types: './dist/types/vue.d.ts' });
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
});
