import { css } from 'lit';

/** Cards, filter bar and definition rows shared by the area personale lists (pratiche, pagamenti). */
export const listStyles = css`
  .filters {
    display: grid; gap: calc(var(--_space) * 2); grid-template-columns: 1fr;
    padding: calc(var(--_space) * 2); margin: 0 0 calc(var(--_space) * 2);
    background: var(--_surface-alt); border-radius: var(--_radius); border: 0;
  }
  .filters legend { font-weight: 700; font-size: 1.125rem; padding: 0; margin: 0 0 var(--_space); float: left; width: 100%; }
  .filters .field { margin: 0; }
  .filters .reset { align-self: end; }
  @media (min-width: 768px) {
    .filters { grid-template-columns: repeat(3, minmax(0, 1fr)); }
    .filters.has-reset { grid-template-columns: repeat(3, minmax(0, 1fr)) auto; }
  }
  .results-status { font-weight: 600; margin: 0 0 calc(var(--_space) * 2); min-height: 1.5em; }
  .results-status:focus { outline: none; }
  .cards { list-style: none; margin: 0; padding: 0; display: grid; gap: calc(var(--_space) * 2); }
  .card {
    position: relative; display: grid; gap: var(--_space); padding: calc(var(--_space) * 3);
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }
  .card__top { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; justify-content: space-between; }
  .card__category { font-size: 0.875rem; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--_muted); margin: 0; }
  .card__title { font-size: 1.25rem; font-weight: 700; margin: 0; line-height: 1.3; }
  .card__title a { text-decoration: none; }
  .card__title a:hover { text-decoration: underline; }
  .meta { display: flex; flex-wrap: wrap; gap: 4px calc(var(--_space) * 3); margin: 0; }
  .meta div { display: flex; gap: 4px; }
  .meta dt { color: var(--_muted); font-weight: 400; }
  .meta dd { margin: 0; font-weight: 600; }
  .card__actions { display: flex; flex-wrap: wrap; gap: var(--_space); margin-top: var(--_space); }
  .amount { font-size: 1.5rem; font-weight: 700; margin: 0; }
`;
