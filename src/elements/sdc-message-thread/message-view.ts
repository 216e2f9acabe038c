import { html, nothing, type TemplateResult } from 'lit';
import type { Message } from '../../domain/message.js';
import { attachmentName, type Attachment } from '../../domain/attachment.js';
import type { Pratica } from '../../domain/pratica.js';
import { formatDateTime, formatFileSize, withTimeZoneNote } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { richText, richTextRevision, sanitizeHtml } from '../../ui/sanitize.js';
import { threadMessages as t } from './sdc-message-thread.messages.js';
import { actionKindOf, findActionLinks, type ActionKind, type ActionLink } from './action-links.js';
import { extensionOf } from './attachment-rules.js';
import type { OutboxItem } from './outbox.js';

/** What one office or citizen message needs to be drawn: the thread's state about it and what its buttons do. */
export interface MessageView {
  locale: Locale;
  /** The ente's name, shown as the office's messages' author. */
  enteName?: string;
  mine: boolean;
  /** Tagged "Nuovo" for this visit. */
  isNew: boolean;
  /** Not read yet: watched until it is on screen. */
  unread: boolean;
  /** The "Nuovi messaggi" marker goes above it. */
  marker: boolean;
  /** The pratica is open: an integration link gets a "Rispondi qui" button next to it. */
  canReply: boolean;
  downloading: ReadonlySet<string>;
  downloadErrors: ReadonlyMap<string, string>;
  onDownload: (a: Attachment) => void;
  onReply: () => void;
}

/** Call-to-action links, when the backend sends them apart from the body (`Message::call_to_actions`, pa-domain.md §6.1). */
type WithCallToActions = Message & { callToActions?: Array<{ label?: string; url?: string; link?: string }> };

/**
 * Sanitized bodies and action links, computed once per message body: the thread re-renders on every
 * keystroke in the composer, and sanitizing plus a DOMParser per message would make typing lag in a long thread.
 */
export class PreparedBodies {
  readonly #cache = new Map<string, { body: string; rev: number; clean: string; actions: ActionLink[] }>();

  get(m: Message): { clean: string; actions: ActionLink[] } {
    const hit = this.#cache.get(m.id);
    // A new revision: the fallback sanitizer arrived and the body, plain text so far, becomes rich.
    if (hit && hit.body === m.body && hit.rev === richTextRevision()) return hit;
    const clean = sanitizeHtml(m.body);
    const actions = [...ctaLinks(m as WithCallToActions), ...findActionLinks(clean)].filter(
      (a, i, all) => all.findIndex((b) => b.href === a.href) === i,
    );
    const entry = { body: m.body, rev: richTextRevision(), clean, actions };
    this.#cache.set(m.id, entry);
    return entry;
  }
}

export function renderMessage(v: MessageView, m: Message, prepared: { clean: string; actions: ActionLink[] }): TemplateResult {
  const { locale, mine, isNew } = v;
  const author = mine ? t(locale, 'you') : v.enteName || t(locale, 'office');
  const when = withTimeZoneNote(formatDateTime(m.createdAt, locale), m.createdAt, locale);
  const labelId = `msg-${m.id}-label`;
  return html`<li class="thread__item" data-message-id=${m.id} data-unread=${v.unread ? 'true' : 'false'}>
    ${v.marker ? html`<div class="marker"><span>${t(locale, 'newMarker')}</span></div>` : nothing}
    <article class="msg ${mine ? 'msg--mine' : 'msg--office'} ${isNew ? 'msg--new' : ''}" part="message" tabindex="-1" aria-labelledby=${labelId}>
      <header class="msg__meta">
        <span class="visually-hidden" id=${labelId}>${mine ? t(locale, 'myMessageOf', { date: when }) : t(locale, 'messageOf', { author, date: when })}${isNew ? ` (${t(locale, 'newTag')})` : ''}</span>
        <span class="msg__author" aria-hidden="true">${author}</span>
        <time class="msg__time" datetime=${m.createdAt.toISOString()} aria-hidden="true">${when}</time>
        ${isNew ? html`<span class="sdc-tag sdc-tag--info msg__new" aria-hidden="true">${t(locale, 'newTag')}</span>` : nothing}
      </header>
      ${m.subject ? html`<p class="msg__subject">${m.subject}</p>` : nothing}
      <div class="msg__body">${richText(prepared.clean)}</div>
      ${prepared.actions.length ? renderActions(v, prepared.actions) : nothing}
      ${m.attachments.length ? renderAttachments(v, m.attachments) : nothing}
    </article>
  </li>`;
}

function renderActions(v: MessageView, actions: ActionLink[]): TemplateResult {
  const { locale } = v;
  return html`<div class="msg__actions" role="group" aria-label=${t(locale, 'actionsLabel')}>
    ${actions.map((a) => html`<a class="btn ${a.kind === 'view' ? 'btn-outline' : ''}" href=${a.href}
        target=${a.external ? '_blank' : nothing} rel=${a.external ? 'noopener noreferrer' : nothing}>
        ${a.label ?? actionLabel(locale, a.kind)}${a.external ? html`<span class="visually-hidden"> ${t(locale, 'newWindow')}</span>${externalIcon()}` : nothing}
      </a>`)}
    ${v.canReply && actions.some((a) => a.kind === 'integrate')
      // The backend's integration page is not the only way: the composer here takes the documents too.
      ? html`<button type="button" class="btn btn-outline" @click=${v.onReply}>${t(locale, 'replyHere')}</button>`
      : nothing}
  </div>`;
}

function renderAttachments(v: MessageView, files: Attachment[]): TemplateResult {
  const { locale } = v;
  return html`<div class="msg__files">
    <p class="msg__files-title">${t(locale, 'attachments')}</p>
    <ul class="files">
      ${files.map((a) => {
        const name = attachmentName(a);
        const busy = v.downloading.has(a.id);
        const error = v.downloadErrors.get(a.id);
        return html`<li class="file">
          <button type="button" class="file__button"
            aria-describedby=${error ? `dl-err-${a.id}` : nothing} aria-busy=${busy ? 'true' : 'false'} @click=${() => v.onDownload(a)}>
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

/** What a message of the outbox needs: where "Accedi" goes after a 401, and what its buttons do. */
export interface OutgoingView {
  locale: Locale;
  loginUrl?: string;
  onRetry: (o: OutboxItem) => void;
  onEdit: (o: OutboxItem) => void;
  onDiscard: (o: OutboxItem) => void;
}

export function renderOutgoing(v: OutgoingView, o: OutboxItem): TemplateResult {
  const { locale } = v;
  const when = withTimeZoneNote(formatDateTime(o.createdAt, locale), o.createdAt, locale);
  const author = t(locale, 'you');
  const labelId = `msg-${o.localId}-label`;
  const failed = o.state === 'failed';
  return html`<li class="thread__item" data-local-id=${o.localId}>
    <article class="msg msg--mine ${failed ? 'msg--failed' : 'msg--sending'}" part="message" tabindex="-1"
      aria-labelledby=${labelId} aria-busy=${failed ? 'false' : 'true'}>
      <header class="msg__meta">
        <span class="visually-hidden" id=${labelId}>${t(locale, 'myMessageOf', { date: when })}</span>
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
              ${o.error?.kind === 'unauthorized' && v.loginUrl
                ? html`<a class="btn btn-sm msg__login" href=${v.loginUrl}>${t(locale, 'loginAgain')}</a>`
                : nothing}
              <button type="button" class="btn btn-sm msg__retry" aria-label=${t(locale, 'retryLabel')} @click=${() => v.onRetry(o)}>${t(locale, 'retry')}</button>
              <button type="button" class="btn btn-outline btn-sm" aria-label=${t(locale, 'editLabel')} @click=${() => v.onEdit(o)}>${t(locale, 'edit')}</button>
              <button type="button" class="btn btn-link btn-sm" aria-label=${t(locale, 'discardLabel')} @click=${() => v.onDiscard(o)}>${t(locale, 'discard')}</button>
            </div>
          </div>`
        : html`<p class="msg__status msg__status--sending"><span class="spinner" aria-hidden="true"></span>${t(locale, 'sending')}</p>`}
    </article>
  </li>`;
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

/** Why a closed pratica takes no more messages. */
export function closedReason(locale: Locale, p: Pratica): string {
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

export function externalIcon(): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/>
  </svg>`;
}

function fileIcon(): TemplateResult {
  return html`<svg class="icon file__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm4 18H6V4h7v5h5v11zM8 13h8v1.5H8V13zm0 3h8v1.5H8V16z"/>
  </svg>`;
}
