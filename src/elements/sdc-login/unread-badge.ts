import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SdcClient } from '../../api/http.js';
import type { Conversations } from '../../api/conversations.js';
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
  /** Which client's conversations are being loaded (the module comes on demand, see #count). */
  #loading?: SdcClient;

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
    this.#loading = undefined;
    this.#counted = false;
  }

  hostUpdate(): void {
    const client = this.client();
    if (!client || !this.signedIn()) {
      // Logged out: forget the count (the next citizen's is not this one's).
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#conversations = undefined;
      this.#loading = undefined;
      this.count = undefined;
      return;
    }
    if (this.#loading === client) return;
    this.#loading = client;
    // The counting code (pratiche, messages) loads only for a signed-in citizen: an anonymous
    // visitor of a catalogue page does not download it (issue 15).
    void import('../../api/conversations.js').then(({ conversationsOf }) => {
      if (this.#loading === client && this.client() === client && this.signedIn()) this.#count(conversationsOf(client));
    }, () => undefined);
  }

  #count(c: Conversations): void {
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
