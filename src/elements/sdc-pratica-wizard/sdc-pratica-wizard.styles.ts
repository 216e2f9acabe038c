import { css } from 'lit';

/** Layout of the wizard (Modello Comuni: stepper, one column of questions, nav-steps bar). Tokens only. */
export const wizardStyles = css`
  .wizard { position: relative; max-width: 100%; }
  .step-heading { font-size: 1.75rem; margin: 8px 0 24px; scroll-margin-top: 16px; }
  .step-heading:focus { outline: none; }
  .step { max-width: 46rem; }
  .step--riepilogo, .step--conferma, .step--pagamento { max-width: 56rem; }
  .form-step { margin-bottom: 8px; }
  .actions {
    display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 12px;
    margin: 32px 0 0; padding: 24px 0 0; border-top: 1px solid var(--_border);
  }
  .actions__end { display: flex; flex-wrap: wrap; gap: 12px; margin-left: auto; }
  .actions--start { justify-content: flex-start; border: 0; padding: 0; margin-top: 16px; }
  @media (max-width: 575px) {
    .actions { flex-direction: column-reverse; align-items: stretch; }
    .actions__end { flex-direction: column-reverse; margin-left: 0; }
    .actions .btn { width: 100%; }
  }
  .callout { padding: 16px 20px; margin: 0 0 24px; border-left: 6px solid var(--_primary); background: var(--_surface-alt); border-radius: var(--_radius); }
  .callout > :last-child { margin-bottom: 0; }
  .callout p { margin: 0 0 8px; }
  .callout--success { border-color: var(--_success); background: var(--_success-soft); }
  .callout--warning { border-color: var(--_warning); background: var(--_warning-soft); }
  .callout--danger { border-color: var(--_danger); background: var(--_danger-soft); }
  .callout:focus { outline: none; box-shadow: var(--_focus-ring); }
  .login-gate, .conflict { padding: 24px; border: 1px solid var(--_border); border-left: 6px solid var(--_primary); border-radius: var(--_radius); background: var(--_surface); }
  .login-gate h2, .conflict h2 { font-size: 1.5rem; }
  .spinner {
    display: inline-block; width: 1em; height: 1em; margin-right: 8px; vertical-align: -2px; border-radius: 50%;
    border: 2px solid currentColor; border-right-color: transparent; animation: sdc-spin 0.8s linear infinite;
  }
  @keyframes sdc-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
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
  /* Payment */
  .payment-card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 16px 20px; margin: 0 0 24px; background: var(--_surface); box-shadow: var(--_shadow); }
  .payment-card__list { margin: 0; }
  .payment-card__list > div { display: flex; justify-content: space-between; gap: 16px; padding: 8px 0; border-bottom: 1px solid var(--_border); }
  .payment-card__list > div:last-child { border-bottom: 0; }
  .payment-card__list dt { font-weight: 600; }
  .payment-card__list dd { margin: 0; text-align: right; }
  .payment-card__total dt, .payment-card__total dd { font-size: 1.25rem; font-weight: 700; }
  .payment-choices { display: grid; gap: 16px; margin: 0 0 16px; }
  @media (min-width: 768px) { .payment-choices { grid-template-columns: 1fr 1fr; } }
  .payment-choice .btn { width: 100%; }
  .payment-choice .hint { margin-top: 8px; }
  .payment .btn-link { padding-left: 0; }
  .mono { font-family: var(--_font-mono); }
  /* Confirmation */
  .confirmation__panel { padding: 24px; margin: 0 0 24px; border-radius: var(--_radius); background: var(--_success-soft); border-left: 6px solid var(--_success); }
  .confirmation__lead { font-size: 1.25rem; font-weight: 600; }
  .confirmation__facts { margin: 0; display: grid; gap: 8px; }
  .confirmation__facts > div { display: flex; flex-wrap: wrap; gap: 4px 12px; }
  .confirmation__facts dt { font-weight: 600; }
  .confirmation__facts dd { margin: 0; overflow-wrap: anywhere; }
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
