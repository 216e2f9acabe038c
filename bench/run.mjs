// `npm run bench`: performance figures (not part of `npm test`). Each bench/*.bench.mjs prints a table.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';

if (!existsSync('dist/cdn/sdc-widgets.js')) {
  spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
const cdn = readFileSync('dist/cdn/sdc-widgets.js');
console.table([{ file: 'dist/cdn/sdc-widgets.js', raw: cdn.length, gzip: gzipSync(cdn, { level: 9 }).length, brotli: brotliCompressSync(cdn).length }]);

for (const f of readdirSync('bench').filter((f) => f.endsWith('.bench.mjs')).sort()) {
  console.log(`\n# ${f}`);
  spawnSync('node', [`bench/${f}`], { stdio: 'inherit' });
}
