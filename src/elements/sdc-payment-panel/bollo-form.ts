import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SdcClient } from '../../api/http.js';
import { saveBolloStamp } from '../../api/applications.js';
import { SdcError } from '../../core/errors.js';
import { formatAmount } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderAlert } from '../../ui/alert.js';
import { BOLLO_FIELDS, EMPTY_BOLLO, validateBollo, type BolloField, type BolloInput } from './bollo-entry.js';
import { messages as t, type MessageKey } from './sdc-payment-panel.messages.js';

export type BolloFormHost = ReactiveControllerHost & HTMLElement & { readonly resolvedLocale: Locale; readonly renderRoot: HTMLElement | DocumentFragment };

export interface BolloFormOptions {
  client: () => SdcClient | undefined;
  /** After a save: reload what the panel shows. */
  onSaved: () => Promise<unknown> | void;
  announce: (text: string) => void;
}

/**
 * The physical marca da bollo entry of `<sdc-payment-panel>` (pa-domain.md §2.1): what the citizen
 * typed, its errors (GOV.UK: shown on "Salva", cleared as they are fixed, never added while typing),
 * the save with nothing lost on failure. A private part of the panel: state here, layout in `render`.
 */
export class BolloForm implements ReactiveController {
  value: BolloInput = { ...EMPTY_BOLLO };
  errors: Partial<Record<BolloField, MessageKey>> = {};
  saving = false;
  saveError: string | undefined;
  saved = false;

  readonly #host: BolloFormHost;
  readonly #opts: BolloFormOptions;
  #abort: AbortController | undefined;
  #focusSummary = false;

  constructor(host: BolloFormHost, options: BolloFormOptions) {
    this.#host = host;
    this.#opts = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  hostUpdated(): void {
    if (!this.#focusSummary) return;
    this.#focusSummary = false;
    this.#host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  set(field: BolloField, value: string | boolean): void {
    this.value = { ...this.value, [field]: value };
    this.saved = false;
    if (this.errors[field]) {
      const next = validateBollo(this.value).errors;
      const rest = { ...this.errors };
      if (next[field]) rest[field] = next[field];
      else delete rest[field];
      this.errors = rest;
    }
    this.#host.requestUpdate();
  }

  async save(praticaId: string | undefined): Promise<void> {
    if (this.saving) return;
    const client = this.#opts.client();
    const { errors, value } = validateBollo(this.value);
    this.errors = errors;
    this.saveError = undefined;
    if (!value || !client || !praticaId) {
      this.#focusSummary = true;
      this.#host.requestUpdate();
      return;
    }
    this.saving = true;
    this.#host.requestUpdate();
    this.#abort = new AbortController();
    try {
      await saveBolloStamp(client, praticaId, value, { signal: this.#abort.signal });
      this.saved = true;
      this.value = { ...EMPTY_BOLLO };
      this.#opts.announce(t(this.#host.resolvedLocale, 'bolloSaved'));
      await this.#opts.onSaved();
    } catch (err) {
      if (err instanceof SdcError && err.kind === 'aborted') return;
      const fields = err instanceof SdcError ? err.fieldMessages() : [];
      this.saveError = [t(this.#host.resolvedLocale, 'bolloSaveError'), ...fields].join(' ');
    } finally {
      this.saving = false;
      this.#host.requestUpdate();
    }
  }

  render(o: { amount: number; praticaId: string | undefined; heading: (id: string, content: unknown, cls: string) => TemplateResult }): TemplateResult {
    const locale = this.#host.resolvedLocale;
    const errs = BOLLO_FIELDS.filter((f) => this.errors[f]);
    const titleId = 'bollo-form-title';
    const field = (name: 'identifier' | 'date' | 'time', label: MessageKey, hint: MessageKey, cls: string, inputmode: string) => {
      const err = this.errors[name];
      const id = `bollo-${name}`;
      return html`<div class="field ${err ? 'field--error' : ''}">
        <label for=${id}>${t(locale, label)}</label>
        <p class="hint" id=${`${id}-hint`}>${t(locale, hint)}</p>
        ${err ? html`<p class="error-message" id=${`${id}-error`}><span class="visually-hidden">Errore: </span>${t(locale, err)}</p>` : nothing}
        <input id=${id} name=${name} class=${cls} inputmode=${inputmode} autocomplete="off" spellcheck="false"
          .value=${this.value[name]} aria-invalid=${err ? 'true' : 'false'}
          aria-describedby=${err ? `${id}-hint ${id}-error` : `${id}-hint`}
          @input=${(e: Event) => this.set(name, (e.target as HTMLInputElement).value)} />
      </div>`;
    };
    const declErr = this.errors.declared;
    return html`<section class="bollo-card" aria-labelledby=${titleId}>
      ${o.heading(titleId, t(locale, 'bolloFormTitle'), 'payment__title')}
      <p>${t(locale, 'bolloFormIntro', { amount: formatAmount(o.amount, locale) })}</p>
      ${errs.length
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <p>${t(locale, 'errorSummary', { count: errs.length })}</p>
            <ul>${errs.map((f) => html`<li><a href=${`#bollo-${f}`} @click=${(e: Event) => this.#focusField(e, f)}>${t(locale, this.errors[f]!)}</a></li>`)}</ul>
          </div>`
        : nothing}
      ${this.saveError ? renderAlert('danger', this.saveError) : nothing}
      <form novalidate @submit=${(e: Event) => { e.preventDefault(); void this.save(o.praticaId); }}>
        ${field('identifier', 'bolloIdLabel', 'bolloIdHint', 'id-input', 'numeric')}
        <div class="inline-fields">
          ${field('date', 'bolloDateLabel', 'bolloDateHint', 'short', 'numeric')}
          ${field('time', 'bolloTimeLabel', 'bolloTimeHint', 'short', 'numeric')}
        </div>
        <div class="check ${declErr ? 'check--error' : ''}">
          <input type="checkbox" id="bollo-declared" .checked=${this.value.declared} aria-invalid=${declErr ? 'true' : 'false'}
            aria-describedby=${declErr ? 'bollo-declared-error' : nothing}
            @change=${(e: Event) => this.set('declared', (e.target as HTMLInputElement).checked)} />
          <div>
            <label for="bollo-declared">${t(locale, 'bolloDeclaration')}</label>
            ${declErr ? html`<p class="error-message" id="bollo-declared-error"><span class="visually-hidden">Errore: </span>${t(locale, declErr)}</p>` : nothing}
          </div>
        </div>
        <button type="submit" class="btn" aria-disabled=${this.saving ? 'true' : 'false'}>
          ${this.saving ? t(locale, 'bolloSaving') : t(locale, 'bolloSave')}
        </button>
      </form>
    </section>`;
  }

  #focusField(e: Event, f: BolloField): void {
    e.preventDefault();
    this.#host.renderRoot.querySelector<HTMLElement>(`#bollo-${f}`)?.focus();
  }
}
