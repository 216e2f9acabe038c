// `npm test`: builds the kit (the built bundle is under test too), runs the Node checks, then every
// browser test in headless Chromium (the system's, else the one shipped in node_modules: find-chrome.mjs).
// Stops at once, with one line, when there is no browser.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolveChrome } from './find-chrome.mjs';

// Unpacks the bundled Chromium now (once, ~2 s) rather than inside the test runner's start-up.
try {
  await resolveChrome();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const only = process.argv.slice(2);
if (only.length === 0) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'warn']);
  // Node 20 reads a directory argument as no test at all: name the files.
  const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => `test/node/${f}`);
  run('node', ['--import', 'tsx', '--test', '--test-reporter=dot', ...nodeTests]);
}
run('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...(process.env.CI ? ['--static-logging'] : []), ...only]);
