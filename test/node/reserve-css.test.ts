// README's "Pagine dell'ente" block is the CSS a page pastes in its <head>: it must reserve exactly what
// reserveSpace() adopts (src/core/reserve-styles.ts), rule for rule, so the page and the loader agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reserveCss } from '../../src/core/reserve-styles.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Flat CSS (one @layer, one @media) → "media|selector|property" → value, selector lists split. */
function rules(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@layer\s+sdc\s*\{/, '');
  const walk = (text: string, media: string) => {
    const re = /([^{}]+)\{([^{}]*)\}/g;
    for (const m of text.matchAll(re)) {
      for (const sel of m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean)) {
        for (const decl of m[2]!.split(';').map((d) => d.trim()).filter(Boolean)) {
          const [prop, ...v] = decl.split(':');
          out.set(`${media}|${sel}|${prop!.trim()}`, v.join(':').trim());
        }
      }
    }
  };
  const at = body.indexOf('@media');
  if (at < 0) { walk(body, ''); return out; }
  const open = body.indexOf('{', at);
  let depth = 1, i = open + 1;
  for (; i < body.length && depth; i++) depth += body[i] === '{' ? 1 : body[i] === '}' ? -1 : 0;
  walk(body.slice(0, at) + body.slice(i), '');
  walk(body.slice(open + 1, i - 1), body.slice(at, open).trim());
  return out;
}

test('README reserve CSS matches reserveCss()', () => {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf("## Pagine dell'ente"));
  const block = /```html\n<style>\n([\s\S]*?)<\/style>\n```/.exec(section);
  assert.ok(block, 'README has the <style> block');
  const expected = rules(reserveCss());
  assert.ok(expected.size > 30, `parsed ${expected.size} declarations`);
  assert.deepEqual(Object.fromEntries([...rules(block[1]!)].sort()), Object.fromEntries([...expected].sort()));
});
