import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { RenderNode } from '../../forms/index.js';

/** Nodes per run; a list is cut into runs only when it is longer than two runs. */
export const RUN_SIZE = 20;

/**
 * A long list of sibling nodes (a step of hundreds of fields) drawn in runs of `RUN_SIZE`, each a
 * `.field-run` that the browser skips while it is off screen (`content-visibility: auto` in
 * fields.styles.ts): a keystroke then repaints and re-layerizes the runs on screen, not 800 fields.
 * Skipped content stays in the accessibility tree, in find-in-page and focusable (an error summary
 * link still reaches a far field). Runs are cut by position among all nodes, hidden ones included,
 * so a field that appears or goes never moves the others to another run (their DOM stays put); a run
 * with nothing to show is not drawn. Shorter lists render as before, with no wrapper.
 */
export function inRuns(nodes: RenderNode[], draw: (n: RenderNode) => unknown): unknown[] {
  if (nodes.length <= RUN_SIZE * 2) return nodes.map(draw);
  const out: Array<TemplateResult | typeof nothing> = [];
  for (let i = 0; i < nodes.length; i += RUN_SIZE) {
    const run = nodes.slice(i, i + RUN_SIZE);
    const shown = run.filter((n) => n.visible && !(n.kind === 'field' && n.control === 'hidden')).length;
    // The placeholder height of a skipped run before it was ever drawn (then the browser remembers its real one).
    out.push(shown ? html`<div class="field-run" style=${styleMap({ '--run-nodes': String(shown) })}>${run.map(draw)}</div>` : nothing);
  }
  return out;
}
