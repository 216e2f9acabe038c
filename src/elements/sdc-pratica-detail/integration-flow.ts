import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SdcError, toSdcError } from '../../core/errors.js';
import type { SdcClient } from '../../api/http.js';
import { getPratica, submitPratica } from '../../api/applications.js';
import { listLatestMessages, sendMessage } from '../../api/messages.js';

import { uploadFile } from '../../api/upload.js';
import type { Attachment, UploadedFile } from '../../domain/attachment.js';
import type { Message } from '../../domain/message.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import { plainText } from '../../ui/plain-text.js';
import { acceptsFile } from '../../ui/fields/file-field.js';
import { addChosenFiles } from '../../domain/file-selection.js';

/** The request and the answers to it are among a thread's newest rows: one page of the v2 list, not the whole thread. */
const RECENT = 100;

/**
 * The files an office takes with an integration answer: the platform's default extensions
 * (opencity-api.md §3.4) and 10 MB, the largest file the message API takes inline (§3.5) — the
 * stricter of the two paths an answer can take, so a file accepted here is accepted on both.
 */
export const INTEGRATION_FILES = {
  accept: '.pdf,.p7m,.jpg,.jpeg,.png,.odt,.doc,.docx,.txt,.zip',
  maxSize: 10 * 1024 * 1024,
  maxFiles: 10,
} as const;

export type IntegrationStep = 'idle' | 'sending' | 'failed' | 'waiting' | 'done';

/** What the office asked: its latest message (sanitized later) and the request document(s). */
export interface IntegrationRequest {
  message?: Message;
  documents: Attachment[];
  /** The citizen already wrote after the request (e.g. while it was still 4100). */
  answeredAt?: Date;
}

export type FileProblem = { code: 'type' | 'size' | 'empty'; name: string } | { code: 'too-many' };

export interface IntegrationOptions {
  client: () => SdcClient | undefined;
  citizenId: () => string | undefined;
  /** Message text that lists the attached files when the citizen wrote nothing (`{names}`). */
  filesOnlyText: (names: string) => string;
  /** Called with the pratica as it is after the answer. */
  onDone: (pratica: Pratica) => void;
}

/**
 * The citizen's answer to a "Richiesta integrazioni" (opencity-api.md §5.1 integration loop):
 *
 * - **4200** (draft for integration, the citizen's turn): each file goes through the presigned upload
 *   (§3.4 steps 1–3) and is referenced in the pratica's `data` with a PATCH (§3.4 step 4: the server
 *   links uploads by `data.id`; §3.3 PATCH is partial, accepted on a 4200 draft); the message is posted
 *   (§3.5); then `transition/submit` moves 4200 → 4300 "Integrazioni concluse" (§3.3).
 * - **4100** (the request is still being registered): the reference gives the citizen no transition
 *   (its only link is the operator's `register-integration-request`, §5.1) and no edits, so the answer
 *   goes as a message with the files inline (§3.5); the office registers it. If the pratica has become
 *   4200 by the time the citizen sends, the 4200 path is taken.
 *
 * Every step done is remembered: after a failure nothing typed or chosen is lost, and "Riprova"
 * resumes where it stopped (an upload is not repeated, a message is not posted twice: after a lost
 * answer the thread is read first to find it). A second click while sending does nothing.
 */
export class IntegrationFlow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #o: IntegrationOptions;

  text = '';
  files: File[] = [];
  problems: FileProblem[] = [];
  step: IntegrationStep = 'idle';
  error?: SdcError;
  /** 0–1 while files go up. */
  progress = 0;
  request?: IntegrationRequest;
  requestError?: SdcError;

  #praticaId?: string;
  readonly #uploaded = new Map<File, UploadedFile>();
  #patched = false;
  #posted?: Message;
  #attemptAt = 0;
  #lastFailure?: string;
  #loading?: AbortController;

  constructor(host: ReactiveControllerHost, options: IntegrationOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#loading?.abort();
  }

  /** Shows the pratica: a new one resets the form and reads what the office asked. */
  show(p: Pratica): void {
    if (p.id === this.#praticaId) return;
    this.#praticaId = p.id;
    this.text = '';
    this.files = [];
    this.problems = [];
    this.step = 'idle';
    this.error = undefined;
    this.#reset();
    // Called while the host renders: read after this update, not inside it.
    void Promise.resolve().then(() => this.loadRequest(p));
  }

  async loadRequest(p: Pratica): Promise<void> {
    const client = this.#o.client();
    this.#loading?.abort();
    const ctl = (this.#loading = new AbortController());
    this.requestError = undefined;
    this.request = undefined;
    this.#host.requestUpdate();
    const documents = (p.integrations ?? []).map((i) => i.request).filter((a): a is Attachment => !!a).slice(-1);
    if (!client) return;
    try {
      const list = (await listLatestMessages(client, p.id, RECENT, { signal: ctl.signal })).items;
      if (ctl.signal.aborted) return;
      const me = this.#o.citizenId();
      const office = list.filter((m) => !me || m.authorId !== me);
      const message = office.at(-1);
      const answered = message ? list.find((m) => me && m.authorId === me && m.createdAt > message.createdAt) : undefined;
      this.request = { message, documents, answeredAt: answered?.createdAt };
    } catch (e) {
      if (ctl.signal.aborted) return;
      // The form works without the office's words: show the documents and say the message could not be read.
      this.request = { documents };
      this.requestError = toSdcError(e);
    }
    this.#host.requestUpdate();
  }

  setText(v: string): void {
    this.text = v;
    this.#host.requestUpdate();
  }

  /** Checks type and size before anything is sent (ARCHITECTURE §7); keeps the files already chosen. */
  addFiles(list: readonly File[]): void {
    const { files, problems } = addChosenFiles(this.files, list, checkIntegrationFile, INTEGRATION_FILES.maxFiles);
    this.files = files;
    this.problems = problems;
    this.#host.requestUpdate();
  }

  removeFile(index: number): void {
    const f = this.files[index];
    if (!f) return;
    this.files = this.files.filter((_, i) => i !== index);
    this.#uploaded.delete(f);
    // The PATCH referenced the old set: send it again with the new one.
    this.#patched = false;
    this.#host.requestUpdate();
  }

  /** 4200 with an answer already written (while it was 4100): submitting alone moves it on. */
  canConfirm(p: Pratica): boolean {
    return p.statusCode === PRATICA_STATUS.DRAFT_FOR_INTEGRATION && !!this.request?.answeredAt;
  }

  get isEmpty(): boolean {
    return !this.text.trim() && this.files.length === 0;
  }

  /** Sends the answer; resolves when it has ended (sent, or failed with everything kept). */
  async send(p: Pratica): Promise<void> {
    if (this.step === 'sending' || (this.isEmpty && !this.canConfirm(p))) return;
    const client = this.#o.client();
    if (!client) return;
    this.step = 'sending';
    this.#lastFailure = this.error?.kind;
    this.error = undefined;
    this.progress = 0;
    this.#host.requestUpdate();
    try {
      // The status may have moved since the page loaded (4100 registered, or answered from another tab).
      const now = await getPratica(client, p.id, { dedupe: false });
      if (now.statusCode === PRATICA_STATUS.DRAFT_FOR_INTEGRATION) await this.#answerDraft(client, now);
      else if (now.statusCode === PRATICA_STATUS.REQUEST_INTEGRATION) await this.#answerByMessage(client, now);
      else if (now.statusCode === PRATICA_STATUS.SUBMITTED_AFTER_INTEGRATION && this.#posted) {
        // A submit whose answer was lost: the backend did it.
      } else throw new SdcError('conflict', { detail: `status ${now.statusCode}` });
      const after = await getPratica(client, p.id, { dedupe: false });
      this.step = after.statusCode === PRATICA_STATUS.REQUEST_INTEGRATION ? 'waiting' : 'done';
      this.text = '';
      this.files = [];
      this.#reset();
      this.#host.requestUpdate();
      this.#o.onDone(after);
    } catch (e) {
      this.step = 'failed';
      this.error = toSdcError(e);
      this.#host.requestUpdate();
    }
  }

  async #answerDraft(client: SdcClient, p: Pratica): Promise<void> {
    const pending = this.files.filter((f) => !this.#uploaded.has(f));
    const total = this.files.reduce((n, f) => n + f.size, 0) || 1;
    let done = this.files.filter((f) => this.#uploaded.has(f)).reduce((n, f) => n + f.size, 0);
    for (const f of pending) {
      const up = await uploadFile(client, f, {
        description: 'Integrazione',
        onProgress: (loaded) => {
          this.progress = Math.min(1, (done + loaded) / total);
          this.#host.requestUpdate();
        },
      });
      this.#uploaded.set(f, up);
      done += f.size;
    }
    if (this.files.length && !this.#patched) {
      const key = `integrazione_${(p.integrations?.length ?? 0) || 1}`;
      await client.send('PATCH', `/api/applications/${encodeURIComponent(p.id)}`, {
        body: { data: { [key]: this.files.map((f) => this.#uploaded.get(f)!) } },
      });
      this.#patched = true;
    }
    if (!this.#posted && !this.isEmpty) {
      const names = this.files.map((f) => f.name).join(', ');
      await this.#post(client, p.id, this.text.trim() || this.#o.filesOnlyText(names), []);
    }
    await submitPratica(client, p.id);
  }

  async #answerByMessage(client: SdcClient, p: Pratica): Promise<void> {
    if (this.#posted) return;
    const names = this.files.map((f) => f.name).join(', ');
    await this.#post(client, p.id, this.text.trim() || this.#o.filesOnlyText(names), this.files);
  }

  async #post(client: SdcClient, praticaId: string, text: string, files: readonly File[]): Promise<void> {
    const body = textToHtml(text);
    // A post whose answer was lost may be on the backend: look for it before posting again.
    if (this.#attemptAt && ['network', 'timeout', 'server'].includes(this.#lastFailure ?? '')) {
      const me = this.#o.citizenId();
      const list = (await listLatestMessages(client, praticaId, RECENT)).items;
      const copy = list.find((m) => me && m.authorId === me && m.createdAt.getTime() >= this.#attemptAt - 60_000 && plainText(m.body) === plainText(body));
      if (copy) {
        this.#posted = copy;
        return;
      }
    }
    this.#attemptAt = Date.now();
    this.#posted = await sendMessage(client, praticaId, {
      body,
      attachments: files.map((f) => ({ name: f.name, mimeType: f.type || 'application/octet-stream', file: f })),
    });
  }

  #reset(): void {
    this.#uploaded.clear();
    this.#patched = false;
    this.#posted = undefined;
    this.#attemptAt = 0;
    this.progress = 0;
  }
}

export function checkIntegrationFile(f: Pick<File, 'name' | 'size' | 'type'>): FileProblem | undefined {
  if (!acceptsFile(INTEGRATION_FILES.accept, f)) return { code: 'type', name: f.name };
  if (f.size === 0) return { code: 'empty', name: f.name };
  if (f.size > INTEGRATION_FILES.maxSize) return { code: 'size', name: f.name };
  return undefined;
}

/** The citizen writes plain text; the API takes HTML (opencity-api.md §3.5): escape it, keep the line breaks. */
function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return escaped.split(/\n{2,}/).map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('');
}
