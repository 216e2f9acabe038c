import { DEFAULT_LOCALE, LOCALES, localeTag, type Locale } from './locale.js';

/**
 * Message catalogues, one per element or module.
 *
 * Italian is written inline in `x.messages.ts` and is the typed source of the keys; every other locale
 * lives in a sibling file (`x.messages.en.ts`, `x.messages.de.ts`) typed `TranslationOf<typeof it>` and
 * loaded with `import()` the first time a page asks for that locale, so an Italian page downloads no
 * other language. While a locale loads the translator answers in Italian; when it arrives every
 * listener of `onMessagesChange` (each connected element) renders again.
 *
 * Every catalogue has a namespace (`sdc-pratica-wizard`, `ui`…): a message's public key is
 * `namespace.key`, the key an ente uses to override it (`registerMessages`, the `messages` property).
 */

export type Params = Record<string, string | number>;
/** A translation of a catalogue: every key of the Italian source, nothing more (a missing key is a type error). */
export type TranslationOf<T> = { [K in keyof T]: string };
export type Translate<K extends string> = (locale: Locale, key: K, params?: Params) => string;
/** Loads one locale of one catalogue: `() => import('./x.messages.en.js')`. */
export type Loader<K extends string> = () => Promise<{ default: Record<K, string> }>;

/**
 * Every catalogue's Italian source by namespace, filled by declaration merging in each `*.messages.ts`,
 * so override keys are typed: `registerMessages('it', { 'sdc-login.logout': 'Esci dal sito' })`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SdcMessageCatalogs {}
type KeyOf<N extends keyof SdcMessageCatalogs> = `${N & string}.${keyof SdcMessageCatalogs[N] & string}`;
/** `namespace.key` of any message of the kit. */
export type MessageKey = [keyof SdcMessageCatalogs] extends [never] ? string : { [N in keyof SdcMessageCatalogs]: KeyOf<N> }[keyof SdcMessageCatalogs];
/** Overrides by `namespace.key`. */
export type MessageOverrides = Partial<Record<MessageKey, string>>;
/**
 * What an element's `messages` property takes: overrides for whatever language it renders in
 * (`{ 'sdc-login.logout': '…' }`), or per language (`{ it: {…}, de: {…} }`), or both.
 */
export type ElementMessages = MessageOverrides | Partial<Record<Locale, MessageOverrides>>;

interface Entry {
  readonly ns: string;
  readonly it: Record<string, string>;
  readonly loaders: Partial<Record<Locale, Loader<string>>>;
  readonly loaded: Map<Locale, Record<string, string>>;
  readonly pending: Map<Locale, Promise<void>>;
}

const registry = new Map<string, Entry>();
const listeners = new Set<(locale: Locale | undefined) => void>();

function notify(locale: Locale | undefined): void {
  for (const l of [...listeners]) l(locale);
}

/**
 * The page's overrides live in one global store, not in this module: the CDN loader
 * (src/cdn/loader.ts) writes to it without importing the kit, and a second copy of the kit on the page
 * reads the same wording. Each copy registers its notifier there.
 */
export const PAGE_MESSAGES_KEY = 'sdc-widgets:page-messages';
export interface PageMessages {
  readonly overrides: Map<string, Map<string, string>>;
  readonly listeners: Set<() => void>;
}
const pageStore: PageMessages = ((globalThis as { [k: symbol]: PageMessages | undefined })[Symbol.for(PAGE_MESSAGES_KEY)] ??= {
  overrides: new Map(),
  listeners: new Set(),
});
pageStore.listeners.add(() => notify(undefined));
const pageOverrides = pageStore.overrides;
const notifyPage = (): void => pageStore.listeners.forEach((l) => l());

/**
 * Runs `fn` whenever messages change: a locale finished loading (its catalogues are now complete), or a
 * page registered overrides, or other content elements render arrived (`undefined`). One shared
 * notifier, so elements never poll. Returns the unsubscribe.
 */
export function onMessagesChange(fn: (locale: Locale | undefined) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Something every element may render changed though no wording did (the rich-text sanitizer arrived,
 * ui/sanitize.ts): listeners of `onMessagesChange` (each connected element) render again.
 */
export function notifyContentChange(): void {
  notify(undefined);
}

/**
 * Declares one catalogue: its namespace, the Italian source and where its other locales are.
 * Returns the typed translator `(locale, key, params)`. `ns#part` declares a part of an element's
 * catalogue kept in a chunk of its own (`'sdc-pratica-wizard#late-steps'`): its keys are still public
 * as `ns.key`.
 */
export function defineMessages<K extends string>(
  ns: string,
  it: Record<K, string>,
  loaders: Partial<Record<Exclude<Locale, 'it'>, Loader<K>>> = {},
): Translate<K> {
  const entry: Entry = { ns: ns.split('#')[0]!, it, loaders: loaders as Entry['loaders'], loaded: new Map([['it', it]]), pending: new Map() };
  // Two copies of one module (two bundles on a page) keep the first: same strings.
  if (!registry.has(ns)) registry.set(ns, entry);
  return (locale, key, params) => format(lookup(entry, locale, key), params, locale);
}

/** The element scope: overrides of the element being rendered (see `withMessageScope`). */
let scope: readonly ElementMessages[] = [];

function fromElement(locale: Locale, id: string): string | undefined {
  for (const m of scope) {
    const perLocale = (m as Partial<Record<Locale, MessageOverrides>>)[locale];
    const v = (perLocale && typeof perLocale === 'object' ? (perLocale as Record<string, string>)[id] : undefined)
      ?? (m as Record<string, unknown>)[id];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

function lookup(entry: Entry, locale: Locale, key: string): string {
  const id = `${entry.ns}.${key}`;
  if (scope.length) {
    const own = fromElement(locale, id);
    if (own !== undefined) return own;
  }
  const page = pageOverrides.get(locale)?.get(id);
  if (page !== undefined) return page;
  const table = entry.loaded.get(locale);
  if (!table && locale !== DEFAULT_LOCALE) void loadMessages(locale);
  return table?.[key] ?? entry.it[key] ?? key;
}

/**
 * Loads `locale` for every catalogue defined so far (the ones the page's elements imported), in
 * parallel; resolves when all are in and listeners have been told. Loading them together means a
 * string computed outside a render (a validation message) is never left in Italian because its
 * catalogue was not asked for yet. Tests and Node scripts await it before using a locale.
 */
export function loadMessages(locale: Locale): Promise<void> {
  const jobs: Promise<unknown>[] = [];
  for (const e of registry.values()) {
    const load = e.loaders[locale];
    if (e.loaded.has(locale) || !load) continue;
    let p = e.pending.get(locale);
    // A chunk that fails to load (offline, moved CDN folder) leaves Italian in place; a later render retries.
    if (!p) e.pending.set(locale, (p = load().then((m) => { e.loaded.set(locale, m.default); }, console.warn).finally(() => e.pending.delete(locale))));
    jobs.push(p);
  }
  return jobs.length ? Promise.all(jobs).then(() => notify(locale)) : Promise.resolve();
}

/** True when every catalogue defined so far has `locale` in memory. */
export function hasMessages(locale: Locale): boolean {
  for (const e of registry.values()) if (!e.loaded.has(locale) && e.loaders[locale]) return false;
  return true;
}

/**
 * Overrides strings for the whole page, in one language: `registerMessages('it', { 'sdc-pratica-wizard.submit': 'Invia la domanda' })`.
 * Later calls add to (and win over) earlier ones; elements already on the page render again.
 */
export function registerMessages(locale: Locale, overrides: MessageOverrides): void {
  let m = pageOverrides.get(locale);
  if (!m) pageOverrides.set(locale, (m = new Map()));
  for (const [k, v] of Object.entries(overrides as Record<string, string | undefined>)) {
    if (typeof v === 'string') m.set(k, v);
  }
  notifyPage();
}

/** Removes every page override (tests; a page that swaps its wording set). */
export function clearMessages(): void {
  pageOverrides.clear();
  notifyPage();
}

/**
 * Runs `fn` (an element's update) with `overrides` in force: translators called meanwhile answer from
 * them first. Render is synchronous, so a scope set around it is exactly the element's own strings.
 */
export function withMessageScope<T>(overrides: readonly ElementMessages[], fn: () => T): T {
  const prev = scope;
  scope = overrides;
  try {
    return fn();
  } finally {
    scope = prev;
  }
}

/** Every catalogue defined so far: its Italian source and loaders (the completeness test). @internal */
export function catalogues(): ReadonlyMap<string, { it: Record<string, string>; loaders: Partial<Record<Locale, Loader<string>>> }> {
  return registry;
}

export { LOCALES };

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralCategory(n: number, locale: Locale): string {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(localeTag(locale))));
  return r.select(n);
}

/** `{name, =0 {…} one {…} few {…} other {…}}`: branches may hold `{placeholders}`, one level deep. */
const PLURAL = /\{(\w+),((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const BRANCH = /(=\d+|\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

/**
 * Fills `{name}` placeholders and plural forms. Plurals follow the locale's `Intl.PluralRules`:
 * `{count, =0 {nessun risultato} one {# risultato} other {# risultati}}`; a category the text does not
 * spell (Italian `many` for a million) falls back to `other`. `#` is the number.
 */
export function format(template: string, params?: Params, locale: Locale = DEFAULT_LOCALE): string {
  if (!params) return template;
  return template
    .replace(PLURAL, (whole, name: string, body: string) => {
      if (!(name in params)) return whole;
      const n = Number(params[name]);
      const branches = new Map([...body.matchAll(BRANCH)].map((m) => [m[1], m[2]]));
      return (branches.get(`=${n}`) ?? branches.get(pluralCategory(n, locale)) ?? branches.get('other') ?? '').replace(/#/g, String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
