import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../../core/clock.js';
import type { SdcClient } from '../../api/http.js';
import { download } from '../../api/download.js';
import { attachmentName, type Attachment } from '../../domain/attachment.js';

/**
 * Downloads of message attachments. Their URLs need the Bearer token (opencity-api.md §4.5): a plain link
 * would get a 401, so the file is fetched with the client and handed to the browser as a blob. One download
 * per file at a time; a failure is kept per file, to show next to it, until the next attempt.
 */
export class AttachmentDownloads implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #clock: Clock;
  #busy: ReadonlySet<string> = new Set();
  #errors: ReadonlyMap<string, string> = new Map();

  constructor(host: ReactiveControllerHost, clock: Clock = systemClock) {
    this.#host = host;
    this.#clock = clock;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: downloads begin on a click.
  }

  /** Attachments being downloaded. */
  get busy(): ReadonlySet<string> {
    return this.#busy;
  }

  /** The failure message of an attachment's last download, by attachment id. */
  get errors(): ReadonlyMap<string, string> {
    return this.#errors;
  }

  /** Fetches `a` and saves it under its own name; `failure` is what to show next to it if that fails. */
  async download(client: SdcClient, a: Attachment, parent: Node, failure: string): Promise<void> {
    if (this.#busy.has(a.id)) return;
    this.#busy = new Set([...this.#busy, a.id]);
    const errors = new Map(this.#errors);
    errors.delete(a.id);
    this.#errors = errors;
    this.#host.requestUpdate();
    try {
      const { blob, filename } = await download(client, a.url);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachmentName(a) || filename;
      link.rel = 'noopener';
      link.style.display = 'none';
      parent.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the blob once the click ran; revoke on the next task so memory is given back.
      this.#clock.after(0, () => URL.revokeObjectURL(url));
    } catch {
      this.#errors = new Map(this.#errors).set(a.id, failure);
    } finally {
      const next = new Set(this.#busy);
      next.delete(a.id);
      this.#busy = next;
      this.#host.requestUpdate();
    }
  }
}
