/**
 * `dist/cdn/sdc-widgets.js`: the one script tag of README, as a small loader (issue 15). It knows every
 * tag, watches the page and imports an element's chunk the first time its tag appears, so a catalogue
 * page does not download the wizard. Chunks are imported by relative URLs that the bundler writes
 * (`./elements/<tag>.js`, `./chunks/*`), which the browser resolves against this file's own URL: the
 * folder can be hosted anywhere. `sdc-widgets.all.js` next to it registers everything in one request.
 *
 * It imports nothing that the element chunks share: a second copy of the kit on the page, or the
 * all-in-one file, must not be tied to this one (two copies: the first definition wins, define.ts).
 */
import { reserveSpace } from '../core/reserve-styles.js';

declare const __SDC_VERSION__: string | undefined;

/** The version of this build (package.json). */
export const VERSION: string = typeof __SDC_VERSION__ === 'string' ? __SDC_VERSION__ : '0.0.0-dev';

// Every element's define.ts, lazily: the build turns each into `import('./elements/<tag>.js')`.
const modules = import.meta.glob<Record<string, unknown>>('../elements/*/define.ts');
const chunks = new Map<string, () => Promise<unknown>>(
  Object.entries(modules).map(([path, load]) => [path.replace(/^.*\/(sdc-[^/]+)\/define\.ts$/, '$1'), load]),
);

/** src/i18n/messages.ts PAGE_MESSAGES_KEY: the page's wording, shared by every copy of the kit. */
const PAGE_MESSAGES = Symbol.for('sdc-widgets:page-messages');
interface PageMessages { overrides: Map<string, Map<string, string>>; listeners: Set<() => void> }

/**
 * The page's own wording, in one language (`it`, `en`, `de`): `registerMessages('it', { 'sdc-pratica-wizard.sendLong':
 * 'Presenta la richiesta' })`. Works before any element has loaded: it writes to the store the kit reads.
 */
export function registerMessages(locale: string, overrides: Record<string, string>): void {
  const g = globalThis as { [k: symbol]: PageMessages | undefined };
  const store = (g[PAGE_MESSAGES] ??= { overrides: new Map(), listeners: new Set() });
  const lang = locale.toLowerCase().slice(0, 2);
  let m = store.overrides.get(lang);
  if (!m) store.overrides.set(lang, (m = new Map()));
  for (const [k, v] of Object.entries(overrides)) if (typeof v === 'string') m.set(k, v);
  store.listeners.forEach((l) => l());
}

/** Every tag this loader can register. */
export const TAGS: readonly string[] = [...chunks.keys()].sort();

const PROVIDER = 'sdc-provider';
const selector = TAGS.join(',');

/**
 * Each element's chunks (its static imports, all levels), written in by the build (vite.config.ts,
 * `chunkDeps`): the loader asks for all of them at once instead of discovering them one level of
 * imports at a time. Empty where the sources run unbuilt.
 */
function chunkDeps(): Record<string, readonly string[]> {
  try {
    // [files, { tag: indexes into files }]
    const [files, tags] = JSON.parse('__SDC_CHUNK_DEPS__') as [string[], Record<string, number[]>];
    return Object.fromEntries(Object.entries(tags).map(([tag, i]) => [tag, i.map((n) => files[n])]));
  } catch {
    return {};
  }
}
const DEPS = chunkDeps();
const preloaded = new Set<string>();

/** Fetches an element's entry and chunks in parallel, before (or while) it is imported. */
function preload(tag: string): void {
  if (!DEPS[tag]) return; // unbuilt sources: there is no elements/ folder next to this file
  for (const file of [`elements/${tag}.js`, ...(DEPS[tag] ?? [])]) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    const path = `./${file}`; // a variable: Vite would turn a literal `new URL()` into an asset glob
    link.href = new URL(path, import.meta.url).href;
    document.head.append(link);
  }
}

const requested = new Map<string, Promise<CustomElementConstructor>>();
const observers: MutationObserver[] = [];

/**
 * Loads and registers one element (or returns the registered class): for scripts that need the class
 * itself, e.g. `class MyProvider extends (await load('sdc-provider')) {}`. Elements on the page need no call.
 */
export function load(tag: string): Promise<CustomElementConstructor> {
  let pending = requested.get(tag);
  if (pending) return pending;
  const chunk = chunks.get(tag);
  if (!chunk) return Promise.reject(new Error(`[sdc-widgets] unknown element <${tag}>`));
  const first: Promise<unknown>[] = [];
  // A provider on the page is defined before its consumers, as in the all-in-one file: a consumer
  // upgraded alone after the page's load would warn that it has no base URL (api-controller.ts).
  if (tag !== PROVIDER && chunks.has(PROVIDER) && !customElements.get(PROVIDER) && document.querySelector(PROVIDER)) {
    first.push(load(PROVIDER));
  }
  preload(tag);
  pending = Promise.all(first).then(chunk).then(
    () => customElements.whenDefined(tag),
    (e: unknown) => {
      requested.delete(tag); // a later appearance of the tag tries again (network back, CDN fixed)
      throw e;
    },
  );
  requested.set(tag, pending);
  if (requested.size === chunks.size) queueMicrotask(stopWatching);
  return pending;
}

/** A tag found on the page: one console line if its chunk cannot be fetched, never an unhandled rejection. */
function want(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  load(tag).catch((e: unknown) => {
    console.error(`[sdc-widgets] <${tag}> could not be loaded from ${import.meta.url}: ${e instanceof Error ? e.message : String(e)}`);
  });
}

function scan(root: ParentNode): void {
  if (root instanceof Element && chunks.has(root.localName)) want(root.localName);
  if (!selector) return;
  for (const el of root.querySelectorAll(selector)) want(el.localName);
}

/**
 * Watches a document or a shadow root for the kit's tags. The document and the kit's own shadow roots
 * are watched already; call it for a shadow root of your own page's components.
 */
export function observe(root: Document | ShadowRoot): void {
  if (requested.size === chunks.size) return;
  scan(root);
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) scan(n as Element);
  });
  mo.observe(root, { childList: true, subtree: true });
  observers.push(mo);
}

type RootListener = (root: ShadowRoot) => void;
const ROOTS = Symbol.for('sdc-widgets:render-roots'); // src/core/render-roots.ts RENDER_ROOTS_KEY
const onRoot: RootListener = (root) => observe(root);

function stopWatching(): void {
  // Every chunk is requested: nothing left to find.
  observers.splice(0).forEach((mo) => mo.disconnect());
  const listeners = (globalThis as { [k: symbol]: RootListener[] | undefined })[ROOTS];
  const i = listeners?.indexOf(onRoot) ?? -1;
  if (i >= 0) listeners!.splice(i, 1);
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  reserveSpace(document);
  const g = globalThis as { [k: symbol]: RootListener[] | undefined };
  (g[ROOTS] ??= []).push(onRoot);
  observe(document);
}
