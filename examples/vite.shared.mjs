// One Vite config per example, all alike: `npm run examples` builds them to examples/<name>/dist/.
// `sdc-widgets` resolves to this repository's source, as the npm package would in an app.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('..', import.meta.url));

/** @param {string} name  @param {import('vite').UserConfig} [extra] @returns {import('vite').UserConfig} */
export function exampleConfig(name, extra = {}) {
  return {
    root: resolve(project, 'examples', name),
    base: './',
    publicDir: resolve(project, 'public'), // mockServiceWorker.js at "/", for the mock tenant
    logLevel: 'warn',
    ...extra,
    resolve: {
      ...extra.resolve,
      alias: { 'sdc-widgets': resolve(project, 'src/index.ts'), ...extra.resolve?.alias },
    },
    server: { host: '127.0.0.1', fs: { allow: [project] } },
    // Not under dist/: that folder is the npm package ("files"), and the examples are not part of it.
    build: { outDir: resolve(project, 'examples', name, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  };
}
