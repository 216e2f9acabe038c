// Importing the kit where there is no DOM (SSR, a bundler's Node pass) must not throw (ARCHITECTURE §6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';

const dist = new URL('../../dist/', import.meta.url);

test('dist has been built', () => {
  assert.ok(existsSync(new URL('index.js', dist)), 'run `npm run build` first');
});

test('every dist entry imports in Node without a DOM and without touching window', async () => {
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
  const entries = ['index.js', ...readdirSync(new URL('elements/', dist)).filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)];
  for (const entry of entries) {
    await assert.doesNotReject(import(new URL(entry, dist).href), `importing dist/${entry}`);
  }
  assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined', 'no globals on window');
});

test('the index exposes the formatting helpers', async () => {
  const kit = await import(new URL('index.js', dist).href);
  assert.equal(kit.formatAmount(1020.99), '1.020,99\u00a0€');
  assert.equal(kit.formatDate('2026-03-05'), '05/03/2026');
});
