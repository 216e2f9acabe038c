import { defineConfig, build, type Plugin, type UserConfig } from 'vite';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; dependencies: Record<string, string> };
const DEPENDENCIES = Object.keys(PACKAGE.dependencies);
const define = { __SDC_VERSION__: JSON.stringify(PACKAGE.version) };

// One ESM entry per element (`dist/elements/<tag>.js`) plus the index, sharing chunks (lit, api, ui).
const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
    .map((d) => [`elements/${d.name}`, `src/elements/${d.name}/define.ts`]),
);

/**
 * `--mode cdn` (issue 15) writes dist/cdn/:
 * - `sdc-widgets.js`, the loader (src/cdn/loader.ts): imports `elements/<tag>.js` when the tag appears;
 * - `elements/<tag>.js` and `chunks/*`: every dependency inlined, shared code in shared chunks;
 * - `sdc-widgets.all.js`: everything in one file (a second build, at the end of the first).
 * `manifest.json` is the real chunk graph that bench/size.mjs sums per page type.
 */
function cdnConfig(): UserConfig {
  return {
    publicDir: false,
    define,
    plugins: [minifyTemplatesPlugin(), chunkDeps(), allInOne()],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: true,
      sourcemap: true,
      manifest: true,
      reportCompressedSize: false,
      lib: { entry: { 'sdc-widgets': 'src/cdn/loader.ts', ...elementEntries }, formats: ['es'] },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
}

/**
 * Writes into the loader, for each element, every chunk its entry imports (all levels), so that it can
 * fetch them in parallel (`<link rel="modulepreload">`) rather than one level of imports per round trip.
 */
function chunkDeps(): Plugin {
  return {
    name: 'sdc-cdn-chunk-deps',
    apply: 'build',
    // Before minification, which then maps the result: the loader's sourcemap stays right.
    renderChunk(code, chunk, _options, meta) {
      if (chunk.fileName !== 'sdc-widgets.js') return null;
      const placeholder = /(["'`])__SDC_CHUNK_DEPS__\1/;
      if (!placeholder.test(code)) this.error('the loader lost its __SDC_CHUNK_DEPS__ placeholder');
      const deps: Record<string, string[]> = {};
      for (const c of Object.values(meta.chunks)) {
        const tag = /^elements\/(sdc-[\w-]+)\.js$/.exec(c.fileName)?.[1];
        if (!tag) continue;
        const seen = new Set<string>();
        const visit = (file: string) => {
          if (seen.has(file)) return;
          seen.add(file);
          meta.chunks[file]?.imports.forEach(visit);
        };
        c.imports.forEach(visit);
        deps[tag] = [...seen].sort();
      }
      // [files, { tag: indexes into files }]: each chunk name once.
      const files = [...new Set(Object.values(deps).flat())].sort();
      const table = [files, Object.fromEntries(Object.entries(deps).map(([t, d]) => [t, d.map((f) => files.indexOf(f))]))];
      return { code: code.replace(placeholder, () => JSON.stringify(JSON.stringify(table))), map: null };
    },
  };
}

/** The all-in-one file: its own build, without code splitting, into the same folder. */
function allInOne(): Plugin {
  let outDir = 'dist/cdn';
  return {
    name: 'sdc-cdn-all-in-one',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define,
        plugins: [minifyTemplatesPlugin()],
        build: {
          target: 'es2022',
          outDir,
          emptyOutDir: false,
          sourcemap: true,
          reportCompressedSize: false,
          lib: { entry: { 'sdc-widgets.all': 'src/cdn/all.ts' }, formats: ['es'] },
          rolldownOptions: { output: { minify: true, codeSplitting: false } },
        },
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cdn') return cdnConfig();
  return {
    publicDir: false, // mockServiceWorker.js belongs to the demo and tests, not to the kit
    // src/core/version.ts: one source of truth for the version, package.json.
    define,
    plugins: [minifyTemplatesPlugin()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: { index: 'src/index.ts', ...elementEntries }, formats: ['es'] },
      rolldownOptions: {
        // npm users share one Lit/zod with their app (and Node resolves Lit's SSR shim): keep
        // dependencies external there.
        external: (id: string) => DEPENDENCIES.some((d) => id === d || id.startsWith(`${d}/`)),
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
