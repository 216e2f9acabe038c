import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { hasMessages, loadMessages } from '../../i18n/messages.js';
import { retryingImport, type ImportUrl } from '../../core/retry-import.js';

/** Where a part is: not asked for, being imported, here, or its import failed while the citizen needed it. */
export type PartState = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * A piece of the wizard in a chunk of its own (issue 15: a request page downloads what its first step
 * needs, the rest arrives by `import()` before the citizen gets there). One per page, shared by every
 * wizard on it, as the module is.
 *
 * `prefetch()` starts the import when the wizard knows it will need it; a failed prefetch is silent
 * (the part goes back to `idle` and the step that needs it tries again). `need()` is the step asking:
 * a failure then shows, and `retry()` imports again, as `retryingImport` does (core/retry-import.ts:
 * the URL the failure named, with `?retry=n`).
 *
 * A part may bring wording of its own (late-steps.messages.ts): it is `ready` once that wording is in
 * the languages the page's wizards speak too (`LazyPart.locales`), as lazy-elements.ts does for an
 * element, so an English page never shows the step in Italian first.
 */
export class LazyPart<T> {
  /** The languages the wizards on the page render in (LazyParts records its host's). */
  static readonly locales = new Set<Locale>();

  #load: () => Promise<T>;
  #state: PartState = 'idle';
  #needed = false;
  #pending?: Promise<T | undefined>;
  #module?: T;
  readonly #listeners = new Set<() => void>();

  constructor(
    readonly name: string,
    private readonly load: () => Promise<T>,
    private readonly importUrl?: ImportUrl<T>,
  ) {
    this.#load = retryingImport(load, importUrl);
  }

  get state(): PartState {
    return this.#state;
  }

  /** The module, once imported. */
  get module(): T | undefined {
    return this.#module;
  }

  /** Starts the import ahead of time; nothing shows if it fails. */
  prefetch(): Promise<T | undefined> {
    return this.#start();
  }

  /** The step needs the part now: resolves with it, or undefined when the import failed (state `failed`). */
  need(): Promise<T | undefined> {
    this.#needed = true;
    if (this.#state === 'failed') return Promise.resolve(undefined);
    return this.#start();
  }

  /** Imports again after a failure ("Riprova"). */
  retry(): Promise<T | undefined> {
    if (this.#state !== 'failed') return this.need();
    this.#set('idle');
    return this.need();
  }

  /** Calls `fn` on every change of state; returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /**
   * The seam tests use in place of the network: replaces the import (a failing or never-ending one)
   * and forgets the module imported so far. Returns the function that puts the real import back.
   */
  stub(load: () => Promise<T>): () => void {
    this.#load = load;
    this.#reset();
    return () => {
      this.#load = retryingImport(this.load, this.importUrl);
      this.#reset();
    };
  }

  #reset(): void {
    this.#module = undefined;
    this.#pending = undefined;
    this.#needed = false;
    this.#set('idle');
  }

  #start(): Promise<T | undefined> {
    if (this.#module) return Promise.resolve(this.#module);
    if (this.#pending) return this.#pending;
    this.#set('loading');
    const pending: Promise<T | undefined> = this.#load().then(withWording).then(
      (m) => {
        if (this.#pending !== pending) return undefined;
        this.#pending = undefined;
        this.#module = m;
        this.#set('ready');
        return m;
      },
      () => {
        if (this.#pending !== pending) return undefined;
        this.#pending = undefined;
        this.#set(this.#needed ? 'failed' : 'idle');
        return undefined;
      },
    );
    this.#pending = pending;
    return pending;
  }

  #set(s: PartState): void {
    this.#state = s;
    for (const fn of [...this.#listeners]) fn();
  }
}

/** Resolves with `m` once the catalogues it defined are in every language of the page (Italian is inline; a failure leaves Italian). */
async function withWording<T>(m: T): Promise<T> {
  const missing = [...LazyPart.locales].filter((l) => !hasMessages(l));
  if (missing.length) await Promise.all(missing.map((l) => loadMessages(l)));
  return m;
}

/** Renders the host again whenever one of its parts arrives or fails, and says so to `onChange`. */
export class LazyParts implements ReactiveController {
  readonly #off: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: ReadonlyArray<LazyPart<unknown>>,
    private readonly onChange: () => void = () => undefined,
    private readonly locale?: () => Locale,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // Before any import this render may start: the part's wording comes in this language too.
    const l = this.locale?.();
    if (l && l !== 'it') LazyPart.locales.add(l);
  }

  hostConnected(): void {
    for (const p of this.parts) {
      this.#off.push(p.subscribe(() => {
        this.host.requestUpdate();
        this.onChange();
      }));
    }
  }

  /** A step shows `part`: import it unless it is here, on its way, or failed (then "Riprova" imports it). */
  want(part: LazyPart<unknown>): PartState {
    // After this render: the import's start renders the host again.
    if (part.state === 'idle') queueMicrotask(() => void part.need());
    return part.state;
  }

  hostDisconnected(): void {
    this.#off.splice(0).forEach((off) => off());
  }
}

/**
 * Adds a part's stylesheet to the host's shadow root, once: Lit adopts `static styles` only when it
 * makes the root, and the part's rules (Riepilogo, Conferma, pagoPA) come with its chunk. Called before
 * the part's first render, so its step never shows unstyled.
 */
export function adoptPartStyles(renderRoot: HTMLElement | DocumentFragment, styles: CSSResult): void {
  // SdcElement renders into a frame inside its shadow root.
  const root = renderRoot instanceof ShadowRoot ? renderRoot : renderRoot.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // No constructable stylesheets: a <style> before the rendered content, as Lit's own fallback does.
  if ([...root.querySelectorAll('style')].some((s) => s.textContent === styles.cssText)) return;
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.prepend(style);
}
