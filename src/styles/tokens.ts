import { css, unsafeCSS } from 'lit';
import { tokenDeclarations } from './token-table.js';

/**
 * The token table (`token-table.ts`) as private `--_<key>` properties on every shadow host, so a
 * shadow root's CSS reads `var(--_primary)` and the ente sets `--sdc-color-primary` on any ancestor.
 */
export const tokens = css`
  :host {
    ${unsafeCSS(tokenDeclarations('_'))}
  }
`;

/**
 * Resets and helpers every shadow root shares. The `:host` rules are defaults the page may override
 * (`margin`, `display: none`), and a global reset (`all: unset`) does override them; what must hold —
 * block layout, border-box, the kit's font and size, every inherited text property — is set again on
 * `.sdc-root`, the frame SdcElement renders into, which no page rule reaches.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) { display: none; }
  .sdc-root {
    display: block; box-sizing: border-box; min-width: 0; max-width: 100%;
    color: var(--_text); font-family: var(--_font); font-size: var(--_font-size); line-height: 1.5;
    font-weight: 400; font-style: normal; font-variant: normal; font-stretch: normal;
    letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: start; text-indent: 0;
    text-shadow: none; white-space: normal; word-break: normal; overflow-wrap: break-word; hyphens: manual;
    direction: ltr; cursor: auto; list-style: disc outside; text-decoration: none;
    -webkit-text-fill-color: currentColor;
  }
  /* Focus inside the shadow root makes the host match :focus, and a page's global focus rule
     (Bootstrap Italia outlines every :focus) would frame the whole element: the inner controls
     draw their own ring. !important in a shadow root beats the page's (cascade contexts). */
  :host(:focus), :host(:focus-within) { outline: none !important; box-shadow: none !important; border-color: transparent !important; }
  *, *::before, *::after { box-sizing: inherit; }
  h1, h2, h3, h4, p { margin: 0 0 calc(var(--_space) * 2); }
  h2 { font-size: 1.75rem; line-height: 1.2; font-weight: 700; }
  h3 { font-size: 1.375rem; line-height: 1.25; font-weight: 600; }
  h4 { font-size: 1.125rem; font-weight: 600; }
  a { color: var(--_primary); text-underline-offset: 2px; }
  a:hover { color: var(--_primary-dark); }
  /* Comuni template focus ring: white gap + black ring, visible on any background. */
  :focus-visible { outline: 3px solid transparent; box-shadow: var(--_focus-ring); border-radius: 2px; }
  [tabindex='-1']:focus { outline: none; box-shadow: none; }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important;
    margin: -1px !important; overflow: hidden !important; clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important; border: 0 !important;
  }
`;

/** Buttons and form controls in the Bootstrap Italia look. */
export const controls = css`
  .btn {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--_space);
    min-height: 48px; padding: 12px 24px; border: 2px solid var(--_primary); border-radius: var(--_radius);
    font: inherit; font-weight: 600; font-size: 1rem; line-height: 1.2; text-decoration: none; cursor: pointer;
    background: var(--_primary); color: #fff;
  }
  .btn:hover { background: var(--_primary-dark); border-color: var(--_primary-dark); color: #fff; }
  .btn[disabled], .btn[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  .btn-outline { background: transparent; color: var(--_primary); }
  .btn-outline:hover { background: var(--_primary-soft); color: var(--_primary-dark); }
  .btn-link { background: none; border-color: transparent; color: var(--_primary); padding-inline: 8px; text-decoration: underline; }
  .btn-link:hover { background: var(--_primary-soft); border-color: transparent; color: var(--_primary-dark); }
  .btn-danger { background: var(--_danger); border-color: var(--_danger); }
  .btn-sm { min-height: 36px; padding: 6px 14px; font-size: 0.875rem; }
  .field { display: grid; gap: 4px; margin-bottom: calc(var(--_space) * 3); }
  label, .label { font-weight: 600; font-size: 1rem; }
  .hint { color: var(--_muted); font-size: 0.875rem; margin: 0; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    width: 100%; min-height: 48px; padding: 8px 12px; font: inherit; color: var(--_text);
    background: var(--_surface); border: 1px solid var(--_muted); border-radius: var(--_radius);
  }
  textarea { min-height: 120px; resize: vertical; }
  input[readonly], textarea[readonly] { background: var(--_neutral-soft); border-style: dashed; }
  input[type='checkbox'], input[type='radio'] { width: 22px; height: 22px; margin: 0; accent-color: var(--_primary); flex: none; }
  [aria-invalid='true'] { border-color: var(--_danger) !important; border-width: 2px !important; }
  .error-message { color: var(--_danger); font-weight: 600; margin: 0; }
`;
