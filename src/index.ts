/**
 * sdc-widgets: registers every element. Import a single element instead with
 * `sdc-widgets/elements/<tag>` to download only what a page uses.
 */
export { SdcElement } from './core/sdc-element.js';
export { defineElement } from './core/define.js';
export { configContext, type SdcConfig } from './core/context.js';
export type { SdcEventMap } from './core/events.js';
export { VERSION } from './core/version.js';
export * from './i18n/index.js';

// Consumers are registered before the provider on purpose: the ContextRoot must make order irrelevant,
// and the built bundle's test proves it.
export { SdcProvider } from './elements/sdc-provider/sdc-provider.js';
import './elements/sdc-provider/define.js';
