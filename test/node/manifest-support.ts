// The manifest exactly as `npm run analyze` writes it (config and plugins included), built afresh in a
// temporary folder so the Node checks need no earlier build and never read a stale custom-elements.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function analyzeManifest<M>(): M {
  const out = mkdtempSync(join(tmpdir(), 'sdc-manifest-'));
  try {
    const bin = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
    const outdir = relative(ROOT, out).split(sep).join('/');
    const r = spawnSync(process.execPath, [bin, 'analyze', '--outdir', outdir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as M;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
