import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { attachmentName, type Attachment } from '../../domain/attachment.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import { formatDate, formatFileSize } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderAlert } from '../../ui/alert.js';
import { saveBlob } from '../../core/save-blob.js';
import { richText } from '../../ui/sanitize.js';
import { errorText } from '../../controllers/session-gate.js';
import type { SdcElement } from '../../core/sdc-element.js';
import { integrationMessages as t } from './integration-answer.messages.js';
import { INTEGRATION_FILES, IntegrationFlow, type FileProblem } from './integration-flow.js';
import { download } from '../../api/download.js';

type Host = SdcElement & { renderRoot: HTMLElement | DocumentFragment };

/** Links the thread (or an office message) points at the backend's integration page with (opencity-api.md §3.3 UI routes). */
const INTEGRATION_LINK = /#integrazion|\/pratiche\/[\w-]+\/integra/i;

/**
 * The "Richiesta integrazioni" call to action at the top of `sdc-pratica-detail` (4100/4200): what the
 * office asked, and the answer form. Behaviour is in `IntegrationFlow`; this part renders it, keeps focus
 * where the citizen expects it, and turns the thread's links to the backend's integration page into a
 * jump to this form.
 */
export class IntegrationAnswer implements ReactiveController {
  readonly flow: IntegrationFlow;
  readonly #host: Host;
  readonly #client: () => SdcClient | undefined;
  #submitted = false;
  #downloads: Record<string, 'busy' | 'error' | undefined> = {};

  constructor(host: Host, options: { client: () => SdcClient | undefined; onDone: (p: Pratica, message: string) => void }) {
    this.#host = host;
    this.#client = options.client;
    host.addController(this);
    this.flow = new IntegrationFlow(host, {
      client: options.client,
      citizenId: () => {
        const s = options.client()?.session;
        return s?.citizen?.id ?? s?.claims?.id;
      },
      filesOnlyText: (names) => t(host.resolvedLocale, 'filesOnly', { names }),
      onDone: (p) => options.onDone(p, p.statusCode === PRATICA_STATUS.REQUEST_INTEGRATION ? '' : t(host.resolvedLocale, 'sent')),
    });
  }

  hostConnected(): void {
    this.#host.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('click', this.#onClick);
  }

  /** A click on a link to the backend's integration page (in the thread, in a message) opens the form here instead. */
  readonly #onClick = (e: Event): void => {
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!a || !INTEGRATION_LINK.test(a.getAttribute('href') ?? '')) return;
    if (!this.focusForm()) return;
    e.preventDefault();
  };

  /** Brings the answer form into view and focus; false when the pratica shows none. */
  focusForm(): boolean {
    const target = this.#host.renderRoot.querySelector<HTMLElement>('#integration-text, #integration-confirm');
    if (!target) return false;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
    return true;
  }

  render(p: Pratica): TemplateResult | typeof nothing {
    if (p.statusCode !== PRATICA_STATUS.REQUEST_INTEGRATION && p.statusCode !== PRATICA_STATUS.DRAFT_FOR_INTEGRATION) return nothing;
    const f = this.flow;
    f.show(p);
    const locale = this.#host.resolvedLocale;
    const waiting = p.statusCode === PRATICA_STATUS.REQUEST_INTEGRATION && (f.step === 'waiting' || (!!f.request?.answeredAt && f.step !== 'failed'));
    return html`<section class="integration" id="integrazione" aria-labelledby="integration-title" data-section="integrazione">
      <h3 id="integration-title">${t(locale, 'title')}</h3>
      <p>${t(locale, p.statusCode === PRATICA_STATUS.REQUEST_INTEGRATION ? 'intro4100' : 'intro4200')}</p>
      ${this.#renderRequest(locale)}
      ${waiting
        ? html`<div class="integration__waiting" tabindex="-1">${renderAlert('success', html`<p>${t(locale, 'waiting')}</p>
            ${f.request?.answeredAt ? html`<p>${t(locale, 'answered', { date: formatDate(f.request.answeredAt, locale) })}</p>` : nothing}`, t(locale, 'waitingTitle'))}</div>`
        : this.#renderForm(p, locale)}
    </section>`;
  }

  #renderRequest(locale: Locale): TemplateResult {
    const r = this.flow.request;
    const m = r?.message;
    return html`<div class="integration__request">
      <h4>${t(locale, 'asked')}</h4>
      ${m
        ? html`<p class="integration__date">${t(locale, 'askedOn', { date: formatDate(m.createdAt, locale) })}</p>
            <div class="integration__body">${richText(m.body)}</div>`
        : this.flow.requestError ? html`<p>${t(locale, 'askedUnknown')}</p>` : nothing}
      ${this.#renderDocuments(locale, [...(r?.documents ?? []), ...(m?.attachments ?? [])])}
      <p class="integration__deadline">${t(locale, 'noDeadline')}</p>
    </div>`;
  }

  #renderDocuments(locale: Locale, docs: Attachment[]): TemplateResult | typeof nothing {
    const unique = docs.filter((d, i) => docs.findIndex((x) => x.id === d.id) === i);
    if (!unique.length) return nothing;
    return html`<ul class="integration__docs" aria-label=${t(locale, 'documents')}>
      ${unique.map((d) => {
        const name = attachmentName(d);
        const st = this.#downloads[d.id];
        return html`<li><span>${name}</span>
          <button type="button" class="btn btn-outline btn-sm" ?disabled=${st === 'busy'} aria-label=${t(locale, 'downloadLabel', { name })}
            @click=${() => void this.#download(d)}>${st === 'busy' ? t(locale, 'downloading') : t(locale, 'download')}</button>
          ${st === 'error' ? html`<span class="integration__error" role="alert">${t(locale, 'downloadError', { name })}</span>` : nothing}</li>`;
      })}
    </ul>`;
  }

  async #download(a: Attachment): Promise<void> {
    const client = this.#client();
    if (!client) return;
    this.#downloads = { ...this.#downloads, [a.id]: 'busy' };
    this.#host.requestUpdate();
    try {
      const { blob, filename } = await download(client, a.url);
      saveBlob(blob, filename || attachmentName(a));
      this.#downloads = { ...this.#downloads, [a.id]: undefined };
    } catch {
      this.#downloads = { ...this.#downloads, [a.id]: 'error' };
    }
    this.#host.requestUpdate();
  }

  #renderForm(p: Pratica, locale: Locale): TemplateResult {
    const f = this.flow;
    const sending = f.step === 'sending';
    const confirmOnly = f.canConfirm(p);
    const emptyError = this.#submitted && f.isEmpty && !confirmOnly;
    const types = INTEGRATION_FILES.accept.split(',').filter((x) => x !== '.jpeg').map((x) => x.slice(1).toUpperCase()).join(', ');
    const hint = t(locale, 'filesHint', { types, size: formatFileSize(INTEGRATION_FILES.maxSize, locale), count: INTEGRATION_FILES.maxFiles });
    const percent = Math.round(f.progress * 100);
    return html`<form class="integration__form" novalidate aria-labelledby="integration-form-title" @submit=${(e: Event) => this.#onSubmit(e, p)}>
      <h4 id="integration-form-title">${t(locale, 'form')}</h4>
      ${confirmOnly && f.request?.answeredAt ? html`<p>${t(locale, 'answeredConfirm', { date: formatDate(f.request.answeredAt, locale) })}</p>` : nothing}
      ${f.step === 'failed' ? html`<div class="integration__failed" tabindex="-1">${renderAlert('danger', html`<p>${errorText(f.error, locale) ?? ''}</p>
          <p>${t(locale, f.error?.kind === 'conflict' ? 'failedConflict' : 'failedKept')}</p>`, t(locale, 'failedTitle'))}</div>` : nothing}
      <div class="field ${emptyError ? 'field--error' : ''}">
        <label for="integration-text">${t(locale, 'message')}</label>
        <p class="hint" id="integration-text-hint">${t(locale, 'messageHint')}</p>
        ${emptyError ? html`<p class="field__error" id="integration-text-error"><span class="visually-hidden">Errore: </span>${t(locale, 'empty')}</p>` : nothing}
        <textarea id="integration-text" rows="5" .value=${f.text} ?readonly=${sending}
          aria-describedby=${emptyError ? 'integration-text-hint integration-text-error' : 'integration-text-hint'} aria-invalid=${emptyError ? 'true' : 'false'}
          @input=${(e: Event) => f.setText((e.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <div class="field">
        <label for="integration-files">${t(locale, 'files')}</label>
        <p class="hint" id="integration-files-hint">${hint}</p>
        ${f.problems.length ? html`<div role="alert" id="integration-files-error"><ul class="field__error">${f.problems.map((x) => html`<li>${this.#problem(x, locale, types)}</li>`)}</ul></div>` : nothing}
        <input id="integration-files" type="file" multiple accept=${INTEGRATION_FILES.accept} ?disabled=${sending}
          aria-describedby=${f.problems.length ? 'integration-files-hint integration-files-error' : 'integration-files-hint'}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            f.addFiles(Array.from(input.files ?? []));
            input.value = '';
          }} />
        ${f.files.length
          ? html`<ul class="integration__files" aria-label=${t(locale, 'chosen')}>${f.files.map((file, i) => html`<li>
              <span>${file.name}</span> <span class="integration__size">${formatFileSize(file.size, locale)}</span>
              <button type="button" class="btn btn-link btn-sm" ?disabled=${sending} aria-label=${t(locale, 'removeLabel', { name: file.name })}
                @click=${() => this.#remove(i)}>${t(locale, 'remove')}</button></li>`)}</ul>`
          : nothing}
      </div>
      ${sending && f.files.length && percent > 0 && percent < 100
        ? html`<p><progress max="100" value=${percent} aria-label=${t(locale, 'uploading', { percent })}></progress></p>` : nothing}
      <div class="actions">
        <button type="submit" class="btn" id=${confirmOnly && f.isEmpty ? 'integration-confirm' : 'integration-send'} aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? t(locale, 'sending') : f.step === 'failed' ? t(locale, 'retry') : t(locale, confirmOnly && f.isEmpty ? 'confirm' : 'send')}
        </button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${sending ? t(locale, 'sending') : ''}</div>
    </form>`;
  }

  #problem(x: FileProblem, locale: Locale, types: string): string {
    if (x.code === 'too-many') return t(locale, 'tooMany', { count: INTEGRATION_FILES.maxFiles });
    if (x.code === 'type') return t(locale, 'wrongType', { name: x.name, types });
    if (x.code === 'size') return t(locale, 'tooBig', { name: x.name, size: formatFileSize(INTEGRATION_FILES.maxSize, locale) });
    return t(locale, 'emptyFile', { name: x.name });
  }

  #remove(i: number): void {
    this.flow.removeFile(i);
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#integration-files')?.focus());
  }

  async #onSubmit(e: Event, p: Pratica): Promise<void> {
    e.preventDefault();
    const f = this.flow;
    if (f.step === 'sending') return;
    this.#submitted = true;
    if (f.isEmpty && !f.canConfirm(p)) {
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('#integration-text')?.focus();
      return;
    }
    await f.send(p);
    this.#submitted = false;
    if (f.step === 'failed') {
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('.integration__failed')?.focus();
    } else if (f.step === 'waiting') {
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('.integration__waiting')?.focus();
    }
  }
}

export const integrationStyles = css`
  .integration {
    padding: calc(var(--_space) * 2); border: 2px solid var(--_warning); border-radius: var(--_radius);
    background: var(--_surface); margin: 0 0 calc(var(--_space) * 4);
  }
  @media (min-width: 576px) { .integration { padding: calc(var(--_space) * 3); } }
  .integration h3 { margin-top: 0; }
  .integration__request { margin: 0 0 calc(var(--_space) * 3); padding: 0 0 calc(var(--_space) * 2); border-bottom: 1px solid var(--_border); }
  .integration__date, .integration__size, .integration .hint { color: var(--_muted); font-size: 0.875rem; margin: 0 0 4px; }
  .integration__body { overflow-wrap: anywhere; }
  .integration__docs, .integration__files { list-style: none; padding: 0; margin: var(--_space) 0; display: grid; gap: 6px; }
  .integration__docs li, .integration__files li { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); overflow-wrap: anywhere; }
  .integration .field { margin: 0 0 calc(var(--_space) * 2); display: grid; gap: 4px; }
  .integration label { font-weight: 600; }
  .integration textarea { width: 100%; box-sizing: border-box; font: inherit; }
  .integration .field__error, .integration__error { color: var(--_danger); font-weight: 600; margin: 0; padding: 0; list-style: none; }
  .integration .field--error textarea { border-color: var(--_danger); }
  .integration__failed:focus, .integration__waiting:focus { outline: none; }
  .integration .actions { margin: 0; }
`;
