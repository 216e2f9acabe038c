import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import type { SdcClient } from '../../api/http.js';
import { listMessages, markMessageRead, sendMessage } from '../../api/messages.js';
import { getPratica } from '../../api/applications.js';
import { getTenant } from '../../api/tenant.js';
import type { Message } from '../../domain/message.js';
import type { Attachment } from '../../domain/attachment.js';
import { attachmentName } from '../../domain/attachment.js';
import { isFinalStatus, type Pratica } from '../../domain/pratica.js';
import { formatDateTime, formatFileSize, formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { plainText, richText, sanitizeHtml } from '../../ui/sanitize.js';
import { renderEmpty, renderError, renderLoading, renderLogin } from '../../ui/states.js';
import { renderAlert } from '../../ui/alert.js';
import { threadMessages as t } from './sdc-message-thread.messages.js';
import { styles } from './sdc-message-thread.styles.js';
import { MessageComposer, headingTag, type ComposerDraft } from './message-composer.js';
import { ThreadPoller } from './thread-poller.js';
import { actionKindOf, findActionLinks, type ActionKind, type ActionLink } from './action-links.js';
import { DEFAULT_RULES, extensionOf, mimeTypeOf, type AttachmentRules } from './attachment-rules.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type StoredDraft } from './draft-store.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The backend accepted a message the citizen wrote; `message` carries its server id. */
    'sdc-message-sent': { message: Message; praticaId: string };
    /** An office message was shown to the citizen and marked read on the backend (`read_at`). */
    'sdc-message-read': { message: Message; praticaId: string };
  }
}

/** A message the citizen sent from this page that the backend has not confirmed yet. */
interface Outgoing {
  localId: string;
  text: string;
  files: File[];
  state: 'sending' | 'failed';
  createdAt: Date;
  /** When the last attempt started: a retry after an ambiguous failure looks for a copy created since. */
  attemptAt: Date;
  /** Message ids already shown when the last attempt started: none of them can be its copy. */
  knownBefore: Set<string>;
  error?: SdcError;
}

/** Call-to-action links, when the backend sends them apart from the body (`Message::call_to_actions`, pa-domain.md §6.1). */
type WithCallToActions = Message & { callToActions?: Array<{ label?: string; url?: string; link?: string }> };

interface Loaded {
  pratica?: Pratica;
  enteName?: string;
}

let localIds = 0;

/**
 * @tag sdc-message-thread
 * @summary The messages between the citizen and the office about one pratica: read, download
 * attachments, act on requests, and write back.
 *
 * The thread runs oldest to newest. Office messages not yet read are tagged "Nuovo" and marked read
 * on the backend once they are on screen. Links that ask the citizen to act (pay, complete the pratica,
 * book an appointment) become buttons. A message being sent shows at once; if sending fails it stays,
 * with its text and files, to retry. While the tab is visible the thread checks for new messages.
 *
 * @event sdc-message-sent - `{ message, praticaId }`: the backend accepted a message.
 * @event sdc-message-read - `{ message, praticaId }`: an office message was seen and marked read.
 *
 * @csspart thread - The list of messages.
 * @csspart message - One message.
 * @csspart composer - The "Scrivi un messaggio" form.
 * @csspart textarea - The message text box.
 * @csspart attach-button - "Allega file".
 * @csspart send-button - "Invia".
 *
 * @cssprop --sdc-color-primary - Buttons, links, the citizen's messages.
 * @cssprop --sdc-color-primary-soft - Background of the citizen's messages.
 * @cssprop --sdc-color-surface - Background of the office's messages.
 * @cssprop --sdc-color-border - Borders of messages and attachments.
 * @cssprop --sdc-color-danger - A message that could not be sent.
 * @cssprop --sdc-font-family - Text.
 * @cssprop --sdc-radius - Corners.
 */
export class SdcMessageThread extends SdcElement {
  static override styles = styles;

  /** The pratica (application) uuid. */
  @property({ attribute: 'pratica-id', reflect: true }) praticaId?: string;

  /**
   * The pratica, when the page already has it (e.g. `sdc-pratica-detail`): saves a request. Used to
   * tell whether the pratica is closed (final statuses make the thread read-only).
   */
  @property({ attribute: false }) pratica?: Pratica;

  /** Seconds between checks for new messages while the tab is visible; `0` turns checking off. */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 30;

  /** Longest message, in characters. */
  @property({ attribute: 'max-length', type: Number }) maxLength = 2000;

  /** Largest attachment, in bytes (default 5 MB: the API takes files inline as base64, opencity-api.md §3.5). */
  @property({ attribute: 'max-file-size', type: Number }) maxFileSize = DEFAULT_RULES.maxSize;

  /** Most attachments per message. */
  @property({ attribute: 'max-files', type: Number }) maxFiles = DEFAULT_RULES.maxFiles;

  /** Accepted extensions, comma separated (default `pdf,p7m,jpg,jpeg,png,odt,docx,doc,txt`). */
  @property({ attribute: 'file-types' }) fileTypes?: string;

  /** Level of the element's heading (2–6), to fit the page outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly api = new ApiController(this);
  readonly #composer = new MessageComposer(this);
  readonly #poller = new ThreadPoller(this, () => this.#refresh());

  @state() private messages: Message[] = [];
  @state() private outgoing: Outgoing[] = [];
  /** Office messages that were unread when they reached this page: tagged "Nuovo" for the whole visit. */
  @state() private fresh = new Set<string>();
  /** The first message under the "Nuovi messaggi" marker. */
  @state() private markerId: string | undefined;
  @state() private announcement = '';
  @state() private downloading = new Set<string>();
  @state() private downloadErrors = new Map<string, string>();
  /** A draft brought back from sessionStorage on load (e.g. after logging in again): says so, and which files are lost. */
  @state() private restoredDraft: StoredDraft | undefined;

  /** The composer's text and file names last written to sessionStorage: save only on change. */
  #savedComposer = '';

  #loadedFor: string | undefined;
  #readInFlight = new Set<string>();
  /** Server ids already matched to a message sent from this page. */
  #claimed = new Set<string>();
  #preparedCache = new Map<string, { body: string; clean: string; actions: ActionLink[] }>();
  #observer: IntersectionObserver | undefined;
  #observed = new WeakSet<Element>();

  readonly #task = new Task(this, {
    args: () => [this.api.client, this.praticaId, this.api.state === 'authenticated', this.pratica] as const,
    task: async ([client, praticaId, , given], { signal }) => this.#load(client, praticaId, given, signal),
  });

  // --- lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    // Moved in the page: the observer was dropped on disconnect, watch the unread messages again.
    if (this.hasUpdated) void this.updateComplete.then(() => this.#observeUnread());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = new WeakSet();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#keepDraft();
    if (changed.has('pollInterval') && this.#loadedFor) this.#poller.start(this.pollInterval * 1000);
    this.#observeUnread();
  }

  // --- data --------------------------------------------------------------------------------------

  async #load(client: SdcClient | undefined, praticaId: string | undefined, given: Pratica | undefined, signal: AbortSignal): Promise<Loaded> {
    this.#poller.stop();
    if (!praticaId) throw new SdcError('validation', { detail: 'pratica-id missing' });
    if (!client) throw new SdcError('validation', { detail: 'base-url missing' });
    const session = await client.session.ensure({ signal });
    if (signal.aborted) throw new SdcError('aborted');
    if (session !== 'authenticated') throw new SdcError('unauthorized');
    const [messages, pratica, tenant] = await Promise.all([
      listMessages(client, praticaId, { signal }),
      // The status only decides whether the citizen may still write: a failure here must not hide the thread.
      given ? Promise.resolve(given) : getPratica(client, praticaId, { signal }).catch((e: unknown) => {
        if (toSdcError(e).kind === 'unauthorized') throw e;
        return undefined;
      }),
      getTenant(client, { signal }).catch(() => undefined),
    ]);
    const first = this.#loadedFor !== praticaId;
    this.#loadedFor = praticaId;
    if (first) {
      this.outgoing = [];
      this.#restoreDraft(praticaId);
      this.fresh = new Set(messages.filter((m) => this.#isUnreadOffice(m)).map((m) => m.id));
      this.markerId = messages.find((m) => this.fresh.has(m.id))?.id;
    }
    this.messages = messages;
    this.#poller.start(this.pollInterval * 1000);
    return { pratica, enteName: tenant?.name };
  }

  /** One poll: new messages are appended, new office messages announced and put under the marker. */
  async #refresh(): Promise<void> {
    const client = this.api.client;
    const id = this.#loadedFor;
    if (!client || !id || this.api.state !== 'authenticated') return;
    const list = await listMessages(client, id);
    if (id !== this.#loadedFor) return;
    const known = new Set(this.messages.map((m) => m.id));
    const arrived = list.filter((m) => !known.has(m.id));
    // Keep what this page already knows was read, in case the backend is a step behind.
    const readHere = new Map(this.messages.filter((m) => m.readAt).map((m) => [m.id, m.readAt]));
    this.messages = list.map((m) => (m.readAt || !readHere.has(m.id) ? m : { ...m, readAt: readHere.get(m.id) }));
    // A message whose sending looked failed (or is still waiting for its answer) may already be on the backend.
    for (const item of [...this.outgoing]) {
      const copy = this.#copyOf(item, list);
      if (copy) this.#confirmed(item, copy, id);
    }
    const fromOffice = arrived.filter((m) => this.#isUnreadOffice(m));
    if (fromOffice.length) {
      this.fresh = new Set([...this.fresh, ...fromOffice.map((m) => m.id)]);
      if (!this.markerId || !this.messages.some((m) => m.id === this.markerId)) this.markerId = fromOffice[0]!.id;
      this.#announce(t(this.resolvedLocale, 'announceNew', { count: fromOffice.length }));
    }
  }

  get #citizenId(): string | undefined {
    const s = this.api.session;
    return s?.citizen?.id ?? s?.claims?.id;
  }

  #isMine(m: Message): boolean {
    const me = this.#citizenId;
    return !!me && m.authorId === me;
  }

  #isUnreadOffice(m: Message): boolean {
    return !this.#isMine(m) && m.readAt === undefined;
  }

  get #rules(): AttachmentRules {
    const ext = this.fileTypes?.split(',').map((s) => s.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
    return {
      extensions: ext?.length ? ext : DEFAULT_RULES.extensions,
      maxSize: this.maxFileSize > 0 ? this.maxFileSize : DEFAULT_RULES.maxSize,
      maxFiles: this.maxFiles > 0 ? this.maxFiles : DEFAULT_RULES.maxFiles,
    };
  }

  #announce(text: string): void {
    // Re-setting identical text is not announced again: clear first so repeated events are each heard.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // --- reading -----------------------------------------------------------------------------------

  readonly #onVisibility = (): void => {
    // Coming back to the tab: messages that were on screen while hidden were not seen yet; look again.
    if (!document.hidden && this.#observer) {
      for (const el of this.#unreadElements()) {
        this.#observer.unobserve(el);
        this.#observer.observe(el);
      }
    }
  };

  #unreadElements(): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-unread="true"]'));
  }

  /** Office messages count as seen when at least half of them is on screen in a visible tab (or the whole message when short). */
  #observeUnread(): void {
    const els = this.#unreadElements();
    if (!els.length) return;
    if (typeof IntersectionObserver === 'undefined') {
      if (!document.hidden) for (const el of els) this.#seen(el.dataset.messageId!);
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (document.hidden) return;
        for (const e of entries) {
          // Seen = at least half of it on screen, or half the screen filled by it when it is taller than that.
          const half = e.intersectionRatio >= 0.5 || (!!e.rootBounds && e.intersectionRect.height >= e.rootBounds.height * 0.5);
          if (e.isIntersecting && half) {
            this.#observer?.unobserve(e.target);
            this.#seen((e.target as HTMLElement).dataset.messageId!);
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

  async #seen(id: string): Promise<void> {
    const client = this.api.client;
    const praticaId = this.#loadedFor;
    const m = this.messages.find((x) => x.id === id);
    if (!client || !praticaId || !m || m.readAt || this.#readInFlight.has(id)) return;
    this.#readInFlight.add(id);
    const at = new Date();
    try {
      await markMessageRead(client, praticaId, id, at);
      const read = { ...m, readAt: at };
      this.messages = this.messages.map((x) => (x.id === id ? read : x));
      this.emit('sdc-message-read', { message: read, praticaId });
    } catch {
      // Protocolled messages refuse the PATCH (opencity-api.md §3.5); the citizen has still seen it. Try again next visit.
    } finally {
      this.#readInFlight.delete(id);
    }
  }

  async #download(a: Attachment): Promise<void> {
    const client = this.api.client;
    if (!client || this.downloading.has(a.id)) return;
    this.downloading = new Set([...this.downloading, a.id]);
    const errors = new Map(this.downloadErrors);
    errors.delete(a.id);
    this.downloadErrors = errors;
    try {
      // Attachment URLs need the Bearer token (opencity-api.md §4.5): a plain link would get a 401.
      const { blob, filename } = await client.download(a.url);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachmentName(a) || filename;
      link.rel = 'noopener';
      link.style.display = 'none';
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the blob once the click ran; revoke on the next task so memory is given back.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      this.downloadErrors = new Map(this.downloadErrors).set(a.id, t(this.resolvedLocale, 'downloadFailed', { name: attachmentName(a) }));
    } finally {
      const next = new Set(this.downloading);
      next.delete(a.id);
      this.downloading = next;
    }
  }

  // --- writing -----------------------------------------------------------------------------------

  #submit = (): void => {
    // A second click of a double click lands on the composer that the first click just emptied: ignore it
    // instead of showing "Scrivi il testo" for a message that is already on its way.
    if (this.#composer.isEmpty && this.outgoing.some((o) => o.state === 'sending')) return;
    const draft = this.#composer.validate(this.resolvedLocale, this.maxLength, this.#rules);
    if (!draft) return;
    const now = new Date();
    const item: Outgoing = {
      localId: `local-${++localIds}`, text: draft.text, files: draft.files, state: 'sending', createdAt: now, attemptAt: now,
      knownBefore: new Set(this.messages.map((m) => m.id)),
    };
    this.outgoing = [...this.outgoing, item];
    this.#composer.clear();
    // The citizen is answering: whatever was new has been read.
    this.markerId = undefined;
    void this.#deliver(item);
  };

  async #deliver(item: Outgoing, checkFirst = false): Promise<void> {
    const client = this.api.client;
    const praticaId = this.#loadedFor;
    if (!client || !praticaId) return;
    const body = textToHtml(item.text);
    this.#update(item, { state: 'sending', error: undefined });
    try {
      if (checkFirst) {
        // The last attempt may have reached the backend before the connection dropped: adopt that copy
        // rather than create a second one.
        const copy = this.#copyOf(item, await listMessages(client, praticaId));
        if (copy) return this.#confirmed(item, copy, praticaId);
      }
      this.#update(item, { attemptAt: new Date(), knownBefore: new Set(this.messages.map((m) => m.id)) });
      const message = await sendMessage(client, praticaId, {
        body,
        attachments: item.files.map((f) => ({ name: f.name, mimeType: mimeTypeOf(f), file: f })),
      });
      this.#confirmed(item, message, praticaId);
    } catch (e) {
      // A poll may have found the message on the backend meanwhile: then it was sent after all.
      if (!this.outgoing.includes(item)) return;
      const error = toSdcError(e);
      this.#update(item, { state: 'failed', error });
      // The session expired: logging in again is a page load that loses this page's memory. Keep the
      // text (and the file names, files cannot be kept) for the composer after the login.
      if (error.kind === 'unauthorized') this.#storeFailed(item, praticaId);
      this.#announce(t(this.resolvedLocale, 'announceFailed'));
    }
  }

  /**
   * The backend's copy of an outgoing message, if an attempt reached it: written by this citizen, with the
   * same text, not known before the attempt started and not already matched to another outgoing message.
   */
  #copyOf(item: Outgoing, list: Message[]): Message | undefined {
    const text = plainText(textToHtml(item.text));
    return list.find((m) => this.#isMine(m) && !item.knownBefore.has(m.id) && !this.#claimed.has(m.id)
      && m.createdAt.getTime() >= item.attemptAt.getTime() - 60_000 && plainText(m.body) === text);
  }

  /** Once per outgoing message, whichever comes first: the POST's answer, a poll, or a retry's check. */
  #confirmed(item: Outgoing, message: Message, praticaId: string): void {
    if (!this.outgoing.includes(item)) return;
    this.#claimed.add(message.id);
    this.outgoing = this.outgoing.filter((o) => o !== item);
    // Sent: the copy kept for after a login is no longer needed (what is in the composer now is saved again on its own).
    this.#forgetDraft(praticaId);
    if (!this.messages.some((m) => m.id === message.id)) this.messages = [...this.messages, message];
    this.#announce(t(this.resolvedLocale, 'announceSent'));
    this.emit('sdc-message-sent', { message, praticaId });
  }

  #update(item: Outgoing, patch: Partial<Outgoing>): void {
    Object.assign(item, patch);
    this.outgoing = [...this.outgoing];
  }

  #retry(item: Outgoing): void {
    if (item.state !== 'failed') return;
    // Only a failure where the request may have arrived (network, timeout, 5xx) can have left a copy behind.
    const ambiguous = !!item.error && ['network', 'timeout', 'server'].includes(item.error.kind);
    void this.#deliver(item, ambiguous);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-local-id="${item.localId}"] .msg`)?.focus());
  }

  #edit(item: Outgoing): void {
    this.outgoing = this.outgoing.filter((o) => o.localId !== item.localId);
    const draft: ComposerDraft = { text: item.text, files: item.files };
    this.#composer.restore(draft);
  }

  #discard(item: Outgoing): void {
    this.outgoing = this.outgoing.filter((o) => o.localId !== item.localId);
    if (this.#loadedFor && this.#composer.isEmpty) this.#forgetDraft(this.#loadedFor);
    void this.updateComplete.then(() => this.#composer.focusText());
  }

  // --- draft kept across page loads ----------------------------------------------------------------

  #draftKey(praticaId: string): string {
    return draftKey(this.resolvedBaseUrl, praticaId);
  }

  #composerSnapshot(): string {
    return JSON.stringify([this.#composer.text, this.#composer.files.map((f) => f.name)]);
  }

  /** While typing: the composer's content follows into sessionStorage, so a reload or a login loses nothing. */
  #keepDraft(): void {
    const id = this.#loadedFor;
    if (!id || id !== this.praticaId) return;
    const snap = this.#composerSnapshot();
    if (snap === this.#savedComposer) return;
    this.#savedComposer = snap;
    // Files named in a restored draft are still to be attached again: keep naming them until the message is sent.
    const names = [...new Set([...(this.restoredDraft?.fileNames ?? []), ...this.#composer.files.map((f) => f.name)])];
    saveDraft(this.#draftKey(id), { text: this.#composer.text, fileNames: names, failed: false });
  }

  #storeFailed(item: Outgoing, praticaId: string): void {
    // Text typed meanwhile in the composer comes after the failed message, so neither is lost.
    const typed = this.#composer.text.trim();
    const text = typed ? `${item.text}\n\n${typed}` : item.text;
    const fileNames = [...item.files, ...this.#composer.files].map((f) => f.name);
    saveDraft(this.#draftKey(praticaId), { text, fileNames, failed: true });
  }

  #restoreDraft(praticaId: string): void {
    const key = this.#draftKey(praticaId);
    const draft = loadDraft(key);
    this.restoredDraft = undefined;
    this.#savedComposer = this.#composerSnapshot();
    if (!draft || draft.text.trim() === '' || !this.#composer.isEmpty) return;
    this.#composer.text = draft.text;
    this.#composer.files = [];
    // The stored file names stay until the message is sent, so the notice survives another reload.
    this.#savedComposer = this.#composerSnapshot();
    this.restoredDraft = draft;
  }

  #forgetDraft(praticaId: string): void {
    clearDraft(this.#draftKey(praticaId));
    this.#savedComposer = this.#composerSnapshot();
    this.restoredDraft = undefined;
  }

  #focusFirstNew = (): void => {
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-message-id="${this.markerId}"] .msg`);
    el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
  };

  #focusComposer = (): void => {
    const ta = this.renderRoot.querySelector<HTMLElement>('#sdc-compose-text');
    ta?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    ta?.focus({ preventScroll: true });
  };

  // --- render ------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`
      <section class="wrap" aria-labelledby="sdc-thread-heading">
        ${headingTag(this.headingLevel, 'sdc-thread-heading', 'thread-heading', t(locale, 'heading'))}
        ${this.#task.render({
          initial: () => renderLoading(locale, 4),
          // A re-check (session refresh) keeps the thread on screen; another pratica shows the skeleton.
          pending: () => (this.#loadedFor && this.#loadedFor === this.praticaId ? this.#renderContent(locale, this.#task.value ?? {}) : renderLoading(locale, 4)),
          error: (e) => this.#renderFailure(locale, e),
          complete: (v) => this.#renderContent(locale, v),
        })}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  #renderFailure(locale: Locale, e: unknown): TemplateResult {
    const err = toSdcError(e);
    if (err.kind === 'unauthorized') {
      const kept = this.praticaId ? loadDraft(this.#draftKey(this.praticaId)) : undefined;
      return renderLogin(locale, this.api.loginUrl(), kept?.failed ? t(locale, 'loginKeptText') : t(locale, 'loginText'));
    }
    if (err.kind === 'validation' && !this.praticaId) return renderError(locale, t(locale, 'noPratica'));
    return renderError(locale, err.userMessage(locale), () => void this.#task.run(), t(locale, 'loadError'));
  }

  #renderContent(locale: Locale, loaded: Loaded): TemplateResult {
    const pratica = loaded.pratica;
    const closed = !!pratica && isFinalStatus(pratica.statusCode);
    const total = this.messages.length + this.outgoing.length;
    const freshCount = this.messages.filter((m) => this.fresh.has(m.id)).length;
    const long = total > 3;
    return html`
      ${total === 0
        ? renderEmpty(t(locale, 'emptyTitle'), closed ? t(locale, 'emptyClosedText') : t(locale, 'emptyText'))
        : html`
          <div class="thread-summary">
            <p class="thread-summary__count">
              ${t(locale, 'summary', { count: total })}${freshCount ? html`, <strong>${t(locale, 'summaryUnread', { count: freshCount })}</strong>` : nothing}
            </p>
            ${this.markerId && long ? html`<button type="button" class="btn btn-link btn-sm" @click=${this.#focusFirstNew}>${t(locale, 'goToNew')}</button>` : nothing}
            ${long && !closed ? html`<button type="button" class="btn btn-link btn-sm" @click=${this.#focusComposer}>${t(locale, 'goToComposer')}</button>` : nothing}
          </div>
          <ol class="thread" part="thread" aria-label=${t(locale, 'threadLabel')}>
            ${
              // Typing in the composer re-renders the element on every key: skip the whole thread unless
              // something it shows changed (measured: a 150-message thread made each keystroke cost ~70 ms).
              guard(
                [this.messages, this.outgoing, this.fresh, this.markerId, this.downloading, this.downloadErrors, locale, loaded.enteName, this.#citizenId],
                () => html`${repeat(this.messages, (m) => m.id, (m) => this.#renderMessage(locale, m, loaded.enteName))}${repeat(this.outgoing, (o) => o.localId, (o) => this.#renderOutgoing(locale, o))}`,
              )
            }
          </ol>`}
      ${closed
        ? renderAlert('info', html`<p>${closedReason(locale, pratica!)}</p>
            ${pratica!.updatedAt ? html`<p>${t(locale, 'closedWhen', { date: formatDate(pratica!.updatedAt, locale) })}</p>` : nothing}
            <p>${t(locale, 'closedNext')}</p>`, t(locale, 'closedTitle'))
        : html`${this.restoredDraft ? this.#renderRestored(locale, this.restoredDraft) : nothing}${this.#composer.render({ locale, maxLength: this.maxLength, rules: this.#rules, headingLevel: this.headingLevel + 1, onSubmit: this.#submit })}`}
    `;
  }

  #renderRestored(locale: Locale, d: StoredDraft): TemplateResult {
    return renderAlert('info', html`<p>${t(locale, 'draftRestoredText')}</p>
      ${d.fileNames.length ? html`<p class="draft__files">${t(locale, 'draftFilesLost', { count: d.fileNames.length, names: d.fileNames.join(', ') })}</p>` : nothing}`,
    t(locale, 'draftRestoredTitle'));
  }

  #renderMessage(locale: Locale, m: Message, enteName: string | undefined): TemplateResult {
    const mine = this.#isMine(m);
    const author = mine ? t(locale, 'you') : enteName || t(locale, 'office');
    const when = formatDateTime(m.createdAt, locale);
    const isNew = this.fresh.has(m.id);
    const { clean, actions } = this.#prepared(m);
    const labelId = `msg-${m.id}-label`;
    return html`<li class="thread__item" data-message-id=${m.id} data-unread=${this.#isUnreadOffice(m) ? 'true' : 'false'}>
      ${m.id === this.markerId ? html`<div class="marker"><span>${t(locale, 'newMarker')}</span></div>` : nothing}
      <article class="msg ${mine ? 'msg--mine' : 'msg--office'} ${isNew ? 'msg--new' : ''}" part="message" tabindex="-1" aria-labelledby=${labelId}>
        <header class="msg__meta">
          <span class="visually-hidden" id=${labelId}>${t(locale, 'messageOf', { author, date: when })}${isNew ? ` (${t(locale, 'newTag')})` : ''}</span>
          <span class="msg__author" aria-hidden="true">${author}</span>
          <time class="msg__time" datetime=${m.createdAt.toISOString()} aria-hidden="true">${when}</time>
          ${isNew ? html`<span class="sdc-tag sdc-tag--info msg__new" aria-hidden="true">${t(locale, 'newTag')}</span>` : nothing}
        </header>
        ${m.subject ? html`<p class="msg__subject">${m.subject}</p>` : nothing}
        <div class="msg__body">${richText(clean)}</div>
        ${actions.length ? this.#renderActions(locale, actions) : nothing}
        ${m.attachments.length ? this.#renderAttachments(locale, m.attachments) : nothing}
      </article>
    </li>`;
  }

  /**
   * Sanitized body and action links of a message, computed once per body: the thread re-renders on every
   * keystroke in the composer, and DOMPurify plus a DOMParser per message would make typing lag in a long thread.
   */
  #prepared(m: Message): { clean: string; actions: ActionLink[] } {
    const hit = this.#preparedCache.get(m.id);
    if (hit && hit.body === m.body) return hit;
    const clean = sanitizeHtml(m.body);
    const actions = [...ctaLinks(m as WithCallToActions), ...findActionLinks(clean)].filter(
      (a, i, all) => all.findIndex((b) => b.href === a.href) === i,
    );
    const entry = { body: m.body, clean, actions };
    this.#preparedCache.set(m.id, entry);
    return entry;
  }

  #renderActions(locale: Locale, actions: ActionLink[]): TemplateResult {
    return html`<div class="msg__actions" role="group" aria-label=${t(locale, 'actionsLabel')}>
      ${actions.map((a) => html`<a class="btn ${a.kind === 'view' ? 'btn-outline' : ''}" href=${a.href}
          target=${a.external ? '_blank' : nothing} rel=${a.external ? 'noopener noreferrer' : nothing}>
          ${a.label ?? actionLabel(locale, a.kind)}${a.external ? html`<span class="visually-hidden"> ${t(locale, 'newWindow')}</span>${externalIcon()}` : nothing}
        </a>`)}
    </div>`;
  }

  #renderAttachments(locale: Locale, files: Attachment[]): TemplateResult {
    return html`<div class="msg__files">
      <p class="msg__files-title">${t(locale, 'attachments')}</p>
      <ul class="files">
        ${files.map((a) => {
          const name = attachmentName(a);
          const busy = this.downloading.has(a.id);
          const error = this.downloadErrors.get(a.id);
          return html`<li class="file">
            <button type="button" class="file__button"
              aria-describedby=${error ? `dl-err-${a.id}` : nothing} aria-busy=${busy ? 'true' : 'false'} @click=${() => this.#download(a)}>
              ${fileIcon()}
              <span class="file__name"><span class="visually-hidden">${t(locale, 'download')} </span>${name}</span>
              <span class="file__meta">${busy ? t(locale, 'downloading') : fileMeta(locale, name, a.size)}</span>
            </button>
            ${error ? html`<p class="error-message file__error" id="dl-err-${a.id}" role="alert">${error}</p>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  #renderOutgoing(locale: Locale, o: Outgoing): TemplateResult {
    const when = formatDateTime(o.createdAt, locale);
    const author = t(locale, 'you');
    const labelId = `msg-${o.localId}-label`;
    const failed = o.state === 'failed';
    return html`<li class="thread__item" data-local-id=${o.localId}>
      <article class="msg msg--mine ${failed ? 'msg--failed' : 'msg--sending'}" part="message" tabindex="-1"
        aria-labelledby=${labelId} aria-busy=${failed ? 'false' : 'true'}>
        <header class="msg__meta">
          <span class="visually-hidden" id=${labelId}>${t(locale, 'messageOf', { author, date: when })}</span>
          <span class="msg__author" aria-hidden="true">${author}</span>
          <time class="msg__time" datetime=${o.createdAt.toISOString()} aria-hidden="true">${when}</time>
        </header>
        <div class="msg__body msg__body--plain">${o.text}</div>
        ${o.files.length
          ? html`<div class="msg__files"><p class="msg__files-title">${t(locale, 'attachments')}</p><ul class="files">
              ${o.files.map((f) => html`<li class="file"><span class="file__button file__button--static">${fileIcon()}
                <span class="file__name">${f.name}</span><span class="file__meta">${fileMeta(locale, f.name, f.size)}</span></span></li>`)}
            </ul></div>`
          : nothing}
        ${failed
          ? html`<div class="msg__status msg__status--failed">
              <p class="msg__status-text"><strong>${t(locale, 'failed')}</strong> — ${t(locale, 'failedHelp', { reason: o.error?.userMessage(locale) ?? '' })}</p>
              <div class="msg__status-actions">
                ${o.error?.kind === 'unauthorized' && this.api.loginUrl()
                  ? html`<a class="btn btn-sm msg__login" href=${this.api.loginUrl()!}>${t(locale, 'loginAgain')}</a>`
                  : nothing}
                <button type="button" class="btn btn-sm msg__retry" aria-label=${t(locale, 'retryLabel')} @click=${() => this.#retry(o)}>${t(locale, 'retry')}</button>
                <button type="button" class="btn btn-outline btn-sm" aria-label=${t(locale, 'editLabel')} @click=${() => this.#edit(o)}>${t(locale, 'edit')}</button>
                <button type="button" class="btn btn-link btn-sm" aria-label=${t(locale, 'discardLabel')} @click=${() => this.#discard(o)}>${t(locale, 'discard')}</button>
              </div>
            </div>`
          : html`<p class="msg__status msg__status--sending"><span class="spinner" aria-hidden="true"></span>${t(locale, 'sending')}</p>`}
      </article>
    </li>`;
  }
}

/** The citizen writes plain text; the API takes HTML (opencity-api.md §3.5): escape it, keep the line breaks. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function ctaLinks(m: WithCallToActions): ActionLink[] {
  const out: ActionLink[] = [];
  for (const c of m.callToActions ?? []) {
    const href = c.url ?? c.link ?? '';
    // The same safety as body links: only web URLs become buttons.
    if (!/^(https?:|\/)/i.test(href)) continue;
    const kind = actionKindOf(href) ?? 'view';
    let external = false;
    try {
      external = new URL(href, location.href).origin !== location.origin;
    } catch {
      continue;
    }
    out.push({ kind, href, text: c.label ?? '', external, label: c.label?.trim() || undefined });
  }
  return out;
}

function actionLabel(locale: Locale, kind: ActionKind): string {
  switch (kind) {
    case 'pay': return t(locale, 'actionPay');
    case 'notice': return t(locale, 'actionNotice');
    case 'integrate': return t(locale, 'actionIntegrate');
    case 'complete': return t(locale, 'actionComplete');
    case 'book': return t(locale, 'actionBook');
    case 'view': return t(locale, 'actionView');
  }
}

function closedReason(locale: Locale, p: Pratica): string {
  switch (p.statusCode) {
    case 7000: return t(locale, 'closedAccepted');
    case 9000: return t(locale, 'closedRejected');
    case 20000: return t(locale, 'closedWithdrawn');
    default: return t(locale, 'closedRevoked');
  }
}

/** `PDF · 24 KB`: OpenCity's file object has no size (opencity-api.md §4.3), so the type is always there and the size when known. */
function fileMeta(locale: Locale, name: string, size: number | undefined): string {
  const ext = extensionOf(name).toUpperCase();
  return [ext, size !== undefined ? formatFileSize(size, locale) : ''].filter(Boolean).join(' · ');
}

function externalIcon(): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/>
  </svg>`;
}

function fileIcon(): TemplateResult {
  return html`<svg class="icon file__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm4 18H6V4h7v5h5v11zM8 13h8v1.5H8V13zm0 3h8v1.5H8V16z"/>
  </svg>`;
}
