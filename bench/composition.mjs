// What an entry is made of: rendered (minified) length of each module, grouped by npm package or src
// folder, from the bundler's own chunk data. `node bench/composition.mjs sdc-pratica-wizard`, or `all`.
// Proportions (before minification and gzip), to see where the size budget goes.
import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const tag = process.argv[2] ?? 'sdc-pratica-wizard';
const entry = tag === 'all' ? 'src/index.ts' : `src/elements/${tag}/define.ts`;
const dir = mkdtempSync(join(tmpdir(), 'sdc-comp-'));
const by = {};
await build({
  configFile: false, logLevel: 'silent', publicDir: false,
  plugins: [{
    name: 'composition',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        for (const [id, m] of Object.entries(chunk.modules ?? {})) {
          const rel = relative(process.cwd(), id.replace(/\?.*$/, ''));
          const group = rel.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, 'npm:$1').replace(/^src\/([^/]+\/[^/]+).*/, 'src/$1');
          by[group] = (by[group] ?? 0) + (m.renderedLength ?? 0);
        }
      }
    },
  }],
  build: { outDir: dir, emptyOutDir: true, lib: { entry, formats: ['es'], fileName: () => 'x.js' }, rolldownOptions: { output: { minify: true, codeSplitting: false } } },
});
rmSync(dir, { recursive: true, force: true });
const total = Object.values(by).reduce((a, b) => a + b, 0);
console.log(`${tag}: ${(total / 1024).toFixed(1)} KB of module code before minification`);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(v / 1024).toFixed(1).padStart(7)} KB  ${(100 * v / total).toFixed(0).padStart(3)}%  ${k}`);
