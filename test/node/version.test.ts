// VERSION comes from package.json at build (vite.config.ts `define`), and the unbuilt sources still
// import in Node (SSR, tests) without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const dist = new URL('../../dist/', import.meta.url);

test('the sources import in Node and say they are a development copy', async () => {
  const { VERSION } = await import('../../src/core/version.js');
  assert.equal(VERSION, '0.0.0-dev');
});

test('the build stamps package.json’s version, in the npm and the CDN files', async () => {
  assert.ok(existsSync(new URL('index.js', dist)), 'run `npm run build` first');
  const kit = (await import(new URL('index.js', dist).href)) as { VERSION: string };
  assert.equal(kit.VERSION, pkg.version);
  const cdn = readFileSync(new URL('cdn/sdc-widgets.js', dist), 'utf8');
  const literal = new RegExp(`[\`"']${pkg.version.replace(/\./g, '\\.')}[\`"']`);
  assert.match(cdn, literal, 'the CDN bundle carries the version');
  assert.ok(!cdn.includes('0.0.0-dev'), 'no development fallback left in the CDN bundle');
});
