import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * The pagoPA QR code of a notice as an inline SVG (pa-domain.md §1.3: ISO 18004, version 4,
 * error correction M). Drawn from `uqr`'s module matrix with a Lit template rather than
 * `renderSVG()`'s string, so nothing is injected as raw HTML (ARCHITECTURE.md §7).
 * The modules become one path (one `h1v1h-1z` square per dark module): small DOM, crisp at any size.
 */
export function qrModules(payload: string): boolean[][] {
  return encode(payload, { ecc: 'M', minVersion: 4, border: 2 }).data;
}

export function renderQr(payload: string, labelId: string): TemplateResult {
  const data = qrModules(payload);
  const size = data.length;
  let d = '';
  for (let y = 0; y < size; y++) {
    const row = data[y]!;
    for (let x = 0; x < size; x++) if (row[x]) d += `M${x} ${y}h1v1h-1z`;
  }
  return html`<svg class="qr" part="qr" viewBox="0 0 ${size} ${size}" role="img" aria-labelledby=${labelId}
      shape-rendering="crispEdges" data-payload=${payload}>
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
