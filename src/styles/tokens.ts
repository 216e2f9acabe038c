import { css } from 'lit';

/**
 * Design tokens. Every `--sdc-*` property falls back to the page's Bootstrap Italia variable
 * (so an ente theme colours the kit), then to the Designers Italia default.
 * Documented in README "Theming"; each element lists the ones it uses with `@cssprop`.
 */
export const tokens = css`
  :host {
    --_primary: var(--sdc-color-primary, var(--bs-primary, #0066cc));
    --_primary-dark: var(--sdc-color-primary-dark, var(--bs-primary-dark, #004d99));
    --_primary-soft: var(--sdc-color-primary-soft, #e5f0fa);
    --_text: var(--sdc-color-text, var(--bs-body-color, #1a1a1a));
    --_muted: var(--sdc-color-muted, #5d7083);
    --_border: var(--sdc-color-border, #c5c7c9);
    --_surface: var(--sdc-color-surface, #ffffff);
    --_surface-alt: var(--sdc-color-surface-alt, #f2f7fc);
    --_success: var(--sdc-color-success, var(--bs-success, #008055));
    --_success-soft: var(--sdc-color-success-soft, #e6f2ee);
    --_danger: var(--sdc-color-danger, var(--bs-danger, #cc334d));
    --_danger-soft: var(--sdc-color-danger-soft, #faebee);
    --_warning: var(--sdc-color-warning, #995c00);
    --_warning-soft: var(--sdc-color-warning-soft, #fff4e0);
    --_neutral-soft: var(--sdc-color-neutral-soft, #ebeef0);
    --_font: var(--sdc-font-family, var(--bs-font-sans-serif, 'Titillium Web', Geneva, Tahoma, sans-serif));
    --_font-mono: var(--sdc-font-family-mono, 'Roboto Mono', ui-monospace, monospace);
    --_radius: var(--sdc-radius, 4px);
    --_space: var(--sdc-space, 8px);
    --_focus-ring: var(--sdc-focus-ring, 0 0 0 3px #fff, 0 0 0 6px #000);
    --_shadow: var(--sdc-shadow, 0 2px 20px rgb(0 0 0 / 10%));
  }
`;

/** Resets and helpers every shadow root shares. Immune to the page's global CSS by construction. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--sdc-font-size, 1rem);
    line-height: 1.5;
  }
  :host([hidden]) { display: none; }
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
