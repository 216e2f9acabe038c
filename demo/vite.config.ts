import { defineConfig, runnerImport, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const project = resolve(root, '..');
const pages = ['index', 'servizio', 'richiesta', 'area-personale', 'prenota'];

/** The mock SPID/CIE login and pagoPA checkout pages (msw cannot answer page navigations). */
async function mockPages(): Promise<Plugin[]> {
  const file = resolve(project, 'mocks/vite-plugin.ts');
  if (!existsSync(file)) return [];
  // Node cannot import .ts itself: load it through Vite's module runner.
  const { module: mod } = await runnerImport<typeof import('../mocks/vite-plugin.js')>(file);
  return [mod.mockPagesPlugin()];
}

// `npm start`: the demo municipality "Comune di Esempio" on the embedded mock backend.
export default defineConfig(async () => ({
  root,
  publicDir: resolve(project, 'public'), // mockServiceWorker.js at "/"
  server: { port: 5173, host: '127.0.0.1', fs: { allow: [project] } },
  plugins: await mockPages(),
  build: {
    outDir: resolve(project, 'dist/demo'),
    emptyOutDir: true,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, resolve(root, `${p}.html`)])) },
  },
}));
