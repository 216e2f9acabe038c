import type { SdcClient } from './http.js';
import { listAllPratiche } from './applications.js';
import { listLatestMessages } from './messages.js';
import type { Message } from '../domain/message.js';
import { PRATICA_STATUS, type Pratica } from '../domain/pratica.js';

/** Rows of a thread the inbox reads: one page of the v2 list (opencity-api.md §7.1). */
const RECENT = 100;

/**
 * The citizen's conversations with the ente across pratiche, for `sdc-messages-inbox` and the unread
 * badge of `sdc-login`. OpenCity has no cross-pratica message endpoint (opencity-api.md §3.5 lists
 * messages per application only), so:
 * - the pratiche come from the list endpoint (one request per 100, §3.3, §7.1);
 * - a pratica's thread is fetched only when asked for (a row on screen, the badge's recent window),
 *   at most `MAX_CONCURRENT` at a time, once per session (kept here, per client, in memory only);
 * - `sdc-message-read` / `sdc-message-sent` events (from any thread on the page) update the kept threads,
 *   so counts follow what the citizen reads without another request.
 */

/** Threads fetched at the same time: keeps the backend and a phone's connection calm on a first view. */
export const MAX_CONCURRENT = 4;
/** Pratiche whose threads the unread badge reads: the most recently moved ones (offices write on moving pratiche). */
export const BADGE_WINDOW = 20;

export interface ThreadSummary {
  praticaId: string;
  /** Citizen-visible messages, oldest first. */
  messages: Message[];
  last?: Message;
  /** Office messages the citizen has not read (`read_at` empty, §4.5). */
  unread: number;
  /** The last message was written by the office (else by the citizen). */
  lastFromOffice: boolean;
}

type Listener = () => void;

export class Conversations {
  readonly #client: SdcClient;
  #pratiche?: Promise<Pratica[]>;
  readonly #threads = new Map<string, ThreadSummary>();
  readonly #inflight = new Map<string, Promise<ThreadSummary>>();
  readonly #queue: Array<() => void> = [];
  #running = 0;
  readonly #listeners = new Set<Listener>();
  /** Requests made for threads: what the README's cost figures count. */
  threadRequests = 0;

  #owner?: string;

  constructor(client: SdcClient) {
    this.#client = client;
    this.#owner = this.#me;
    // Another citizen logged in on this page (or nobody): what was kept is not theirs.
    client.session.addEventListener('change', () => {
      if (this.#me === this.#owner) return;
      this.#owner = this.#me;
      this.#pratiche = undefined;
      this.#threads.clear();
      for (const fn of this.#listeners) fn();
    });
  }

  /** The citizen's id, to tell their messages from the office's. */
  get #me(): string | undefined {
    const s = this.#client.session;
    return s.citizen?.id ?? s.claims?.id;
  }

  subscribe(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /**
   * The pratiche that can hold a conversation (drafts cannot: the office sees them only once sent),
   * most recently moved first. Cached for the session; `refresh` reads them again.
   */
  pratiche(options: { refresh?: boolean; signal?: AbortSignal } = {}): Promise<Pratica[]> {
    if (!this.#pratiche || options.refresh) {
      const p = listAllPratiche(this.#client, {}, { signal: options.signal }).then((all) =>
        all
          .filter((x) => x.statusCode !== PRATICA_STATUS.DRAFT)
          .sort((a, b) => (b.updatedAt ?? b.createdAt).getTime() - (a.updatedAt ?? a.createdAt).getTime()),
      );
      this.#pratiche = p;
      // A failed list is not kept: "Riprova" asks again.
      p.catch(() => {
        if (this.#pratiche === p) this.#pratiche = undefined;
      });
    }
    return this.#pratiche;
  }

  /** The summary of a thread already fetched, if any. */
  known(praticaId: string): ThreadSummary | undefined {
    return this.#threads.get(praticaId);
  }

  /** A pratica's thread, fetched once (queued behind at most `MAX_CONCURRENT` others). */
  thread(praticaId: string): Promise<ThreadSummary> {
    const have = this.#threads.get(praticaId);
    if (have) return Promise.resolve(have);
    const running = this.#inflight.get(praticaId);
    if (running) return running;
    const p = this.#limit(async () => {
      this.threadRequests++;
      // The newest 100 rows: one request as before for most threads, two (not one per 100) for a long one.
      // Unread office messages older than that are not counted: the thread itself reaches back further.
      const list = (await listLatestMessages(this.#client, praticaId, RECENT)).items;
      return this.#store(praticaId, list);
    }).finally(() => this.#inflight.delete(praticaId));
    this.#inflight.set(praticaId, p);
    return p;
  }

  /** Reads a thread again (e.g. it was left while a `read_at` was still on its way). */
  refresh(praticaId: string): Promise<ThreadSummary> {
    this.#threads.delete(praticaId);
    return this.thread(praticaId);
  }

  /** Unread office messages over the threads fetched so far. */
  get unreadTotal(): number {
    let n = 0;
    for (const t of this.#threads.values()) n += t.unread;
    return n;
  }

  /** Fetches the threads of the badge's window (the most recently moved pratiche) and returns the unread total. */
  async countUnread(): Promise<number> {
    const list = await this.pratiche();
    await Promise.all(list.slice(0, BADGE_WINDOW).map((p) => this.thread(p.id).catch(() => undefined)));
    return this.unreadTotal;
  }

  /** A message was read on the page (`sdc-message-read`). */
  read(praticaId: string, message: Message): void {
    const t = this.#threads.get(praticaId);
    if (!t) return;
    this.#store(praticaId, t.messages.map((m) => (m.id === message.id ? { ...m, readAt: message.readAt ?? new Date() } : m)));
  }

  /** The citizen sent a message on the page (`sdc-message-sent`). */
  sent(praticaId: string, message: Message): void {
    const t = this.#threads.get(praticaId);
    if (!t) return;
    if (!t.messages.some((m) => m.id === message.id)) this.#store(praticaId, [...t.messages, message]);
  }

  #store(praticaId: string, messages: Message[]): ThreadSummary {
    const me = this.#me;
    const mine = (m: Message) => !!me && m.authorId === me;
    const last = messages.at(-1);
    const summary: ThreadSummary = {
      praticaId,
      messages,
      last,
      unread: messages.filter((m) => !mine(m) && m.readAt === undefined).length,
      lastFromOffice: !!last && !mine(last),
    };
    this.#threads.set(praticaId, summary);
    for (const fn of this.#listeners) fn();
    return summary;
  }

  #limit<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        this.#running++;
        job().then(resolve, reject).finally(() => {
          this.#running--;
          this.#queue.shift()?.();
        });
      };
      if (this.#running < MAX_CONCURRENT) run();
      else this.#queue.push(run);
    });
  }
}

const byClient = new WeakMap<SdcClient, Conversations>();

/** The conversations of a client's session (one per tenant and page, like the client). */
export function conversationsOf(client: SdcClient): Conversations {
  let c = byClient.get(client);
  if (!c) byClient.set(client, (c = new Conversations(client)));
  return c;
}
