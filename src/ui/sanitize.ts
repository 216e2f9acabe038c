import DOMPurify from 'dompurify';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { nothing } from 'lit';
import { remember } from './plain-text.js';

// Plain text needs no sanitizer: import it from './plain-text.js' (re-exported here for old callers).
export { plainText } from './plain-text.js';

// Backend HTML (service texts, operator messages) is rich text, not a page: keep formatting and
// links, drop anything that can run code, restyle the host page, or submit data (ARCHITECTURE §7).
const CONFIG = {
  ALLOWED_TAGS: [
    'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6',
    'blockquote', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'span', 'div', 'abbr', 'sub', 'sup',
  ],
  ALLOWED_ATTR: ['href', 'title', 'lang', 'colspan', 'rowspan', 'scope', 'abbr'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i,
};

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked && DOMPurify.isSupported) {
    hooked = true;
    // Links from the backend leave the ente's page: open them in a new tab, without giving it `window.opener`.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.getAttribute('href')) {
        const href = node.getAttribute('href') ?? '';
        if (/^https?:/i.test(href)) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        }
      }
    });
  }
  return DOMPurify;
}

// Sanitized once per text, not on every render of the message or card that shows it.
const cache = new Map<string, string>();

/** Sanitized HTML string. Where there is no DOM (SSR) returns the text with every tag stripped. */
export function sanitizeHtml(html: string | null | undefined): string {
  if (!html) return '';
  const hit = cache.get(html);
  if (hit !== undefined) return hit;
  const p = purifier();
  if (!p.isSupported) return html.replace(/<[^>]*>/g, '');
  const clean = p.sanitize(html, { ...CONFIG, ADD_ATTR: ['target', 'rel'] }) as string;
  remember(cache, html, clean);
  return clean;
}

/** Renders backend HTML safely in a Lit template: `${richText(service.comeFare)}`. */
export function richText(html: string | null | undefined) {
  const clean = sanitizeHtml(html);
  return clean ? unsafeHTML(clean) : nothing;
}
