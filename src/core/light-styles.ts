import type { CSSResult } from 'lit';

const adopted = new WeakSet<CSSResult>();

/**
 * Light-DOM elements (catalogue, service card, login) cannot use a shadow root: the PNRR checker
 * reads only the light DOM. Their stylesheet is adopted once by the document, with every selector
 * scoped under the element's tag (and `:where()` to keep specificity at zero so the page's
 * Bootstrap Italia rules still win), so nothing leaks to the rest of the page.
 */
export function adoptLightStyles(styles: CSSResult): void {
  if (typeof document === 'undefined' || adopted.has(styles)) return;
  adopted.add(styles);
  const sheet = styles.styleSheet;
  if (sheet) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const el = document.createElement('style');
    el.textContent = styles.cssText;
    document.head.append(el);
  }
}

/** True when the page already ships Bootstrap Italia (its CSS defines `--bs-primary` on `:root`). */
export function pageHasBootstrapItalia(): boolean {
  if (typeof document === 'undefined') return false;
  return getComputedStyle(document.documentElement).getPropertyValue('--bs-primary').trim() !== '';
}
