import { css } from 'lit';

/**
 * Layout of the wizard (Modello Comuni: stepper, one column of questions, nav-steps bar). Tokens only.
 * The later steps' rules come with their parts (late-steps.styles.ts, payment-step.styles.ts: issue 15).
 */
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
`;
