import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../core/clock.js';
import { markMessageRead } from '../../api/messages.js';
import type { Message } from '../../domain/message.js';
import type { ThreadTarget } from './outbox.js';

export interface ReadTrackerOptions {
  /** The pratica shown; undefined before the thread has loaded. */
  target: () => ThreadTarget | undefined;
  /** The citizen's own messages are never "new" and never marked read by this page. */
  isMine: (m: Message) => boolean;
  /** The message of an id, as the thread shows it now (to observe elements by `data-message-id`). */
  lookup?: (id: string) => Message | undefined;
  /** The time written as `read_at`. Default: the real clock. */
  clock?: Clock;
  /** The backend recorded that the citizen saw `message` (it carries the `readAt` sent). */
  onRead?: (message: Message) => void;
}

/**
 * What the citizen has seen of the office's messages: which ones are "Nuovo" for this visit, where the
 * "Nuovi messaggi" marker goes, and `read_at` on the backend (`PATCH …/messages/{id}`, opencity-api.md §3.5)
 * once a message has really been on screen in a visible tab — once per message, even when it scrolls by
 * twice. The thread keeps the messages; this keeps what was seen.
 */
export class ReadTracker implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ReadTrackerOptions;
  readonly #clock: Clock;
  #fresh: ReadonlySet<string> = new Set();
  #markerId: string | undefined;
  /** `read_at` this page sent and the backend accepted, in case a later list is a step behind. */
  readonly #readHere = new Map<string, Date>();
  readonly #inFlight = new Set<string>();
  #observer: IntersectionObserver | undefined;
  #observed = new WeakSet<Element>();
  #root: ParentNode | undefined;
  readonly #onVisibility = (): void => {
    // Back to the tab: messages that were on screen while it was hidden were not seen yet; look again.
    if (document.hidden || !this.#observer) return;
    for (const el of this.#unreadElements()) {
      this.#observer.unobserve(el);
      this.#observer.observe(el);
    }
  };

  constructor(host: ReactiveControllerHost, options: ReadTrackerOptions) {
    this.#host = host;
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    host.addController(this);
  }

  /** Office messages that were unread when they reached this page: tagged "Nuovo" for the whole visit. */
  get fresh(): ReadonlySet<string> {
    return this.#fresh;
  }

  /** The first message under the "Nuovi messaggi" marker, if any. */
  get markerId(): string | undefined {
    return this.#markerId;
  }

  /** An office message nobody has marked read yet (on the backend or from this page). */
  isUnread(m: Message): boolean {
    return !this.#options.isMine(m) && m.readAt === undefined && !this.#readHere.has(m.id);
  }

  /** The first list of a pratica: its unread office messages are the new ones, the marker above the first. */
  start(messages: readonly Message[]): void {
    this.#readHere.clear();
    this.#fresh = new Set(messages.filter((m) => this.isUnread(m)).map((m) => m.id));
    this.#markerId = messages.find((m) => this.#fresh.has(m.id))?.id;
    this.#host.requestUpdate();
  }

  /**
   * A later list (a poll): keeps the `read_at` this page already sent, adds the office's new unread messages
   * to "Nuovo" and puts the marker above the first when there is none. Returns the list to show and the
   * office messages that just arrived (to announce them).
   */
  update(previous: readonly Message[], list: readonly Message[]): { messages: Message[]; arrived: Message[] } {
    const known = new Set(previous.map((m) => m.id));
    const messages = list.map((m) => this.withRead(m));
    const arrived = messages.filter((m) => !known.has(m.id) && this.isUnread(m));
    if (arrived.length) {
      this.#fresh = new Set([...this.#fresh, ...arrived.map((m) => m.id)]);
      if (!this.#markerId || !messages.some((m) => m.id === this.#markerId)) this.#markerId = arrived[0]!.id;
      this.#host.requestUpdate();
    }
    return { messages, arrived };
  }

  /** The message with the `read_at` this page sent, when the backend's copy does not show it yet. */
  withRead(m: Message): Message {
    const at = this.#readHere.get(m.id);
    return at && !m.readAt ? { ...m, readAt: at } : m;
  }

  /** The citizen is answering: what was new has been read; the marker goes. */
  dismissMarker(): void {
    if (this.#markerId === undefined) return;
    this.#markerId = undefined;
    this.#host.requestUpdate();
  }

  /**
   * The citizen saw `message`: records `read_at` on the backend, once. A refusal (a protocolled message
   * cannot be patched, §3.5) or a network error leaves it unread, to try again on the next visit.
   * Resolves with the read message, or undefined when nothing was recorded.
   */
  async seen(message: Message): Promise<Message | undefined> {
    const target = this.#options.target();
    if (!target || !this.isUnread(message) || this.#inFlight.has(message.id)) return undefined;
    this.#inFlight.add(message.id);
    const at = new Date(this.#clock.now());
    try {
      await markMessageRead(target.client, target.praticaId, message.id, at);
      this.#readHere.set(message.id, at);
      const read = { ...message, readAt: at };
      this.#host.requestUpdate();
      this.#options.onRead?.(read);
      return read;
    } catch {
      return undefined;
    } finally {
      this.#inFlight.delete(message.id);
    }
  }

  /**
   * Watches the unread messages rendered under `root` (`[data-unread="true"][data-message-id]`): one counts
   * as seen when at least half of it is on screen in a visible tab, or when it fills half the screen.
   * Call after each render; elements already watched are skipped.
   */
  observe(root: ParentNode): void {
    this.#root = root;
    const els = this.#unreadElements();
    if (!els.length) return;
    if (typeof IntersectionObserver === 'undefined') {
      if (!document.hidden) for (const el of els) this.#seenElement(el);
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (document.hidden) return;
        for (const e of entries) {
          const half = e.intersectionRatio >= 0.5 || (!!e.rootBounds && e.intersectionRect.height >= e.rootBounds.height * 0.5);
          if (e.isIntersecting && half) {
            this.#observer?.unobserve(e.target);
            this.#seenElement(e.target as HTMLElement);
          }
        }
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    for (const el of els) {
      if (this.#observed.has(el)) continue;
      this.#observed.add(el);
      this.#observer.observe(el);
    }
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Moved in the page: the observer was dropped on disconnect; watch the unread messages again.
    if (this.#root) this.observe(this.#root);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = new WeakSet();
  }

  #unreadElements(): HTMLElement[] {
    return this.#root ? Array.from(this.#root.querySelectorAll<HTMLElement>('[data-unread="true"][data-message-id]')) : [];
  }

  #seenElement(el: HTMLElement): void {
    const m = this.#options.lookup?.(el.dataset.messageId!);
    if (m) void this.seen(m);
  }
}
