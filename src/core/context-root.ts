import { ContextRoot } from '@lit/context';

let attached = false;

/**
 * Elements may be upgraded in any order: a consumer defined before `<sdc-provider>` fires its
 * context request while nobody listens. A ContextRoot on the document remembers such requests
 * and replays them when a provider appears (lit.dev "context" docs, "ContextRoot").
 */
export function ensureContextRoot(): void {
  if (attached || typeof document === 'undefined') return;
  attached = true;
  new ContextRoot().attach(document.documentElement);
}
