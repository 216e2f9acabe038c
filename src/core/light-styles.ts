import type { CSSResult } from 'lit';

const adopted = new WeakSet<CSSResult>();

/** The cascade layer of the kit's light-DOM CSS. Unlayered page CSS (the ente's theme) always beats it. */
export const LIGHT_LAYER = 'sdc';

/**
 * Light-DOM elements (catalogue, service card, login) cannot use a shadow root: the PNRR checker
 * reads only the light DOM. Their stylesheet is adopted once by the document, with every selector
 * scoped under the element's tag, so nothing leaks to the rest of the page, and inside
 * `@layer sdc`: any rule of the ente's theme wins over ours whatever its specificity, while the
 * page can still order it (`@layer sdc, theme;`).
 */
export function adoptLightStyles(styles: CSSResult): void {
  if (typeof document === 'undefined' || adopted.has(styles)) return;
  adopted.add(styles);
  const text = `@layer ${LIGHT_LAYER} {\n${styles.cssText}\n}`;
  const win = document.defaultView;
  if (win && 'adoptedStyleSheets' in document && 'replaceSync' in win.CSSStyleSheet.prototype) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const el = document.createElement('style');
    el.textContent = text;
    document.head.append(el);
  }
}

/** True when the page already ships Bootstrap Italia (its CSS defines `--bs-primary` on `:root`). */
export function pageHasBootstrapItalia(): boolean {
  if (typeof document === 'undefined') return false;
  return getComputedStyle(document.documentElement).getPropertyValue('--bs-primary').trim() !== '';
}
