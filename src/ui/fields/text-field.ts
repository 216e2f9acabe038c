import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseNumber } from '../../forms/values.js';
import { describedBy, fieldClass, labelText, renderMessages, type FieldProps } from './field-shell.js';
import { typed } from './typed-value.js';

const INPUT_TYPE: Record<string, string> = { email: 'email', tel: 'tel', url: 'url' };

/** Numbers are shown the Italian way (`1020,5`) and typed either way: the engine parses both. */
function displayValue(p: FieldProps): string {
  const v = p.value;
  if (v == null) return '';
  if (typeof v === 'number') return p.locale !== 'en' ? String(v).replace('.', ',') : String(v);
  return typeof v === 'string' ? v : String(v);
}

/**
 * text, textarea, number, currency, email, tel, url. Values commit on `change` (GOV.UK: validate on
 * Avanti, not while typing); `input` also reaches the model (as `live`) so nothing typed is lost if the
 * page is closed before the field loses focus.
 */
export function renderTextField(p: FieldProps): TemplateResult {
  const n = p.node;
  const numeric = n.control === 'number' || n.control === 'currency';
  const onInput = (e: Event) => p.onChange(n.path, (e.target as HTMLInputElement).value, true);
  const onChange = (e: Event) => p.onChange(n.path, (e.target as HTMLInputElement).value);
  // `1.020,50` typed stays as typed while it means the stored 1020.5 (no rewrite under the caret).
  const means = numeric ? (text: string) => typeof p.value === 'number' && parseNumber(text) === p.value : undefined;
  const value = typed(displayValue(p), means);
  const common = {
    id: n.id,
    describedby: describedBy(p),
  };
  const prefix = n.prefix ?? (n.control === 'currency' ? '€' : undefined);
  const control = n.control === 'textarea'
    ? html`<textarea
        id=${common.id}
        name=${n.path}
        rows=${n.rows ?? 5}
        .value=${value}
        ?readonly=${n.readonly}
        aria-readonly=${n.readonly ? 'true' : nothing}
        aria-invalid=${p.error ? 'true' : nothing}
        aria-describedby=${common.describedby}
        aria-required=${n.required ? 'true' : nothing}
        maxlength=${ifDefined(n.maxLength)}
        placeholder=${ifDefined(n.placeholder || undefined)}
        autocomplete=${ifDefined(n.autocomplete)}
        @input=${onInput}
        @change=${onChange}
      ></textarea>`
    : html`<input
        id=${common.id}
        name=${n.path}
        type=${numeric ? 'text' : INPUT_TYPE[n.control] ?? 'text'}
        inputmode=${ifDefined(numeric ? (n.decimalLimit === 0 ? 'numeric' : 'decimal') : n.inputMode)}
        .value=${value}
        ?readonly=${n.readonly}
        aria-readonly=${n.readonly ? 'true' : nothing}
        aria-invalid=${p.error ? 'true' : nothing}
        aria-describedby=${common.describedby}
        aria-required=${n.required ? 'true' : nothing}
        maxlength=${ifDefined(n.maxLength)}
        placeholder=${ifDefined(n.placeholder || undefined)}
        autocomplete=${ifDefined(n.autocomplete)}
        spellcheck=${n.control === 'email' || n.control === 'url' || n.autocomplete ? 'false' : nothing}
        class=${numeric ? 'input--short' : nothing}
        @input=${onInput}
        @change=${onChange}
      />`;
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <label for=${n.id} class=${n.hideLabel ? 'visually-hidden' : nothing}>${labelText(p)}</label>
    ${renderMessages(p)}
    ${prefix || n.suffix
      ? html`<div class="input-group">
          ${prefix ? html`<span class="input-group__affix" aria-hidden="true">${prefix}</span>` : nothing}
          ${control}
          ${n.suffix ? html`<span class="input-group__affix" aria-hidden="true">${n.suffix}</span>` : nothing}
        </div>`
      : control}
  </div>`;
}
