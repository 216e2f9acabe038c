import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { praticaReference, type Pratica } from '../../domain/pratica.js';
import type { Payment } from '../../domain/payment.js';
import type { Service } from '../../domain/service.js';
import { formatAmount, formatDateTime, withTimeZoneNote } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { fieldMessages } from '../../ui/fields/fields.messages.js';
import { saveBlob } from '../../core/save-blob.js';
import { richText } from '../../ui/sanitize.js';
import { lateStepsMessages as t, type LateStepsMessageKey } from './late-steps.messages.js';
import { wizardMessages } from './sdc-pratica-wizard.messages.js';
import type { FeedbackDetail } from '../../domain/feedback.js';
import { download } from '../../api/download.js';

export interface ConfirmationOptions {
  locale: Locale;
  service: Service;
  pratica: Pratica;
  payment?: Payment;
  areaUrl?: string;
  praticaUrl?: string;
  receiptError?: string;
  onReceipt?: () => void;
  rating: RatingState;
  onRating: (next: RatingState, submit?: boolean) => void;
}

export interface RatingState {
  value?: number;
  /** Key of the chosen follow-up answer (`pos1`…, `neg1`…, `other`), as `<sdc-feedback>` has one answer. */
  answer?: string;
  text: string;
  sent: boolean;
  error?: string;
}

const POSITIVE: LateStepsMessageKey[] = ['pos1', 'pos2', 'pos3', 'pos4', 'other'];
const NEGATIVE: LateStepsMessageKey[] = ['neg1', 'neg2', 'neg3', 'neg4', 'other'];

/** Label of a follow-up answer, for the `sdc-feedback` event. */
export function ratingAnswerLabel(locale: Locale, key: string): string {
  return t(locale, key as LateStepsMessageKey);
}

/**
 * End-of-service rating (C.SE.1.7; PNRR checker structure in pa-domain.md §5.4): the question, five
 * rates, then the positive (4–5) or negative (1–3) follow-up. Both fieldsets are always in the
 * markup and toggled with `hidden`, as the checker requires.
 */
function renderRating(o: ConfirmationOptions): TemplateResult {
  const { locale, rating } = o;
  if (rating.sent) {
    return html`<section class="rating" data-element="feedback" aria-labelledby="rating-title">
      <h3 id="rating-title" data-element="feedback-title">${t(locale, 'ratingTitle')}</h3>
      <p role="status" class="rating__thanks">${t(locale, 'ratingThanks')}</p>
    </section>`;
  }
  const v = rating.value;
  const positive = v !== undefined && v > 3;
  const followUp = (kind: 'positive' | 'negative', keys: LateStepsMessageKey[], visible: boolean) => html`<fieldset
      class="rating__follow" data-element="feedback-rating-${kind}" ?hidden=${!visible}>
      <legend data-element="feedback-rating-question">${t(locale, kind === 'positive' ? 'ratingPositive' : 'ratingNegative')}</legend>
      ${keys.map((k, i) => html`<div class="check">
        <input type="radio" name="rating-${kind}" id="rate-${kind}-${i}" .checked=${rating.answer === k} @change=${() => o.onRating({ ...rating, answer: k })} />
        <label for="rate-${kind}-${i}" data-element="feedback-rating-answer">${t(locale, k)}</label>
      </div>`)}
    </fieldset>`;
  return html`<section class="rating" data-element="feedback" aria-labelledby="rating-title">
    <h3 id="rating-title" data-element="feedback-title">${t(locale, 'ratingTitle')}</h3>
    <form novalidate @submit=${(e: Event) => { e.preventDefault(); o.onRating(rating, true); }}>
      <fieldset class="rating__stars ${rating.error ? 'field--error' : ''}" aria-describedby=${rating.error ? 'rating-error' : nothing}>
        <legend class="visually-hidden">${t(locale, 'ratingLegend')}</legend>
        ${rating.error ? html`<p class="error-message" id="rating-error"><span class="visually-hidden">${fieldMessages(locale, 'errorPrefix')} </span>${rating.error}</p>` : nothing}
        <div class="stars">
          ${[5, 4, 3, 2, 1].map((n) => html`<input type="radio" name="rating" id="star-${n}" value=${n} .checked=${v === n}
              @change=${() => o.onRating({ ...rating, value: n, error: undefined, answer: undefined })} />
            <label for="star-${n}" data-element="feedback-rate-${n}" class="star"><span class="visually-hidden">${n === 1 ? t(locale, 'ratingStarOne') : t(locale, 'ratingStar', { n })}</span><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"/></svg></label>`)}
        </div>
      </fieldset>
      ${followUp('positive', POSITIVE, v !== undefined && positive)}
      ${followUp('negative', NEGATIVE, v !== undefined && !positive)}
      <div class="field" ?hidden=${v === undefined}>
        <label for="rating-text">${t(locale, 'ratingText')}</label>
        <p class="hint" id="rating-text-hint">${t(locale, 'ratingTextHint')}</p>
        <input id="rating-text" type="text" maxlength="200" data-element="feedback-input-text" aria-describedby="rating-text-hint"
          .value=${rating.text} @input=${(e: Event) => o.onRating({ ...rating, text: (e.target as HTMLInputElement).value })} />
      </div>
      <button type="submit" class="btn btn-outline">${t(locale, 'ratingSend')}</button>
    </form>
  </section>`;
}

function sentAt(pratica: Pratica, locale: Locale): string {
  const at = pratica.submittedAt ?? pratica.updatedAt ?? new Date();
  return withTimeZoneNote(formatDateTime(at, locale), at, locale);
}

/**
 * "Richiesta inviata" (Modello Comuni confirmation, pa-domain.md §5.1; GOV.UK confirmation page):
 * the pratica's one identifier, date, next steps, area personale (logged-in citizens only), receipt PDF, rating.
 * No "we e-mailed you": the backend does not say an e-mail was sent (opencity-api.md §4.3).
 */
export function renderConfirmation(o: ConfirmationOptions): TemplateResult {
  const { locale, pratica, service, payment } = o;
  const receipt = pratica.compiledModules[0];
  const ref = praticaReference(pratica);
  return html`<div class="confirmation">
    <div class="confirmation__panel" role="status">
      <p class="confirmation__lead">${t(locale, 'doneText', { service: service.name })}</p>
      <dl class="confirmation__facts">
        <div><dt>${t(locale, ref.kind === 'protocol' ? 'protocolNumber' : 'praticaNumber')}</dt><dd class="mono">${ref.value}</dd></div>
        <div><dt>${t(locale, 'date')}</dt><dd>${sentAt(pratica, locale)}</dd></div>
      </dl>
    </div>
    ${payment
      ? html`<p>${payment.status === 'pagato'
          ? t(locale, 'donePaid', { amount: formatAmount(payment.amount, locale) })
          // The notice is in the area personale only for a citizen who has one.
          : t(locale, o.areaUrl ? 'doneToPay' : 'doneToPayAnonymous', { amount: formatAmount(payment.amount, locale) })}</p>`
      : nothing}
    ${receipt && o.onReceipt
      ? html`<p><button type="button" class="btn btn-outline" @click=${o.onReceipt}>${t(locale, 'receipt')}</button></p>`
      : nothing}
    ${o.receiptError ? html`<p class="error-message" role="alert">${o.receiptError}</p>` : nothing}
    <h3>${t(locale, 'nextSteps')}</h3>
    ${service.texts.indicazioniFinali ? html`<div class="rich">${richText(service.texts.indicazioniFinali)}</div>` : nothing}
    ${service.maxResponseDays ? html`<p>${t(locale, 'responseWithin', { days: service.maxResponseDays })}</p>` : nothing}
    <p class="confirmation__links">
      ${o.praticaUrl ? html`<a class="btn" href=${o.praticaUrl}>${wizardMessages(locale, 'seePratica')}</a>` : nothing}
      ${o.areaUrl ? html`<a class="btn btn-outline" href=${o.areaUrl}>${t(locale, 'goToArea')}</a>` : nothing}
    </p>
    ${renderRating(o)}
  </div>`;
}

export type ConfirmationHost = ReactiveControllerHost & HTMLElement & {
  readonly resolvedLocale: Locale;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** The confirmation's own state: the receipt download and the rating (C.SE.1.7). */
export class ConfirmationStep implements ReactiveController {
  rating: RatingState = { text: '', sent: false };
  receiptError?: string;

  constructor(
    private readonly host: ConfirmationHost,
    private readonly onFeedback: (detail: FeedbackDetail) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(o: Omit<ConfirmationOptions, 'rating' | 'onRating' | 'receiptError' | 'onReceipt'> & { client?: SdcClient }): TemplateResult {
    return renderConfirmation({
      ...o,
      rating: this.rating,
      receiptError: this.receiptError,
      onRating: (r, submit) => this.#onRating(r, submit),
      onReceipt: o.client ? () => void this.#download(o.client!, o.pratica) : undefined,
    });
  }

  async #download(client: SdcClient, pratica: Pratica): Promise<void> {
    const file = pratica.compiledModules[0];
    if (!file) return;
    this.receiptError = undefined;
    this.host.requestUpdate();
    try {
      const d = await download(client, file.url);
      saveBlob(d.blob, d.filename !== 'download' ? d.filename : file.originalName || 'ricevuta.pdf');
    } catch {
      this.receiptError = t(this.host.resolvedLocale, 'receiptFailed');
      this.host.requestUpdate();
    }
  }

  #onRating(next: RatingState, submit = false): void {
    this.host.requestUpdate();
    if (!submit) return void (this.rating = next);
    const locale = this.host.resolvedLocale;
    if (next.value === undefined) {
      this.rating = { ...next, error: t(locale, 'ratingRequired') };
      void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#star-5')?.focus());
      return;
    }
    const rating = next.value as FeedbackDetail['rating'];
    this.onFeedback({
      rating, positive: rating >= 4, answer: next.answer, answerLabel: next.answer ? ratingAnswerLabel(locale, next.answer) : undefined,
      details: next.text || undefined, page: typeof location === 'undefined' ? '' : location.pathname + location.search,
    });
    this.rating = { ...next, sent: true };
  }
}
