import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
 */
export class LazyPart<T> {
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
    const pending: Promise<T | undefined> = this.#load().then(
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

/** Renders the host again whenever one of its parts arrives or fails, and says so to `onChange`. */
export class LazyParts implements ReactiveController {
  readonly #off: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: ReadonlyArray<LazyPart<unknown>>,
    private readonly onChange: () => void = () => undefined,
  ) {
    host.addController(this);
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
