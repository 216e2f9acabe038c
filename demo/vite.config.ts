import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { siteFooter, siteHeader } from './site.js';
import { purgeCss, usedWords } from './build/purge-css.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const project = resolve(root, '..');
const { version } = JSON.parse(readFileSync(resolve(project, 'package.json'), 'utf8')) as { version: string };
const pages = ['index', 'servizio', 'richiesta', 'area-personale', 'prenota', 'componi'];
// The tenant pages msw cannot answer (navigations), served at {base}/… by public/demo-worker.js.
const mockPages = ['login', 'logout', 'checkout', 'document', 'control'];

/** Writes the site's header and footer into each page (`<body data-page>`), inside its `<sdc-provider>`. */
function siteChrome(): Plugin {
  return {
    name: 'sdc-demo-site-chrome',
    transformIndexHtml(html, ctx) {
      const page = /<body[^>]*\bdata-page="([^"]*)"/.exec(html)?.[1];
      if (page === undefined) return html;
      // Pages in a subfolder (preview/, mock/) link to the site's pages one level up.
      const root = '../'.repeat(ctx.path.split('/').length - 2) || './';
      return html
        .replace(/<body\b/, `<body data-root="${root}"`)
        .replace(/(<sdc-provider\b[^>]*>)/, (m) => `${m}${siteHeader(page, root)}`)
        .replace('</sdc-provider>', `${siteFooter(root)}</sdc-provider>`);
    },
  };
}

/**
 * Built pages preload Titillium Web: a header line set in the fallback font wraps differently, and the
 * swap would move everything under it on a phone (CLS).
 */
function preloadFonts(): Plugin {
  return {
    name: 'sdc-demo-preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/<body[^>]*\bdata-page=/.test(html)) return []; // the mock tenant's pages use system fonts
        const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /titillium-web-.*latin-(regular|300|600|700)-.*\.woff2$/.test(f));
        const up = '../'.repeat(ctx.path.split('/').length - 2);
        return fonts.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${up}${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// `npm start`: the demo municipality "Comune di Esempio" on the embedded mock backend.
// `npm run build:demo`: the same site as static files in dist-demo/, relative URLs only (any host, any sub-path).
export default defineConfig(({ command }) => ({
  root,
  base: './',
  publicDir: resolve(project, 'public'), // mockServiceWorker.js and demo-worker.js beside the pages
  server: { port: 5173, host: '127.0.0.1', fs: { allow: [project] } },
  plugins: [siteChrome(), preloadFonts()],
  // The kit's VERSION, as in the library build (the embed builder pins the CDN snippet to it).
  define: { __SDC_VERSION__: JSON.stringify(version) },
  // The built demo ships only the Bootstrap Italia rules its pages and the kit can use.
  css: command === 'build' ? { postcss: { plugins: [purgeCss(usedWords([root, resolve(project, 'src'), resolve(project, 'mocks/pages')]))] } } : {},
  build: {
    outDir: resolve(project, 'dist-demo'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        ...Object.fromEntries(pages.map((p) => [p, resolve(root, `${p}.html`)])),
        ...Object.fromEntries(mockPages.map((p) => [`mock-${p}`, resolve(root, `mock/${p}.html`)])),
      },
    },
  },
}));
