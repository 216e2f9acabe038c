import { html, nothing, type TemplateResult } from 'lit';
import type { Option } from '../../forms/index.js';
import { describedBy, fieldClass, labelText, renderMessages, type FieldProps } from './field-shell.js';
import { fieldMessages as t } from './fields.messages.js';

const same = (a: unknown, b: Option['value']) => a !== undefined && a !== null && a !== '' && String(a) === String(b);

/** Label of the chosen option(s), for the read-only (SPID/CIE) rendering of a choice. */
function chosenLabels(p: FieldProps): string {
  const opts = p.node.options ?? [];
  const v = p.value;
  if (p.node.control === 'checkbox') return v === true ? t(p.locale, 'yes') : t(p.locale, 'no');
  if (p.node.control === 'checkboxes' && v && typeof v === 'object' && !Array.isArray(v)) {
    return opts.filter((o) => (v as Record<string, unknown>)[String(o.value)] === true).map((o) => o.label).join(', ');
  }
  const list = Array.isArray(v) ? v : [v];
  return opts.filter((o) => list.some((x) => same(x, o.value))).map((o) => o.label).join(', ');
}

/**
 * A locked choice (e.g. sex from SPID) cannot be a readonly radio group (HTML has none): it is shown as
 * a readonly text input, which stays focusable and is announced (pa-domain.md §4.2).
 */
function renderLockedChoice(p: FieldProps): TemplateResult {
  const n = p.node;
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <label for=${n.id}>${labelText(p)}</label>
    ${renderMessages(p)}
    <input id=${n.id} type="text" readonly aria-readonly="true" .value=${chosenLabels(p)} aria-describedby=${describedBy(p)} />
  </div>`;
}

/** A single checkbox (Form.io `checkbox`): its own label, no legend. */
function renderCheckbox(p: FieldProps): TemplateResult {
  const n = p.node;
  return html`<div class=${fieldClass(p, 'field--check')} data-path=${n.path}>
    ${renderMessages(p)}
    <div class="check">
      <input
        id=${n.id}
        type="checkbox"
        name=${n.path}
        .checked=${p.value === true}
        aria-invalid=${p.error ? 'true' : nothing}
        aria-describedby=${describedBy(p)}
        @change=${(e: Event) => p.onChange(n.path, (e.target as HTMLInputElement).checked)}
      />
      <label for=${n.id}>${n.label}</label>
    </div>
  </div>`;
}

/**
 * Radios and checkbox groups share the GOV.UK structure: `<fieldset>` + `<legend>`, hint and error
 * above the options, the first option carrying the field id (the error summary links there).
 */
function renderGroup(p: FieldProps, multiple: boolean): TemplateResult {
  const n = p.node;
  const opts = n.options ?? [];
  const isChecked = (o: Option): boolean => {
    const v = p.value;
    if (!multiple) return same(v, o.value);
    if (Array.isArray(v)) return v.some((x) => same(x, o.value));
    return !!v && typeof v === 'object' && (v as Record<string, unknown>)[String(o.value)] === true;
  };
  const toggle = (o: Option, on: boolean) => {
    if (!multiple) return p.onChange(n.path, o.value);
    const selected = opts.filter((x) => (x === o ? on : isChecked(x))).map((x) => x.value);
    p.onChange(n.path, selected);
  };
  const ids = opts.map((_, i) => (i === 0 ? n.id : `${n.id}-${i}`));
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <fieldset aria-describedby=${describedBy(p)}>
      <legend class=${n.hideLabel ? 'visually-hidden' : nothing}>${labelText(p)}</legend>
      ${renderMessages(p)}
      <div class="choices ${!multiple && opts.length === 2 && opts.every((o) => o.label.length < 12) ? 'choices--inline' : ''}">
        ${opts.map((o, i) => html`<div class="check">
          <input
            id=${ids[i]}
            type=${multiple ? 'checkbox' : 'radio'}
            name=${n.path}
            .value=${String(o.value)}
            .checked=${isChecked(o)}
            aria-invalid=${p.error ? 'true' : nothing}
            @change=${(e: Event) => toggle(o, (e.target as HTMLInputElement).checked)}
          />
          <label for=${ids[i]}>${o.label}</label>
        </div>`)}
      </div>
    </fieldset>
  </div>`;
}

/** Native `<select>` (6–10 options per Modello Comuni; a multiple select is shown as checkboxes). */
function renderSelect(p: FieldProps): TemplateResult {
  const n = p.node;
  const opts = n.options ?? [];
  const hasValue = p.value !== undefined && p.value !== null && p.value !== '';
  const remote = p.remote;
  return html`<div class=${fieldClass(p)} data-path=${n.path}>
    <label for=${n.id} class=${n.hideLabel ? 'visually-hidden' : nothing}>${labelText(p)}</label>
    ${renderMessages(p)}
    ${remote?.state === 'error'
      ? html`<p class="field__warning" id="${n.id}-remote">${t(p.locale, 'optionsFailed')}
          <button type="button" class="btn btn-outline btn-sm" @click=${remote.retry}>${t(p.locale, 'retry')}</button></p>`
      : nothing}
    <select
      id=${n.id}
      name=${n.path}
      aria-busy=${remote?.state === 'loading' ? 'true' : nothing}
      aria-invalid=${p.error ? 'true' : nothing}
      aria-describedby=${describedBy(p, [remote?.state === 'error' && `${n.id}-remote`])}
      aria-required=${n.required ? 'true' : nothing}
      autocomplete=${n.autocomplete ?? nothing}
      @change=${(e: Event) => {
        const i = (e.target as HTMLSelectElement).selectedIndex - 1;
        p.onChange(n.path, i >= 0 ? opts[i]!.value : '');
      }}
    >
      <option value="" ?selected=${!hasValue}>${remote?.state === 'loading' ? t(p.locale, 'optionsLoading') : n.placeholder || t(p.locale, 'choose')}</option>
      ${opts.map((o) => html`<option value=${String(o.value)} ?selected=${same(p.value, o.value)}>${o.label}</option>`)}
    </select>
  </div>`;
}

/** radio, checkbox, checkboxes (selectboxes), select. */
export function renderChoiceField(p: FieldProps): TemplateResult {
  const n = p.node;
  if (n.readonly && n.control !== 'checkbox') return renderLockedChoice(p);
  switch (n.control) {
    case 'checkbox':
      return renderCheckbox(p);
    case 'radio':
      return renderGroup(p, false);
    case 'checkboxes':
      return renderGroup(p, true);
    default:
      return n.multiple ? renderGroup(p, true) : renderSelect(p);
  }
}
