/**
 * The kit's events and their `detail` types. Each element declares its own events by augmenting
 * this interface next to its class, so every event is declared exactly once:
 *
 *   declare module '../../core/events.js' {
 *     interface SdcEventMap { 'sdc-message-sent': { message: Message } }
 *   }
 *
 * `HTMLElementEventMap` is extended from it, so `el.addEventListener('sdc-message-sent', e => e.detail.message)`
 * is typed for page authors using TypeScript.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface SdcEventMap {
  /** A `<sdc-provider>` or element changed the session (login, logout, expiry). */
  'sdc-session-change': { state: string };
}

export type SdcEvents = { [K in keyof SdcEventMap]: CustomEvent<SdcEventMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends SdcEvents {}
}

/** Bubbles and crosses shadow roots, so a page listener on `document` hears events from nested elements. */
export function createSdcEvent<K extends keyof SdcEventMap>(
  name: K,
  detail: SdcEventMap[K],
  init: { cancelable?: boolean } = {},
): CustomEvent<SdcEventMap[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
}
