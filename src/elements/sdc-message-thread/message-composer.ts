import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { formatFileSize } from '../../i18n/format.js';
import { threadMessages as t } from './sdc-message-thread.messages.js';
import {
  acceptAttribute,
  addFiles,
  checkAll,
  typesLabel,
  type AttachmentProblem,
  type AttachmentRules,
} from './attachment-rules.js';

export interface ComposerDraft {
  text: string;
  files: File[];
}

/**
 * The "Scrivi un messaggio" form: a textarea with a character count, an accessible attach control
 * and "Invia". It owns what the citizen is typing and choosing; the thread owns what happens once sent.
 * Validation follows GOV.UK: nothing is disabled, problems are said on "Invia", next to the field,
 * and focus goes to the first one.
 */
export class MessageComposer {
  readonly #host: ReactiveControllerHost & HTMLElement;
  text = '';
  files: File[] = [];
  textError: string | undefined;
  fileErrors: string[] = [];
  /** A polite message for the composer's own live region (files added or removed). */
  status = '';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  get #root(): ShadowRoot | HTMLElement {
    return this.#host.shadowRoot ?? this.#host;
  }

  get isEmpty(): boolean {
    return this.text.trim() === '' && this.files.length === 0;
  }

  /** Puts a draft back (a failed message the citizen wants to edit) and focuses the textarea. */
  restore(draft: ComposerDraft): void {
    this.text = draft.text;
    this.files = [...draft.files];
    this.textError = undefined;
    this.fileErrors = [];
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.focusText());
  }

  clear(): void {
    this.text = '';
    this.files = [];
    this.textError = undefined;
    this.fileErrors = [];
    this.status = '';
    this.#host.requestUpdate();
  }

  focusText(): void {
    this.#root.querySelector<HTMLTextAreaElement>('#sdc-compose-text')?.focus();
  }

  /**
   * Checks the draft; on success returns it, otherwise shows the problems, focuses the first one and
   * returns undefined. Attachments are checked again here: a file can change on disk after it was chosen.
   */
  validate(locale: Locale, maxLength: number, rules: AttachmentRules): ComposerDraft | undefined {
    const text = this.text.trim();
    this.textError = undefined;
    if (text === '') this.textError = t(locale, 'errorEmpty');
    else if (text.length > maxLength) this.textError = t(locale, 'errorTooLong', { max: maxLength, over: text.length - maxLength });
    this.fileErrors = checkAll(this.files, rules).map((p) => problemText(locale, p, rules));
    this.#host.requestUpdate();
    if (this.textError || this.fileErrors.length) {
      void this.#host.updateComplete.then(() => {
        if (this.textError) this.focusText();
        else this.#root.querySelector<HTMLElement>('#sdc-compose-attach')?.focus();
      });
      return undefined;
    }
    return { text, files: [...this.files] };
  }

  #onInput = (e: Event): void => {
    this.text = (e.target as HTMLTextAreaElement).value;
    // An error about an empty message is stale as soon as the citizen types.
    if (this.textError && this.text.trim() !== '') this.textError = undefined;
    this.#host.requestUpdate();
  };

  #pick = (): void => {
    this.#root.querySelector<HTMLInputElement>('#sdc-compose-file')?.click();
  };

  #onFiles(e: Event, locale: Locale, rules: AttachmentRules): void {
    const input = e.target as HTMLInputElement;
    const added = Array.from(input.files ?? []);
    // Reset so choosing the same file again after removing it fires `change` again.
    input.value = '';
    this.addFiles(added, locale, rules);
  }

  /** Adds chosen files (also used by tests and drag-and-drop hosts): refused ones are explained, the others kept. */
  addFiles(added: File[], locale: Locale, rules: AttachmentRules): void {
    const before = this.files.length;
    const { files, problems } = addFiles(this.files, added, rules);
    this.files = files;
    this.fileErrors = problems.map((p) => problemText(locale, p, rules));
    this.status = files.length > before ? t(locale, 'announceFileAdded', { count: files.length - before }) : '';
    this.#host.requestUpdate();
  }

  #remove(index: number, locale: Locale): void {
    const [gone] = this.files.splice(index, 1);
    this.files = [...this.files];
    this.fileErrors = [];
    this.status = gone ? t(locale, 'announceFileRemoved', { name: gone.name }) : '';
    this.#host.requestUpdate();
    // The removed row's button is gone: keep focus in the control instead of dropping it on <body>.
    void this.#host.updateComplete.then(() => {
      const buttons = this.#root.querySelectorAll<HTMLButtonElement>('.composer__remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.#root.querySelector<HTMLElement>('#sdc-compose-attach'))?.focus();
    });
  }

  render(opts: {
    locale: Locale;
    maxLength: number;
    rules: AttachmentRules;
    headingLevel: number;
    onSubmit: () => void;
  }): TemplateResult {
    const { locale, maxLength, rules } = opts;
    const count = this.text.trim().length;
    const over = count - maxLength;
    const describedBy = ['sdc-compose-hint', 'sdc-compose-count', this.textError ? 'sdc-compose-error' : ''].filter(Boolean).join(' ');
    const fileDescribedBy = ['sdc-compose-attach-hint', this.fileErrors.length ? 'sdc-compose-file-errors' : ''].filter(Boolean).join(' ');
    const heading = t(locale, 'composeHeading');
    return html`
      <form class="composer" part="composer" novalidate aria-labelledby="sdc-compose-heading"
        @submit=${(e: Event) => { e.preventDefault(); opts.onSubmit(); }}>
        ${headingTag(opts.headingLevel, 'sdc-compose-heading', 'composer__heading', heading)}
        <div class="field ${this.textError ? 'field--error' : ''}">
          <label for="sdc-compose-text">${t(locale, 'composeLabel')}</label>
          <p class="hint" id="sdc-compose-hint">${t(locale, 'composeHint')}</p>
          ${this.textError
            ? html`<p class="error-message" id="sdc-compose-error"><span class="visually-hidden">${t(locale, 'errorPrefix')} </span>${this.textError}</p>`
            : nothing}
          <textarea id="sdc-compose-text" name="message" rows="5" part="textarea"
            aria-describedby=${describedBy} aria-invalid=${this.textError ? 'true' : 'false'}
            .value=${this.text} @input=${this.#onInput}></textarea>
          <p class="composer__count ${over > 0 ? 'composer__count--over' : ''}" id="sdc-compose-count">
            ${over > 0 ? t(locale, 'charOver', { count: over }) : t(locale, 'charCount', { count, max: maxLength })}
          </p>
        </div>

        <div class="field composer__files ${this.fileErrors.length ? 'field--error' : ''}">
          <p class="hint" id="sdc-compose-attach-hint">
            ${t(locale, 'attachHint', { max: rules.maxFiles, types: typesLabel(rules), size: formatFileSize(rules.maxSize, locale) })}
          </p>
          ${this.fileErrors.length
            ? html`<ul class="error-message composer__file-errors" id="sdc-compose-file-errors">
                ${this.fileErrors.map((m) => html`<li><span class="visually-hidden">${t(locale, 'errorPrefix')} </span>${m}</li>`)}
              </ul>`
            : nothing}
          ${this.files.length
            ? html`<ul class="composer__list" aria-label=${t(locale, 'attachedFiles')}>
                ${this.files.map((f, i) => html`<li class="composer__file">
                  <span class="composer__file-name">${f.name}</span>
                  <span class="composer__file-size">${formatFileSize(f.size, locale)}</span>
                  <button type="button" class="btn btn-link btn-sm composer__remove"
                    aria-label=${t(locale, 'removeLabel', { name: f.name })}
                    @click=${() => this.#remove(i, locale)}>${t(locale, 'remove')}</button>
                </li>`)}
              </ul>`
            : nothing}
          <input id="sdc-compose-file" class="visually-hidden" type="file" multiple tabindex="-1" aria-hidden="true"
            accept=${acceptAttribute(rules)} @change=${(e: Event) => this.#onFiles(e, locale, rules)} />
        </div>

        <div class="composer__actions">
          <button type="button" id="sdc-compose-attach" class="btn btn-outline" part="attach-button"
            aria-describedby=${fileDescribedBy} @click=${this.#pick}>
            ${clipIcon()} ${t(locale, 'attach')}
          </button>
          <button type="submit" class="btn composer__send" part="send-button">${t(locale, 'send')}</button>
        </div>
        <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
      </form>
    `;
  }
}

export function problemText(locale: Locale, p: AttachmentProblem, rules: AttachmentRules): string {
  switch (p.code) {
    case 'type': return t(locale, 'errorType', { name: p.name, types: typesLabel(rules) });
    case 'size': return t(locale, 'errorSize', { name: p.name, size: formatFileSize(p.size, locale), max: formatFileSize(rules.maxSize, locale) });
    case 'empty': return t(locale, 'errorEmptyFile', { name: p.name });
    case 'too-many': return t(locale, 'errorTooMany', { max: rules.maxFiles });
  }
}

/** A heading of the level the page needs (the element sits under the page's own h1/h2). */
export function headingTag(level: number, id: string, cls: string, text: string): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2: return html`<h2 id=${id} class=${cls}>${text}</h2>`;
    case 3: return html`<h3 id=${id} class=${cls}>${text}</h3>`;
    case 4: return html`<h4 id=${id} class=${cls}>${text}</h4>`;
    case 5: return html`<h5 id=${id} class=${cls}>${text}</h5>`;
    default: return html`<h6 id=${id} class=${cls}>${text}</h6>`;
  }
}

function clipIcon(): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10h-1.5z"/>
  </svg>`;
}
