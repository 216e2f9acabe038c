// `npm test`: builds the kit (the built bundle is under test too), runs the Node checks, then every
// browser test in headless Chromium. Stops at once, with one line, when there is no browser.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

if (!findChrome()) {
  console.error('No Chromium or Chrome found: install one (Debian: `apt-get install chromium`) or set CHROME_PATH.');
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
