import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { Task } from '@lit/task';
import { SdcElement } from '../../core/sdc-element.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { ApiController } from '../../controllers/api-controller.js';
import type { SdcClient } from '../../api/http.js';
import { listMessages } from '../../api/messages.js';
import { getPratica } from '../../api/applications.js';
import { getTenant } from '../../api/tenant.js';
import type { Message } from '../../domain/message.js';
import { attachmentName } from '../../domain/attachment.js';
import { isFinalStatus, type Pratica } from '../../domain/pratica.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderEmpty, renderError, renderLoading, renderLogin } from '../../ui/states.js';
import { renderAlert } from '../../ui/alert.js';
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
 * The thread runs oldest to newest. Office messages not yet read are tagged "Nuovo" and marked read
 * on the backend once they are on screen. Links that ask the citizen to act (pay, complete the pratica,
 * book an appointment) become buttons. A message being sent shows at once; if sending fails it stays,
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

  @state() private messages: Message[] = [];
  @state() private announcement = '';

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
      this.#outbox.clear();
      this.#drafts.restore(this.#draftKey(praticaId));
      this.#reads.start(messages);
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
    const { messages, arrived } = this.#reads.update(this.messages, list);
    this.messages = messages;
    // A message whose sending looked failed (or is still waiting for its answer) may already be on the backend.
    this.#outbox.reconcile(list);
    if (arrived.length) this.#announce(t(this.resolvedLocale, 'announceNew', { count: arrived.length }));
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
    const total = this.messages.length + outgoing.length;
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
          <ol class="thread" part="thread" aria-label=${t(locale, 'threadLabel')}>
            ${
              // Typing in the composer re-renders the element on every key: skip the whole thread unless
              // something it shows changed (measured: a 150-message thread made each keystroke cost ~70 ms).
              guard(
                [this.messages, outgoing, fresh, markerId, this.#downloads.busy, this.#downloads.errors, locale, loaded.enteName, this.#citizenId, canReply],
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

  #renderRestored(locale: Locale, d: StoredDraft): TemplateResult {
    return renderAlert('info', html`<p>${t(locale, 'draftRestoredText')}</p>
      ${d.fileNames.length ? html`<p class="draft__files">${t(locale, 'draftFilesLost', { count: d.fileNames.length, names: d.fileNames.join(', ') })}</p>` : nothing}`,
    t(locale, 'draftRestoredTitle'));
  }

}

/** The office asked for integrations and waits for the citizen (opencity-api.md §5.1). */
const INTEGRATION_REQUESTED = new Set<number>([4100, 4200]);
