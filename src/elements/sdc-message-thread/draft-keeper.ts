import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearDraft, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';
import type { ComposerDraft } from './message-composer.js';

/**
 * Keeps the composer's content in sessionStorage (draft-store.ts) while the citizen types, so a reload —
 * above all the login after a 401, a full page load — loses nothing; brings it back on the next load, and
 * forgets it once the message is sent. Saves only when the text or the file names changed.
 */
export class DraftKeeper implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The storage key of the thread shown, or undefined while none is loaded. */
  readonly #key: () => string | undefined;
  /** What the citizen is writing now (the composer is the source; this reads and fills it). */
  readonly #composer: { text: string; files: File[]; readonly isEmpty: boolean };
  #saved = '';
  #restored: StoredDraft | undefined;

  constructor(host: ReactiveControllerHost, key: () => string | undefined, composer: { text: string; files: File[]; readonly isEmpty: boolean }) {
    this.#host = host;
    this.#key = key;
    this.#composer = composer;
    host.addController(this);
  }

  /** A draft brought back on load (e.g. after logging in again): the thread says so, and which files are lost. */
  get restored(): StoredDraft | undefined {
    return this.#restored;
  }

  /** The draft kept under `key` says a message was refused because the session had expired. */
  static keptAfterExpiry(key: string): boolean {
    return loadDraft(key)?.failed === true;
  }

  hostUpdated(): void {
    const key = this.#key();
    if (!key) return;
    const snap = this.#snapshot();
    if (snap === this.#saved) return;
    this.#saved = snap;
    // Files named in a restored draft are still to be attached again: keep naming them until the message is sent.
    const names = [...new Set([...(this.#restored?.fileNames ?? []), ...this.#composer.files.map((f) => f.name)])];
    saveDraft(key, { text: this.#composer.text, fileNames: names, failed: false });
  }

  /** A thread was loaded: puts its kept draft in an empty composer (files cannot be kept: only their names). */
  restore(key: string): void {
    const draft = loadDraft(key);
    this.#restored = undefined;
    this.#saved = this.#snapshot();
    if (!draft || draft.text.trim() === '' || !this.#composer.isEmpty) return;
    this.#composer.text = draft.text;
    this.#composer.files = [];
    // The stored file names stay until the message is sent, so the notice survives another reload.
    this.#saved = this.#snapshot();
    this.#restored = draft;
    this.#host.requestUpdate();
  }

  /** The session expired while sending `item`: keep it, and what is being typed after it, for after the login. */
  keepRefused(key: string, item: ComposerDraft | { text: string; files: readonly File[] }): void {
    const typed = this.#composer.text.trim();
    const text = typed ? `${item.text}\n\n${typed}` : item.text;
    const fileNames = [...item.files, ...this.#composer.files].map((f) => f.name);
    saveDraft(key, { text, fileNames, failed: true });
  }

  /** Sent (or discarded): nothing to bring back any more. */
  forget(key: string): void {
    clearDraft(key);
    this.#saved = this.#snapshot();
    if (this.#restored) {
      this.#restored = undefined;
      this.#host.requestUpdate();
    }
  }

  #snapshot(): string {
    return JSON.stringify([this.#composer.text, this.#composer.files.map((f) => f.name)]);
  }
}
