// The React 19, Vue 3 and plain HTML examples (examples/, built by `npm run examples`) work as built: each is
// served from a static server, opened in headless Chromium on the mock tenant, and must show the catalogue
// (attributes), open a scheda from it (a property set by the framework) and hear the kit's event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without declarations
import { findChrome } from '../../scripts/find-chrome.mjs';
import { ROOT } from './manifest-support.js';

const EXAMPLES = ['react', 'vue', 'html'] as const;
const SERVICE = 'Accesso agli atti amministrativi'; // mocks/fixtures/services.ts

/** The latest change under `dir`, builds (`dist/`) left out. */
const newest = (dir: string): number => Math.max(0, ...readdirSync(dir).filter((f) => f !== 'dist').map((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs;
}));

/** Builds the examples when `npm run examples` has not, or when they or the kit changed since. */
function ensureBuilt(): void {
  const built = EXAMPLES.map((e) => join(ROOT, 'examples', e, 'dist', 'index.html'));
  const sources = Math.max(...['examples', 'src', 'mocks'].map((d) => newest(join(ROOT, d))));
  const fresh = built.every((f) => existsSync(f)) && Math.min(...built.map((f) => statSync(f).mtimeMs)) > sources;
  if (fresh) return;
  const r = spawnSync('npm', ['run', 'examples', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `npm run examples failed:\n${r.stdout}\n${r.stderr}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
/** A static host, as an ente's web server would be: files only, at the root. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

test('each built example shows the catalogue, opens a scheda and hears sdc-service-loaded', { timeout: 240_000 }, async () => {
  ensureBuilt();
  const browser: Browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    for (const name of EXAMPLES) {
      const { server, url } = await serve(join(ROOT, 'examples', name, 'dist'));
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.goto(url);
        const link = page.locator('sdc-service-list a', { hasText: SERVICE }).first();
        await link.waitFor({ timeout: 30_000 });
        await link.click();
        await page.locator('sdc-service-card h1', { hasText: SERVICE }).waitFor({ timeout: 30_000 });
        // The page's own listener ran: React and Vue show the name, the plain page puts it in the title.
        await page.waitForFunction((s) => document.title === s || document.querySelector('[data-testid="loaded"]')?.textContent?.includes(s), SERVICE, { timeout: 10_000 });
        assert.deepEqual(errors, [], `${name}: page errors`);
      } catch (error) {
        throw new Error(`${name} example: ${(error as Error).message}`);
      } finally {
        await page.close();
        server.close();
      }
    }
  } finally {
    await browser.close();
  }
});
