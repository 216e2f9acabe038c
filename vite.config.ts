import { defineConfig, build, type Plugin, type UserConfig } from 'vite';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import pageTypes from './bench/page-types.json' with { type: 'json' };

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
  const kit = kitChunks();
  return {
    publicDir: false,
    define,
    plugins: [minifyTemplatesPlugin(), kit.plugin, chunkDeps(), allInOne()],
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
          codeSplitting: { groups: kit.groups },
        },
      },
    },
  };
}

/**
 * Shared chunks cut along the pages enti build (bench/page-types.json) rather than along every
 * combination of the 16 elements: `kit` holds what every page type loads (Lit, zod, the client,
 * provider, login); the rest is grouped by the page types that load it, e.g. `shared-request_area`
 * for the pratica code of the wizard and the area personale. The default split made 64 files, and a
 * page paid gzip's start-up cost and a request on each of its 16–52.
 * What a page imports later (`import()`: a later step, the unread count once signed in) counts as a
 * page of its own, so that it never pulls in a chunk made for bigger pages; but not for a module its
 * own pages already load first (the wizard's later steps reuse the first step's code). Another
 * language's catalogue keeps its own small chunk, and an element imported later (an area personale
 * tab) is an entry of its own.
 * An element no page type has (profile, thread, payment panel…) may sit alone on a CMS page: a group
 * is cut where one of them would otherwise download much code it never runs (see `cut`), e.g. the
 * field renderers the profile shares with the wizard are not in one chunk with the form engine.
 */
function kitChunks() {
  const typed = pageTypes.pages.filter((p) => p.tags);
  const onPages = new Set(typed.flatMap((p) => p.tags ?? []));
  const GROUPS = 100;
  // Filled once the module graph is known (buildEnd); rolldown asks the groups below afterwards.
  const chunks = new Map<string, { name: string; rank?: number }>();
  const plugin: Plugin = {
    name: 'sdc-cdn-kit-chunks',
    apply: 'build',
    buildEnd() {
      const closure = (roots: string[]) => {
        const seen = new Set<string>();
        const reach = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          this.getModuleInfo(id)?.importedIds.forEach(reach);
        };
        roots.forEach(reach);
        return seen;
      };
      const entryOf = (tag: string) => resolve(`src/elements/${tag}/define.ts`);
      const pages = typed.map((p) => ({ key: p.key, has: closure((p.tags ?? []).map(entryOf)) }));
      const later = [...new Set(pages.flatMap((p) => [...p.has]).flatMap((id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? []))]
        // Not another language (one small chunk each), nor another element (an entry of its own).
        .filter((id) => !/\.messages\.[a-z]{2}\.ts$|\/src\/elements\/[\w-]+\/define\.ts$/.test(id))
        .map((id) => ({
          key: basename(id, '.ts'),
          has: closure([id]),
          by: pages.filter((p) => this.getModuleInfo(id)?.dynamicImporters.some((i) => p.has.has(i))).map((p) => p.key),
        }));
      const alone = readdirSync('src/elements')
        .filter((tag) => !onPages.has(tag) && existsSync(entryOf(tag)))
        .map((tag) => ({ key: tag.replace(/^sdc-/, ''), has: closure([entryOf(tag)]) }));
      const loader = closure([resolve('src/cdn/loader.ts')]);
      const groups = new Map<string, string[]>();
      // Sorted: the same source gives the same chunks, whatever order the modules were loaded in.
      for (const id of [...this.getModuleIds()].sort()) {
        if (loader.has(id)) continue; // the loader stays one file
        const on = pages.filter((p) => p.has.has(id)).map((p) => p.key);
        if (on.length === pages.length) {
          chunks.set(id, { name: 'kit' });
          continue;
        }
        const after = later.filter((l) => l.has.has(id) && !l.by.every((p) => on.includes(p))).map((l) => l.key);
        const signature = [...on, ...after];
        // One page's own code stays where rolldown puts it (its entry, a later step), unless an
        // element alone shares it: then it is that page's group.
        if (signature.length < 2 && !(signature.length === 1 && alone.some((e) => e.has.has(id)))) continue;
        groups.set(signature.join('+'), [...(groups.get(signature.join('+')) ?? []), id]);
      }
      const size = (ids: Iterable<string>) => [...ids].reduce((n, id) => n + (this.getModuleInfo(id)?.code?.length ?? 0), 0);
      const pieces = [...groups].flatMap(([signature, ids]) => cut(signature, ids, alone, size, (id) => this.getModuleInfo(id)?.importedIds ?? []));
      // Made in this order (priority): what a piece imports is in its chunk before rolldown makes the
      // importer's (a group takes in the imports it finds free), so no page loads code it does not use.
      const piece = new Map(pieces.flatMap((p, i) => p.ids.map((id) => [id, i] as const)));
      const made: number[] = [];
      const make = (i: number, path = new Set<number>()) => {
        if (made.includes(i) || path.has(i)) return;
        path.add(i);
        for (const id of pieces[i]!.ids) for (const dep of this.getModuleInfo(id)?.importedIds ?? []) if (piece.has(dep)) make(piece.get(dep)!, path);
        made.push(i);
      };
      pieces.forEach((_, i) => make(i));
      if (made.length > GROUPS) this.error(`kitChunks: ${made.length} shared chunks, raise GROUPS`);
      const names = new Set<string>();
      made.forEach((i, k) => {
        let name = `shared-${pieces[i]!.name}`;
        while (names.has(name)) name += '+';
        names.add(name);
        for (const id of pieces[i]!.ids) chunks.set(id, { rank: GROUPS - k, name });
      });
    },
  };
  const groups = [
    { name: 'kit', priority: GROUPS + 1, test: (id: string) => chunks.get(id)?.name === 'kit' },
    ...Array.from({ length: GROUPS }, (_, i) => i + 1).map((rank) => ({
      name: (id: string) => (chunks.get(id)?.rank === rank ? chunks.get(id)!.name : null),
      debugName: `shared, rank ${rank}`,
      priority: rank,
      test: (id: string) => chunks.get(id)?.rank === rank,
    })),
  ];
  return { plugin, groups };
}

/**
 * Cuts the modules of one group (loaded by the same page types) into pieces, a chunk each, for the
 * elements used alone: first one piece per set of them that use a module, then pieces merged two by
 * two, cheapest first, while none of them downloads from the group more than SPLIT characters of
 * source it never runs (~3–4 KB gzip) and no two pieces import each other. A page loads every piece of
 * its groups, and each more file costs it a request and gzip's lost context (~0.3 KB): hence a budget
 * rather than exact pieces. With 14 000 the profile alone gets its fields without the form engine,
 * and no page type is heavier than with whole groups (`node bench/size.mjs`, issue 15).
 */
function cut(
  signature: string,
  ids: string[],
  alone: Array<{ key: string; has: Set<string> }>,
  size: (ids: Iterable<string>) => number,
  imports: (id: string) => readonly string[],
): Array<{ name: string; ids: string[] }> {
  const SPLIT = 14_000;
  const byUsers = new Map<string, string[]>();
  for (const id of ids) {
    const users = alone.filter((e) => e.has.has(id)).map((e) => e.key).join('+');
    byUsers.set(users, [...(byUsers.get(users) ?? []), id]);
  }
  let pieces = [...byUsers.values()].map((p) => new Set(p));
  /** What each element alone downloads from the group and does not run; the sum, or Infinity over budget. */
  const waste = (ps: Array<Set<string>>) => {
    let total = 0;
    for (const e of alone) {
      const unused = ps.filter((p) => [...p].some((id) => e.has.has(id))).reduce((n, p) => n + size([...p].filter((id) => !e.has.has(id))), 0);
      if (unused > SPLIT) return Infinity;
      total += unused;
    }
    return total;
  };
  const cyclic = (ps: Array<Set<string>>) => {
    const of = (id: string) => ps.findIndex((p) => p.has(id));
    const state = new Map<number, 'open' | 'done'>();
    const visit = (i: number): boolean => {
      if (state.get(i) === 'done') return false;
      if (state.get(i) === 'open') return true;
      state.set(i, 'open');
      for (const id of ps[i]!) for (const dep of imports(id)) {
        const j = of(dep);
        if (j >= 0 && j !== i && visit(j)) return true;
      }
      state.set(i, 'done');
      return false;
    };
    return ps.some((_, i) => visit(i));
  };
  for (;;) {
    let best: { cost: number; next: Array<Set<string>> } | undefined;
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const next = [...pieces.filter((_, k) => k !== i && k !== j), new Set([...pieces[i]!, ...pieces[j]!])];
        const cost = waste(next);
        if (cost < (best?.cost ?? Infinity) && !cyclic(next)) best = { cost, next };
      }
    }
    if (!best) break;
    pieces = best.next;
  }
  return pieces.map((p) => {
    const users = alone.filter((e) => [...p].some((id) => e.has.has(id))).map((e) => e.key);
    const who = users.length > 3 ? `${users.length}-alone` : users.join('+');
    return { name: pieces.length > 1 && who ? `${signature}+${who}` : signature, ids: [...p] };
  });
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
