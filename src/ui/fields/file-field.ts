import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FieldNode, FileValue } from '../../forms/index.js';
import { formatFileSize } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { describedBy, fieldClass, labelText, renderMessages, type FieldProps } from './field-shell.js';
import { fieldMessages as t } from './fields.messages.js';

/** What the host's upload function gets: the file and a way to report progress; it may be aborted. */
export interface UploadRequest {
  file: File;
  path: string;
  /** Form.io `fileTypes` classification chosen for the file, if the field has one. */
  fileType?: string;
  onProgress: (fraction: number) => void;
  signal: AbortSignal;
}

/** Uploads one file (opencity-api.md §3.4, 3 steps) and resolves with the Form.io file value item. */
export type Uploader = (req: UploadRequest) => Promise<FileValue>;

export interface PendingUpload {
  key: number;
  file: File;
  /** Classification given at once when the field has a single `fileTypes` option. */
  fileType?: string;
  status: 'uploading' | 'failed';
  progress: number;
  error?: string;
  controller?: AbortController;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Upload state of every file field of a host: files being sent (with progress), failed ones (with
 * retry), and the file-level error of a rejected pick. Uploaded files live in the form model only:
 * `commit(path, value)` adds them when their upload finishes, so two uploads in flight never overwrite
 * each other.
 */
export class FileUploads implements ReactiveController {
  readonly #host: Host;
  readonly #pending = new Map<string, PendingUpload[]>();
  readonly #rejected = new Map<string, string>();
  #seq = 0;
  /** Last thing to announce in the polite live region (uploaded, failed, removed). */
  announcement = '';

  constructor(
    host: Host,
    private readonly options: {
      uploader: () => Uploader | undefined;
      getValue: (path: string) => unknown;
      commit: (path: string, value: FileValue[]) => void;
      locale: () => Locale;
    },
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const list of this.#pending.values()) for (const u of list) u.controller?.abort();
  }

  items(path: string): PendingUpload[] {
    return this.#pending.get(path) ?? [];
  }

  rejected(path: string): string | undefined {
    return this.#rejected.get(path);
  }

  /**
   * Draws a file field of this host. Renderers reach the file field through here, so a page loads
   * this module only with a form that has one (issue 15).
   */
  render(p: FieldProps): TemplateResult {
    return renderFileField(p, this);
  }

  /** True while any file is being sent: the host waits before Avanti/Invia. */
  get busy(): boolean {
    return [...this.#pending.values()].some((l) => l.some((u) => u.status === 'uploading'));
  }

  /** Checks type and size first (nothing is sent for a file the server would refuse), then uploads. */
  add(node: FieldNode, files: File[]): void {
    const locale = this.options.locale();
    const limits = node.file;
    this.#rejected.delete(node.path);
    const current = this.#current(node.path).length + this.items(node.path).length;
    let list = files;
    if (!limits?.multiple && !node.multiple && current + files.length > 1) {
      if (current > 0 || files.length > 1) {
        this.#rejected.set(node.path, t(locale, 'tooMany'));
        this.#host.requestUpdate();
        return;
      }
    }
    for (const file of list) {
      const problem = checkFile(file, node, locale);
      if (problem) {
        this.#rejected.set(node.path, problem);
        list = list.filter((f) => f !== file);
      }
    }
    const types = limits?.fileTypes ?? [];
    const fileType = types.length === 1 ? String(types[0]!.value) : undefined;
    for (const file of list) this.#start(node.path, { key: ++this.#seq, file, fileType, status: 'uploading', progress: 0 });
    this.#host.requestUpdate();
  }

  retry(path: string, key: number): void {
    const u = this.items(path).find((x) => x.key === key);
    if (!u) return;
    this.#start(path, u);
    this.#host.requestUpdate();
  }

  /** Cancels a running upload or drops a failed one; focus goes back to the picker. */
  discard(path: string, key: number, focusId?: string): void {
    const u = this.items(path).find((x) => x.key === key);
    u?.controller?.abort();
    this.#pending.set(path, this.items(path).filter((x) => x.key !== key));
    if (u) this.announcement = t(this.options.locale(), 'removed', { name: u.file.name });
    this.#refocus(focusId);
  }

  /** Removes an uploaded file from the value. */
  remove(path: string, index: number, focusId?: string): void {
    const list = this.#current(path);
    const removed = list[index];
    this.options.commit(path, list.filter((_, i) => i !== index));
    if (removed) this.announcement = t(this.options.locale(), 'removed', { name: fileLabel(removed) });
    this.#refocus(focusId);
  }

  #refocus(id: string | undefined): void {
    this.#host.requestUpdate();
    if (!id) return;
    void this.#host.updateComplete.then(() => {
      (this.#host.renderRoot.querySelector(`#${CSS.escape(id)}`) as HTMLElement | null)?.focus();
    });
  }

  #current(path: string): FileValue[] {
    const v = this.options.getValue(path);
    return Array.isArray(v) ? (v as FileValue[]) : [];
  }

  #start(path: string, u: PendingUpload): void {
    const uploader = this.options.uploader();
    const locale = this.options.locale();
    u.status = 'uploading';
    u.progress = 0;
    u.error = undefined;
    u.controller = new AbortController();
    const list = this.items(path).filter((x) => x.key !== u.key);
    this.#pending.set(path, [...list, u]);
    if (!uploader) {
      u.status = 'failed';
      u.error = t(locale, 'uploadFailed', { name: u.file.name });
      return;
    }
    const signal = u.controller.signal;
    uploader({
      file: u.file,
      path,
      fileType: u.fileType,
      signal,
      onProgress: (f) => {
        u.progress = Math.max(0, Math.min(1, f));
        this.#host.requestUpdate();
      },
    }).then(
      (value) => {
        if (signal.aborted) return;
        this.#pending.set(path, this.items(path).filter((x) => x.key !== u.key));
        this.options.commit(path, [...this.#current(path), value]);
        this.announcement = t(locale, 'uploaded', { name: u.file.name });
        this.#host.requestUpdate();
      },
      () => {
        if (signal.aborted) return;
        u.status = 'failed';
        u.error = t(locale, 'uploadFailed', { name: u.file.name });
        this.announcement = u.error;
        this.#host.requestUpdate();
      },
    );
  }
}

function fileLabel(f: FileValue): string {
  return f.originalName || f.name;
}

/** `.pdf,image/*,application/pdf` → does the file match (by extension or MIME type)? */
export function acceptsFile(accept: string | undefined, file: Pick<File, 'name' | 'type'>): boolean {
  const rules = (accept ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (rules.length === 0 || rules.includes('*')) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return rules.some((r) => {
    if (r.startsWith('.')) return name.endsWith(r);
    if (r.endsWith('/*')) return type.startsWith(r.slice(0, -1));
    if (r.includes('/')) return type === r;
    return name.endsWith(`.${r}`);
  });
}

function readableTypes(accept: string | undefined): string {
  return (accept ?? '').split(',').map((s) => s.trim().replace(/^\./, '').toUpperCase()).filter(Boolean).join(', ');
}

/** Type and size check before anything is sent (ARCHITECTURE §7). */
export function checkFile(file: File, node: FieldNode, locale: Locale): string | undefined {
  const l = node.file;
  if (l?.accept && !acceptsFile(l.accept, file)) return t(locale, 'wrongType', { name: file.name, types: readableTypes(l.accept) });
  if (l?.maxSize && file.size > l.maxSize) return t(locale, 'tooBig', { name: file.name, size: formatFileSize(l.maxSize, locale) });
  if (l?.minSize && file.size < l.minSize) return t(locale, 'tooSmall', { name: file.name, size: formatFileSize(l.minSize, locale) });
  return undefined;
}

/**
 * File field: drop zone + native picker (the keyboard and screen-reader path), list of attached files
 * with "Rimuovi", uploads in progress with a progress bar and "Annulla", failed ones with "Riprova".
 */
export function renderFileField(p: FieldProps, uploads: FileUploads): TemplateResult {
  const n = p.node;
  const locale = p.locale;
  const multiple = n.multiple || n.file?.multiple === true;
  const files = Array.isArray(p.value) ? (p.value as FileValue[]) : [];
  const pending = uploads.items(n.path);
  const rejected = uploads.rejected(n.path);
  const error = p.error ?? rejected;
  const props = { ...p, error };
  const accept = n.file?.accept;
  // Form.io `fileTypes`: what each attachment is (OpenCity turns it into the attachment description, opencity-api.md §3.4).
  const types = n.file?.fileTypes ?? [];
  const limits = [
    accept ? t(locale, 'accepted', { types: readableTypes(accept) }) : '',
    n.file?.maxSize ? t(locale, 'maxSize', { size: formatFileSize(n.file.maxSize, locale) }) : '',
  ].filter(Boolean).join(' ');
  const full = !multiple && files.length + pending.length > 0;
  const pick = (list: FileList | null | undefined) => {
    if (list && list.length) uploads.add(n, Array.from(list));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('dropzone--over');
    if (!n.readonly) pick(e.dataTransfer?.files);
  };
  return html`<div class=${fieldClass(props, 'field--file')} data-path=${n.path}>
    ${n.readonly || full
      ? html`<p class="label" id="${n.id}-label">${labelText(p)}</p>`
      : html`<label for=${n.id} class="label">${labelText(p)}</label>`}
    ${limits ? html`<p class="hint" id="${n.id}-limits">${limits}</p>` : nothing}
    ${renderMessages(props)}
    ${files.length || pending.length
      ? html`<ul class="file-list" aria-label=${n.label}>
          ${files.map((f, i) => html`<li class="file-item file-item--done">
            <span class="file-item__name">${fileLabel(f)}</span>
            ${f.size ? html`<span class="file-item__size">${formatFileSize(f.size, locale)}</span>` : nothing}
            ${types.length > 1 && !n.readonly
              ? html`<span class="file-item__type">
                  <label class="visually-hidden" for="${n.id}-type-${i}">${t(locale, 'fileTypeOf', { name: fileLabel(f) })}</label>
                  <select id="${n.id}-type-${i}" @change=${(e: Event) => {
                    const v = (e.target as HTMLSelectElement).value;
                    p.onChange(n.path, files.map((x, j) => (j === i ? { ...x, fileType: v || undefined } : x)));
                  }}>
                    <option value="" ?selected=${!f.fileType}>${t(locale, 'fileType')}</option>
                    ${types.map((o) => html`<option value=${String(o.value)} ?selected=${f.fileType === String(o.value)}>${o.label}</option>`)}
                  </select>
                </span>`
              : nothing}
            ${n.readonly ? nothing : html`<button type="button" class="btn btn-link btn-sm" aria-label=${t(locale, 'removeFile', { name: fileLabel(f) })}
                @click=${() => uploads.remove(n.path, i, n.id)}>${t(locale, 'remove')}</button>`}
          </li>`)}
          ${pending.map((u) => html`<li class="file-item file-item--${u.status}">
            <span class="file-item__name">${u.file.name}</span>
            ${u.status === 'uploading'
              ? html`<progress max="100" value=${Math.round(u.progress * 100)}
                    aria-label=${t(locale, 'uploading', { name: u.file.name, percent: Math.round(u.progress * 100) })}></progress>
                  <button type="button" class="btn btn-link btn-sm" aria-label=${t(locale, 'cancelFile', { name: u.file.name })}
                    @click=${() => uploads.discard(n.path, u.key, n.id)}>${t(locale, 'cancel')}</button>`
              : html`<span class="file-item__error">${u.error}</span>
                  <button type="button" class="btn btn-outline btn-sm" aria-label=${t(locale, 'retryFile', { name: u.file.name })}
                    @click=${() => uploads.retry(n.path, u.key)}>${t(locale, 'retry')}</button>
                  <button type="button" class="btn btn-link btn-sm" aria-label=${t(locale, 'removeFile', { name: u.file.name })}
                    @click=${() => uploads.discard(n.path, u.key, n.id)}>${t(locale, 'remove')}</button>`}
          </li>`)}
        </ul>`
      : nothing}
    ${n.readonly || full
      ? nothing
      : html`<div
          class="dropzone"
          @dragover=${(e: DragEvent) => { e.preventDefault(); (e.currentTarget as HTMLElement).classList.add('dropzone--over'); }}
          @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dropzone--over')}
          @drop=${onDrop}
        >
          <span aria-hidden="true">${t(locale, multiple ? 'dropHereMany' : 'dropHere')}</span>
          <span class="file-picker">
            <input
              id=${n.id}
              class="file-picker__input"
              type="file"
              name=${n.path}
              accept=${accept || nothing}
              ?multiple=${multiple}
              aria-invalid=${error ? 'true' : nothing}
              aria-describedby=${describedBy(props, [limits ? `${n.id}-limits` : undefined])}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                pick(input.files);
                input.value = '';
              }}
            />
            <span class="btn btn-outline btn-sm file-picker__button" aria-hidden="true">${t(locale, multiple ? 'chooseFiles' : 'chooseFile')}</span>
          </span>
        </div>`}
  </div>`;
}
