import { html, css } from 'lit';

/** Tones of a status tag. Red (`danger`) is only for problems (ARCHITECTURE §5). */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A status as text and colour, never colour alone. */
export function statusTag(label: string, tone: Tone = 'neutral') {
  return html`<span class="sdc-tag sdc-tag--${tone}" part="status">${label}</span>`;
}

export const statusTagStyles = css`
  .sdc-tag {
    /* OpenCity labels run long ("Elaborata (in attesa di protocollazione…)"): wrap rather than overflow a phone. */
    display: inline-block; padding: 2px 10px; border-radius: 1em; border: 1px solid currentColor;
    font-size: 0.875rem; font-weight: 700; line-height: 1.5; max-width: 100%; overflow-wrap: anywhere;
  }
  .sdc-tag--neutral { color: var(--_neutral-text); background: var(--_neutral-soft); }
  .sdc-tag--info { color: var(--_primary-dark); background: var(--_primary-soft); }
  .sdc-tag--success { color: var(--_success-text); background: var(--_success-soft); }
  .sdc-tag--warning { color: var(--_warning-text); background: var(--_warning-soft); }
  .sdc-tag--danger { color: var(--_danger-text); background: var(--_danger-soft); }
`;
