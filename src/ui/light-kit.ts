import { css, unsafeCSS } from 'lit';
import type { ReactiveElement } from 'lit';
import { pageHasBootstrapItalia } from '../core/light-styles.js';
import { tokenDeclarations } from '../styles/token-table.js';

/**
 * What the four light-DOM elements (service list, service card, feedback, login) share.
 *
 * They render Bootstrap Italia markup (`btn btn-primary`, `card card-teaser`, `chip`, `breadcrumb`…)
 * because the PNRR checker reads the light DOM and counts Bootstrap Italia classes (pa-domain.md
 * §5.3, §5.6). When the page has Bootstrap Italia, its rules style them and ours stay out of the way.
 * When it does not, the host gets `data-sdc-standalone` and the fallback below styles those same
 * classes — but only inside our own tags, so nothing leaks into the page.
 * The whole sheet is adopted inside `@layer sdc` (`adoptLightStyles`): the ente's theme, unlayered,
 * wins over any rule here, so a page that styles `.btn` or `.card` keeps its look. What keeps the kit's
 * blocks from overlapping each other and the footer on any page is `box-sizing` on our own `sdc-`
 * classes and block display on the hosts; a page may still override them on purpose.
 */

/** Marks the host when the page has no Bootstrap Italia, so the fallback look applies. */
export function markStandalone(host: ReactiveElement): void {
  host.toggleAttribute('data-sdc-standalone', !pageHasBootstrapItalia());
}

const TAGS = 'sdc-service-list, sdc-service-card, sdc-feedback, sdc-login';
const HOST = unsafeCSS(`:where(${TAGS})`);
/** Inside a host without Bootstrap Italia. */
const S = unsafeCSS(`:where(${TAGS.split(', ').map((t) => `${t}[data-sdc-standalone]`).join(', ')})`);

export const lightKitStyles = css`
  ${HOST} {
    ${unsafeCSS(tokenDeclarations('_sdc-'))}
    display: block;
  }
  :where(sdc-login) { display: inline-block; }
  /* Structure, not look: a page rule such as div { box-sizing: content-box } must not make our blocks overflow
     into their neighbours. !important inside a layer beats the page's !important too. */
  ${HOST}, ${HOST} :where([class^='sdc-'], [class*=' sdc-']),
  ${HOST} :where([class^='sdc-'], [class*=' sdc-'])::before, ${HOST} :where([class^='sdc-'], [class*=' sdc-'])::after { box-sizing: border-box !important; }
  /* Our own rules set display on some parts: the hidden attribute must still win (feedback fieldsets). */
  ${HOST} [hidden] { display: none !important; }

  /* Comuni template focus ring (pa-domain.md §5.5): white gap + black ring, visible on any background. */
  ${HOST} :where(a, button, input, select, textarea, summary):focus-visible {
    outline: 3px solid transparent;
    box-shadow: var(--_sdc-focus-ring);
  }

  /* ---- Shared states (loading, empty, error) ----------------------------------------------- */
  ${HOST} .sdc-state { padding: 24px; border-radius: var(--_sdc-radius); background: var(--_sdc-surface-alt); margin: 0 0 24px; }
  ${HOST} .sdc-state__title { font-weight: 700; font-size: 1.125rem; margin: 0 0 8px; }
  ${HOST} .sdc-state__text { margin: 0 0 12px; }
  ${HOST} .sdc-state--error { background: var(--_sdc-danger-soft); border-left: 4px solid var(--_sdc-danger-text); }
  ${HOST} .sdc-state--loading { background: transparent; padding: 8px 0; }
  ${HOST} .sdc-skeleton {
    display: block; height: 1.1em; margin: 0 0 12px; border-radius: 4px;
    background: linear-gradient(90deg, #e8ebee 25%, #f4f6f8 50%, #e8ebee 75%) 0 0 / 200% 100%;
    animation: sdc-shimmer 1.4s ease-in-out infinite;
  }
  ${HOST} .sdc-skeleton--title { height: 2.2em; width: 70%; }
  @keyframes sdc-shimmer { to { background-position: -200% 0; } }
  @media (prefers-reduced-motion: reduce) { ${HOST} .sdc-skeleton { animation: none; } }

  /* Status tags: text and colour, never colour alone; red only for problems. */
  ${HOST} .sdc-tag {
    display: inline-flex; align-items: center; gap: 6px; padding: 2px 12px; border-radius: 999px;
    border: 1px solid currentColor; font-size: 0.875rem; font-weight: 600; line-height: 1.6; white-space: nowrap;
  }
  ${HOST} .sdc-tag--success { color: var(--_sdc-success-text); background: var(--_sdc-success-soft); }
  ${HOST} .sdc-tag--warning { color: var(--_sdc-warning-text); background: var(--_sdc-warning-soft); }
  ${HOST} .sdc-tag--neutral { color: var(--_sdc-neutral-text); background: var(--_sdc-neutral-soft); }
  ${HOST} .sdc-tag--danger { color: var(--_sdc-danger-text); background: var(--_sdc-danger-soft); }

  /* ---- Fallback for Bootstrap Italia classes, only without Bootstrap Italia ------------------ */
  ${S} { color: var(--_sdc-text); line-height: 1.5; }
  ${S} *, ${S} *::before, ${S} *::after { box-sizing: border-box; }
  ${S} a { color: var(--_sdc-primary); text-underline-offset: 2px; }
  ${S} a:hover { color: var(--_sdc-primary-dark); }
  ${S} .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; padding: 0 !important;
    margin: -1px !important; overflow: hidden !important; clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important; border: 0 !important;
  }
  ${S} .btn {
    text-transform: none; letter-spacing: normal; text-shadow: none;
    display: inline-flex; align-items: center; justify-content: center; gap: 8px;
    min-height: 48px; padding: 12px 24px; border: 2px solid var(--_sdc-primary); border-radius: var(--_sdc-radius);
    font: inherit; font-weight: 600; line-height: 1.2; text-decoration: none; cursor: pointer;
    background: transparent; color: var(--_sdc-primary);
  }
  ${S} .btn-primary { background: var(--_sdc-primary); color: #fff; }
  ${S} .btn-primary:hover { background: var(--_sdc-primary-dark); border-color: var(--_sdc-primary-dark); color: #fff; }
  ${S} .btn-outline-primary:hover { background: var(--_sdc-primary-soft); color: var(--_sdc-primary-dark); }
  ${S} .btn-link { border-color: transparent; text-decoration: underline; padding-inline: 8px; }
  ${S} .btn-sm { min-height: 40px; padding: 6px 16px; font-size: 0.875rem; }
  ${S} .btn[disabled], ${S} .btn[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }
  ${S} .card { position: relative; display: flex; flex-direction: column; background: var(--_sdc-surface); border-radius: var(--_sdc-radius); }
  ${S} .card.shadow, ${S} .card.shadow-sm { box-shadow: var(--_sdc-shadow); }
  ${S} .card-body { padding: 24px; }
  ${S} .card-title { font-size: 1.25rem; font-weight: 700; margin: 0 0 8px; }
  ${S} .card-text { margin: 0 0 8px; }
  ${S} .chip {
    display: inline-flex; align-items: center; min-height: 32px; padding: 0 14px; border: 1px solid var(--_sdc-primary);
    border-radius: 999px; color: var(--_sdc-primary); background: var(--_sdc-surface); text-decoration: none; font-size: 0.875rem; font-weight: 600;
  }
  ${S} .chip:hover { background: var(--_sdc-primary-soft); }
  ${S} .chip[aria-current='true'], ${S} .chip.chip-primary { background: var(--_sdc-primary); color: #fff; }
  ${S} .form-control {
    display: block; width: 100%; min-height: 48px; padding: 8px 12px; font: inherit; color: var(--_sdc-text);
    background: var(--_sdc-surface); border: 1px solid var(--_sdc-muted); border-radius: var(--_sdc-radius);
  }
  ${S} label { font-weight: 600; }
  ${S} .breadcrumb { display: flex; flex-wrap: wrap; gap: 4px 8px; list-style: none; padding: 0; margin: 0 0 24px; font-size: 0.95rem; }
  ${S} .breadcrumb-item .separator { margin-left: 8px; color: var(--_sdc-muted); }
  ${S} .breadcrumb-item.active { color: var(--_sdc-muted); }
  ${S} .link-list { list-style: none; padding: 0; margin: 0; }
  ${S} h1 { font-size: clamp(2rem, 1.4rem + 2.4vw, 2.5rem); line-height: 1.15; font-weight: 700; margin: 0 0 16px; }
  ${S} h2 { font-size: 1.75rem; line-height: 1.2; font-weight: 700; margin: 0 0 16px; }
  ${S} h3 { font-size: 1.25rem; line-height: 1.3; font-weight: 600; margin: 0 0 8px; }
  ${S} p { margin: 0 0 16px; }
  ${S} .text-muted, ${S} .text-secondary { color: var(--_sdc-muted); }
  ${S} .alert { padding: 16px 20px; margin: 0 0 16px; border: 1px solid; border-left-width: 6px; border-radius: var(--_sdc-radius); }
  ${S} .alert-warning { border-color: var(--_sdc-warning); background: var(--_sdc-warning-soft); }
  ${S} .alert-info { border-color: var(--_sdc-primary); background: var(--_sdc-primary-soft); }
  ${S} .alert-danger { border-color: var(--_sdc-danger); background: var(--_sdc-danger-soft); }
`;
