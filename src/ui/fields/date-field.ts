import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldClass, labelText, renderMessages, type FieldProps } from './field-shell.js';
import { typed } from './typed-value.js';
import { fieldMessages as t } from './fields.messages.js';

interface DayParts { day: string; month: string; year: string }

/** Reads a stored `day` value (`MM/DD/YYYY`, or `DD/MM/YYYY` with `dayFirst`) into its three boxes. */
function dayParts(value: unknown, dayFirst: boolean | undefined): DayParts {
  const parts = typeof value === 'string' ? value.split('/') : [];
  const clean = (s: string | undefined) => (s && Number(s) ? String(Number(s)) : '');
  if (parts.length !== 3) return { day: '', month: '', year: '' };
  const [a, b, y] = parts;
  return dayFirst ? { day: clean(a), month: clean(b), year: clean(y) } : { day: clean(b), month: clean(a), year: clean(y) };
}

/**
 * The Form.io `day` component as GOV.UK's date input: three labelled boxes in a fieldset, numeric
 * keyboard, no picker (the fastest way to type a known date such as a birth date).
 */
function renderDay(p: FieldProps): TemplateResult {
  const n = p.node;
  const parts = dayParts(p.value, n.dayFirst);
  // `09` (or a first `0`) typed in a box means the stored 9 (or nothing yet): a render leaves it as typed.
  const means = (key: keyof DayParts) => (text: string) => /^\d+$/.test(text.trim()) && Number(text) === Number(parts[key]);
  // Read the three boxes from the DOM, not from the last render: a fast typist (or autofill) changes
  // several boxes before the next render.
  const update = (e: Event) => {
    const boxes = (e.target as HTMLElement).closest('.date-input')?.querySelectorAll('input') ?? [];
    const [day, month, year] = [...boxes].map((b) => (b as HTMLInputElement).value.trim());
    p.onChange(n.path, { day: day ?? '', month: month ?? '', year: year ?? '' }, e.type === 'input');
  };
  const box = (key: keyof DayParts, first: boolean, width: string, auto: string) => html`<div class="date-input__item">
    <label for=${first ? n.id : `${n.id}-${key}`} class="date-input__label">${t(p.locale, key)}</label>
    <input
      id=${first ? n.id : `${n.id}-${key}`}
      class="date-input__box ${width}"
      type="text"
      inputmode="numeric"
      maxlength=${key === 'year' ? 4 : 2}
      .value=${typed(parts[key], means(key))}
      ?readonly=${n.readonly}
      aria-readonly=${n.readonly ? 'true' : nothing}
      aria-invalid=${p.error ? 'true' : nothing}
      autocomplete=${n.autocomplete === 'bday' ? auto : nothing}
      @input=${update}
      @change=${update}
    />
  </div>`;
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <fieldset role="group" aria-describedby=${describedBy(p, [`${n.id}-format`])}>
      <legend class=${n.hideLabel ? 'visually-hidden' : nothing}>${labelText(p)}</legend>
      <p class="hint" id="${n.id}-format">${t(p.locale, 'dateHint')}</p>
      ${renderMessages(p)}
      <div class="date-input">
        ${box('day', true, 'w2', 'bday-day')}
        ${box('month', false, 'w2', 'bday-month')}
        ${box('year', false, 'w4', 'bday-year')}
      </div>
    </fieldset>
  </div>`;
}

/** `datetime` without time, and `date`: the native date input (its value is ISO, what the engine stores). */
function renderNative(p: FieldProps, type: 'date' | 'time' | 'datetime-local'): TemplateResult {
  const n = p.node;
  let value = typeof p.value === 'string' ? p.value : '';
  if (type === 'date') value = value.slice(0, 10);
  if (type === 'datetime-local') value = value.slice(0, 16);
  if (type === 'time') value = value.slice(0, 5);
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <label for=${n.id} class=${n.hideLabel ? 'visually-hidden' : nothing}>${labelText(p)}</label>
    ${renderMessages(p)}
    <input
      id=${n.id}
      name=${n.path}
      type=${type}
      class="input--short"
      .value=${live(value)}
      min=${type === 'date' && n.minDate ? n.minDate : nothing}
      max=${type === 'date' && n.maxDate ? n.maxDate : nothing}
      ?readonly=${n.readonly}
      aria-readonly=${n.readonly ? 'true' : nothing}
      aria-invalid=${p.error ? 'true' : nothing}
      aria-describedby=${describedBy(p)}
      aria-required=${n.required ? 'true' : nothing}
      @change=${(e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        // datetime-local gives `yyyy-mm-ddThh:mm`; Form.io stores seconds too.
        p.onChange(n.path, type === 'datetime-local' && v.length === 16 ? `${v}:00` : v);
      }}
    />
  </div>`;
}

/** day, date, datetime, time. */
export function renderDateField(p: FieldProps): TemplateResult {
  switch (p.node.control) {
    case 'day':
      return renderDay(p);
    case 'time':
      return renderNative(p, 'time');
    case 'datetime':
      // The engine maps `enableTime: false` to `date`; Form.io's default is `enableTime: true`.
      return renderNative(p, 'datetime-local');
    default:
      return renderNative(p, 'date');
  }
}
