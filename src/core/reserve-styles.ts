/**
 * Placeholder (issue 15): another branch ships the real `:not(:defined)` stylesheet that reserves
 * each element's space before its chunk arrives. The CDN loader calls it once per document.
 */
export function reserveSpace(_doc: Document): void {}
