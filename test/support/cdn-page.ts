/** A CMS page that loads the kit's CDN files with one script tag (test/fixtures/cdn-elements.html), in an iframe. */
export type KitWindow = Window & typeof globalThis & { __kit?: unknown; __second?: unknown; __requested?: () => string[] };

export async function openPage(src: string): Promise<KitWindow> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as KitWindow;
}

export function recordConsole(win: KitWindow): { warnings: string[]; errors: string[] } {
  const log = { warnings: [] as string[], errors: [] as string[] };
  const c = win.console;
  const warn = c.warn.bind(c);
  const error = c.error.bind(c);
  c.warn = (...args: unknown[]) => { log.warnings.push(args.map(String).join(' ')); warn(...args); };
  c.error = (...args: unknown[]) => { log.errors.push(args.map(String).join(' ')); error(...args); };
  return log;
}

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }

/**
 * The files the build's chunk graph says a page with these tags needs (what bench/size.mjs sums);
 * with `onDemand`, also what the elements import later (the login's unread count, for a citizen signed in).
 */
export async function filesFor(tags: string[], onDemand = false): Promise<string[]> {
  const manifest = (await (await fetch('/dist/cdn/.vite/manifest.json')).json()) as Record<string, ManifestChunk>;
  const files = new Set(['sdc-widgets.js']);
  const visit = (m: ManifestChunk | undefined) => {
    if (!m || files.has(m.file)) return;
    files.add(m.file);
    (m.imports ?? []).forEach((k) => visit(manifest[k]));
    // Another language's catalogues (`x.messages.en-*.js`) load only on a page in that language.
    if (onDemand) (m.dynamicImports ?? []).filter((k) => !/\.messages\.[a-z]{2}\.ts$/.test(k)).forEach((k) => visit(manifest[k]));
  };
  for (const tag of tags) {
    const entry = Object.values(manifest).find((m) => m.isEntry && m.file === `elements/${tag}.js`);
    if (!entry) throw new Error(`no ${tag} entry in dist/cdn (npm test builds it)`);
    visit(entry);
  }
  return [...files].sort();
}

/** The source files (from the sourcemaps) the CDN files were built from. */
export async function sourcesOf(files: string[]): Promise<Set<string>> {
  const sources = new Set<string>();
  for (const f of files) {
    const res = await fetch(`/dist/cdn/${f}.map`);
    if (res.status === 404) continue; // an entry that only re-exports a shared chunk, or rolldown's runtime: no sources of its own
    const map = (await res.json()) as { sources: string[] };
    for (const s of map.sources) sources.add(s.replace(/^(\.\.\/)+/, ''));
  }
  return sources;
}
