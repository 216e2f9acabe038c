import { html, nothing, type TemplateResult } from 'lit';
import type { GridNode, RenderNode } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { fieldMessages as t } from './fields.messages.js';

export interface GridCallbacks {
  locale: Locale;
  error?: string;
  addRow: (path: string) => void;
  removeRow: (path: string, index: number) => void;
  renderChildren: (nodes: RenderNode[]) => TemplateResult;
}

/**
 * datagrid / editgrid: each row is a fieldset titled "Figlio 2" with its own "Rimuovi", then "Aggiungi".
 * Rows are edited in place (no modal) so the keyboard path stays linear.
 */
export function renderGridField(node: GridNode, cb: GridCallbacks): TemplateResult {
  const { locale } = cb;
  const label = node.label;
  const count = node.rows.length;
  const canRemove = node.canRemove && !node.readonly && count > (node.minRows ?? 0);
  return html`<div class="field grid-field${cb.error ? ' field--error' : ''}" data-path=${node.path}>
    <fieldset class="grid-field__set" aria-describedby=${[node.description ? `${node.id}-hint` : '', cb.error ? `${node.id}-error` : ''].filter(Boolean).join(' ') || nothing}>
      <legend>${label}</legend>
      ${node.description ? html`<p class="hint" id="${node.id}-hint">${node.description}</p>` : nothing}
      ${cb.error ? html`<p class="error-message" id="${node.id}-error"><span class="visually-hidden">${t(locale, 'errorPrefix')} </span>${cb.error}</p>` : nothing}
      ${count === 0 ? html`<p class="hint">${t(locale, 'noRows')}</p>` : nothing}
      ${node.rows.map((row) => html`<fieldset class="grid-row" data-row=${row.path}>
        <legend class="grid-row__legend">${t(locale, 'row', { label, n: row.index + 1 })}</legend>
        ${cb.renderChildren(row.children)}
        ${canRemove
          ? html`<button type="button" class="btn btn-outline btn-sm grid-row__remove"
              aria-label=${t(locale, 'removeRowOf', { label, n: row.index + 1 })}
              @click=${() => cb.removeRow(node.path, row.index)}>${t(locale, 'removeRow')}</button>`
          : nothing}
      </fieldset>`)}
      ${node.canAdd && !node.readonly && (node.maxRows === undefined || count < node.maxRows)
        ? html`<button type="button" class="btn btn-outline btn-sm grid-field__add" id=${node.id}
            aria-label=${node.addLabel ? nothing : t(locale, 'addRowOf', { label })}
            @click=${() => cb.addRow(node.path)}>${node.addLabel || t(locale, 'addRow')}</button>`
        : nothing}
    </fieldset>
  </div>`;
}
