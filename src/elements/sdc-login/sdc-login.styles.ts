import { css } from 'lit';

/**
 * The header control as an anonymous visitor sees it (the signed-in menu's rules are in
 * ./signed-in.styles.ts, loaded with it). Only `sdc-` classes, scoped under the tag; Bootstrap Italia
 * styles `btn` where the page has it.
 */
export const loginStyles = css`
  :where(sdc-login) .sdc-login { position: relative; display: inline-flex; align-items: center; gap: 8px; }
  :where(sdc-login) .sdc-login__link {
    display: inline-flex; align-items: center; gap: 8px; min-height: 44px; padding: 6px 16px 6px 6px; border-radius: 4px; white-space: nowrap;
  }
  /* While the signed-in menu loads: the same box, not a link (the citizen is already signed in). */
  :where(sdc-login) .sdc-login__link[aria-disabled='true'] { cursor: progress; opacity: 0.75; }
  :where(sdc-login) .sdc-login__icon {
    display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; border-radius: 50%;
    background: #fff; color: var(--_sdc-primary); flex: none; margin: 0;
  }
  :where(sdc-login) .sdc-login__icon svg { fill: currentColor; }
  /* On narrow headers only "Accedi" shows; the link's accessible name stays "Accedi all'area personale". */
  @media (max-width: 767px) {
    :where(sdc-login) .sdc-login__rest {
      position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }
  }
  :where(sdc-login) .sdc-login__note { font-size: 0.8rem; color: inherit; }
  :where(sdc-login) .sdc-login__retry { min-height: 44px; white-space: nowrap; }
`;
