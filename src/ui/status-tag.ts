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
  .sdc-tag--neutral { color: #3d4955; background: var(--_neutral-soft, #ebeef0); }
  .sdc-tag--info { color: var(--_primary-dark, #004d99); background: var(--_primary-soft, #e5f0fa); }
  .sdc-tag--success { color: var(--sdc-color-success-text, #00603f); background: var(--_success-soft, #e6f2ee); }
  .sdc-tag--warning { color: var(--sdc-color-warning-text, #7a4700); background: var(--_warning-soft, #fff4e0); }
  .sdc-tag--danger { color: var(--sdc-color-danger-text, #a3263b); background: var(--_danger-soft, #faebee); }
`;
