import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Registers a tag only when it is free. A CMS page may load the kit twice (a theme and a plugin,
 * each with its own copy): throwing there would break the whole page, so we warn and keep the first.
 * Safe to import in Node/SSR, where there is no registry.
 */
export function defineElement(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  console.warn(
    `[sdc-widgets] <${tag}> is already defined by sdc-widgets ${existing.version ?? 'unknown version'}; ` +
      `keeping it and ignoring version ${ctor.version ?? VERSION}.`,
  );
}
