import { css } from 'lit';

/** Riepilogo, Conferma and its rating: in the late-steps chunk, adopted by the wizard when it arrives (wizard-parts.ts). Tokens only. */
export const lateStepsStyles = css`
  /* Riepilogo (GOV.UK summary list, Designers Italia card look) */
  .summary-section { margin: 0 0 32px; }
  .summary-section__title { font-size: 1.375rem; margin: 0 0 8px; padding-bottom: 8px; border-bottom: 2px solid var(--_primary); }
  .summary-section__sub { font-size: 1.0625rem; margin: 20px 0 4px; padding-left: calc(var(--depth, 0) * 0px); }
  .summary-list { margin: 0; }
  .summary-list__row { display: grid; grid-template-columns: 1fr; gap: 2px 24px; padding: 12px 0; border-bottom: 1px solid var(--_border); }
  @media (min-width: 768px) {
    .summary-list__row { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) 7rem; align-items: baseline; }
    .summary-list__actions { text-align: right; }
  }
  .summary-list__key { font-weight: 600; }
  .summary-list__value { margin: 0; overflow-wrap: anywhere; }
  .summary-list__text { white-space: pre-line; }
  .summary-list__empty { color: var(--_muted); font-style: italic; }
  .summary-list__note { display: block; color: var(--_muted); font-size: 0.875rem; }
  .summary-list__actions { margin: 0; }
  .summary-list__edit { font-weight: 600; }
  .mono { font-family: var(--_font-mono); }
  /* Confirmation */
  .confirmation__panel { padding: 24px; margin: 0 0 24px; border-radius: var(--_radius); background: var(--_success-soft); border-left: 6px solid var(--_success); }
  .confirmation__lead { font-size: 1.25rem; font-weight: 600; }
  .confirmation__facts { margin: 0; display: grid; gap: 8px; }
  .confirmation__facts > div { display: flex; flex-wrap: wrap; gap: 4px 12px; }
  .confirmation__facts dt { font-weight: 600; }
  .confirmation__facts dd { margin: 0; overflow-wrap: anywhere; }
  /* "Cosa succede adesso" starts a new part of the page, after the receipt button. */
  .confirmation > h3 { margin-top: 32px; }
  .confirmation__links { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 24px; }
  .rich > :last-child { margin-bottom: 16px; }
  .rating { margin: 40px 0 0; padding: 24px; border-radius: var(--_radius); background: var(--_surface-alt); }
  .rating h3 { font-size: 1.375rem; }
  .rating fieldset { border: 0; padding: 0; margin: 0 0 16px; }
  .rating legend { font-weight: 600; margin-bottom: 8px; }
  .rating [hidden] { display: none !important; }
  .rating .check { margin-bottom: 8px; }
  .rating .field { display: grid; gap: 4px; margin-bottom: 16px; }
  .stars { display: inline-flex; flex-direction: row-reverse; gap: 4px; }
  .stars input { position: absolute; opacity: 0; width: 1px; height: 1px; }
  .star { cursor: pointer; color: var(--_border); line-height: 0; padding: 4px; border-radius: 4px; }
  .star svg { width: 36px; height: 36px; fill: currentColor; }
  .stars input:checked ~ .star, .stars input:checked + .star, .star:hover, .star:hover ~ .star { color: var(--_primary); }
  .stars input:focus-visible + .star { box-shadow: var(--_focus-ring); }
  .rating__thanks { font-weight: 600; }
`;
