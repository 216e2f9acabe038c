import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SdcError, toSdcError } from '../../core/errors.js';
import { systemClock, type Clock } from '../../core/clock.js';
import type { SdcClient } from '../../api/http.js';
import { listLatestMessages, sendMessage } from '../../api/messages.js';
import type { Message } from '../../domain/message.js';
import { plainText } from '../../ui/plain-text.js';
import { mimeTypeOf } from './attachment-rules.js';

/** Where the thread's messages go: its tenant's client and the pratica shown. */
export interface ThreadTarget {
  client: SdcClient;
  praticaId: string;
}

/** A message the citizen sent from this page that the backend has not confirmed yet. */
export interface OutboxItem {
  readonly localId: string;
  readonly text: string;
  readonly files: readonly File[];
  /** `sending` while a request is out; `failed` once it failed, until "Riprova". */
  readonly state: 'sending' | 'failed';
  readonly createdAt: Date;
  readonly error?: SdcError;
}

export interface OutboxOptions {
  /** The pratica messages go to now; undefined before the thread has loaded. */
  target: () => ThreadTarget | undefined;
  /** The citizen's own messages: only among these can an attempt's copy be. */
  isMine: (m: Message) => boolean;
  /** Ids of the messages the thread already shows: none of them can be the copy of a new attempt. */
  known: () => Iterable<string>;
  /** Time for "when was it written" and "since when look for a copy". Default: the real clock. */
  clock?: Clock;
  /** The backend has the message: once per item, whichever comes first (the POST's answer, a poll, a retry's check). */
  onSent?: (message: Message, item: OutboxItem) => void;
  /** An attempt failed: the item stays, with its text and files, until retried, edited or discarded. */
  onFailed?: (item: OutboxItem) => void;
}

interface Entry {
  localId: string;
  text: string;
  files: File[];
  state: 'sending' | 'failed';
  createdAt: Date;
  error?: SdcError;
  /** When the last attempt started: a copy created by it is not older (minus clock skew). */
  attemptAt: number;
  /** Messages already known when the last attempt started: none of them is its copy. */
  knownBefore: Set<string>;
}

/** How far the backend's clock may be behind ours when matching a copy by its `created_at`. */
const SKEW_MS = 60_000;

/** Failures after which the request may have reached the backend: a retry first looks for its copy. */
const AMBIGUOUS = new Set(['network', 'timeout', 'server']);

let localIds = 0;

/**
 * The citizen's outgoing messages (opencity-api.md §3.5 `POST …/messages`): each shows at once as
 * "sending", becomes "failed" with its text and files kept when the request fails, and is sent again only
 * when the citizen asks ("Riprova": writes are never retried on their own, ARCHITECTURE §7). A double
 * click queues one message; an attempt whose answer was lost is recognised in the thread (by a poll or
 * before a retry) instead of being sent twice.
 */
export class Outbox implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: OutboxOptions;
  readonly #clock: Clock;
  #entries: Entry[] = [];
  #view: readonly OutboxItem[] = [];
  /** Server ids already matched to an outgoing message. */
  readonly #claimed = new Set<string>();

  constructor(host: ReactiveControllerHost, options: OutboxOptions) {
    this.#host = host;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: a request in flight when the host left finishes, and its outcome is kept for its return.
  }

  /** The messages not confirmed yet, oldest first. A new array after every change (for `guard`). */
  get items(): readonly OutboxItem[] {
    return this.#view;
  }

  /** True while a message is on its way. */
  get sending(): boolean {
    return this.#entries.some((e) => e.state === 'sending');
  }

  /**
   * Queues and sends a message. Returns undefined (and sends nothing) when the same text with the same
   * files is already on its way: the second click of a double click.
   */
  send(draft: { text: string; files: readonly File[] }): OutboxItem | undefined {
    const same = this.#entries.find((e) => e.state === 'sending' && e.text === draft.text && sameFiles(e.files, draft.files));
    if (same) return undefined;
    const now = this.#clock.now();
    const entry: Entry = {
      localId: `outbox-${++localIds}`, text: draft.text, files: [...draft.files], state: 'sending', createdAt: new Date(now),
      attemptAt: now, knownBefore: new Set(this.#options.known()),
    };
    this.#entries = [...this.#entries, entry];
    this.#changed();
    void this.#deliver(entry, false);
    return this.#find(entry.localId);
  }

  /** Sends a failed message again; after an ambiguous failure it first looks for the copy the last attempt may have left. */
  retry(localId: string): void {
    const entry = this.#entries.find((e) => e.localId === localId);
    if (!entry || entry.state !== 'failed') return;
    void this.#deliver(entry, !!entry.error && AMBIGUOUS.has(entry.error.kind));
  }

  /** Removes a message that is not on its way (to edit it in the composer, or to discard it) and gives it back. */
  take(localId: string): OutboxItem | undefined {
    const entry = this.#entries.find((e) => e.localId === localId);
    if (!entry || entry.state === 'sending') return undefined;
    const item = this.#find(localId);
    this.#entries = this.#entries.filter((e) => e !== entry);
    this.#changed();
    return item;
  }

  /**
   * A fresh list of the thread (a poll): a message whose sending looked failed, or whose answer is still
   * awaited, may be in it. Confirms those and returns their server copies.
   */
  reconcile(list: readonly Message[]): Message[] {
    const found: Message[] = [];
    for (const entry of [...this.#entries]) {
      const copy = this.#copyOf(entry, list);
      if (copy && this.#confirm(entry, copy)) found.push(copy);
    }
    return found;
  }

  /** Forgets every message (another pratica is shown). Requests in flight are ignored when they end. */
  clear(): void {
    if (!this.#entries.length) return;
    this.#entries = [];
    this.#changed();
  }

  async #deliver(entry: Entry, checkFirst: boolean): Promise<void> {
    const target = this.#options.target();
    if (!target) {
      this.#fail(entry, new SdcError('validation', { detail: 'the thread has not loaded' }));
      return;
    }
    const { client, praticaId } = target;
    this.#patch(entry, { state: 'sending', error: undefined });
    try {
      if (checkFirst) {
        // The copy of a recent attempt is among the latest messages: no need to read a long thread whole.
        const copy = this.#copyOf(entry, (await listLatestMessages(client, praticaId, 30)).items);
        if (copy) {
          this.#confirm(entry, copy);
          return;
        }
      }
      this.#patch(entry, { attemptAt: this.#clock.now(), knownBefore: new Set(this.#options.known()) });
      const message = await sendMessage(client, praticaId, {
        body: textToHtml(entry.text),
        attachments: entry.files.map((f) => ({ name: f.name, mimeType: mimeTypeOf(f), file: f })),
      });
      this.#confirm(entry, message);
    } catch (e) {
      this.#fail(entry, toSdcError(e));
    }
  }

  #fail(entry: Entry, error: SdcError): void {
    // A poll may have found the message on the backend meanwhile: then it was sent after all.
    if (!this.#entries.includes(entry)) return;
    this.#patch(entry, { state: 'failed', error });
    this.#options.onFailed?.(this.#find(entry.localId)!);
  }

  /**
   * The backend's copy of an attempt: written by this citizen, with the same text, not known before the
   * attempt started, not older than it, and not already matched to another outgoing message.
   */
  #copyOf(entry: Entry, list: readonly Message[]): Message | undefined {
    const text = plainText(textToHtml(entry.text));
    return list.find((m) => this.#options.isMine(m) && !entry.knownBefore.has(m.id) && !this.#claimed.has(m.id)
      && m.createdAt.getTime() >= entry.attemptAt - SKEW_MS && plainText(m.body) === text);
  }

  #confirm(entry: Entry, message: Message): boolean {
    if (!this.#entries.includes(entry)) return false;
    const item = this.#find(entry.localId)!;
    this.#claimed.add(message.id);
    this.#entries = this.#entries.filter((e) => e !== entry);
    this.#changed();
    this.#options.onSent?.(message, item);
    return true;
  }

  #patch(entry: Entry, patch: Partial<Entry>): void {
    Object.assign(entry, patch);
    this.#changed();
  }

  #find(localId: string): OutboxItem | undefined {
    return this.#view.find((i) => i.localId === localId);
  }

  #changed(): void {
    this.#view = this.#entries.map(({ localId, text, files, state, createdAt, error }) => ({ localId, text, files, state, createdAt, error }));
    this.#host.requestUpdate();
  }
}

function sameFiles(a: readonly File[], b: readonly File[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i] || (f.name === b[i]!.name && f.size === b[i]!.size));
}

/** The citizen writes plain text; the API takes HTML (opencity-api.md §3.5): escape it, keep the line breaks. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}
