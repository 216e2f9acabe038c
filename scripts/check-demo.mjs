// `npm run check:demo`: the static demo (dist-demo/, `npm run build:demo`) served from a sub-path by a
// plain static server, driven in headless Chromium as a visitor would: every page renders its kit
// elements on the in-browser mock, the mock login / checkout / document / control pages open at the
// tenant's URLs (public/demo-worker.js), `?backend=` switches to a real tenant, and no page's layout
// moves while it boots (CLS, measured with a PerformanceObserver, must stay ≤ 0.05).
// Exits non-zero on any failure; prints one line per check and a closing `N passed, N failed`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { resolveChrome } from './find-chrome.mjs';

const DIR = 'dist-demo';
const SUB = '/enti/comune-di-esempio/demo/'; // any sub-path: nothing in the demo may assume "/"
const CLS_MAX = 0.05;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

if (!existsSync(join(DIR, 'index.html'))) {
  console.error('dist-demo/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}

/** A static host: files only (no rewrites, no SPA fallback), under SUB; 404 elsewhere. */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = path.startsWith(SUB) ? normalize(join(DIR, path.slice(SUB.length))) : '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !file.startsWith(DIR) || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const root = `http://127.0.0.1:${server.address().port}${SUB}`;

const chrome = await resolveChrome();
const browser = await chromium.launch({
  executablePath: chrome.executablePath, env: chrome.env, headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1', ...chrome.args],
});

let passed = 0, failed = 0;
const results = [];
async function check(name, fn) {
  if (process.env.CHECK_DEMO_ONLY && !name.includes(process.env.CHECK_DEMO_ONLY)) return;
  try {
    const note = await fn();
    passed++;
    console.log(`ok   ${name}${note ? ` (${note})` : ''}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
  }
}
const assert = (cond, msg) => { if (!cond) throw new Error(msg); };

/** Sums layout shifts from the very start of the page (buffered), as CLS does (no input-driven ones). */
const CLS_SCRIPT = () => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      const r = (x) => `${Math.round(x.y)}+${Math.round(x.height)}`;
      window.__shifts.push(`${e.value.toFixed(3)} @${Math.round(e.startTime)}ms ${e.sources.map((s) => `${s.node?.nodeName ?? '?'}.${String(s.node?.className ?? '').split(' ')[0]} y${r(s.previousRect)}→${r(s.currentRect)}`).join(', ')}`);
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** A fresh visitor (new context: no service worker yet, empty storage), phone or desktop viewport. */
async function visit(path, { phone = false } = {}) {
  const context = await browser.newContext(phone
    ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
    : { viewport: { width: 1280, height: 900 } });
  await context.addInitScript(CLS_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
  await page.goto(root + path, { waitUntil: 'load' });
  return { context, page, errors };
}

/** Waits until the page is quiet: the kit's elements rendered and no request in flight. */
async function settle(page, tag) {
  if (tag) {
    await page.waitForFunction((t) => {
      const el = document.querySelector(t);
      return customElements.get(t) && ((el?.shadowRoot ?? el)?.textContent?.trim().length ?? 0) > 0;
    }, tag, { timeout: 60000 });
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
}

const PAGES = [
  ['index.html', 'Servizi', 'sdc-service-list'],
  ['servizio.html?id=iscrizione-mensa-scolastica', null, 'sdc-service-card'],
  ['richiesta.html?service=accesso-atti', null, 'sdc-pratica-wizard'],
  ['area-personale.html', 'Area personale', 'sdc-area-personale'],
  ['prenota.html', 'Prenota appuntamento', 'sdc-appointment-booking'],
  ['componi.html', 'Componi il widget', 'demo-embed-builder'],
];

for (const phone of [true, false]) {
  for (const [path, h1, tag] of PAGES) {
    await check(`${phone ? 'phone' : 'desktop'} ${path}: renders on the mock, CLS ≤ ${CLS_MAX}`, async () => {
      const { context, page, errors } = await visit(path, { phone });
      try {
        await settle(page, tag);
        if (h1) assert((await page.locator('h1').first().textContent())?.includes(h1), `no h1 "${h1}"`);
        assert(await page.evaluate((t) => Boolean(customElements.get(t)), tag), `<${tag}> not defined`);
        assert(await page.locator('[data-missing]').count() === 0, 'an element is missing');
        const text = await page.evaluate((t) => {
          const el = document.querySelector(t);
          return (el?.shadowRoot ?? el)?.textContent?.trim().length ?? 0;
        }, tag);
        assert(text > 0, `<${tag}> shows nothing`);
        assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
        const cls = await page.evaluate(() => window.__cls);
        results.push({ page: path, viewport: phone ? 'phone' : 'desktop', cls });
        if (process.env.DEBUG_CLS) console.log((await page.evaluate(() => window.__shifts)).join('\n'));
        assert(cls <= CLS_MAX, `CLS ${cls.toFixed(3)}`);
        return `CLS ${cls.toFixed(3)}`;
      } finally {
        await context.close();
      }
    });
  }
}

await check('the mock SPID login opens from "Accedi" and comes back logged in', async () => {
  const { context, page } = await visit('area-personale.html');
  let step = 0;
  try {
    await settle(page, 'sdc-login');
    // Follows the header's "Accedi" link (a navigation to the tenant's /login, which only the worker serves).
    const href = await page.locator('sdc-login a[data-element="personal-area-login"]').getAttribute('href');
    assert(href?.startsWith(`${root}lang/login?return-url=`), `"Accedi" points to ${href}`);
    step = 1; await page.goto(href);
    assert(page.url().startsWith(`${root}lang/login`), `login at ${page.url()}`);
    step = 2; await page.getByRole('button', { name: /Entra come Giulia Bianchi/ }).click();
    step = 3; await page.waitForURL(/area-personale\.html/);
    await settle(page);
    step = 4; await page.locator('sdc-login').getByText(/Giulia/).first().waitFor();
    // The pagoPA checkout of her pending payment, at the tenant's URL, and its landing back in the demo.
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('sdc-mock-tenant')).payments
      .find((p) => p.status === 'PAYMENT_PENDING' && p.payment.notice_code)?.id);
    assert(id, 'no pending payment in the mock tenant');
    step = 5; await page.goto(`${root}lang/payment-proxy/online-payment/${id}`);
    step = 6; await page.getByRole('heading', { name: 'Paga l’avviso' }).waitFor();
    step = 7; await page.getByRole('button', { name: /^Paga / }).click();
    step = 8; await page.waitForURL(/area-personale\.html\?pratica=/);
    step = 9; await page.goto(`${root}lang/payment-proxy/notice/${id}`);
    step = 10; await page.getByRole('heading', { name: 'Avviso di pagamento' }).waitFor();
    step = 11; await page.goto(`${root}lang/mock`);
    step = 12; await page.getByRole('heading').first().waitFor();
    step = 13; await page.goto(`${root}lang/logout?return-url=${encodeURIComponent(`${root}index.html`)}`);
    step = 14; await page.waitForURL(/index\.html/);
  } catch (e) {
    throw new Error(`step ${step} at ${page.url()}: ${e instanceof Error ? e.message : e}`);
  } finally {
    await context.close();
  }
});

await check('"Componi il widget" checks the mock tenant, previews the element and shows the snippet', async () => {
  const { context, page } = await visit('componi.html');
  try {
    await settle(page, 'demo-embed-builder');
    await page.getByRole('button', { name: 'Verifica l’indirizzo' }).click();
    await page.getByText(/Collegamento riuscito/).waitFor();
    await page.locator('.demo-builder__preview sdc-service-list .card').first().waitFor({ timeout: 30000 });
    const code = await page.locator('pre code').textContent();
    assert(code?.includes(`<sdc-provider base-url="${root}lang">`), `snippet: ${code}`);
  } finally {
    await context.close();
  }
});

await check('?backend=https://… points the pages at a real tenant', async () => {
  const { context, page } = await visit('index.html?backend=https://servizi.comune.example.it/lang');
  try {
    await settle(page);
    const banner = await page.locator('#sdc-demo-backend').textContent();
    assert(banner?.includes('https://servizi.comune.example.it/lang'), `banner says "${banner}"`);
    const base = await page.locator('sdc-provider').getAttribute('base-url');
    assert(base === 'https://servizi.comune.example.it/lang', `provider base-url ${base}`);
    const cls = await page.evaluate(() => window.__cls);
    assert(cls <= CLS_MAX, `CLS ${cls.toFixed(3)}`);
    return `CLS ${cls.toFixed(3)} (no network here: the elements show their error state)`;
  } finally {
    await context.close();
  }
});

await browser.close();
server.close();
if (process.env.CHECK_DEMO_JSON) console.log(JSON.stringify(results));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
