import { css } from 'lit';

/** Layout of the payments panel: cards in the Bootstrap Italia "card" look, tokens only. */
export const panelStyles = css`
  .payments { display: grid; gap: calc(var(--_space) * 3); }
  .payment, .bollo-card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 2);
  }
  @media (min-width: 576px) { .payment, .bollo-card { padding: calc(var(--_space) * 3); } }
  .payment__head { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: var(--_space) calc(var(--_space) * 2); margin-bottom: calc(var(--_space) * 2); }
  .payment__title { margin: 0; font-size: 1.375rem; line-height: 1.25; font-weight: 600; }
  .payment__amount { font-size: 2rem; font-weight: 700; line-height: 1.1; margin: 0 0 calc(var(--_space) * 2); font-variant-numeric: tabular-nums; }
  .payment__amount small { display: block; font-size: 0.875rem; font-weight: 600; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; margin-bottom: 2px; }

  .facts { display: grid; grid-template-columns: 1fr; gap: calc(var(--_space) * 2) calc(var(--_space) * 3); margin: 0 0 calc(var(--_space) * 3); }
  .facts > div { min-width: 0; }
  .facts dt { font-size: 0.875rem; font-weight: 600; color: var(--_muted); margin: 0 0 2px; }
  .facts dd { margin: 0; overflow-wrap: anywhere; }
  @media (min-width: 576px) { .facts { grid-template-columns: repeat(2, minmax(0, 1fr)); } .facts .wide { grid-column: 1 / -1; } }

  .notice { display: flex; flex-wrap: wrap; align-items: center; gap: 4px calc(var(--_space) * 1.5); }
  .mono { font-family: var(--_font-mono); font-size: 1.0625rem; letter-spacing: 0.02em; white-space: nowrap; }

  .items { margin: 0 0 calc(var(--_space) * 3); }
  .items h4, .section-title { font-size: 1.125rem; font-weight: 600; margin: 0 0 var(--_space); }
  .items ul { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--_border); }
  .items li, .items .total { display: flex; justify-content: space-between; gap: calc(var(--_space) * 2); padding: var(--_space) 0; border-bottom: 1px solid var(--_border); }
  .items .total { font-weight: 700; border-bottom: none; }
  .items .label small { display: block; color: var(--_muted); font-size: 0.875rem; }
  .items .value { white-space: nowrap; font-variant-numeric: tabular-nums; }

  .ways { display: grid; gap: calc(var(--_space) * 3); grid-template-columns: 1fr; }
  @media (min-width: 768px) { .ways--two { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
  .way { border-top: 4px solid var(--_primary); background: var(--_surface-alt); border-radius: var(--_radius); padding: calc(var(--_space) * 2); }
  @media (min-width: 576px) { .way { padding: calc(var(--_space) * 2.5); } }
  .way p { margin-bottom: calc(var(--_space) * 2); }
  .way .btn { width: 100%; }
  @media (min-width: 576px) { .way .btn { width: auto; } }
  .qr-figure { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 2); align-items: center; margin: calc(var(--_space) * 2) 0 0; }
  .qr { width: 148px; height: 148px; flex: none; background: #fff; border: 1px solid var(--_border); }
  .qr-figure figcaption { flex: 1 1 180px; font-size: 0.9375rem; }
  .pagopa-link { display: inline-block; margin-top: var(--_space); font-size: 0.9375rem; }

  .actions { display: flex; flex-wrap: wrap; gap: calc(var(--_space) * 1.5); margin-top: calc(var(--_space) * 2); }
  .verify { margin-bottom: calc(var(--_space) * 2); }
  .verify .sdc-alert { margin-bottom: 0; }
  .spinner {
    display: inline-block; width: 1.1em; height: 1.1em; margin-right: var(--_space); vertical-align: -0.15em;
    border: 3px solid var(--_primary-soft); border-top-color: var(--_primary); border-radius: 50%;
    animation: sdc-spin 0.9s linear infinite;
  }
  @keyframes sdc-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }

  .bollo-card h3, .bollo-card h4 { margin-bottom: var(--_space); }
  .bollo-card form { max-width: 36rem; }
  .inline-fields { display: grid; gap: 0 calc(var(--_space) * 2); grid-template-columns: 1fr; }
  @media (min-width: 576px) { .inline-fields { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
  .check { display: flex; gap: calc(var(--_space) * 1.5); align-items: flex-start; margin-bottom: calc(var(--_space) * 3); }
  .check label { font-weight: 400; }
  .field--error, .check--error { border-left: 4px solid var(--_danger); padding-left: calc(var(--_space) * 1.5); }
  .error-summary { border: 4px solid var(--_danger); border-radius: var(--_radius); padding: calc(var(--_space) * 2); margin-bottom: calc(var(--_space) * 3); }
  .error-summary:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .error-summary p { font-weight: 700; margin: 0 0 var(--_space); }
  .error-summary ul { margin: 0; padding-left: 1.25rem; }
  .error-summary a { color: var(--_danger); font-weight: 600; }
  input.id-input { font-family: var(--_font-mono); letter-spacing: 0.05em; max-width: 20rem; }
  input.short { max-width: 12rem; }
`;
