import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/** Tags refused in this task, by "kept version → ignored version", printed together (see `report`). */
const refused = new Map<string, { kept: string; ignored: string; tags: string[] }>();

function report(tag: string, kept: string, ignored: string): void {
  const key = `${kept}\n${ignored}`;
  const group = refused.get(key) ?? { kept, ignored, tags: [] };
  group.tags.push(tag);
  if (refused.size === 0) queueMicrotask(flush);
  refused.set(key, group);
}

/**
 * One console line per pair of copies, not one per element: a second copy of the kit refuses all of
 * its ~15 tags in the same task, and fifteen identical warnings hide the one fact an editor needs.
 */
function flush(): void {
  for (const { kept, ignored, tags } of refused.values()) {
    const same = kept === ignored;
    console.warn(
      `[sdc-widgets] ${tags.length === 1 ? `<${tags[0]}> is` : `${tags.length} elements are`} already defined by sdc-widgets ${kept}` +
        (same ? ' (the kit is loaded twice on this page: remove one script tag)' : '') +
        `; keeping ${tags.length === 1 ? 'it' : 'them'} and ignoring version ${ignored}` +
        (tags.length === 1 ? '.' : `: ${tags.map((t) => `<${t}>`).join(', ')}.`),
    );
  }
  refused.clear();
}

/**
 * Registers a tag only when it is free. A CMS page may load the kit twice (a theme and a plugin,
 * each with its own copy): throwing there would break the whole page, so we warn (once for all the
 * tags refused together) and keep the first. Safe to import in Node/SSR, where there is no registry.
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
  report(tag, existing.version ?? 'unknown version', ctor.version ?? VERSION);
}
