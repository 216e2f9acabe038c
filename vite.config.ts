import { defineConfig } from 'vite';
import { readdirSync, existsSync, readFileSync } from 'node:fs';

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; dependencies: Record<string, string> };
const DEPENDENCIES = Object.keys(PACKAGE.dependencies);

// One ESM entry per element (`dist/elements/<tag>.js`) plus the index, sharing chunks (lit, api, ui);
// `--mode cdn` makes the single minified file for a `<script type="module">`.
const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
    .map((d) => [`elements/${d.name}`, `src/elements/${d.name}/define.ts`]),
);

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    publicDir: false, // mockServiceWorker.js belongs to the demo and tests, not to the kit
    // src/core/version.ts: one source of truth for the version, package.json.
    define: { __SDC_VERSION__: JSON.stringify(PACKAGE.version) },
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !cdn,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: cdn ? { 'sdc-widgets': 'src/index.ts' } : { index: 'src/index.ts', ...elementEntries },
        formats: ['es'],
      },
      rolldownOptions: {
        // npm users share one Lit/zod with their app (and Node resolves Lit's SSR shim): keep
        // dependencies external there; the CDN file carries everything.
        external: cdn ? [] : (id: string) => DEPENDENCIES.some((d) => id === d || id.startsWith(`${d}/`)),
        output: cdn ? { minify: true } : { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  };
});
