/**
 * Shadow roots the kit creates are invisible to a MutationObserver on the document, so an element
 * rendered inside one (`<sdc-message-thread>` in the pratica detail) would never be seen by the CDN
 * loader. Each SdcElement announces its shadow root here; the loader (src/cdn/loader.ts) listens.
 * A global, not a module export: the loader and the element chunks may come from different copies
 * of the kit, and the loader imports nothing that the element chunks share.
 */
export const RENDER_ROOTS_KEY = 'sdc-widgets:render-roots';

type Listener = (root: ShadowRoot) => void;

export function announceRenderRoot(root: Element | ShadowRoot): void {
  if (!(root instanceof ShadowRoot)) return; // light-DOM elements live in the observed tree already
  const listeners = (globalThis as { [k: symbol]: Listener[] | undefined })[Symbol.for(RENDER_ROOTS_KEY)];
  listeners?.forEach((l) => l(root));
}
