// Which Chromium the tests, the demo checks and the screenshots drive.
//
// 1. CHROME_PATH, else an installed Chrome/Chromium (CI installs Debian's `chromium`: the primary path);
// 2. else the Chromium shipped inside the `@sparticuz/chromium` devDependency, so that `npm install &&
//    npm test` works on a machine with Node and nothing else (no browser download at install time: the
//    binary is in the npm tarball, brotli-compressed). It is unpacked once into node_modules/.cache, with
//    the few shared libraries it needs (NSS, NSPR, expat: its `al2023` bundle) and its own fonts.
//
// `SDC_IGNORE_SYSTEM_CHROME=1` skips step 1 (how the fallback is tested on a machine that has Chromium).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeline } from 'node:stream/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import { createBrotliDecompress } from 'node:zlib';

const CANDIDATES = [
  '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(project, 'package.json'));

/** CHROME_PATH first, then the usual install locations; undefined when there is none. */
export function findChrome() {
  if (process.env.SDC_IGNORE_SYSTEM_CHROME === '1') return undefined;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** The bundled package's folder and version, or undefined when it is not installed (or not on Linux x64). */
function bundled() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    // Its exports map hides package.json: walk up from its entry point.
    let dir = dirname(require.resolve('@sparticuz/chromium'));
    while (!existsSync(join(dir, 'bin', 'chromium.br')) && dirname(dir) !== dir) dir = dirname(dir);
    return { dir, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
  } catch {
    return undefined;
  }
}

async function unbrotli(from, to, tar) {
  if (!tar) {
    await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode: 0o755 }));
    return;
  }
  // tar-fs is @sparticuz/chromium's own dependency: resolve it from there, hoisted or not.
  const { extract } = createRequire(from).call(null, 'tar-fs');
  await pipeline(createReadStream(from), createBrotliDecompress(), extract(to));
}

/**
 * The browser to launch: `{ executablePath, args, env, source }`. `args` and `env` are what the bundled
 * Chromium needs on top of the caller's own flags (none for a system browser). Throws, with what to
 * do, when there is no browser at all.
 */
export async function resolveChrome() {
  const system = findChrome();
  if (system) return { executablePath: system, args: [], env: process.env, source: 'system' };
  const pkg = bundled();
  if (!pkg) {
    throw new Error('No Chromium or Chrome found: run `npm install` (it brings @sparticuz/chromium on Linux x64), '
      + 'install one (Debian: `apt-get install chromium`) or set CHROME_PATH.');
  }
  const cache = join(project, 'node_modules', '.cache', 'sdc-chromium', pkg.version);
  const executablePath = join(cache, 'chromium');
  if (!existsSync(executablePath)) {
    // Unpacked beside, then renamed: two processes starting at once never see half a binary.
    const tmp = `${cache}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const bin = join(pkg.dir, 'bin');
    await Promise.all([
      unbrotli(join(bin, 'chromium.br'), join(tmp, 'chromium'), false),
      unbrotli(join(bin, 'al2023.tar.br'), tmp, true), // lib/: libnss3, libnspr4, libexpat…
      unbrotli(join(bin, 'fonts.tar.br'), join(tmp, 'fonts'), true), // fonts.conf + a sans-serif
      unbrotli(join(bin, 'swiftshader.tar.br'), tmp, true), // software GL, loaded from the binary's folder
    ]);
    // The shipped fonts.conf names Lambda's folders (/tmp/fonts…): point it at this copy, then the system's.
    writeFileSync(join(tmp, 'fonts', 'fonts.conf'), `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${join(cache, 'fonts', 'fonts')}</dir>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <cachedir>${join(cache, 'fonts-cache')}</cachedir>
</fontconfig>
`);
    mkdirSync(dirname(cache), { recursive: true });
    try {
      renameSync(tmp, cache);
    } catch (e) {
      // Another process won the race: use its copy.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw e;
    }
  }
  const lib = join(cache, 'lib');
  return {
    executablePath,
    // A headless-shell build; no zygote (its sandbox helpers are not shipped) and no GPU process.
    args: ['--no-zygote', '--in-process-gpu', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    env: {
      ...process.env,
      LD_LIBRARY_PATH: [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: join(cache, 'fonts'),
    },
    source: `@sparticuz/chromium ${pkg.version}`,
  };
}
