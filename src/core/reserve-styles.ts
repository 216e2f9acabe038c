/**
 * Space reserved for the kit's elements before they are defined (issue 15, "No layout shift").
 *
 * Until its module has loaded, `<sdc-feedback>` is an empty inline element: the page paints without
 * it, then the block appears and pushes the footer down (Lighthouse CLS 0.35 on a PNRR-checked page).
 * A tiny `:not(:defined)` sheet gives each tag `display: block` and its typical height, so the page
 * paints with the space already there. The loader (dist/cdn) adopts it before it fetches any element's
 * chunk; a page that loads the kit late can paste the same CSS (README, "Pagine dell'ente") in its
 * `<head>`. The same sheet keeps those heights on the light-DOM skeletons until the content arrives. Plain strings, no Lit: the loader imports this without pulling Lit in.
 */

/** A tag's typical height on phones and from 768px up, as measured on the demo (scripts/cls.mjs). */
export interface Reserve {
  readonly tag: string;
  readonly phone: string;
  readonly wide: string;
  /** `display` before definition (the login sits inline in a header). */
  readonly display?: 'block' | 'inline-block';
  /**
   * For a light-DOM element whose skeleton (or, for the feedback, whose block) keeps the reserved
   * height until its content arrives: the selector that matches it then. Otherwise the page would
   * paint the reserve, then a shorter skeleton, then the content, and the footer would move twice.
   */
  readonly keep?: string;
}

/**
 * Pages (a service card, the catalogue, the area personale) reserve a viewport: their content is
 * taller, so the footer starts below the fold and nothing visible moves when it arrives.
 * The feedback block is the tallest it draws before a star is chosen (title and stars: 200px / 136px
 * with Bootstrap Italia, up to 216px / 168px with the kit's own look).
 */
export const RESERVES: readonly Reserve[] = [
  { tag: 'sdc-service-card', phone: '100vh', wide: '100vh', keep: 'sdc-service-card:not([variant="compact"]):has(> .sdc-state--loading)' },
  { tag: 'sdc-service-list', phone: '100vh', wide: '100vh', keep: 'sdc-service-list:has(.sdc-skeleton)' },
  { tag: 'sdc-feedback', phone: '216px', wide: '168px', keep: 'sdc-feedback' },
  { tag: 'sdc-login', phone: '0', wide: '0', display: 'inline-block' },
  { tag: 'sdc-pratica-wizard', phone: '32rem', wide: '28rem' },
  { tag: 'sdc-area-personale', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-pratiche-list', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-pratica-detail', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-payments-list', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-messages-inbox', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-message-thread', phone: '24rem', wide: '24rem' },
  { tag: 'sdc-payment-panel', phone: '20rem', wide: '16rem' },
  { tag: 'sdc-profile', phone: '100vh', wide: '100vh' },
  { tag: 'sdc-meetings-list', phone: '16rem', wide: '16rem' },
  { tag: 'sdc-appointment-booking', phone: '32rem', wide: '28rem' },
];

/**
 * The sheet for `tags` (default: all), inside `@layer sdc` so a page rule always wins. The heights
 * apply while a tag is `:not(:defined)`, and for the `keep` ones while their skeleton shows.
 */
export function reserveCss(tags?: readonly string[]): string {
  const list = RESERVES.filter((r) => !tags || tags.includes(r.tag));
  const rules = (h: 'phone' | 'wide', only: (r: Reserve) => boolean) => list.filter(only).flatMap((r) => [
    ...(r[h] === '0' ? [] : [`${r.tag}:not(:defined) { min-height: ${r[h]}; }`]),
    ...(r.keep ? [`${r.keep} { min-height: ${r[h]}; }`] : []),
  ]).join('\n');
  const compact = list.some((r) => r.tag === 'sdc-service-card')
    // The compact service card is a teaser, not a page.
    ? '\nsdc-service-card[variant="compact"]:not(:defined) { min-height: 12rem; }' : '';
  return `@layer sdc {
${list.map((r) => `${r.tag}:not(:defined) { display: ${r.display ?? 'block'}; }`).join('\n')}
${rules('phone', () => true)}${compact}
@media (min-width: 768px) {
${rules('wide', (r) => r.wide !== r.phone)}
}
}`;
}

/** Marks a document that has the sheet, across copies of the kit on one page (Symbol.for is global). */
const MARK = Symbol.for('sdc-widgets.reserve-space');

/**
 * Adopts the reserve sheet into `doc` once (a constructed sheet: no `<style>`, so a strict
 * `style-src` CSP allows it). Only for tags not defined yet: an element already drawn would only
 * grow to the reserve and push the page (the all-in-one bundle calls this after defining everything;
 * the lazy loader calls it before it fetches any element). A second call does nothing.
 */
export function reserveSpace(doc: Document): void {
  if (Reflect.get(doc, MARK)) return;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc) || !('replaceSync' in Sheet.prototype)) return;
  const registry = doc.defaultView?.customElements;
  const tags = RESERVES.map((r) => r.tag).filter((tag) => !registry?.get(tag));
  Reflect.set(doc, MARK, true);
  if (tags.length === 0) return;
  const sheet = new Sheet();
  sheet.replaceSync(reserveCss(tags));
  // First, so any sheet the page or the kit adopts later comes after it.
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
