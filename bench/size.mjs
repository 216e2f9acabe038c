// Size budget (issues 11, 15): what a page downloads through the CDN loader, per page type.
//
// The page weight of a set of elements is the sum, file by file, of the gzip of every JS file the
// browser fetches for them: the loader (dist/cdn/sdc-widgets.js), then each element's entry and the
// closure of its static imports, from the build's own chunk graph (dist/cdn/.vite/manifest.json, the
// graph the browser walks: test/build/cdn-bundle.test.ts checks it against a real page's requests).
// Each file once, even when two elements share it. Files are gzipped one by one, as served.
//
//   node bench/size.mjs            table + distance from the targets
//   node bench/size.mjs --check    also compares with bench/size-baseline.json: exit 1 when the loader,
//                                  a page type or the all-in-one file grew more than 5% (and 0.5 KB), or
//                                  has no baseline (CI, `.ci/run`)
//   node bench/size.mjs --write-baseline   records the current sizes (a deliberate commit of its own)
//   node bench/size.mjs --why <tag|page>   the files of a page, largest first (what to cut)
import { readFileSync, existsSync, mkdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const KB = 1024;
const TOLERANCE = 0.05;
const BASELINE = 'bench/size-baseline.json';
const argv0 = process.argv.slice(2);
// --dir: measure another build of the CDN folder (the --levers variants).
const DIR = argv0.includes('--dir') ? argv0[argv0.indexOf('--dir') + 1] : 'dist/cdn';
const LOADER = 'sdc-widgets.js';
const ALL = 'sdc-widgets.all.js';
const MANIFEST = `${DIR}/.vite/manifest.json`;
const argv = process.argv.slice(2);
const args = new Set(argv);

/** Page types of issue 15, with their targets (gzip): bench/page-types.json, shared with the CDN build. */
export const PAGES = JSON.parse(readFileSync(new URL('./page-types.json', import.meta.url), 'utf8')).pages
  .map(({ targetKB, ...p }) => ({ ...p, target: targetKB === undefined ? undefined : targetKB * KB }));
const LOADER_TARGET = 6 * KB;

if (DIR === 'dist/cdn' && (!existsSync(MANIFEST) || !existsSync(`${DIR}/${ALL}`))) {
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const cache = new Map();
function sizes(file) {
  let s = cache.get(file);
  if (!s) {
    const buf = readFileSync(join(DIR, file));
    s = {
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    cache.set(file, s);
  }
  return s;
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const byFile = new Map(Object.values(manifest).map((m) => [m.file, m]));
const entryOf = (tag) => Object.values(manifest).find((m) => m.isEntry && m.file === `elements/${tag}.js`);
const TAGS = Object.values(manifest).filter((m) => m.isEntry && m.file.startsWith('elements/')).map((m) => m.file.slice(9, -3)).sort();

/**
 * Every file a page with these tags fetches: the loader, each element entry, their static imports.
 * With `onDemand`, also what the elements import later, in some states only (the login's unread count
 * once a citizen signs in): the most such a page can download.
 */
export function pageFiles(tags, onDemand = false) {
  const files = new Set([LOADER]);
  const visit = (m) => {
    if (!m || files.has(m.file)) return;
    files.add(m.file);
    for (const key of m.imports ?? []) visit(manifest[key]);
    // Another language's catalogues (`x.messages.en.ts`) load only on a page in that language.
    if (onDemand) for (const key of m.dynamicImports ?? []) if (!/\.messages\.[a-z]{2}\.ts$/.test(key)) visit(manifest[key]);
  };
  for (const tag of tags) {
    const m = entryOf(tag);
    if (!m) throw new Error(`no elements/${tag}.js in ${MANIFEST}`);
    visit(m);
  }
  return [...files];
}

function weigh(files) {
  return files.reduce((a, f) => {
    const s = sizes(f);
    return { raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli, files: a.files + 1 };
  }, { raw: 0, gzip: 0, brotli: 0, files: 0 });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const distance = (gzip, target) => {
  if (target === undefined) return 'no target';
  const d = target - gzip;
  return d >= 0 ? `met, ${kb(d)} under ${kb(target)}` : `OVER by ${kb(-d)} (${kb(target)})`;
};

if (args.has('--why')) {
  const what = argv[argv.indexOf('--why') + 1] ?? 'all';
  const page = PAGES.find((p) => p.key === what);
  const files = pageFiles(page ? page.tags ?? TAGS : [what]);
  const rows = files.map((f) => ({ file: f, ...sizes(f), from: byFile.get(f)?.src ?? byFile.get(f)?.name ?? '' })).sort((a, b) => b.gzip - a.gzip);
  console.table(rows);
  console.log(`${files.length} files, ${kb(weigh(files).gzip)} gzip`);
  process.exit(0);
}

/** Decodes a sourcemap's mappings: the generated bytes of each line segment, per source. */
function bytesBySource(file) {
  const mapFile = join(DIR, `${file}.map`);
  if (!existsSync(mapFile)) return {};
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(join(DIR, file), 'utf8').split('\n');
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out = {};
  let src = 0;
  map.mappings.split(';').forEach((line, ln) => {
    let col = 0;
    const segs = [];
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const vals = [];
      let v = 0, shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else { vals.push(v & 1 ? -(v >> 1) : v >> 1); v = 0; shift = 0; }
      }
      col += vals[0];
      if (vals.length > 1) src += vals[1];
      segs.push([col, vals.length > 1 ? src : -1]);
    }
    const len = (lines[ln] ?? '').length;
    segs.forEach(([c, s], k) => {
      const name = s < 0 ? '(generated)' : map.sources[s];
      out[name] = (out[name] ?? 0) + ((k + 1 < segs.length ? segs[k + 1][0] : len) - c);
    });
  });
  return out;
}

/** What a page's gzip is made of: each file's gzip shared out by its sources' minified bytes. */
function composition(files) {
  const groups = {};
  for (const f of files) {
    const by = bytesBySource(f);
    const total = Object.values(by).reduce((a, b) => a + b, 0) || 1;
    for (const [source, bytes] of Object.entries(by)) {
      const g = source.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*/, 'npm:$1').replace(/^(\.\.\/)+/, '')
        .replace(/^src\/.*\.messages\.ts$/, 'src: message catalogues (it + en)')
        .replace(/^src\/.*\.styles\.ts$|^src\/styles\/.*/, 'src: styles')
        .replace(/^src\/(elements|ui|api|forms|domain|controllers|core|i18n|cdn)\/.*/, process.env.SIZE_BY_FILE ? '$&' : 'src/$1');
      groups[g] = (groups[g] ?? 0) + (sizes(f).gzip * bytes) / total;
    }
  }
  return Object.entries(groups).sort((a, b) => b[1] - a[1]);
}

if (args.has('--pages-json')) {
  console.log(JSON.stringify(Object.fromEntries(PAGES.map((p) => [p.key, weigh(pageFiles(p.tags ?? TAGS)).gzip]))));
  process.exit(0);
}

/**
 * What a lever would save, measured on a build of the CDN folder with the lever applied (not a guess):
 * - "without en strings": every `en: {…}` block of the *.messages.ts catalogues emptied, i.e. what
 *   lazily loaded per-locale catalogues save an Italian page (another branch does that work).
 */
async function levers() {
  const { build } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'sdc-size-lever-'));
  try {
    const stripEn = {
      name: 'strip-en-catalogues',
      enforce: 'pre',
      transform(code, id) {
        if (!id.endsWith('.messages.ts')) return null;
        // The `en:` block at two spaces of indentation, up to its closing brace at the same indentation.
        return { code: code.replace(/\n {2}en: \{[\s\S]*?\n {2}\},?/, '\n  en: {},'), map: null };
      },
    };
    await build({ configFile: 'vite.config.ts', mode: 'cdn', logLevel: 'silent', plugins: [stripEn], build: { outDir: out, sourcemap: false } });
    const r = spawnSync('node', ['bench/size.mjs', '--dir', out, '--pages-json'], { encoding: 'utf8' });
    return { 'without en strings': JSON.parse(r.stdout.trim().split('\n').at(-1)) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (args.has('--levers')) {
  const now = Object.fromEntries(PAGES.map((p) => [p.key, weigh(pageFiles(p.tags ?? TAGS)).gzip]));
  const variants = await levers();
  console.table(PAGES.map((p) => ({ page: p.name, now: kb(now[p.key]),
    ...Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, `${kb(v[p.key])} (−${kb(now[p.key] - v[p.key])})`])) })));
  process.exit(0);
}

if (args.has('--composition')) {
  for (const page of PAGES) {
    const files = pageFiles(page.tags ?? TAGS);
    console.log(`\n${page.name}: ${kb(weigh(files).gzip)} gzip in ${files.length} files`);
    for (const [g, v] of composition(files).slice(0, 12)) console.log(`  ${kb(v).padStart(9)}  ${g}`);
  }
  process.exit(0);
}

const rows = [];
const loader = sizes(LOADER);
rows.push({ entry: `${LOADER} (loader alone)`, files: 1, ...loader, target: distance(loader.gzip, LOADER_TARGET), budget: true });
for (const page of PAGES) {
  const w = weigh(pageFiles(page.tags ?? TAGS));
  const most = weigh(pageFiles(page.tags ?? TAGS, true));
  rows.push({ entry: page.name, ...w, 'with on-demand chunks': most.gzip, target: distance(w.gzip, page.target), budget: true });
}
const all = sizes(ALL);
rows.push({ entry: `${ALL} (all-in-one, one request)`, files: 1, ...all, target: 'reference', budget: true });
for (const tag of TAGS) {
  const w = weigh(pageFiles([tag]));
  rows.push({ entry: `${tag} (loader + its chunks)`, ...w, target: '', budget: false });
}

// Form.io: what an ente page loads today. formio.form.min.js is the renderer alone (no builder);
// formio.full.min.js adds the builder. Their CSS (and the icon fonts it pulls) is not counted.
for (const f of ['formio.form.min.js', 'formio.full.min.js']) {
  const p = `node_modules/@formio/js/dist/${f}`;
  if (!existsSync(p)) continue;
  const buf = readFileSync(p);
  rows.push({ entry: `@formio/js ${f}`, files: 1, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, target: 'reference', budget: false });
}

console.log('Size: JS a page downloads through the CDN loader (bytes; each file gzip level 9 / brotli quality 11, summed)');
console.table(rows.map(({ entry, files, raw, gzip, brotli, target, ...r }) => ({ entry, files, raw, gzip, brotli, 'gzip KB': (gzip / KB).toFixed(1),
  'gzip KB with on-demand chunks': r['with on-demand chunks'] ? (r['with on-demand chunks'] / KB).toFixed(1) : '', target })));

const current = Object.fromEntries(rows.filter((r) => r.budget).map((r) => [r.entry, { gzip: r.gzip, brotli: r.brotli, raw: r.raw, files: r.files }]));
const over = rows.filter((r) => r.budget && String(r.target).startsWith('OVER'));
console.log(over.length ? `Targets: over for ${over.map((r) => r.entry).join('; ')}.` : 'Targets: every page type is within its target.');

// For bench/run.mjs (results.md).
mkdirSync(join(tmpdir(), 'sdc-bench-out'), { recursive: true });
writeFileSync(join(tmpdir(), 'sdc-bench-out', 'size.json'), JSON.stringify({ rows: rows.map(({ budget: _b, ...r }) => r), pages: PAGES }, null, 2));

let failed = false;
if (args.has('--write-baseline')) {
  writeFileSync(BASELINE, `${JSON.stringify({ recorded: new Date().toISOString(), tolerance: TOLERANCE, entries: current }, null, 2)}\n`);
  console.log(`Baseline written to ${BASELINE} (${Object.keys(current).length} entries).`);
}

if (args.has('--check')) {
  if (!existsSync(BASELINE)) {
    console.log(`size check: no ${BASELINE} yet; run \`node bench/size.mjs --write-baseline\` and commit it.`);
  } else {
    const baseline = JSON.parse(readFileSync(BASELINE, 'utf8'));
    const base = baseline.entries ?? {};
    const tolerance = baseline.tolerance ?? TOLERANCE;
    const grown = [];
    for (const [entry, s] of Object.entries(current)) {
      const b = base[entry];
      // A page type without a baseline is ungated: say so and fail, rather than pass silently.
      if (!b) { grown.push(`${entry}: not in the baseline (${kb(s.gzip)} gzip now)`); continue; }
      const growth = (s.gzip - b.gzip) / b.gzip;
      // At least half a KB of slack: 5% of the 1 KB loader would fail on one more tag.
      if (s.gzip - b.gzip > Math.max(b.gzip * tolerance, 512)) grown.push(`${entry}: ${kb(b.gzip)} → ${kb(s.gzip)} gzip (+${(growth * 100).toFixed(1)}%)`);
    }
    if (grown.length) {
      console.log(`size check FAILED: ${grown.length} page type${grown.length === 1 ? '' : 's'} grew more than ${tolerance * 100}% over ${BASELINE}:`);
      for (const g of grown) console.log(`  ${g}`);
      console.log('If the growth is deliberate, rerun with --write-baseline and commit the baseline on its own, saying why.');
      failed = true;
    } else {
      console.log(`size check OK: no page type grew more than ${tolerance * 100}% over ${BASELINE}.`);
    }
  }
}
process.exit(failed ? 1 : 0);
