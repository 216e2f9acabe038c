import { html, css, type TemplateResult } from 'lit';
import type { Tone } from './status-tag.js';

/**
 * A callout in the Bootstrap Italia "alert" style. `role` is `status` for confirmations
 * (announced politely) and `alert` for problems.
 */
export function renderAlert(tone: Exclude<Tone, 'neutral'>, content: TemplateResult | string, title?: string): TemplateResult {
  return html`<div class="sdc-alert sdc-alert--${tone}" role=${tone === 'danger' ? 'alert' : 'status'}>
    ${title ? html`<p class="sdc-alert__title">${title}</p>` : ''}
    <div>${content}</div>
  </div>`;
}

export const alertStyles = css`
  .sdc-alert { padding: 16px 20px; margin: 0 0 16px; border: 1px solid; border-left-width: 6px; border-radius: var(--_radius, 4px); background: var(--_surface, #fff); }
  .sdc-alert__title { font-weight: 700; margin: 0 0 4px; }
  .sdc-alert > div > :last-child { margin-bottom: 0; }
  .sdc-alert--info { border-color: var(--_primary, #0066cc); }
  .sdc-alert--success { border-color: var(--_success, #008055); }
  .sdc-alert--warning { border-color: var(--_warning, #995c00); }
  .sdc-alert--danger { border-color: var(--_danger, #cc334d); }
`;
