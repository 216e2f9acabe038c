/**
 * `dist/cdn/sdc-widgets.all.js`: every element and the whole public API in one file, for pages that
 * prefer one request to the loader's lazy chunks (and for scripts that extend `SdcElement`).
 */
import { reserveSpace } from '../core/reserve-styles.js';

export * from '../index.js';

if (typeof document !== 'undefined') reserveSpace(document);
