import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { readFileSync } from 'node:fs';
import { resolveChrome } from './scripts/find-chrome.mjs';
import { timeZonePlugin } from './test/support/time-zone-plugin.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// The system Chromium, else the one shipped in node_modules (scripts/find-chrome.mjs).
const chrome = await resolveChrome();
if (chrome.source !== 'system') console.log(`Chromium: ${chrome.source} (no system browser found)`);

const args = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
  '--disable-default-apps', '--disable-extensions', '--metrics-recording-only', '--mute-audio',
  // The machine reaches no outside host: resolve only loopback so Chromium never tries.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

// Stories import 'storybook/test', whose CommonJS deps the dev server cannot serve; tests only reuse args/render.
const stubStorybookTest = {
  name: 'stub-storybook-test',
  resolveImport({ source }) {
    if (source === 'storybook/test') return '/test/stubs/storybook-test.js';
  },
};

/** Prints `N passed, N failed, N skipped` alone as the very last line, for CI. */
function closingLine() {
  let line = '';
  return {
    start() { process.once('exit', () => line && process.stdout.write(`${line}\n`)); },
    onTestRunFinished({ sessions }) {
      let passed = 0, failed = 0, skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        s.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length) failed++;
      }
      line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
    },
  };
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // The same VERSION as the build (vite.config.ts `define`), so tests see the real one.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { __SDC_VERSION__: JSON.stringify(version) } }), stubStorybookTest, timeZonePlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome.executablePath, headless: true, args: [...args, ...chrome.args], env: chrome.env },
      // One browser context (its own window) per test file: a background tab is "hidden" and never
      // fires requestAnimationFrame, which hangs fixture().
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // msw's worker lives in public/; serve it at "/" so its scope covers the test page.
  middleware: [(ctx, next) => {
    if (ctx.path === '/mockServiceWorker.js') ctx.path = '/public/mockServiceWorker.js';
    return next();
  }],
  filterBrowserLogs: ({ args: a }) => !String(a[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), closingLine()],
  testFramework: { config: { timeout: 15000 } },
  concurrency: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 600000,
};
