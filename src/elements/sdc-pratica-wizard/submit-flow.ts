import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { getPratica, submitPratica } from '../../api/applications.js';
import type { SdcClient } from '../../api/http.js';
import type { Session } from '../../api/session.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import type { FormModel, Issue } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { lateStepsMessages as t } from './late-steps.messages.js';
import { mapServerErrors } from './pratica-data.js';
import type { DraftSync } from './draft-sync.js';
import { isUncertain } from './uncertain.js';

export interface SubmitFlowOptions {
  drafts: DraftSync;
  client(): SdcClient | undefined;
  session(): Session | undefined;
  /** The service needs SPID/CIE: no anonymous session is made for it. */
  needsAuth(): boolean;
}

/**
 * "Conferma e invia": one submission at a time (a second call joins the first), the answers written
 * onto the backend draft, then the `submit` transition. After a submit without an answer (network,
 * timeout, 5xx) the backend may have sent the pratica: the retry reads it before writing or submitting
 * again (which the backend would refuse, "not in the right status").
 */
export class SubmitFlow implements ReactiveController {
  submitting = false;
  /** The last failure that is not the citizen's to fix in the form (shown with "Riprova invio"). */
  error?: SdcError;
  #inFlight?: Promise<Pratica>;
  /** The draft whose submit got no answer. */
  #uncertainId?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: SubmitFlowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  reset(): void {
    this.#uncertainId = undefined;
    this.error = undefined;
  }

  /** Sends `data`; resolves with the pratica as it is after the submit (1900, or 1500 awaiting payment). */
  submit(data: Record<string, unknown>): Promise<Pratica> {
    this.#inFlight ??= this.#run(data).finally(() => {
      this.#inFlight = undefined;
      this.submitting = false;
      this.host.requestUpdate();
    });
    return this.#inFlight;
  }

  async #run(data: Record<string, unknown>): Promise<Pratica> {
    this.submitting = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const client = this.o.client();
      if (!client) throw new SdcError('unauthorized');
      await this.o.drafts.settled();
      const session = this.o.session();
      if (!session?.token) {
        if (this.o.needsAuth()) throw new SdcError('unauthorized');
        await session?.createAnonymous();
      }
      let pratica = this.#uncertainId ? await this.#alreadySubmitted(client, this.#uncertainId) : undefined;
      if (!pratica) {
        const id = await this.o.drafts.push(data);
        try {
          pratica = await submitPratica(client, id);
        } catch (e) {
          if (!isUncertain(e)) throw e;
          this.#uncertainId = id;
          pratica = await this.#alreadySubmitted(client, id).catch(() => undefined);
          if (!pratica) throw e;
        }
      }
      this.#uncertainId = undefined;
      return pratica;
    } catch (e) {
      const err = toSdcError(e);
      if (err.kind !== 'unauthorized' && err.kind !== 'validation') this.error = err;
      throw err;
    }
  }

  /** The pratica if the backend did send it (1500–1530 awaiting payment, ≥ 1900 otherwise). */
  async #alreadySubmitted(client: SdcClient, id: string): Promise<Pratica | undefined> {
    const p = await getPratica(client, id, { dedupe: false });
    return p.statusCode >= PRATICA_STATUS.PAYMENT_PENDING ? p : undefined;
  }
}

/**
 * The backend's validation errors (400 on submit) as issues of the form's fields, and the rest:
 * `general`, headed by "the portal reported some problems" when some name no field or none was matched.
 */
export function serverIssues(err: SdcError, model: FormModel, locale: Locale): { issues: Issue[]; general: string[] } {
  const mapped = mapServerErrors(err.fields, model);
  const issues: Issue[] = Object.entries(mapped.byPath).map(([path, msgs]) => ({
    path, message: msgs.join(' '), severity: 'error', rule: 'server', label: '', stepKey: model.stepOf(path) ?? '',
  }));
  return { issues, general: mapped.general.length || !issues.length ? [t(locale, 'serverErrors'), ...mapped.general] : [] };
}

/** The label of the button that sends the pratica (Riepilogo, or the bollo step after it). */
export function sendLabel(locale: Locale, submitting: boolean, failed: boolean): string {
  return t(locale, submitting ? 'sending' : failed ? 'retrySend' : 'sendLong');
}

/** A send that failed for a reason that is not in the answers (network, server): what happened, and that nothing is lost. */
export function renderSubmitError(locale: Locale, e: SdcError): TemplateResult {
  return html`<div class="callout callout--danger" id="submit-error" tabindex="-1" role="alert">
    <p><strong>${t(locale, 'submitFailedTitle')}</strong></p>
    <p>${e.userMessage(locale)} ${t(locale, 'submitFailed')}</p>
  </div>`;
}
