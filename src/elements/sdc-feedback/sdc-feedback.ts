import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdcElement } from '../../core/sdc-element.js';
import { adoptLightStyles } from '../../core/light-styles.js';
import { lightKitStyles, markStandalone } from '../../ui/light-kit.js';
import { feedbackStyles } from './sdc-feedback.styles.js';
import { feedbackMessages as t } from './sdc-feedback.messages.js';
import type { FeedbackDetail } from '../../domain/feedback.js';

export type { FeedbackDetail };


declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen sent a rating of the page or of the service. */
    'sdc-feedback': FeedbackDetail;
  }
}

// The checker's threshold (feedbackComponentStructure.ts `positiveThreshold: 3`): 1–3 negative, 4–5 positive.
const POSITIVE_FROM = 4;
const POSITIVE = ['positive1', 'positive2', 'positive3', 'positive4', 'other'] as const;
const NEGATIVE = ['negative1', 'negative2', 'negative3', 'negative4', 'other'] as const;

let counter = 0;

/**
 * Both follow-up fieldsets are always in the DOM; the one that does not apply is `hidden`
 * (pa-domain.md §5.4: the checker clicks each star and measures which fieldset is visible).
 * It sends nothing by itself: listen to `sdc-feedback` and store the rating where the ente wants.
 *
 * @tag sdc-feedback
 * @summary The "Quanto sono chiare le informazioni su questa pagina?" rating block of the Modello Comuni,
 * in the light DOM with the exact wording and `data-element` hooks the PNRR checker looks for.
 *
 * @event sdc-feedback - The citizen sent the rating: `{rating, positive, answer, answerLabel, details, page}`.
 * @cssprop --sdc-color-primary - Stars, buttons and focus accents (default: the page's Bootstrap Italia primary).
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - Errors: borders, icons, invalid fields.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-warning - Warning accents.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-radius - Corners.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
 */
export class SdcFeedback extends SdcElement {
  /**
   * `page` (default) asks about the page's information (criteria C.SI.2.5/2.6); `service` asks
   * "Quanto è stato facile usare questo servizio?" at the end of a service flow (C.SE.1.7).
   */
  @property() kind: 'page' | 'service' = 'page';

  @state() private rating = 0;
  @state() private answer = '';
  @state() private sent = false;

  readonly #uid = `sdc-fb-${++counter}`;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(lightKitStyles);
    adoptLightStyles(feedbackStyles);
    markStandalone(this);
  }

  /** Clears the rating, e.g. when the host page shows the block again. */
  reset(): void {
    this.rating = 0;
    this.answer = '';
    this.sent = false;
  }

  #rate(n: number) {
    const wasPositive = this.rating >= POSITIVE_FROM;
    this.rating = n;
    // A chosen answer of the other fieldset no longer applies.
    if (wasPositive !== n >= POSITIVE_FROM) this.answer = '';
  }

  #submit(e: Event) {
    e.preventDefault();
    if (!this.rating) return;
    const locale = this.resolvedLocale;
    const form = e.currentTarget as HTMLFormElement;
    const details = (form.querySelector('[data-element="feedback-input-text"]') as HTMLInputElement | null)?.value.trim();
    const positive = this.rating >= POSITIVE_FROM;
    this.emit('sdc-feedback', {
      rating: this.rating as FeedbackDetail['rating'],
      positive,
      answer: this.answer || undefined,
      answerLabel: this.answer ? t(locale, this.answer as Parameters<typeof t>[1]) : undefined,
      details: details || undefined,
      page: typeof location === 'undefined' ? '' : location.pathname + location.search,
    });
    this.sent = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Focus follows the flow: the thank-you message replaces the form, so the citizen is not left on nothing.
    if (changed.has('sent' as keyof SdcFeedback) && this.sent) {
      this.querySelector<HTMLElement>('.sdc-feedback__thanks')?.focus();
    }
  }

  #followUp(which: 'positive' | 'negative') {
    const locale = this.resolvedLocale;
    const keys = which === 'positive' ? POSITIVE : NEGATIVE;
    const visible = this.rating > 0 && (which === 'positive') === this.rating >= POSITIVE_FROM;
    const name = `${this.#uid}-${which}`;
    return html`<fieldset class="sdc-feedback__followup" data-element="feedback-rating-${which}" ?hidden=${!visible}>
      <legend class="sdc-feedback__question" data-element="feedback-rating-question">${t(locale, which === 'positive' ? 'positiveQuestion' : 'negativeQuestion')}</legend>
      ${keys.map(
        (key, i) => html`<div class="form-check sdc-feedback__answer">
          <input type="radio" class="sdc-feedback__radio" id="${name}-${i}" name=${name} value=${key}
            .checked=${visible && this.answer === key} @change=${() => (this.answer = key)}>
          <label for="${name}-${i}" data-element="feedback-rating-answer">${t(locale, key)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  protected override render() {
    const locale = this.resolvedLocale;
    const title = t(locale, this.kind === 'service' ? 'titleService' : 'title');
    if (this.sent) {
      return html`<div class="cmp-rating card shadow no-after sdc-feedback" data-element="feedback">
        <div class="card-body">
          <p class="sdc-feedback__thanks h4" role="status" tabindex="-1">${t(locale, 'thanks')}</p>
        </div>
      </div>`;
    }
    const stars = [1, 2, 3, 4, 5];
    return html`<div class="cmp-rating card shadow no-after sdc-feedback" data-element="feedback">
      <form class="card-body sdc-feedback__form" @submit=${this.#submit} aria-labelledby="${this.#uid}-title" novalidate>
        <h2 class="h4 sdc-feedback__title" id="${this.#uid}-title" data-element="feedback-title">${title}</h2>
        <fieldset class="sdc-feedback__stars">
          <legend class="visually-hidden">${t(locale, 'starsLegend')}</legend>
          ${stars.map(
            (n) => html`<input type="radio" class="sdc-feedback__star-input" id="${this.#uid}-star${n}" name="${this.#uid}-rating"
                value=${n} .checked=${this.rating === n} @change=${() => this.#rate(n)}>
              <label class="sdc-feedback__star ${n <= this.rating ? 'is-on' : ''}" for="${this.#uid}-star${n}"
                data-element="feedback-rate-${n}">
                <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
                  <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"/>
                </svg>
                <span class="visually-hidden">${n === 1 ? t(locale, 'star1') : t(locale, 'star', { n })}</span>
              </label>`,
          )}
        </fieldset>
        ${this.#followUp('positive')} ${this.#followUp('negative')}
        <div class="sdc-feedback__details" ?hidden=${!this.rating}>
          <label for="${this.#uid}-details">${t(locale, 'details')}</label>
          <input type="text" class="form-control" id="${this.#uid}-details" maxlength="200"
            aria-describedby="${this.#uid}-hint" data-element="feedback-input-text" autocomplete="off">
          <small class="form-text sdc-feedback__hint" id="${this.#uid}-hint">${t(locale, 'detailsHint')}</small>
        </div>
        ${this.rating
          ? html`<div class="sdc-feedback__actions"><button type="submit" class="btn btn-primary">${t(locale, 'send')}</button></div>`
          : nothing}
      </form>
    </div>`;
  }
}
