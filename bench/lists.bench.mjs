// Lists at scale (issue 11): `sdc-pratiche-list` with 10 000 pratiche and `sdc-message-thread` with
// 2 000 messages in the mock tenant (msw in the page), headless Chromium: time to first content (median
// of RUNS fresh mounts), DOM nodes (light + every shadow root), and the JS heap after 100
// mount/unmount cycles compared with the heap after a 10-cycle warm-up (GC forced before each reading).
//   node bench/lists.bench.mjs [--runs 10] [--cycles 100]
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { bundle, serve, launch, median, ms, OUT } from './browser.mjs';
import { load } from './browser.mjs';
const LOAD = load();

const arg = (name, d) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const RUNS = arg('--runs', 10);
const CYCLES = arg('--cycles', 100);
const PRATICHE = 10_000;
const MESSAGES = 2_000;

const built = await bundle('bench/browser/lists-entry.ts', 'lists');
const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><script type="module" src="/bundle/lists.js"></script></head><body><main id="host"></main></body></html>`;
const server = await serve({ routes: { '/': { body: html }, '/mockServiceWorker.js': { body: readFileSync('public/mockServiceWorker.js'), type: 'text/javascript' } }, bundleDir: built.dir });
const { browser, page, context, version } = await launch({ args: ['--js-flags=--expose-gc', '--enable-precise-memory-info'] });
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`${server.url}/`);
await page.waitForFunction(() => window.bench);
await page.evaluate(({ p, m }) => window.bench.setup(p, m), { p: PRATICHE, m: MESSAGES });

async function heapMB() {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => { window.gc?.(); window.gc?.(); });
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((x) => x.name === 'JSHeapUsedSize').value / 2 ** 20;
}

const rows = [];
for (const kind of ['list', 'thread']) {
  const label = kind === 'list' ? `sdc-pratiche-list (${PRATICHE.toLocaleString('it-IT')} pratiche)` : `sdc-message-thread (${MESSAGES.toLocaleString('it-IT')} messaggi)`;
  await page.evaluate((k) => window.bench.mount(k).then(() => window.bench.unmount()), kind); // warm-up
  const times = [];
  let shape;
  for (let i = 0; i < RUNS; i++) {
    shape = await page.evaluate((k) => window.bench.mount(k), kind);
    times.push(shape.ms);
    await page.evaluate(() => window.bench.unmount());
  }
  // Memory: 10 warm-up cycles, reading, CYCLES cycles, reading. The client cache is kept across
  // cycles (as on a page where the element comes and goes); a leak shows as growth per cycle.
  for (let i = 0; i < 10; i++) await page.evaluate((k) => window.bench.mount(k, false).then(() => window.bench.unmount()), kind);
  const before = await heapMB();
  const t0 = Date.now();
  for (let i = 0; i < CYCLES; i++) await page.evaluate((k) => window.bench.mount(k, false).then(() => window.bench.unmount()), kind);
  const after = await heapMB();
  const row = {
    element: label,
    'first content (ms, median)': ms(median(times)),
    'min–max (ms)': `${ms(Math.min(...times))}–${ms(Math.max(...times))}`,
    'items shown': shape.items,
    'DOM nodes': shape.nodes,
    'heap before (MB)': before.toFixed(2),
    [`heap after ${CYCLES} cycles (MB)`]: after.toFixed(2),
    'growth (KB/cycle)': (((after - before) * 1024) / CYCLES).toFixed(1),
    'cycles took (s)': ((Date.now() - t0) / 1000).toFixed(1),
  };
  rows.push(row);
  if (shape.error) console.log(`  ${label}: the element showed its ERROR state`);
}

console.log(`\nLists (Chromium ${version}, mock tenant in the page via msw, median of ${RUNS} fresh mounts)`);
console.table(rows);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/lists.json`, JSON.stringify({ load: LOAD, runs: RUNS, cycles: CYCLES, chromium: version, rows }, null, 2));
await browser.close();
await server.close();
built.cleanup();
