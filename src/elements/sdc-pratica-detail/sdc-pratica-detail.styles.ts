import { css } from 'lit';

export const detailStyles = css`
  .back { display: inline-flex; align-items: center; gap: 4px; margin: 0 0 calc(var(--_space) * 2); font-weight: 600; }
  .head { display: grid; gap: var(--_space); margin: 0 0 calc(var(--_space) * 3); }
  .head h2 { margin: 0; }
  .head__kicker { margin: 0; font-size: 0.875rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--_muted); }
  .facts {
    display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: calc(var(--_space) * 2); margin: 0 0 calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
  }
  .facts .wide { grid-column: 1 / -1; }
  @media (min-width: 576px) { .facts { padding: calc(var(--_space) * 3); } }
  @media (min-width: 992px) { .facts { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
  .facts dt { font-size: 0.875rem; color: var(--_muted); }
  .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin: 0 0 calc(var(--_space) * 4); }
  section, .delegated { margin: 0 0 calc(var(--_space) * 5); }
  section > h3 { padding-bottom: var(--_space); border-bottom: 1px solid var(--_border); }
  section > h3:focus, .delegated:focus { outline: none; box-shadow: none; }
  .service-actions { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: var(--_space); }
  .summary-section { margin: 0 0 calc(var(--_space) * 3); }
  .summary-section h4 { margin: 0 0 var(--_space); }
  .summary { margin: 0; border-top: 1px solid var(--_border); }
  .summary .row { display: grid; grid-template-columns: 1fr; gap: 2px 16px; padding: 10px 0; border-bottom: 1px solid var(--_border); }
  @media (min-width: 768px) { .summary .row { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); } }
  .summary dt { font-weight: 600; }
  .summary dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  .summary .heading { font-weight: 700; padding: 14px 0 6px; border-bottom: 1px solid var(--_border); color: var(--_primary-dark); }
  .summary [data-depth='1'] { padding-left: 8px; }
  .summary [data-depth='2'] { padding-left: 16px; }
  .summary [data-depth='3'] { padding-left: 24px; }
  @media (min-width: 768px) {
    .summary [data-depth='1'] { padding-left: 16px; }
    .summary [data-depth='2'] { padding-left: 32px; }
    .summary [data-depth='3'] { padding-left: 48px; }
  }
  .files { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .file {
    display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_space);
    padding: calc(var(--_space) * 2); border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .file__name { font-weight: 600; overflow-wrap: anywhere; }
  .file__desc { display: block; color: var(--_muted); font-size: 0.875rem; font-weight: 400; }
  .file__error { flex-basis: 100%; }
  .timeline { list-style: none; margin: 0; padding: 0; }
  .timeline li { position: relative; padding: 0 0 calc(var(--_space) * 3) 32px; border-left: 2px solid var(--_border); margin-left: 8px; }
  .timeline li:last-child { border-left-color: transparent; padding-bottom: 0; }
  .timeline li::before {
    content: ''; position: absolute; left: -9px; top: 2px; width: 16px; height: 16px; border-radius: 50%;
    background: var(--_surface); border: 3px solid var(--_primary);
  }
  .timeline li.current::before { background: var(--_primary); }
  .timeline time { display: block; font-size: 0.875rem; color: var(--_muted); }
  .timeline .status { font-weight: 700; display: block; }
  .timeline .message { margin: 4px 0 0; }
  .timeline .current-label { font-weight: 400; color: var(--_muted); }
  .meetings { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .meeting { padding: calc(var(--_space) * 2); border: 1px solid var(--_border); border-radius: var(--_radius); display: grid; gap: 4px; }
  .meeting p { margin: 0; }
  .unavailable { color: var(--_muted); margin: 0; }
  dialog {
    width: min(560px, calc(100vw - 32px)); padding: calc(var(--_space) * 4); border: 0; border-radius: var(--_radius);
    box-shadow: var(--_shadow); color: var(--_text); font-family: var(--_font);
  }
  dialog::backdrop { background: rgb(0 0 0 / 55%); }
  dialog h2 { font-size: 1.5rem; }
  .dialog__buttons { display: flex; flex-wrap: wrap; gap: var(--_space); justify-content: flex-end; margin-top: calc(var(--_space) * 3); }
`;
