import { css } from 'lit';

/**
 * Layout of the shared fields, on top of `controls` (src/styles/tokens.ts). Tokens only. Errors use the
 * GOV.UK pattern: a red bar on the left of the whole field, the message above the input.
 */
export const fieldStyles = css`
  .field { position: relative; margin: 0 0 24px; }
  /*
   * Typing cost (issue 15). The kit’s .field (controls) is a grid with a gap; a text box in a grid or
   * flex container is laid out with its container, so each keystroke relaid the field and every sibling
   * of the step up to the document. Here a field is a flow and the focused text box a relayout
   * boundary (size + layout containment, its one line as intrinsic height: same box as unfocused): a
   * keystroke lays out that box only. Only the focused one: a layer per box would cost every paint.
   */
  .field { display: flow-root; }
  .field > label, .field > input { display: block; }
  .field > :not(:first-child) { margin-top: 4px; }
  .field > .visually-hidden:first-child + * { margin-top: 0; }
  .field > input:focus { position: relative; contain: size layout; contain-intrinsic-block-size: 1lh; }
  /* A long step's runs of fields (field-runs.ts): skipped while off screen; room for the focus ring, which paint containment would clip. */
  .field-run {
    content-visibility: auto; contain-intrinsic-block-size: auto calc(var(--run-nodes, 20) * 100px);
    padding-inline: 8px; margin-inline: -8px;
  }
  .field--error { padding-left: 16px; border-left: 4px solid var(--_danger); }
  .field--warning { padding-left: 16px; border-left: 4px solid var(--_warning); }
  .field__optional { font-weight: 400; color: var(--_muted); }
  .field__locked { margin: 0; font-size: 0.875rem; color: var(--_muted); display: flex; gap: 6px; align-items: center; }
  .field__locked::before { content: ''; width: 10px; height: 12px; border: 2px solid currentColor; border-radius: 2px 2px 1px 1px; box-shadow: inset 0 -4px 0 currentColor; flex: none; }
  .field__warning { margin: 0; color: var(--sdc-color-warning-text, #7a4700); font-weight: 600; }
  .error-message { margin: 0; }
  fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
  legend { font-weight: 600; font-size: 1rem; padding: 0; margin: 0 0 4px; }
  .field > fieldset { display: grid; gap: 4px; }
  .choices { display: grid; gap: 12px; margin-top: 4px; }
  .choices--inline { grid-auto-flow: column; justify-content: start; gap: 32px; }
  .check { display: flex; align-items: flex-start; gap: 12px; }
  .check label { font-weight: 400; cursor: pointer; padding-top: 1px; }
  .field--check .check label { font-weight: 600; }
  .input--short { max-width: 16rem; }
  .input-group { display: flex; align-items: stretch; max-width: 20rem; }
  .input-group__affix { display: flex; align-items: center; padding: 0 12px; border: 1px solid var(--_muted); background: var(--_neutral-soft); }
  .input-group__affix:first-child { border-right: 0; border-radius: var(--_radius) 0 0 var(--_radius); }
  .input-group__affix:last-child { border-left: 0; border-radius: 0 var(--_radius) var(--_radius) 0; }
  .date-input { display: flex; gap: 16px; flex-wrap: wrap; }
  .date-input__item { display: grid; gap: 4px; }
  .date-input__label { font-weight: 400; }
  .date-input__box.w2 { width: 4.5rem; }
  .date-input__box.w4 { width: 6.5rem; }
  .group { margin: 0 0 8px; }
  .group--fieldset { border-top: 1px solid var(--_border); padding-top: 16px; margin-bottom: 16px; }
  .group__legend, .group__title { font-size: 1.25rem; font-weight: 700; margin: 0 0 16px; }
  .group--section { margin: 8px 0 16px; }
  .columns { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr)); column-gap: 24px; }
  .column { grid-column: span 12; min-width: 0; }
  @media (min-width: 768px) { .column { grid-column: span var(--span, 6); } }
  .content { margin: 0 0 24px; }
  .content > :last-child { margin-bottom: 0; }
  .dropzone {
    display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 20px; border: 2px dashed var(--_border);
    border-radius: var(--_radius); background: var(--_surface-alt);
  }
  .dropzone--over { border-color: var(--_primary); background: var(--_primary-soft); }
  .file-picker { position: relative; display: inline-flex; }
  .file-picker__input { position: absolute; inset: 0; width: 100%; height: 100%; opacity: 0; cursor: pointer; }
  .file-picker__input:focus-visible + .file-picker__button { box-shadow: var(--_focus-ring); }
  .file-list { list-style: none; margin: 4px 0 8px; padding: 0; display: grid; gap: 8px; }
  .file-item { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 12px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
  .file-item__name { font-weight: 600; overflow-wrap: anywhere; }
  .file-item__size { color: var(--_muted); font-size: 0.875rem; }
  .file-item__type select { min-height: 36px; padding: 4px 8px; width: auto; font-size: 0.875rem; }
  .file-item--failed { border-color: var(--_danger); background: var(--_danger-soft); }
  .file-item__error { color: var(--sdc-color-danger-text, #a3263b); font-weight: 600; flex-basis: 100%; order: 3; }
  .file-item progress { flex: 1 1 8rem; height: 8px; accent-color: var(--_primary); }
  .grid-field__set > legend { font-size: 1.125rem; margin-bottom: 8px; }
  .grid-field__add, .grid-row__remove { justify-self: start; }
  .grid-row { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 16px; margin: 0 0 16px; }
  .grid-row__legend { float: left; width: 100%; font-size: 1rem; font-weight: 700; margin-bottom: 12px; }
  .grid-row__legend + * { clear: both; }
  .field--unsupported { padding: 12px; border: 1px dashed var(--_border); border-radius: var(--_radius); }
`;
