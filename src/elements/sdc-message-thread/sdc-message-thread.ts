import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import type { SdcClient } from '../../api/http.js';
import { listLatestMessages, listMessagesRange, listMessagesSince, type MessageRun } from '../../api/messages.js';
import { getPratica } from '../../api/applications.js';
import { getTenant } from '../../api/tenant.js';
import type { Message } from '../../domain/message.js';
import { attachmentName } from '../../domain/attachment.js';
import { isFinalStatus, type Pratica } from '../../domain/pratica.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderEmpty, renderError, renderLoading, renderLogin } from '../../ui/states.js';
import { renderAlert } from '../../ui/alert.js';
import { richTextRevision } from '../../ui/sanitize.js';
import { threadMessages as t } from './sdc-message-thread.messages.js';
import { styles } from './sdc-message-thread.styles.js';
import { MessageComposer, headingTag } from './message-composer.js';
import { ThreadPoller } from './thread-poller.js';
import { DEFAULT_RULES, type AttachmentRules } from './attachment-rules.js';
import { AttachmentDownloads } from './attachment-downloads.js';
import { PreparedBodies, closedReason, externalIcon, renderMessage, renderOutgoing, type MessageView, type OutgoingView } from './message-view.js';
import { Outbox, type OutboxItem, type ThreadTarget } from './outbox.js';
import { ReadTracker } from './read-tracker.js';
import { draftKey, type StoredDraft } from './draft-store.js';
import { DraftKeeper } from './draft-keeper.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The backend accepted a message the citizen wrote; `message` carries its server id. */
    'sdc-message-sent': { message: Message; praticaId: string };
    /** An office message was shown to the citizen and marked read on the backend (`read_at`). */
    'sdc-message-read': { message: Message; praticaId: string };
  }
}

interface Loaded {
  pratica?: Pratica;
  enteName?: string;
}

/**
 * The thread runs oldest to newest. It opens on the latest 30 messages (back to the first unread one);
 * "Mostra i messaggi precedenti" adds 30 more at a time, paging the v2 list with `offset`/`limit`.
 * Office messages not yet read are tagged "Nuovo" and marked read on the backend once they are on screen.
 * Links that ask the citizen to act (pay, complete the pratica, book an appointment) become buttons. A message being sent shows at once; if sending fails it stays,
 * with its text and files, to retry. While the tab is visible the thread checks for new messages.
 * When the office has asked for integrations (4100/4200) the thread says the citizen can answer here, with a
 * message and attachments, or on the pratica's page of the portal.
 *
 * Behaviour lives in its controllers: `Outbox` (sending), `ReadTracker` (new and read), `ThreadPoller`,
 * `DraftKeeper` (what is typed survives a reload) and `AttachmentDownloads`.
 *
 * @tag sdc-message-thread
 * @summary The messages between the citizen and the office about one pratica: read, download
 * attachments, act on requests, and write back.
 *
 * @event sdc-message-sent - `{ message, praticaId }`: the backend accepted a message.
 * @event sdc-message-read - `{ message, praticaId }`: an office message was seen and marked read.
 *
 * @csspart thread - The list of messages.
 * @csspart older-button - "Mostra i messaggi precedenti".
 * @csspart message - One message.
 * @csspart composer - The "Scrivi un messaggio" form.
 * @csspart textarea - The message text box.
 * @csspart attach-button - "Allega file".
 * @csspart send-button - "Invia".
 *
 * @cssprop --sdc-color-primary - Buttons, links, the citizen's messages.
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Background of the citizen's messages.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Borders of messages and attachments.
 * @cssprop --sdc-color-surface - Background of the office's messages.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
 * @cssprop --sdc-color-success - Success accents (borders, icons).
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - A message that could not be sent.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-warning - Warning accents.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-font-family - Text.
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-space - Spacing unit.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
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

  /**
   * The page shows the kit's integration answer form (`sdc-pratica-detail` does, at `#integrazione`): on a
   * 4100/4200 pratica the thread points there, since only that answer moves the pratica on.
   */
  @property({ attribute: 'integration-form', type: Boolean }) integrationForm = false;

  readonly api = new ApiController(this);
  readonly #composer = new MessageComposer(this);
  readonly #poller = new ThreadPoller(this, () => this.#refresh());
  /** The citizen's messages on their way or failed: sent once, kept until sent, edited or discarded. */
  readonly #outbox = new Outbox(this, {
    target: () => this.#target,
    isMine: (m) => this.#isMine(m),
    known: () => this.messages.map((m) => m.id),
    onSent: (message) => this.#sent(message),
    onFailed: (item) => this.#failed(item),
  });
  /** What is typed follows into sessionStorage, for a reload or the login after a 401. */
  readonly #drafts = new DraftKeeper(this, () => (this.#loadedFor && this.#loadedFor === this.praticaId ? this.#draftKey(this.#loadedFor) : undefined), this.#composer);
  /** Attachments fetched with the citizen's token. */
  readonly #downloads = new AttachmentDownloads(this);
  /** "Nuovo" tags, the "Nuovi messaggi" marker and `read_at` once a message was on screen. */
  readonly #reads = new ReadTracker(this, {
    target: () => this.#target,
    isMine: (m) => this.#isMine(m),
    lookup: (id) => this.messages.find((m) => m.id === id),
    onRead: (read) => {
      this.messages = this.messages.map((x) => (x.id === read.id ? read : x));
      if (this.#loadedFor) this.emit('sdc-message-read', { message: read, praticaId: this.#loadedFor });
    },
  });

  /** The messages shown, oldest first: the latest ones, then older ones as the citizen asks for them. */
  @state() private messages: Message[] = [];
  @state() private announcement = '';
  /** "Mostra i messaggi precedenti": idle, fetching, or failed (the button then says "Riprova"). */
  @state() private older: 'idle' | 'loading' | 'error' = 'idle';

  /** Older messages already fetched but not shown yet (a v1 backend sends the whole thread at once). */
  #hidden: Message[] = [];
  /** Rows of the v2 list (opencity-api.md §7.1) before the first one fetched: older messages left on the backend. */
  #start = 0;
  /** Row after the last one fetched: where the next poll asks from. */
  #end = 0;

  #loadedFor: string | undefined;
  readonly #bodies = new PreparedBodies();

  readonly #task = new Task(this, {
    args: () => [this.api.client, this.praticaId, this.api.state === 'authenticated', this.pratica] as const,
    task: async ([client, praticaId, , given], { signal }) => this.#load(client, praticaId, given, signal),
  });

  // --- lifecycle ---------------------------------------------------------------------------------

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('pollInterval') && this.#loadedFor) this.#poller.start(this.pollInterval * 1000);
    this.#reads.observe(this.renderRoot);
  }

  // --- data --------------------------------------------------------------------------------------

  async #load(client: SdcClient | undefined, praticaId: string | undefined, given: Pratica | undefined, signal: AbortSignal): Promise<Loaded> {
    this.#poller.stop();
    if (!praticaId) throw new SdcError('validation', { detail: 'pratica-id missing' });
    if (!client) throw new SdcError('validation', { detail: 'base-url missing' });
    const session = await client.session.ensure({ signal });
    if (signal.aborted) throw new SdcError('aborted');
    if (session !== 'authenticated') throw new SdcError('unauthorized');
    // The same pratica again (a session refresh, a new `pratica` object from the page): what is on screen
    // stays, with what arrived since; another pratica starts from its latest messages.
    const same = this.#loadedFor === praticaId;
    const [run, pratica, tenant] = await Promise.all([
      same ? listMessagesSince(client, praticaId, this.#end, { signal }) : this.#fetchLatest(client, praticaId, signal),
      // The status only decides whether the citizen may still write: a failure here must not hide the thread.
      given ? Promise.resolve(given) : getPratica(client, praticaId, { signal }).catch((e: unknown) => {
        if (toSdcError(e).kind === 'unauthorized') throw e;
        return undefined;
      }),
      getTenant(client, { signal }).catch(() => undefined),
    ]);
    if (same && this.#loadedFor === praticaId) {
      this.#merge(run);
    } else {
      this.#loadedFor = praticaId;
      this.#outbox.clear();
      this.#drafts.restore(this.#draftKey(praticaId));
      this.#show(run);
      this.#reads.start(this.messages);
    }
    this.#poller.start(this.pollInterval * 1000);
    return { pratica, enteName: tenant?.name };
  }

  /**
   * The latest messages, and older ones back to the first office message not read yet: the "Nuovi messaggi"
   * marker goes above it and must be on screen (within a bound, for a thread imported all unread).
   */
  async #fetchLatest(client: SdcClient, praticaId: string, signal: AbortSignal): Promise<MessageRun> {
    let run = await listLatestMessages(client, praticaId, WINDOW, { signal });
    while (run.start > 0 && run.items.length < UNREAD_REACH && run.items[0] && this.#unread(run.items[0])) {
      const before = await listMessagesRange(client, praticaId, Math.max(0, run.start - 100), run.start, { signal });
      run = { ...run, items: [...before.items, ...run.items], start: before.start };
    }
    return run;
  }

  /** A first run: the latest WINDOW messages (from the first unread one, if older) are shown, the rest kept back. */
  #show(run: MessageRun): void {
    const items = run.items;
    let from = Math.max(0, items.length - WINDOW);
    const firstUnread = items.findIndex((m) => this.#unread(m));
    if (firstUnread >= 0 && firstUnread < from) from = Math.max(firstUnread, items.length - UNREAD_REACH);
    this.#hidden = items.slice(0, from);
    this.messages = items.slice(from);
    this.#start = run.start;
    this.#end = run.end;
    this.older = 'idle';
  }

  /** What a later run brought: new messages join the end, known ones take the backend's copy (e.g. `read_at`). */
  #merge(run: MessageRun): Message[] {
    const byId = new Map(run.items.map((m) => [m.id, m]));
    const shown = new Set(this.messages.map((m) => m.id));
    const hidden = new Set(this.#hidden.map((m) => m.id));
    const added = run.items.filter((m) => !shown.has(m.id) && !hidden.has(m.id));
    const list = [...this.messages.map((m) => byId.get(m.id) ?? m), ...added].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const { messages, arrived } = this.#reads.update(this.messages, list);
    this.messages = messages;
    // Past the end (messages removed on the backend) the run ends where it began: the next poll asks one row earlier.
    this.#end = run.end;
    // A message whose sending looked failed (or is still waiting for its answer) may already be on the backend.
    this.#outbox.reconcile(run.items);
    return arrived;
  }

  /** One poll: asks only for what came after the last row known; new office messages are announced. */
  async #refresh(): Promise<void> {
    const client = this.api.client;
    const id = this.#loadedFor;
    if (!client || !id || this.api.state !== 'authenticated') return;
    const run = await listMessagesSince(client, id, this.#end);
    if (id !== this.#loadedFor) return;
    const arrived = this.#merge(run);
    if (arrived.length) this.#announce(t(this.resolvedLocale, 'announceNew', { count: arrived.length }));
  }

  get #hasOlder(): boolean {
    return this.#hidden.length > 0 || this.#start > 0;
  }

  /**
   * "Mostra i messaggi precedenti": the STEP messages before the first shown (from those kept back, else
   * from the backend with `offset`/`limit`). The message the citizen was reading stays where it was on
   * screen, focus goes to the newest of the added ones, and the count is announced.
   */
  #showOlder = async (): Promise<void> => {
    const client = this.api.client;
    const id = this.#loadedFor;
    if (!client || !id || this.older === 'loading' || !this.#hasOlder) return;
    let added: Message[] = [];
    if (this.#hidden.length) {
      added = this.#hidden.slice(-STEP);
      this.#hidden = this.#hidden.slice(0, Math.max(0, this.#hidden.length - STEP));
    } else {
      this.older = 'loading';
      try {
        const shown = new Set(this.messages.map((m) => m.id));
        // A page of internal notes only (v2 does not leave them out, §3.5) shows nothing: go on further back.
        while (!added.length && this.#start > 0) {
          const run = await listMessagesRange(client, id, Math.max(0, this.#start - STEP), this.#start);
          if (id !== this.#loadedFor) return;
          this.#start = run.start;
          added = run.items.filter((m) => !shown.has(m.id));
        }
      } catch {
        this.older = 'error';
        this.#announce(t(this.resolvedLocale, 'olderError'));
        return;
      }
      this.older = 'idle';
      // A v1 backend answers with the whole thread: show a step, keep the rest back.
      if (added.length > STEP) {
        this.#hidden = added.slice(0, added.length - STEP);
        added = added.slice(-STEP);
      }
    }
    if (!added.length) return;
    await this.#prepend(added);
    this.#announce(t(this.resolvedLocale, 'announceOlder', { count: added.length }));
  };

  async #prepend(added: Message[]): Promise<void> {
    const anchor = this.#item(this.messages[0]?.id);
    const top = anchor?.getBoundingClientRect().top;
    this.messages = [...added.map((m) => this.#reads.withRead(m)), ...this.messages];
    await this.updateComplete;
    if (anchor && top !== undefined) {
      // Chromium's scroll anchoring may have kept the position already; whatever shift is left is undone here.
      const shift = anchor.getBoundingClientRect().top - top;
      if (Math.abs(shift) >= 1) scrollParent(anchor).scrollBy(0, shift);
    }
    // The newest added message sits where the button was: reading goes on upwards from there.
    this.#item(added.at(-1)!.id)?.querySelector<HTMLElement>('.msg')?.focus({ preventScroll: true });
  }

  #item(id: string | undefined): HTMLElement | null {
    return id ? this.renderRoot.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(id)}"]`) : null;
  }

  #unread(m: Message): boolean {
    return !this.#isMine(m) && m.readAt === undefined;
  }

  /** The client and pratica of the thread shown, once it has loaded. */
  get #target(): ThreadTarget | undefined {
    const client = this.api.client;
    const praticaId = this.#loadedFor;
    return client && praticaId ? { client, praticaId } : undefined;
  }

  get #citizenId(): string | undefined {
    const s = this.api.session;
    return s?.citizen?.id ?? s?.claims?.id;
  }

  #isMine(m: Message): boolean {
    const me = this.#citizenId;
    return !!me && m.authorId === me;
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

  // --- writing -----------------------------------------------------------------------------------

  #submit = (): void => {
    // A second click of a double click lands on the composer that the first click just emptied: ignore it
    // instead of showing "Scrivi il testo" for a message that is already on its way.
    if (this.#composer.isEmpty && this.#outbox.sending) return;
    const draft = this.#composer.validate(this.resolvedLocale, this.maxLength, this.#rules);
    if (!draft || !this.#outbox.send(draft)) return;
    this.#composer.clear();
    // The citizen is answering: whatever was new has been read.
    this.#reads.dismissMarker();
  };

  #sent(message: Message): void {
    const praticaId = this.#loadedFor;
    if (!praticaId) return;
    // Sent: the copy kept for after a login is no longer needed (what is in the composer now is saved again on its own).
    this.#drafts.forget(this.#draftKey(praticaId));
    if (!this.messages.some((m) => m.id === message.id)) this.messages = [...this.messages, message];
    this.#announce(t(this.resolvedLocale, 'announceSent'));
    this.emit('sdc-message-sent', { message, praticaId });
  }

  #failed(item: OutboxItem): void {
    // The session expired: logging in again is a page load that loses this page's memory. Keep the
    // text (and the file names, files cannot be kept) for the composer after the login.
    if (item.error?.kind === 'unauthorized' && this.#loadedFor) this.#drafts.keepRefused(this.#draftKey(this.#loadedFor), item);
    this.#announce(t(this.resolvedLocale, 'announceFailed'));
  }

  #retry(item: OutboxItem): void {
    this.#outbox.retry(item.localId);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-local-id="${item.localId}"] .msg`)?.focus());
  }

  #edit(item: OutboxItem): void {
    const taken = this.#outbox.take(item.localId);
    if (taken) this.#composer.restore({ text: taken.text, files: [...taken.files] });
  }

  #discard(item: OutboxItem): void {
    this.#outbox.take(item.localId);
    if (this.#loadedFor && this.#composer.isEmpty) this.#drafts.forget(this.#draftKey(this.#loadedFor));
    void this.updateComplete.then(() => this.#composer.focusText());
  }

  // --- draft kept across page loads ----------------------------------------------------------------

  #draftKey(praticaId: string): string {
    return draftKey(this.resolvedBaseUrl, praticaId);
  }

  #focusFirstNew = (): void => {
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-message-id="${this.#reads.markerId}"] .msg`);
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
      const kept = !!this.praticaId && DraftKeeper.keptAfterExpiry(this.#draftKey(this.praticaId));
      return renderLogin(locale, this.api.loginUrl(), kept ? t(locale, 'loginKeptText') : t(locale, 'loginText'));
    }
    if (err.kind === 'validation' && !this.praticaId) return renderError(locale, t(locale, 'noPratica'));
    return renderError(locale, err.userMessage(locale), () => void this.#task.run(), t(locale, 'loadError'));
  }

  #renderContent(locale: Locale, loaded: Loaded): TemplateResult {
    const pratica = loaded.pratica;
    const closed = !!pratica && isFinalStatus(pratica.statusCode);
    // "Rispondi qui" next to the office's integration link, unless the page has the real answer form.
    const canReply = !closed && !this.integrationForm;
    const outgoing = this.#outbox.items;
    const { fresh, markerId } = this.#reads;
    // Rows not fetched yet count as messages (they may include internal notes: the figure is the backend's).
    const total = this.#start + this.#hidden.length + this.messages.length + outgoing.length;
    const freshCount = this.messages.filter((m) => fresh.has(m.id)).length;
    const long = total > 3;
    return html`
      ${total === 0
        ? renderEmpty(t(locale, 'emptyTitle'), closed ? t(locale, 'emptyClosedText') : t(locale, 'emptyText'))
        : html`
          <div class="thread-summary">
            <p class="thread-summary__count">
              ${t(locale, 'summary', { count: total })}${freshCount ? html`, <strong>${t(locale, 'summaryUnread', { count: freshCount })}</strong>` : nothing}
            </p>
            ${markerId && long ? html`<button type="button" class="btn btn-link btn-sm" @click=${this.#focusFirstNew}>${t(locale, 'goToNew')}</button>` : nothing}
            ${long && !closed ? html`<button type="button" class="btn btn-link btn-sm" @click=${this.#focusComposer}>${t(locale, 'goToComposer')}</button>` : nothing}
          </div>
          ${this.#hasOlder ? this.#renderOlder(locale) : nothing}
          <ol class="thread" part="thread" aria-label=${t(locale, 'threadLabel')}>
            ${
              // Typing in the composer re-renders the element on every key: skip the whole thread unless
              // something it shows changed (measured: a 150-message thread made each keystroke cost ~70 ms).
              guard(
                [this.messages, outgoing, fresh, markerId, this.#downloads.busy, this.#downloads.errors, locale, loaded.enteName, this.#citizenId, canReply, richTextRevision()],
                () => this.#renderThread(locale, loaded.enteName, canReply),
              )
            }
          </ol>`}
      ${closed
        ? renderAlert('info', html`<p>${closedReason(locale, pratica!)}</p>
            ${pratica!.updatedAt ? html`<p>${t(locale, 'closedWhen', { date: formatDate(pratica!.updatedAt, locale) })}</p>` : nothing}
            <p>${t(locale, 'closedNext')}</p>`, t(locale, 'closedTitle'))
        : html`${pratica && INTEGRATION_REQUESTED.has(pratica.statusCode) ? this.#renderIntegration(locale, pratica) : nothing}${this.#drafts.restored ? this.#renderRestored(locale, this.#drafts.restored) : nothing}${this.#composer.render({ locale, maxLength: this.maxLength, rules: this.#rules, headingLevel: this.headingLevel + 1, onSubmit: this.#submit })}`}
    `;
  }

  /**
   * Status 4100/4200 (opencity-api.md §5.1): the office waits for the citizen. The link in its message leads to
   * the backend's page; the thread is a second way, which the kit has, and says plainly what it is.
   */
  #renderIntegration(locale: Locale, p: Pratica): TemplateResult {
    const client = this.api.client;
    const portal = client ? `${client.baseUrl}/${client.options.locale ?? 'it'}/pratiche/${encodeURIComponent(p.id)}/detail` : undefined;
    if (this.integrationForm) {
      // The form at the top of the pratica is the answer that moves it on (4200 → 4300); the thread says so.
      return html`<div class="integration">${renderAlert('warning', html`<p>${t(locale, 'integrationForm')}
        <a href="#integrazione">${t(locale, 'integrationFormLink')}</a>.</p>`, t(locale, 'integrationTitle'))}</div>`;
    }
    return html`<div class="integration">${renderAlert('warning', html`<p>${t(locale, 'integrationHere')}</p>
      <p>${t(locale, 'integrationPlain')}</p>
      ${portal
        ? html`<p>${t(locale, 'integrationPortal')} <a href=${portal} target="_blank" rel="noopener noreferrer">${t(locale, 'integrationPortalLink')}<span class="visually-hidden"> ${t(locale, 'newWindow')}</span>${externalIcon()}</a>.</p>`
        : nothing}`, t(locale, 'integrationTitle'))}</div>`;
  }

  #renderThread(locale: Locale, enteName: string | undefined, canReply: boolean): TemplateResult {
    const reads = this.#reads;
    const client = this.api.client;
    const view = (m: Message): MessageView => ({
      locale, enteName, canReply, mine: this.#isMine(m), isNew: reads.fresh.has(m.id), unread: reads.isUnread(m), marker: m.id === reads.markerId,
      downloading: this.#downloads.busy, downloadErrors: this.#downloads.errors, onReply: this.#focusComposer,
      onDownload: (a) => client && void this.#downloads.download(client, a, this.renderRoot, t(locale, 'downloadFailed', { name: attachmentName(a) })),
    });
    const outgoing: OutgoingView = {
      locale, loginUrl: this.api.loginUrl(), onRetry: (o) => this.#retry(o), onEdit: (o) => this.#edit(o), onDiscard: (o) => this.#discard(o),
    };
    return html`${repeat(this.messages, (m) => m.id, (m) => renderMessage(view(m), m, this.#bodies.get(m)))}${repeat(this.#outbox.items, (o) => o.localId, (o) => renderOutgoing(outgoing, o))}`;
  }

  #renderOlder(locale: Locale): TemplateResult {
    const loading = this.older === 'loading';
    const failed = this.older === 'error';
    return html`<div class="thread-older">
      ${failed ? html`<p class="error-message" id="sdc-older-error">${t(locale, 'olderError')}</p>` : nothing}
      <button type="button" class="btn btn-outline btn-sm" part="older-button" aria-disabled=${loading ? 'true' : 'false'}
        aria-describedby=${failed ? 'sdc-older-error' : nothing} @click=${this.#showOlder}>
        ${loading ? t(locale, 'loadingOlder') : failed ? t(locale, 'retry') : t(locale, 'showOlder')}
      </button>
    </div>`;
  }

  #renderRestored(locale: Locale, d: StoredDraft): TemplateResult {
    return renderAlert('info', html`<p>${t(locale, 'draftRestoredText')}</p>
      ${d.fileNames.length ? html`<p class="draft__files">${t(locale, 'draftFilesLost', { count: d.fileNames.length, names: d.fileNames.join(', ') })}</p>` : nothing}`,
    t(locale, 'draftRestoredTitle'));
  }

}

/** Messages shown when a thread opens: a long pratica has thousands (issue 15: first message ≤ 100 ms). */
const WINDOW = 30;
/** Messages added by each "Mostra i messaggi precedenti". */
const STEP = 30;
/** How far back the first unread office message is looked for, so the "Nuovi messaggi" marker is on screen. */
const UNREAD_REACH = 200;

/** The box that scrolls `el` (through shadow roots and slots): the page, or a scrolling panel around the thread. */
function scrollParent(el: Element): Element {
  let n: Node | null = el.assignedSlot ?? el.parentNode;
  while (n) {
    if (n instanceof ShadowRoot) {
      n = n.host;
      continue;
    }
    if (n instanceof HTMLElement) {
      const o = getComputedStyle(n).overflowY;
      if ((o === 'auto' || o === 'scroll') && n.scrollHeight > n.clientHeight) return n;
      n = n.assignedSlot ?? n.parentNode;
      continue;
    }
    n = n.parentNode;
  }
  return document.scrollingElement ?? document.documentElement;
}

/** The office asked for integrations and waits for the citizen (opencity-api.md §5.1). */
const INTEGRATION_REQUESTED = new Set<number>([4100, 4200]);
