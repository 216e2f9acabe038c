// The page both typing benches drive (forms-typing.bench.mjs, forms-typing-profile.mjs): the kit's wizard
// (bench/browser/forms-typing-entry.ts), Form.io's renderer and a bare input, side by side, with CDP's
// Performance domain on.
import { readFileSync } from 'node:fs';
import { bundle, serve, launch } from './browser.mjs';

export async function openTypingPage() {
  const built = await bundle('bench/browser/forms-typing-entry.ts', 'typing');
  const page0 = `<!doctype html><html lang="it"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/@formio/js/dist/formio.form.min.css">
<script src="/node_modules/@formio/js/dist/formio.form.min.js"></script>
<script type="module" src="/bundle/typing.js"></script></head>
<body><main><label>Bare input <input id="bare"></label><div id="ours"></div><div id="formio"></div></main></body></html>`;
  const server = await serve({ routes: { '/': { body: page0 }, '/mockServiceWorker.js': { body: readFileSync('public/mockServiceWorker.js'), type: 'text/javascript' } }, bundleDir: built.dir });
  const { browser, context, page, version } = await launch();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.typing && window.Formio);
  await page.evaluate(() => { window.Formio.icons = 'fontawesome'; window.Formio.cdn?.setBaseUrl?.(location.origin); });
  await page.evaluate(() => window.typing.setup());
  const close = async () => {
    await browser.close();
    await server.close();
    built.cleanup();
  };
  return { page, cdp, version, close };
}
