import type { Config, DOMPurify } from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { nothing } from 'lit';
import { notifyContentChange } from '../i18n/messages.js';
import { plainText, remember } from './plain-text.js';

// Plain text needs no sanitizer: import it from './plain-text.js' (re-exported here for old callers).
export { plainText } from './plain-text.js';

/*
 * Backend HTML (service texts, operator messages) is rich text, not a page: keep formatting and links,
 * drop anything that can run code, restyle the host page, or submit data (ARCHITECTURE §7).
 *
 * Two engines apply the one allowlist below (issue 15):
 * - where the browser has the HTML Sanitizer API (Chrome/Edge, Firefox), its SAFE parse (`setHTML`,
 *   which never keeps script, handlers or `javascript:` URLs) into an inert document, then a walk that
 *   copies only allowed elements and attributes into a fresh tree. No download.
 * - elsewhere (Safari), DOMPurify, fetched with `import()` as soon as this module loads, so it is
 *   usually in before the data. Until then a text reads as escaped plain text; when it arrives every
 *   element renders again (the i18n notifier, `notifyContentChange`).
 */

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'span', 'div', 'abbr', 'sub', 'sup',
];
/** Allowed attributes (on any allowed element, as DOMPurify's ALLOWED_ATTR) and the values each may take. */
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const ALLOWED_URI = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i;
const ANY = () => true;
const COUNT = (v: string) => /^\d{1,4}$/.test(v.trim());
// A Map, not an object literal: an attribute named `constructor` or `__proto__` must not find a check.
const ALLOWED_ATTR: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['href', (v: string) => ALLOWED_URI.test(v.replace(ATTR_WHITESPACE, ''))],
  ['title', ANY],
  ['abbr', ANY],
  ['lang', (v: string) => /^[a-z]{1,8}(?:-[a-z0-9]{1,8})*$/i.test(v)],
  ['colspan', COUNT],
  ['rowspan', COUNT],
  ['scope', (v: string) => /^(?:row|col|rowgroup|colgroup)$/i.test(v)],
]);
/**
 * Removed with their content: code, styles, metadata, embedded documents, foreign (SVG, MathML) markup,
 * form controls. Any other element that is not allowed is unwrapped: its text stays.
 */
const DROPPED = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'audio', 'video', 'canvas', 'svg', 'math', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'button', 'input', 'keygen', 'meter', 'progress', 'title', 'head', 'meta', 'link', 'base',
];

/**
 * The attributes of a kept element, the same on both engines: only allowed ones with a valid value, and
 * links that leave the ente's site open in a new tab without giving it `window.opener`.
 */
function finishAttributes(el: Element): void {
  for (const a of [...el.attributes]) {
    const valid = ALLOWED_ATTR.get(a.name);
    if (a.namespaceURI || !valid || !valid(a.value)) el.removeAttribute(a.name);
  }
  if (el.localName !== 'a') return;
  const href = el.getAttribute('href')?.replace(ATTR_WHITESPACE, '') ?? '';
  if (/^https?:/i.test(href)) {
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
}

// ---- Native engine: the HTML Sanitizer API -------------------------------------------------------

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const ALLOWED = new Set(ALLOWED_TAGS);
const DROP = new Set(DROPPED);

type SetHTML = (html: string, options: { sanitizer: unknown }) => void;
type SanitizerCtor = new (config: unknown) => unknown;

/** The browser's sanitizer with the drop list; everything else it keeps reaches the walk, which decides. */
let nativeSanitizer: unknown;
let inert: Document | undefined;

function detectNative(): boolean {
  if (typeof document === 'undefined' || typeof Element === 'undefined') return false;
  const Ctor = (globalThis as { Sanitizer?: SanitizerCtor }).Sanitizer;
  if (typeof Ctor !== 'function' || typeof (Element.prototype as { setHTML?: unknown }).setHTML !== 'function') return false;
  try {
    nativeSanitizer = new Ctor({
      removeElements: [...DROPPED, { name: 'svg', namespace: 'http://www.w3.org/2000/svg' }, { name: 'math', namespace: 'http://www.w3.org/1998/Math/MathML' }],
      // An allowlist of attributes, not a blocklist: Chromium 150 crashes the tab on `<x onstart=…>`
      // parsed with a blocklist (`removeAttributes`) config.
      // `target` and `rel` are ours (`finishAttributes`): the re-parse that checks the output keeps them.
      attributes: [...ALLOWED_ATTR.keys(), 'target', 'rel'],
      comments: false,
    });
    // A document without a browsing context: nothing parsed into it loads or runs.
    inert = document.implementation.createHTMLDocument('');
    parseSafely(inert.createElement('div'), '<p>x</p>');
    return true;
  } catch {
    // An older draft of the API (other config names): use DOMPurify.
    return false;
  }
}

/** The SAFE parse (never `setHTMLUnsafe`): script, handlers and `javascript:` URLs never exist here. */
function parseSafely(into: Element, html: string): void {
  (into as Element & { setHTML: SetHTML }).setHTML(html, { sanitizer: nativeSanitizer });
}

/** Copies `from`'s allowed content into `into`: allowed elements with allowed attributes, text, unwrapped content. */
function copyAllowed(from: Node, into: Node, doc: Document): void {
  for (let n = from.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE) {
      into.appendChild(doc.createTextNode((n as Text).data));
    } else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.namespaceURI !== HTML_NS || DROP.has(el.localName)) continue;
      if (!ALLOWED.has(el.localName)) {
        copyAllowed(el, into, doc);
        continue;
      }
      const out = doc.createElement(el.localName);
      for (const a of el.attributes) if (!a.namespaceURI && ALLOWED_ATTR.has(a.name)) out.setAttribute(a.name, a.value);
      finishAttributes(out);
      copyAllowed(el, out, doc);
      into.appendChild(out);
    }
    // Comments, processing instructions, CDATA: dropped.
  }
}

function sameChildren(a: Node, b: Node): boolean {
  const x = a.childNodes;
  const y = b.childNodes;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!x[i].isEqualNode(y[i])) return false;
  return true;
}

function nativeSanitize(html: string): string {
  const doc = inert!;
  const parsed = doc.createElement('div');
  parseSafely(parsed, html);
  let from: Node = parsed;
  // The string must parse back into the very tree that was checked. Unwrapping can make markup the
  // parser would shape differently (a block left inside a <p>, a link inside a link): re-parse it the
  // way Lit's unsafeHTML will (a <template>) and clean again until it is stable (once, in practice).
  for (let round = 0; round < 3; round++) {
    const clean = doc.createElement('div');
    copyAllowed(from, clean, doc);
    clean.normalize();
    const out = clean.innerHTML;
    const again = doc.createElement('template');
    parseSafely(again, out);
    if (sameChildren(clean, again.content)) return out;
    from = again.content;
  }
  return textOnly(html);
}

// ---- Fallback engine: DOMPurify, loaded on demand --------------------------------------------------

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: [...ALLOWED_ATTR.keys()],
  // Their values are checked by `finishAttributes`, not against the URI pattern (which would drop `colspan="2"`).
  ADD_URI_SAFE_ATTR: ['lang', 'colspan', 'rowspan', 'scope', 'abbr'],
  ADD_FORBID_CONTENTS: DROPPED,
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
};

// Sanitized once per text, not on every render of the message or card that shows it.
const cache = new Map<string, string>();

type PurifyModule = { default: DOMPurify };

/** Like the native engine, output that parses back into itself: sanitized again until it no longer changes. */
function purifyStable(p: DOMPurify, html: string): string {
  let out = p.sanitize(html, PURIFY_CONFIG);
  for (let round = 0; round < 3; round++) {
    const again = p.sanitize(out, PURIFY_CONFIG);
    if (again === out) return out;
    out = again;
  }
  return textOnly(html);
}
let native = detectNative();
let purify: DOMPurify | undefined;
let loading: Promise<void> | undefined;
let revision = 0;
let failures = 0;

function loadPurifier(load: () => Promise<PurifyModule> = () => import('dompurify')): Promise<void> {
  if (native || purify || typeof document === 'undefined') return Promise.resolve();
  if (loading) return loading;
  if (failures >= 3) return Promise.resolve();
  const job: Promise<void> = load().then(
    (m) => {
      if (loading !== job) return;
      // An own instance: the page's copy of DOMPurify (if any) keeps its hooks and we keep ours.
      const p = m.default(window);
      p.addHook('afterSanitizeAttributes', finishAttributes);
      purify = p;
      cache.clear();
      revision++;
      notifyContentChange();
    },
    (e: unknown) => {
      // Offline or a moved CDN folder: texts stay plain; the next renders try again (a few times).
      if (loading === job) loading = undefined;
      failures++;
      console.warn(e);
    },
  );
  loading = job;
  return job;
}

// Started at once: a page that imports this module shows rich text, and the data is still on its way.
void loadPurifier();

/** Plain text of `html`, escaped (safe in `unsafeHTML`): what shows while DOMPurify is on its way. */
function textOnly(html: string): string {
  // Blocks become words of their own ("<p>Uno</p><p>due</p>" reads "Uno due", not "Unodue").
  const text = plainText(html.replace(/<(?=\/?(?:p|div|br|li|h[1-6]|tr|td|th|blockquote|pre|hr|ul|ol|table)\b)/gi, ' <'));
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// ---- API -----------------------------------------------------------------------------------------

/**
 * Sanitized HTML string. Before the fallback sanitizer has arrived (and where there is no DOM, SSR) it
 * is the text without markup, escaped; `richTextRevision()` changes when rich text replaces it.
 */
export function sanitizeHtml(html: string | null | undefined): string {
  if (!html) return '';
  const hit = cache.get(html);
  if (hit !== undefined) return hit;
  let clean: string;
  if (native) clean = nativeSanitize(html);
  else if (purify) clean = purifyStable(purify, html);
  else {
    void loadPurifier();
    // Not cached: the rich version replaces it.
    return textOnly(html);
  }
  remember(cache, html, clean);
  return clean;
}

/**
 * Changes when `sanitizeHtml` starts answering differently for the same text (the fallback sanitizer
 * arrived): a cache of sanitized output keyed by the text adds it to its key.
 */
export function richTextRevision(): number {
  return revision;
}

/** Which engine answers now: the browser's sanitizer, DOMPurify, or escaped text while DOMPurify loads (and in SSR). */
export function sanitizerEngine(): 'native' | 'dompurify' | 'text' {
  return native ? 'native' : purify ? 'dompurify' : 'text';
}

/** Renders backend HTML safely in a Lit template: `${richText(service.comeFare)}`. */
export function richText(html: string | null | undefined) {
  const clean = sanitizeHtml(html);
  return clean ? unsafeHTML(clean) : nothing;
}

/**
 * Tests only: `false` forces the DOMPurify fallback (loaded by `load`, default the real import), `true`
 * returns to the native engine where the browser has one. Resolves when the fallback is in.
 * @internal
 */
export function setNativeSanitizer(on: boolean, load?: () => Promise<PurifyModule>): Promise<void> {
  native = on && detectNative();
  purify = undefined;
  loading = undefined;
  failures = 0;
  cache.clear();
  revision++;
  return loadPurifier(load);
}
