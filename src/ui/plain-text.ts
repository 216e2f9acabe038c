/**
 * Plain text from backend HTML (a card excerpt, a list summary, a JSON-LD description), without
 * the sanitizer: a `DOMParser` document has no browsing context, so nothing in it runs or loads (no
 * script, no `onerror`, no image fetch), and only its text leaves it, rendered by Lit as a text node.
 * This keeps the sanitizer out of the pages that show no rich text (issue 15).
 */
const cache = new Map<string, string>();
const CACHE_SIZE = 500;

/** Text that is code or metadata, not content: dropped, as the sanitizer used to drop it. */
const NOT_TEXT = 'script, style, template, noscript, iframe, object, embed, svg, math, title';

export function plainText(html: string | null | undefined): string {
  if (!html) return '';
  const hit = cache.get(html);
  if (hit !== undefined) return hit;
  let text: string;
  if (typeof DOMParser === 'undefined') {
    text = html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, '');
  } else {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll(NOT_TEXT).forEach((n) => n.remove());
    text = doc.body.textContent ?? '';
  }
  text = text.replace(/\s+/g, ' ').trim();
  remember(cache, html, text);
  return text;
}

/** A bounded cache: a long session reading many pratiche must not keep every text forever. */
export function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= CACHE_SIZE) map.delete(map.keys().next().value as string);
  map.set(key, value);
}
