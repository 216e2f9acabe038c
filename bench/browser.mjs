// Shared by the browser benches: bundle a bench entry with vite (minified, production Lit, every
// dependency inlined, like the CDN file), serve it and a few node_modules files from 127.0.0.1, and
// launch headless Chromium with playwright-core. Nothing leaves the machine: every request to another
// host is answered with an empty 204 and counted.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join, extname, resolve } from 'node:path';
import { findChrome } from '../scripts/find-chrome.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** Bundles `entry` (a path from the repo root) into a temp dir; returns { dir, file, cleanup }. */
export async function bundle(entry, name) {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), `sdc-bench-${name}-`));
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      target: 'es2022', outDir: dir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: { output: { minify: !process.env.BENCH_NO_MINIFY, codeSplitting: false } }, // BENCH_NO_MINIFY=1: readable profiles
    },
  });
  return { dir, file: `${name}.js`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A static server: `/` + routes (path → { body, type }), then `/bundle/*` from bundleDir, then the
 * repo (node_modules, public) for anything else. Returns { url, close }.
 */
export async function serve({ routes = {}, bundleDir }) {
  const root = process.cwd();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'Content-Type': route.type ?? 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(route.body);
    }
    const file = path.startsWith('/bundle/') && bundleDir ? join(bundleDir, path.slice('/bundle/'.length)) : join(root, path);
    if (!file.startsWith(root) && !(bundleDir && file.startsWith(bundleDir))) { res.writeHead(403); return res.end(); }
    if (!existsSync(file)) { res.writeHead(404); return res.end(); }
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (path === '/mockServiceWorker.js' || path.endsWith('/mockServiceWorker.js')) headers['Service-Worker-Allowed'] = '/';
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Headless Chromium; `page.blocked` counts requests to other hosts (answered 204, never sent). */
export async function launch({ args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium: install it or set CHROME_PATH');
  const browser = await chromium.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...args],
  });
  const version = browser.version();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.blocked = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => { page.blocked.push(route.request().url()); return route.fulfill({ status: 204, body: '' }); });
  page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
  return { browser, context, page, version };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
export const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

export function machine() {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM (shared machine), Node ${process.version}`;
}

export function load() {
  return loadavg()[0];
}

export function version(pkg) {
  try { return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version; } catch { return '?'; }
}

/** Where each bench leaves its figures for `bench/run.mjs` to write `bench/results.md`. */
export const OUT = join(tmpdir(), 'sdc-bench-out');
