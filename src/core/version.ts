/**
 * Replaced at build time by package.json's `version` (vite.config.ts `define`; the test runner defines
 * it too). Where the sources run unbuilt (Node, SSR, Storybook) it is not defined at all.
 */
declare const __SDC_VERSION__: string | undefined;

/** The kit's version, stamped on every element class so a double load can be diagnosed. */
export const VERSION: string = typeof __SDC_VERSION__ === 'string' ? __SDC_VERSION__ : '0.0.0-dev';
