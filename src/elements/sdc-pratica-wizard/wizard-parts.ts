import type { RenderNode } from '../../forms/index.js';
import type * as JsonLogic from '../../forms/jsonlogic.js';
import { LazyPart } from './lazy-part.js';
import type { Loaded } from './wizard-loader.js';
import { FORM_PREFIX, type Position } from './wizard-navigator.js';
import { needsBolloStep, needsPayment, positionsOf } from './wizard-steps.js';

/**
 * What the first step does not need arrives later (issue 15), each part prefetched when the wizard
 * knows it will be needed, so the citizen never waits for it:
 * - `late`: Riepilogo, bollo and Conferma: on the last form step, as soon as the service asks for a
 *   marca da bollo, and at once for a pratica already sent;
 * - `payment`: the pagoPA step and its watcher, from the Riepilogo of a service paid at submission;
 * - `files`: the file question and its upload, with a form that has a file question;
 * - `logic`: the JSONLogic evaluator, for a form with `conditional.json` or `validate.json` rules
 *   (forms/logic.ts), asked for as soon as the form's definition arrives, while its nested forms load.
 */
export const parts = {
  late: new LazyPart('late-steps', () => import('./late-steps.js')),
  payment: new LazyPart('payment', () => import('./payment-step.js')),
  files: new LazyPart('files', () => import('./file-part.js')),
  logic: new LazyPart<typeof JsonLogic>('jsonlogic', () => import('../../forms/jsonlogic.js')),
};

export type PartName = keyof typeof parts;

/** The part a position's body is drawn with (a form step only when it shows a file question). */
export function partOf(pos: Position, stepNodes?: () => RenderNode[]): PartName | undefined {
  if (pos === 'riepilogo' || pos === 'bollo' || pos === 'conferma') return 'late';
  if (pos === 'pagamento') return 'payment';
  // The caller passes `stepNodes` only for a form with file questions (`Loaded.hasFiles`, nested forms included).
  if (pos.startsWith(FORM_PREFIX) && stepNodes && hasFileField(stepNodes())) return 'files';
  return undefined;
}

/** Starts the imports this position announces. */
export function prefetchFrom(l: Loaded, pos: Position): void {
  const positions = positionsOf(l);
  const next = positions[positions.indexOf(pos) + 1];
  if (l.hasFiles) void parts.files.prefetch();
  if (needsBolloStep(l) || next === 'riepilogo' || partOf(pos) === 'late' || pos === 'pagamento') void parts.late.prefetch();
  if (needsPayment(l) && (pos === 'riepilogo' || pos === 'bollo' || pos === 'pagamento')) void parts.payment.prefetch();
}

export function hasFileField(nodes: RenderNode[]): boolean {
  return nodes.some((n) => {
    if (!n.visible) return false;
    switch (n.kind) {
      case 'field': return n.control === 'file';
      case 'group': return hasFileField(n.children);
      case 'columns': return n.columns.some((c) => hasFileField(c.children));
      case 'grid': return n.rows.some((r) => hasFileField(r.children));
      default: return false;
    }
  });
}
