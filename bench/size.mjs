// Size budget (issue 11): gzip and brotli of the CDN bundle, of every element entry bundled ALONE
// (minified, with its own copy of Lit, zod, DOMPurify — what a page that uses only that element
// downloads), and of Form.io's browser bundles, side by side.
//
//   node bench/size.mjs            table + distance from the targets
//   node bench/size.mjs --check    also compares with bench/size-baseline.json: exit 1 when any entry
//                                  grew more than 5% (CI, `.ci/run`)
//   node bench/size.mjs --write-baseline   records the current sizes (a deliberate commit of its own)
//
// Targets: whole kit ≤ 60 KB gzip; any element entry ≤ 25 KB gzip.
import { readFileSync, readdirSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const KB = 1024;
const KIT_TARGET = 60 * KB;
const ENTRY_TARGET = 25 * KB;
const TOLERANCE = 0.05;
const BASELINE = 'bench/size-baseline.json';
const CDN = 'dist/cdn/sdc-widgets.js';
const args = new Set(process.argv.slice(2));

function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const distance = (gzip, target) => {
  const d = target - gzip;
  return d >= 0 ? `OK, ${kb(d)} under ${kb(target)}` : `OVER by ${kb(-d)} (${kb(target)})`;
};

/**
 * Bundles one element's define.ts alone, minified, every dependency inlined (like the CDN file).
 * Returns what a page in Italian downloads: the entry and the chunks it imports statically. The
 * catalogues of other languages (`x.messages.en.ts`, `.de.ts`) are `import()`ed only on a page in
 * that language: they are returned apart, summed per locale (`lazy`).
 */
async function bundleAlone(tag, entry = `src/elements/${tag}/define.ts`) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), `sdc-size-${tag}-`));
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        target: 'es2022',
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        reportCompressedSize: false,
        lib: { entry: { [tag]: entry }, formats: ['es'] },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result).output.filter((c) => c.type === 'chunk');
    const byName = new Map(output.map((c) => [c.fileName, c]));
    const seen = new Set();
    const walk = (c) => { if (seen.has(c.fileName)) return; seen.add(c.fileName); for (const i of c.imports) if (byName.has(i)) walk(byName.get(i)); };
    output.filter((c) => c.isEntry).forEach(walk);
    const eager = Buffer.concat(output.filter((c) => seen.has(c.fileName)).map((c) => readFileSync(join(outDir, c.fileName))));
    const lazy = {};
    for (const c of output.filter((x) => !seen.has(x.fileName))) {
      const locale = /messages\.(\w\w)\b/.exec(c.facadeModuleId ?? c.fileName)?.[1] ?? 'other';
      (lazy[locale] ??= []).push(readFileSync(join(outDir, c.fileName)));
    }
    return Object.assign(eager, { lazy: Object.fromEntries(Object.entries(lazy).map(([l, bufs]) => [l, bufs])) });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (!existsSync(CDN)) {
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const rows = [];
/** Per element and locale: the catalogues loaded only on a page in that language. */
const lazyRows = [];
const cdn = sizes(readFileSync(CDN));
rows.push({ entry: 'sdc-widgets.js (CDN, whole kit)', ...cdn, target: distance(cdn.gzip, KIT_TARGET), budget: true });

const tagsAll = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name)
  .sort();
const tags = tagsAll;

// The CDN file registers what src/index.ts registers; this row is every element of src/elements at
// once (what the CDN file weighs when index.ts registers them all), so the kit budget is honest
// while index.ts is still being filled.
{
  const dir = mkdtempSync(join(tmpdir(), 'sdc-size-all-'));
  const entry = join(dir, 'all.js');
  writeFileSync(entry, [`import ${JSON.stringify(join(process.cwd(), 'src/index.ts'))};`,
    ...tags.map((t) => `import ${JSON.stringify(join(process.cwd(), `src/elements/${t}/define.ts`))};`)].join('\n'));
  try {
    const s = sizes(await bundleAlone('all-elements', entry));
    rows.push({ entry: 'all elements (index.ts + every define.ts)', ...s, target: distance(s.gzip, KIT_TARGET), budget: true });
  } catch (e) {
    rows.push({ entry: 'all elements (index.ts + every define.ts)', raw: NaN, gzip: NaN, brotli: NaN, target: `BUILD FAILED: ${String(e.message ?? e).split('\n')[0]}`, budget: false });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const tag of tags) {
  try {
    const built = await bundleAlone(tag);
    const s = sizes(built);
    rows.push({ entry: `${tag} (alone)`, ...s, target: distance(s.gzip, ENTRY_TARGET), budget: true });
    // What a page in English or German adds (each catalogue its own small file, gzip summed per file).
    for (const [locale, bufs] of Object.entries(built.lazy ?? {})) {
      const g = bufs.reduce((n, b) => n + sizes(b).gzip, 0);
      const r = bufs.reduce((n, b) => n + b.length, 0);
      lazyRows.push({ element: tag, locale, files: bufs.length, raw: r, gzip: g });
    }
  } catch (e) {
    rows.push({ entry: `${tag} (alone)`, raw: NaN, gzip: NaN, brotli: NaN, target: `BUILD FAILED: ${String(e.message ?? e).split('\n')[0]}`, budget: false });
  }
}

// Form.io: what an ente page loads today. formio.form.min.js is the renderer alone (no builder);
// formio.full.min.js adds the builder. Their CSS (and the icon fonts it pulls) is not counted.
for (const f of ['formio.form.min.js', 'formio.full.min.js', 'formio.form.min.css']) {
  const p = `node_modules/@formio/js/dist/${f}`;
  if (existsSync(p)) rows.push({ entry: `@formio/js ${f}`, ...sizes(readFileSync(p)), target: 'reference', budget: false });
}

if (lazyRows.length) {
  console.log('Loaded only on a page in that language (not in the sizes above)');
  console.table(lazyRows.map((r) => ({ ...r, 'gzip KB': (r.gzip / KB).toFixed(1) })));
}

const formio = rows.find((r) => r.entry.includes('formio.form.min.js'));
console.log('Size (bytes; gzip level 9, brotli quality 11)');
console.table(rows.map(({ entry, raw, gzip, brotli, target }) => ({
  entry, raw, gzip, brotli, 'gzip KB': (gzip / KB).toFixed(1),
  'vs Form.io': formio && !entry.includes('formio') && Number.isFinite(gzip) ? `${(formio.gzip / gzip).toFixed(1)}× smaller` : '',
  target,
})));

const current = Object.fromEntries(rows.filter((r) => r.budget && Number.isFinite(r.gzip)).map((r) => [r.entry, { gzip: r.gzip, brotli: r.brotli, raw: r.raw }]));
let failed = false;
const overTarget = rows.filter((r) => r.budget && String(r.target).startsWith('OVER'));
if (overTarget.length) console.log(`Targets: ${overTarget.length} entr${overTarget.length === 1 ? 'y is' : 'ies are'} over target (${overTarget.map((r) => r.entry).join(', ')}).`);
else console.log('Targets: every entry is within its target.');

// For bench/run.mjs (results.md).
mkdirSync(join(tmpdir(), 'sdc-bench-out'), { recursive: true });
writeFileSync(join(tmpdir(), 'sdc-bench-out', 'size.json'), JSON.stringify({ rows: rows.map(({ budget: _b, ...r }) => r), kitTarget: KIT_TARGET, entryTarget: ENTRY_TARGET }, null, 2));

if (args.has('--write-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify({ recorded: new Date().toISOString(), tolerance: TOLERANCE, entries: current }, null, 2)}\n`);
  console.log(`Baseline written to ${BASELINE} (${Object.keys(current).length} entries).`);
}

if (args.has('--check')) {
  const broken = rows.filter((r) => r.budget === false && String(r.target).startsWith('BUILD FAILED'));
  for (const r of broken) { console.log(`size check: ${r.entry}: ${r.target}`); failed = true; }
  if (!existsSync(BASELINE)) {
    console.log(`size check: no ${BASELINE} yet; run \`node bench/size.mjs --write-baseline\` and commit it.`);
  } else {
    const base = JSON.parse(readFileSync(BASELINE, 'utf8')).entries ?? {};
    const grown = [];
    for (const [entry, s] of Object.entries(current)) {
      const b = base[entry];
      if (!b) { console.log(`size check: ${entry} is new (${kb(s.gzip)} gzip), not in the baseline.`); continue; }
      const growth = (s.gzip - b.gzip) / b.gzip;
      if (growth > TOLERANCE) grown.push(`${entry}: ${kb(b.gzip)} → ${kb(s.gzip)} gzip (+${(growth * 100).toFixed(1)}%)`);
    }
    if (grown.length) {
      console.log(`size check FAILED: ${grown.length} entr${grown.length === 1 ? 'y' : 'ies'} grew more than ${TOLERANCE * 100}% over ${BASELINE}:`);
      for (const g of grown) console.log(`  ${g}`);
      console.log('If the growth is deliberate, rerun with --write-baseline and commit the baseline on its own, saying why.');
      failed = true;
    } else {
      console.log(`size check OK: no entry grew more than ${TOLERANCE * 100}% over ${BASELINE}.`);
    }
  }
}
process.exit(failed ? 1 : 0);
