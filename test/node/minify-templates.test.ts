// The build's template minifier (scripts/minify-templates.ts): smaller CSS and HTML, same meaning,
// same lines (sourcemaps), and code outside the templates untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { minifyTemplates, minifyCss, minifyHtml, templateSegments } from '../../scripts/minify-templates.js';

test('css: comments and indentation go, strings and lines stay', () => {
  const src = "\n  :host { display: block; }\n  /* why */\n  .a, .b > c { content: 'a  ;  b'; margin: calc(1px + 2px) 0; }\n";
  const out = minifyCss(src);
  assert.equal(out, "\n:host{display:block}\n\n.a,.b > c{content:'a  ;  b';margin:calc(1px + 2px) 0}\n".replace('block}', 'block;}').replace('0}', '0;}'));
  assert.equal(out.split('\n').length, src.split('\n').length);
});

test('html: indentation goes, inline spaces and lines stay', () => {
  assert.equal(minifyHtml('<p>\n      <b>a</b> <i>b</i>\n    </p>'), '<p>\n<b>a</b> <i>b</i>\n</p>');
});

test('only css`` and html`` templates change, expressions and nested templates included', () => {
  const code = [
    'const re = /`[a-z]/g; const s = "`  x";',
    'const t = `keep   ${a}\n    this`;',
    'const c = css`\n  .x { color: red; }\n  ${unsafeCSS(y)}\n`;',
    'return html`<div>\n    ${ok ? html`<span>\n        yes</span>` : nothing}\n  </div>`;',
    'const p = html`<pre>\n  keep\n</pre>`;',
  ].join('\n');
  const out = minifyTemplates(code)!;
  assert.ok(out.includes('const re = /`[a-z]/g; const s = "`  x";'));
  assert.ok(out.includes('const t = `keep   ${a}\n    this`;'));
  assert.ok(out.includes('css`\n.x{color:red;}\n${unsafeCSS(y)}\n`'));
  assert.ok(out.includes('html`<div>\n${ok ? html`<span>\nyes</span>` : nothing}\n</div>`'));
  assert.ok(out.includes('html`<pre>\n  keep\n</pre>`'));
  assert.equal(out.split('\n').length, code.split('\n').length);
});

test('every source file keeps its lines and its templates count', () => {
  const files: string[] = [];
  const walk = (d: string) => readdirSync(d).forEach((f) => { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p); });
  walk('src');
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    const out = minifyTemplates(code) ?? code;
    assert.equal(out.split('\n').length, code.split('\n').length, f);
    assert.equal(templateSegments(out).length, templateSegments(code).length, f);
  }
});
