// Screenshots at phone and desktop widths in Debian Chromium, to look at what we build.
// Usage: node scripts/screenshot.mjs <url> <name> [--wait "<css selector>"] [--wait-ms 1500]
// Writes screenshots/<name>-phone.png and screenshots/<name>-desktop.png.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const [url, name = 'page', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <name> [--wait selector] [--wait-ms N]');
  process.exit(2);
}
const opt = (flag) => { const i = rest.indexOf(flag); return i >= 0 ? rest[i + 1] : undefined; };
const waitFor = opt('--wait');
const waitMs = Number(opt('--wait-ms') ?? 1200);

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
try {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url, { waitUntil: 'networkidle' });
    if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 10000 }).catch(() => errors.push(`not found: ${waitFor}`));
    await page.waitForTimeout(waitMs);
    const file = `screenshots/${name}-${label}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, errors.length ? `console errors: ${errors.join(' | ')}` : '');
    await page.close();
  }
} finally {
  await browser.close();
}
