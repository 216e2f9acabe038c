/**
 * Shared field renderers: the pratica wizard, the profile, the booking and the bollo entry draw their
 * inputs with these, so every form in the kit has the same labels, hints, errors and keyboard paths.
 *
 *   renderNodes(model.renderStep(key), ctx)   // a whole render tree of the form engine
 *   renderField({ node, value, locale, error, onChange })  // one field
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import type { FieldNode, Option, RenderNode } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import { richText, richTextRevision } from '../sanitize.js';
import { renderChoiceField } from './choice-field.js';
import { renderDateField } from './date-field.js';
import { inRuns } from './field-runs.js';
import type { FieldProps, RemoteOptionsState } from './field-shell.js';
import type { FileUploads } from './file-field.js';
import { fieldMessages as t } from './fields.messages.js';
import { renderGridField } from './grid-field.js';
import { renderTextField } from './text-field.js';

export type { FieldProps, RemoteOptionsState } from './field-shell.js';
// file-field.js is imported by the hosts that have file fields (its own chunk on the CDN, issue 15).
export type { FileUploads, Uploader, UploadRequest, PendingUpload } from './file-field.js';
export { fieldStyles } from './fields.styles.js';
export { fieldMessages } from './fields.messages.js';
export { renderTextField, renderChoiceField, renderDateField, renderGridField };

/** One field, by control. File fields need the host's `FileUploads`. */
export function renderField(p: FieldProps, uploads?: FileUploads): TemplateResult | typeof nothing {
  switch (p.node.control) {
    case 'hidden':
      return nothing;
    case 'checkbox':
    case 'radio':
    case 'checkboxes':
    case 'select':
      return renderChoiceField(p);
    case 'day':
    case 'date':
    case 'datetime':
    case 'time':
      return renderDateField(p);
    case 'file':
      return uploads ? uploads.render(p) : renderTextField({ ...p, node: { ...p.node, readonly: true } });
    default:
      return renderTextField(p);
  }
}

export interface RenderContext {
  locale: Locale;
  value: (path: string) => unknown;
  /** Inline error of a path (only fields the citizen was told about). */
  error: (path: string) => string | undefined;
  warning: (path: string) => string | undefined;
  onChange: FieldProps['onChange'];
  uploads?: FileUploads;
  addRow: (path: string) => void;
  removeRow: (path: string, index: number) => void;
  /** Heading level of nested panel titles (the step heading is one above). Default 3. */
  headingLevel?: number;
  /** Options of a select whose options come from a URL (`optionsUrl`), once the host has loaded them. */
  remoteOptions?: (node: FieldNode) => Option[] | RemoteOptionsState | undefined;
}

const FIELDSET_TYPES = new Set(['fieldset', 'form', 'container', 'address']);

function renderGroupTitle(level: number, title: string): TemplateResult {
  return level <= 3 ? html`<h3 class="group__title">${title}</h3>` : html`<h4 class="group__title">${title}</h4>`;
}

/** A whole render tree of the form engine (skips invisible nodes; they keep their values in the draft). Long lists come in runs (field-runs.ts). */
export function renderNodes(nodes: RenderNode[], ctx: RenderContext): TemplateResult {
  return html`${inRuns(nodes, (n) => renderNode(n, ctx))}`;
}

function renderNode(n: RenderNode, ctx: RenderContext): TemplateResult | DirectiveResult | typeof nothing {
  if (!n.visible) return nothing;
  switch (n.kind) {
    case 'field':
      return renderFieldOnce(n, ctx);
    case 'group': {
      const inner = html`${n.description ? html`<p class="hint">${n.description}</p>` : nothing}${renderNodes(n.children, {
        ...ctx,
        headingLevel: (ctx.headingLevel ?? 3) + 1,
      })}`;
      if (FIELDSET_TYPES.has(n.type) && n.title && !n.hideLabel) {
        return html`<fieldset class="group group--fieldset" data-path=${n.path}><legend class="group__legend">${n.title}</legend>${inner}</fieldset>`;
      }
      if (n.title && !n.hideLabel) {
        return html`<section class="group group--section" data-path=${n.path}>${renderGroupTitle(ctx.headingLevel ?? 3, n.title)}${inner}</section>`;
      }
      return html`<div class="group" data-path=${n.path}>${inner}</div>`;
    }
    case 'columns':
      return html`<div class="columns">
        ${n.columns.map((c) => html`<div class="column" style="--span:${Math.max(1, Math.min(12, c.width || 6))}">${renderNodes(c.children, ctx)}</div>`)}
      </div>`;
    case 'content':
      // Sanitized once per node (the engine keeps the node while it stays visible), not on every render.
      return guard([n, richTextRevision()], () => html`<div class="content">${richText(n.html)}</div>`);
    case 'grid':
      return renderGridField(n, {
        locale: ctx.locale,
        error: ctx.error(n.path),
        addRow: ctx.addRow,
        removeRow: ctx.removeRow,
        renderChildren: (children) => renderNodes(children, ctx),
      });
    default:
      // A type outside the subset: the lint has told the editor; the citizen gets a neutral note, never a blank.
      return html`<p class="hint field--unsupported" data-path=${n.path}>${n.label ? `${n.label}: ` : ''}${t(ctx.locale, 'unsupported')}</p>`;
  }
}

/**
 * One field of a render tree, re-rendered only when what it shows changed: its node (the engine hands
 * out the same object until its visibility, lock or options change), value, messages, locale or URL
 * options. Typing in one field of an 800-field step then costs one field, not the step, and the other
 * fields' DOM (caret, selection, IME state) is never touched. File fields always render: their upload
 * progress lives in `FileUploads`, outside the node. Event handlers of a skipped field are those of its
 * last render, so `ctx.onChange` must act on the host, not on values captured at render time.
 */
function renderFieldOnce(node: FieldNode, ctx: RenderContext): TemplateResult | DirectiveResult | typeof nothing {
  if (node.control === 'hidden') return nothing;
  const remote = node.optionsUrl && !node.options?.length && ctx.remoteOptions ? ctx.remoteOptions(node) ?? { state: 'loading' as const } : undefined;
  const value = ctx.value(node.path);
  const error = ctx.error(node.path);
  const warning = ctx.warning(node.path);
  const draw = () => renderField(fieldProps(node, ctx, value, error, warning, remote), ctx.uploads);
  if (node.control === 'file') return draw();
  // Objects (selectboxes, multiple selects) are compared by content: the host may hand out copies.
  const key = value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
  return guard([node, key, error, warning, ctx.locale, Array.isArray(remote) ? remote : remote?.state], draw);
}

function fieldProps(
  node: FieldNode, ctx: RenderContext, value: unknown, error: string | undefined, warning: string | undefined,
  remote: Option[] | RemoteOptionsState | undefined,
): FieldProps {
  if (Array.isArray(remote)) node = { ...node, options: remote };
  return {
    node,
    ...(remote && !Array.isArray(remote) ? { remote } : {}),
    value,
    locale: ctx.locale,
    error,
    warning,
    onChange: ctx.onChange,
  };
}
