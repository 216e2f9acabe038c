import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { conversationsOf, type Conversations } from '../../api/conversations.js';
import type { Message } from '../../domain/message.js';

interface MessageEventDetail {
  message: Message;
  praticaId: string;
}

/**
 * The unread count of the login menu. Counted once per session over the most recently moved pratiche
 * (`BADGE_WINDOW`, src/api/conversations.ts), then kept current from the page: a thread anywhere on the
 * page fires `sdc-message-read` / `sdc-message-sent` (bubbling, composed), heard here on the document.
 */
export class UnreadBadge implements ReactiveController {
  /** Undefined until counted (or when counting failed: the menu then shows no number rather than a wrong one). */
  count?: number;
  #conversations?: Conversations;
  #unsubscribe?: () => void;
  #counted = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly client: () => SdcClient | undefined, private readonly signedIn: () => boolean) {
    host.addController(this);
  }

  readonly #onRead = (e: Event): void => {
    const d = (e as CustomEvent<MessageEventDetail>).detail;
    if (d?.praticaId) this.#conversations?.read(d.praticaId, d.message);
  };

  readonly #onSent = (e: Event): void => {
    const d = (e as CustomEvent<MessageEventDetail>).detail;
    if (d?.praticaId) this.#conversations?.sent(d.praticaId, d.message);
  };

  hostConnected(): void {
    document.addEventListener('sdc-message-read', this.#onRead);
    document.addEventListener('sdc-message-sent', this.#onSent);
  }

  hostDisconnected(): void {
    document.removeEventListener('sdc-message-read', this.#onRead);
    document.removeEventListener('sdc-message-sent', this.#onSent);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#conversations = undefined;
    this.#counted = false;
  }

  hostUpdate(): void {
    const client = this.client();
    if (!client || !this.signedIn()) {
      // Logged out: forget the count (the next citizen's is not this one's).
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#conversations = undefined;
      this.count = undefined;
      return;
    }
    const c = conversationsOf(client);
    if (c === this.#conversations) return;
    this.#unsubscribe?.();
    this.#conversations = c;
    this.#counted = false;
    this.#unsubscribe = c.subscribe(() => {
      if (!this.#counted || this.count === c.unreadTotal) return;
      this.count = c.unreadTotal;
      this.host.requestUpdate();
    });
    c.countUnread().then(
      (n) => {
        if (this.#conversations !== c) return;
        this.#counted = true;
        this.count = n;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }
}
