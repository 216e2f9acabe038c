// Long message threads (issue 15): `sdc-message-thread` on pratiche with 2 000 and 10 000 messages in the
// mock tenant (msw in the page), headless Chromium. "first message" = element created → the first frame
// with a message in the DOM (median of RUNS fresh mounts, fresh client each time); DOM nodes count light
// DOM and every shadow root; "session known" = the same inside a provider kept across mounts (no login
// check); "older" = click on "Mostra i messaggi precedenti" → the frame with them in.
// Targets: first message ≤ 100 ms and ≤ 1 500 DOM nodes at any length.
//   node bench/thread.bench.mjs [--runs 10]
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { bundle, serve, launch, median, ms, load, OUT } from './browser.mjs';

const LOAD = load();
const arg = (name, d) => Number(process.argv[process.argv.indexOf(name) + 1]) || d;
const RUNS = arg('--runs', 10);
const SIZES = [2_000, 10_000];
const TARGET_MS = 100;
const TARGET_NODES = 1_500;

const built = await bundle('bench/thread-entry.ts', 'thread');
const html = `<!doctype html><html lang="it"><head><meta charset="utf-8"><script type="module" src="/bundle/thread.js"></script></head><body><main id="host"></main></body></html>`;
const server = await serve({ routes: { '/': { body: html }, '/mockServiceWorker.js': { body: readFileSync('public/mockServiceWorker.js'), type: 'text/javascript' } }, bundleDir: built.dir });
const { browser, page, version } = await launch();
await page.goto(`${server.url}/`);
await page.waitForFunction(() => window.bench);
await page.evaluate((sizes) => window.bench.setup(sizes), SIZES);

const rows = [];
for (const size of SIZES) {
  await page.evaluate((n) => window.bench.mount(n).then(() => window.bench.unmount()), size); // warm-up
  const times = [];
  const olderTimes = [];
  let shape;
  let after;
  for (let i = 0; i < RUNS; i++) {
    shape = await page.evaluate((n) => window.bench.mount(n), size);
    times.push(shape.ms);
    after = await page.evaluate(() => window.bench.older());
    olderTimes.push(after.ms);
    await page.evaluate(() => window.bench.unmount());
  }
  // The session already known (the provider kept): what a citizen moving inside the area personale waits.
  await page.evaluate((n) => window.bench.mount(n, true).then(() => window.bench.unmount()), size);
  const warmTimes = [];
  for (let i = 0; i < RUNS; i++) {
    warmTimes.push((await page.evaluate((n) => window.bench.mount(n, true), size)).ms);
    await page.evaluate(() => window.bench.unmount());
  }
  const first = median(times);
  rows.push({
    thread: `${size.toLocaleString('it-IT')} messaggi`,
    'first message (ms, median)': ms(first),
    'min–max (ms)': `${ms(Math.min(...times))}–${ms(Math.max(...times))}`,
    'first message, session known (ms, median)': ms(median(warmTimes)),
    'messages shown': shape.items,
    'DOM nodes': shape.nodes,
    '"Mostra i messaggi precedenti" (ms, median)': ms(median(olderTimes)),
    'after one click: shown / DOM nodes': `${after.items} / ${after.nodes}`,
    [`≤ ${TARGET_NODES} nodes`]: shape.nodes <= TARGET_NODES ? 'met' : 'NOT met',
    [`≤ ${TARGET_MS} ms`]: first <= TARGET_MS ? 'met' : 'NOT met',
  });
  if (shape.error) console.log(`  ${size}: the element showed its ERROR state`);
}

console.log(`\nThread (Chromium ${version}, mock tenant in the page via msw, median of ${RUNS} fresh mounts)`);
console.table(rows);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/thread.json`, JSON.stringify({ load: LOAD, runs: RUNS, chromium: version, rows }, null, 2));
await browser.close();
await server.close();
built.cleanup();
