import { css } from 'lit';

/**
 * Layout of the rating block. Scoped under the tag and at zero specificity (`:where`), so the
 * page's Bootstrap Italia / Comuni rules win where they exist and nothing leaks out.
 */
export const feedbackStyles = css`
  :where(sdc-feedback) .sdc-feedback { max-width: 720px; margin: 0 auto; }
  :where(sdc-feedback) .sdc-feedback__title { font-size: 1.5rem; line-height: 1.3; font-weight: 600; margin: 0 0 16px; }
  :where(sdc-feedback) fieldset { border: 0; padding: 0; margin: 0 0 24px; min-width: 0; }
  :where(sdc-feedback) .sdc-feedback__stars { display: flex; gap: 4px; }
  /* The radio stays in the accessibility tree and takes keyboard focus; the star is its label. */
  :where(sdc-feedback) .sdc-feedback__star-input {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; opacity: 0;
  }
  :where(sdc-feedback) .sdc-feedback__star {
    display: inline-flex; align-items: center; justify-content: center; width: 48px; height: 48px;
    border-radius: 4px; cursor: pointer; color: var(--_sdc-primary, #0066cc);
  }
  :where(sdc-feedback) .sdc-feedback__star svg { fill: transparent; stroke: currentColor; stroke-width: 1.5; }
  :where(sdc-feedback) .sdc-feedback__star.is-on svg { fill: currentColor; }
  /* Hover previews the rating: every star up to the pointer. */
  :where(sdc-feedback) .sdc-feedback__stars:hover .sdc-feedback__star svg { fill: currentColor; }
  :where(sdc-feedback) .sdc-feedback__star:hover ~ .sdc-feedback__star svg { fill: transparent; }
  :where(sdc-feedback) .sdc-feedback__star-input:focus-visible + .sdc-feedback__star {
    box-shadow: 0 0 0 3px #fff, 0 0 0 6px #000;
  }
  :where(sdc-feedback) .sdc-feedback__question { font-size: 1.125rem; line-height: 1.4; font-weight: 600; margin: 0 0 12px; padding: 0; float: none; width: auto; }
  :where(sdc-feedback) .sdc-feedback__answer {
    display: flex; align-items: center; gap: 12px; min-height: 48px; padding: 4px 0;
    border-bottom: 1px solid var(--_sdc-border, #c5c7c9);
  }
  :where(sdc-feedback[data-sdc-standalone]) .sdc-feedback__radio { width: 20px; height: 20px; margin: 0; accent-color: var(--_sdc-primary, #0066cc); flex: none; }
  :where(sdc-feedback[data-sdc-standalone]) .sdc-feedback__answer label { font-weight: 400; cursor: pointer; flex: 1; }
  :where(sdc-feedback) .sdc-feedback__details { display: grid; gap: 6px; margin: 0 0 24px; }
  :where(sdc-feedback) .sdc-feedback__details label { position: static; transform: none; font-size: 1rem; font-weight: 600; line-height: 1.4; }
  :where(sdc-feedback) .sdc-feedback__hint { color: var(--_sdc-muted, #5d7083); font-size: 0.875rem; }
  :where(sdc-feedback) .sdc-feedback__actions { display: flex; justify-content: flex-end; }
  :where(sdc-feedback) .sdc-feedback__thanks { font-size: 1.25rem; font-weight: 600; margin: 0; }
  :where(sdc-feedback) .sdc-feedback__thanks:focus { outline: none; }
`;
