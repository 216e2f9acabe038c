import { html, nothing, type TemplateResult } from 'lit';
import type { FieldNode } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { fieldMessages as t } from './fields.messages.js';

/**
 * What every field renderer receives. Label, input, hint and error are rendered in the same render
 * root, so `for`, `aria-describedby` and the error summary's `#id` links work (form-engines.md §5.6.3:
 * ID references do not cross shadow roots).
 */
export interface FieldProps {
  node: FieldNode;
  value: unknown;
  locale: Locale;
  /** Message of the first blocking issue, shown inline (same words as the error summary). */
  error?: string;
  /** Non-blocking issue (e.g. codice fiscale not matching the name). */
  warning?: string;
  /**
   * The citizen committed a value (`change` for text, immediately for choices). `live` is true for
   * `input` events while typing: the model keeps every keystroke, the host skips validation and re-renders.
   */
  onChange: (path: string, value: unknown, live?: boolean) => void;
  /** A select whose options come from a URL: still loading, or failed (with a retry). */
  remote?: RemoteOptionsState;
}

/** How the host's loading of URL options stands, when it has no options yet. */
export type RemoteOptionsState = { state: 'loading' } | { state: 'error'; retry: () => void };

/** Ids of the describing elements, so every renderer builds `aria-describedby` the same way. */
export function describedBy(p: FieldProps, extra: Array<string | false | undefined> = []): string | typeof nothing {
  const id = p.node.id;
  const ids = [
    p.node.description || p.node.hint ? `${id}-hint` : '',
    p.node.locked ? `${id}-locked` : '',
    ...extra,
    p.warning ? `${id}-warning` : '',
    p.error ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** The visible label text: "(facoltativo)" on optional fields, never an asterisk (GOV.UK question pages). */
export function labelText(p: FieldProps): TemplateResult {
  const n = p.node;
  return html`${n.label}${!n.required && !n.readonly && n.control !== 'checkbox'
    ? html` <span class="field__optional">${t(p.locale, 'optional')}</span>`
    : nothing}`;
}

/** Hint, SPID/CIE note, warning and error, in that order (GOV.UK: the error sits right above the input). */
export function renderMessages(p: FieldProps): TemplateResult {
  const n = p.node;
  const hint = [n.description, n.hint].filter(Boolean).join(' ');
  return html`
    ${hint ? html`<p class="hint" id="${n.id}-hint">${hint}</p>` : nothing}
    ${n.locked ? html`<p class="field__locked" id="${n.id}-locked">${t(p.locale, 'locked')}</p>` : nothing}
    ${p.warning ? html`<p class="field__warning" id="${n.id}-warning"><span class="visually-hidden">${t(p.locale, 'warningPrefix')} </span>${p.warning}</p>` : nothing}
    ${p.error ? html`<p class="error-message" id="${n.id}-error"><span class="visually-hidden">${t(p.locale, 'errorPrefix')} </span>${p.error}</p>` : nothing}
  `;
}

/** Wrapper class of one field: error/warning state drives the left border (GOV.UK error pattern). */
export function fieldClass(p: FieldProps, extra = ''): string {
  return `field${p.error ? ' field--error' : p.warning ? ' field--warning' : ''}${extra ? ` ${extra}` : ''}`;
}
