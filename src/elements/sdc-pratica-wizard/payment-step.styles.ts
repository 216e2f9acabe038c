import { css } from 'lit';

/** The pagoPA step: in the payment chunk, adopted by the wizard when it arrives (wizard-parts.ts). Tokens only. */
export const paymentStepStyles = css`
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
`;
