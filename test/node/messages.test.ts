// Completeness of the catalogues (issue 17): every locale has exactly the keys of the Italian source,
// with the same placeholders, and every catalogue of src/ is declared once with its own namespace.
// The types catch a missing or extra key at build time (`satisfies Translation`); this test also
// catches placeholders that do not match, a locale file that is not wired, and a namespace used twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogues, format } from '../../src/i18n/messages.js';
import { LOCALES } from '../../src/i18n/locale.js';

const ROOT = new URL('../../', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
  });
}

/** Files that declare catalogues, and how many each declares. */
const sources = walk(join(ROOT, 'src'))
  .map((f) => ({ f, n: (readFileSync(f, 'utf8').match(/\bdefineMessages(<[^>]*>)?\(\s*'/g) ?? []).length }))
  .filter((s) => s.n > 0 && !s.f.includes(`${join('src', 'i18n')}`));

/** `{name}` and `{name, one {…} …}`: the parameter names a text uses. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)(?=[},])/g)].map((m) => m[1]!))].sort();
}

test('every catalogue is declared once, with its own namespace', async () => {
  for (const { f } of sources) await import(pathToFileURL(f).href);
  const declared = sources.reduce((n, s) => n + s.n, 0);
  assert.ok(declared > 20, `found ${declared} catalogues`);
  assert.equal(catalogues().size, declared, 'two catalogues share a namespace');
});

test('every locale has every key of the Italian source, no more, with the same placeholders', async () => {
  for (const { f } of sources) await import(pathToFileURL(f).href);
  const problems: string[] = [];
  for (const [ns, { it, loaders }] of catalogues()) {
    for (const locale of LOCALES.filter((l) => l !== 'it')) {
      const load = loaders[locale];
      if (!load) { problems.push(`${ns}: no ${locale} catalogue`); continue; }
      const table = (await load()).default;
      for (const key of Object.keys(it)) {
        if (!(key in table)) { problems.push(`${ns}.${key}: missing in ${locale}`); continue; }
        const want = placeholders(it[key]!), got = placeholders(table[key]!);
        if (want.join() !== got.join()) problems.push(`${ns}.${key}: ${locale} has {${got.join('}, {')}}, Italian {${want.join('}, {')}}`);
        if (!table[key]!.trim()) problems.push(`${ns}.${key}: empty in ${locale}`);
      }
      for (const key of Object.keys(table)) if (!(key in it)) problems.push(`${ns}.${key}: extra in ${locale}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every text formats cleanly: plural branches close, no placeholder is left behind', async () => {
  for (const { f } of sources) await import(pathToFileURL(f).href);
  const problems: string[] = [];
  for (const [ns, { it, loaders }] of catalogues()) {
    const tables: [string, Record<string, string>][] = [['it', it]];
    for (const l of LOCALES) { const load = loaders[l]; if (load) tables.push([l, (await load()).default]); }
    for (const [locale, table] of tables) {
      for (const [key, text] of Object.entries(table)) {
        const params = Object.fromEntries(placeholders(text).map((p) => [p, 2]));
        const out = format(text, params, locale as never);
        if (/[{}]/.test(out)) problems.push(`${ns}.${key} (${locale}): "${out}"`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('each x.messages.ts has its x.messages.en.ts and x.messages.de.ts, and no locale file is orphaned', () => {
  const files = new Set(walk(join(ROOT, 'src')).map((f) => relative(ROOT, f)));
  const problems: string[] = [];
  for (const { f } of sources) {
    const rel = relative(ROOT, f);
    for (const l of LOCALES.filter((x) => x !== 'it')) {
      const sibling = rel.replace(/\.ts$/, `.${l}.ts`);
      if (!files.has(sibling)) problems.push(`${rel}: no ${sibling}`);
    }
  }
  for (const f of files) {
    const m = /^(.*)\.(en|de)\.ts$/.exec(f);
    if (m && !files.has(`${m[1]}.ts`)) problems.push(`${f}: no ${m[1]}.ts`);
  }
  assert.deepEqual(problems, []);
});
