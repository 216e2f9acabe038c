// Cumulative layout shift of a page's cold load, in Debian Chromium (issue 15: "CLS ≤ 0.05").
// Usage: node scripts/cls.mjs <url> [--runs 3] [--width 1280] [--settle-ms 2500] [--cpu 4] [--latency 150] [--wait 'css selector'] [--page-css file.css]
// --page-css puts a stylesheet in the page from the first byte, as an ente pastes README's reserve CSS in <head>.
// --cpu and --latency emulate a mid-range phone on 4G (CDP), as Lighthouse's mobile run does.
// Each run is a fresh browser context (cold cache); prints every run's CLS, its largest shifts, and the max.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const [url, ...rest] = process.argv.slice(2);
if (!url) { console.error('usage: node scripts/cls.mjs <url> [--runs N] [--width W] [--settle-ms N]'); process.exit(2); }
const opt = (flag, d) => { const i = rest.indexOf(flag); return i >= 0 ? Number(rest[i + 1]) : d; };
const pageCssFile = rest.includes('--page-css') ? rest[rest.indexOf('--page-css') + 1] : undefined;
const pageCss = pageCssFile ? readFileSync(pageCssFile, 'utf8') : '';
const waitFor = rest.includes('--wait') ? rest[rest.indexOf('--wait') + 1] : undefined;
const runs = opt('--runs', 3), width = opt('--width', 1280), settle = opt('--settle-ms', 2500), cpu = opt('--cpu', 4), latency = opt('--latency', 150);

const browser = await chromium.launch({
  executablePath: findChrome(), headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
const results = [];
try {
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__cls = { value: 0, shifts: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          w.__cls.value += e.value;
          w.__cls.shifts.push({ value: Math.round(e.value * 1000) / 1000, at: Math.round(e.startTime),
            nodes: (e.sources ?? []).map((s) => s.node ? (s.node.id ? `#${s.node.id}` : s.node.nodeName?.toLowerCase() + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ')[0] : '')) : '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    if (pageCss) {
      await context.addInitScript((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
      }, pageCss);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: 1.6e6 / 8 * 1024, uploadThroughput: 750e3 / 8 * 1024 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => {});
    if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(settle);
    const cls = await page.evaluate(() => /** @type {any} */ (window).__cls);
    results.push(cls.value);
    const top = [...cls.shifts].sort((a, b) => b.value - a.value).slice(0, 4);
    console.log(`run ${r + 1}: CLS ${cls.value.toFixed(3)}  ${top.map((s) => `${s.value}@${s.at}ms[${s.nodes.join(',')}]`).join('  ')}`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`CLS at ${width}px (cpu ×${cpu}, ${latency} ms latency) over ${runs} cold loads: max ${Math.max(...results).toFixed(3)}, min ${Math.min(...results).toFixed(3)}`);
