import { css } from 'lit';
import { base, controls, tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../ui/states.js';
import { alertStyles } from '../../ui/alert.js';
import { statusTagStyles } from '../../ui/status-tag.js';
import { stepperStyles } from '../../ui/stepper.js';
import { errorSummaryStyles } from '../../ui/error-summary.js';
import { fieldStyles } from '../../ui/fields/index.js';

export const bookingStyles = [
  tokens, base, controls, stateStyles, alertStyles, statusTagStyles, stepperStyles, errorSummaryStyles, fieldStyles,
  css`
    :host { max-width: 760px; }
    h2[data-step-heading] { margin-top: 8px; }
    fieldset { border: 0; padding: 0; margin: 0 0 24px; min-width: 0; }
    legend { font-weight: 700; font-size: 1.125rem; margin-bottom: 8px; padding: 0; }
    .choices .choice {
      display: flex; gap: 12px; align-items: flex-start; padding: 16px; margin-bottom: 8px; cursor: pointer; font-weight: 400;
      border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
    }
    .choices .choice:has(input:checked) { border-color: var(--_primary); box-shadow: inset 0 0 0 1px var(--_primary); background: var(--_primary-soft); }
    .choice input { margin-top: 3px; }
    .month-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
    .month-name { margin: 0; font-weight: 700; font-size: 1.25rem; text-transform: capitalize; }
    .first-available { margin: 0 0 12px; padding-inline: 0; min-height: 40px; }
    .day-grid { width: 100%; border-collapse: separate; border-spacing: 4px; table-layout: fixed; margin-bottom: 16px; }
    .day-grid th { font-size: 0.8rem; font-weight: 600; color: var(--_muted); text-transform: uppercase; padding: 4px 0; }
    .day-grid td { padding: 0; text-align: center; }
    .day {
      width: 100%; min-height: 44px; border: 1px solid transparent; border-radius: var(--_radius); background: transparent;
      color: var(--_muted); font: inherit; cursor: default;
    }
    .day--free { background: var(--_primary-soft); color: var(--_primary-dark); font-weight: 700; cursor: pointer; border-color: var(--_primary-soft); }
    .day--free:hover { border-color: var(--_primary); }
    .day[aria-pressed='true'] { background: var(--_primary); color: #fff; border-color: var(--_primary); }
    .day[aria-disabled='true'] { color: #767676; }
    .slot-list { display: grid; grid-template-columns: repeat(auto-fill, minmax(128px, 1fr)); gap: 8px; }
    .slot {
      display: flex; align-items: center; gap: 8px; min-height: 48px; padding: 8px 12px; cursor: pointer;
      border: 1px solid var(--_primary); border-radius: var(--_radius); color: var(--_primary-dark); font-weight: 600;
    }
    .slot:has(input:checked) { background: var(--_primary); color: #fff; }
    .slot:has(input:focus-visible) { box-shadow: var(--_focus-ring); }
    .held { padding: 8px 12px; background: var(--_warning-soft); border-radius: var(--_radius); }
    .count { margin: -16px 0 24px; color: var(--_muted); font-size: 0.875rem; }
    .count--over { color: var(--_danger); font-weight: 700; }
    .login-hint { padding: 12px 16px; background: var(--_surface-alt); border-radius: var(--_radius); }
    .actions { display: flex; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin-top: 32px; }
    .actions--start { justify-content: flex-start; }
    .summary { margin: 0 0 24px; border-top: 1px solid var(--_border); }
    .summary__row { display: grid; grid-template-columns: minmax(120px, 1fr) 2fr auto; gap: 8px 16px; padding: 12px 0; border-bottom: 1px solid var(--_border); }
    .summary dt { font-weight: 700; }
    .summary dd { margin: 0; }
    .summary__edit { text-align: right; }
    .done h2 { color: var(--_success); }
    @media (max-width: 576px) {
      .summary__row { grid-template-columns: 1fr auto; }
      .summary__row dd:not(.summary__edit) { grid-column: 1 / -1; grid-row: 2; }
      .day-grid { border-spacing: 2px; }
      .actions .btn { flex: 1 1 auto; }
    }
  `,
];
