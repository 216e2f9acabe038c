/**
 * Shared by the reliability suite: every element with the data it shows, a walk through light DOM and
 * every shadow root, the checks for unsanitized nodes, and a response rewriter that runs the real mock
 * handlers and then mutates their JSON (so "every string the backend sends" stays true as the mock grows).
 */
import { fixture } from '@open-wc/testing';
import { getResponse, http, HttpResponse, type HttpHandler } from 'msw';
import { handlers } from '../../mocks/handlers/index.js';
import { PRATICA, SERVICE } from '../../mocks/state.js';
import { BASE } from '../support/mock.js';

import '../../src/elements/sdc-provider/define.js';
import '../../src/elements/sdc-service-list/define.js';
import '../../src/elements/sdc-service-card/define.js';
import '../../src/elements/sdc-login/define.js';
import '../../src/elements/sdc-feedback/define.js';
import '../../src/elements/sdc-pratica-wizard/define.js';
import '../../src/elements/sdc-area-personale/define.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-payment-panel/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import '../../src/elements/sdc-profile/define.js';
import '../../src/elements/sdc-appointment-booking/define.js';
import '../../src/elements/sdc-meetings-list/define.js';
import '../../src/elements/sdc-messages-inbox/define.js';

export interface ElementCase {
  tag: string;
  attrs: Record<string, string>;
  /** Needs a logged-in citizen (giulia). */
  login: boolean;
}

/** Every public element that shows backend data, with attributes that make it show a lot of it. */
export const ELEMENTS: ElementCase[] = [
  { tag: 'sdc-service-list', attrs: { 'no-url-sync': '' }, login: false },
  { tag: 'sdc-service-card', attrs: { 'service-id': SERVICE.mensaIscrizione, 'no-feedback': '' }, login: false },
  { tag: 'sdc-login', attrs: {}, login: true },
  { tag: 'sdc-pratica-wizard', attrs: { 'service-id': SERVICE.biblioteca, 'no-history': '' }, login: true },
  { tag: 'sdc-area-personale', attrs: {}, login: true },
  { tag: 'sdc-pratiche-list', attrs: { 'url-sync': 'none' }, login: true },
  { tag: 'sdc-pratica-detail', attrs: { 'pratica-id': PRATICA.giuliaMensa }, login: true },
  { tag: 'sdc-payments-list', attrs: { 'url-sync': 'none' }, login: true },
  { tag: 'sdc-payment-panel', attrs: { 'pratica-id': PRATICA.giuliaAccessoAtti }, login: true },
  { tag: 'sdc-message-thread', attrs: { 'pratica-id': PRATICA.giuliaMensa, 'poll-interval': '0' }, login: true },
  { tag: 'sdc-profile', attrs: {}, login: true },
  // No calendar chosen: the element lists the offices' calendars by name.
  { tag: 'sdc-appointment-booking', attrs: {}, login: true },
  { tag: 'sdc-meetings-list', attrs: {}, login: true },
];

// Walks through light DOM and every shadow root: one copy, in the shared DOM harness.
export { deepElements, deepText } from '../support/dom.js';
import { deepElements, deepText, loaded, settled as rendered } from '../support/dom.js';

const DANGEROUS_TAGS = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'NOSCRIPT', 'MATH', 'FOREIGNOBJECT', 'ANIMATE', 'SET', 'PORTAL', 'ISINDEX', 'KEYGEN', 'MARQUEE']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'ping'];
const BAD_URL = /^[\s\u0000-\u001f]*(j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|vbscript|data:(?!image\/(png|gif|jpe?g|webp);))/i;

/**
 * Nodes that should never come out of backend data: script-capable elements, `on*` attributes,
 * script URLs, and backend CSS (`<style>` elements, or `style` attributes carrying the payloads).
 * The kit's own inline `style="--span:6"` / skeleton widths are not backend CSS and pass.
 */
export function unsafeNodes(root: ParentNode): string[] {
  const found: string[] = [];
  const where = (el: Element) => `<${el.tagName.toLowerCase()}> in <${(el.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? 'document'}>`;
  for (const el of deepElements(root)) {
    // The kit's own JSON-LD (service card, for search engines) is data, not script: it must stay valid JSON.
    if (el.tagName === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json') {
      try { JSON.parse(el.textContent ?? ''); } catch { found.push(`${where(el)} JSON-LD that is not JSON (broken out?)`); }
      continue;
    }
    if (DANGEROUS_TAGS.has(el.tagName.toUpperCase())) found.push(`${where(el)} element`);
    if (el.tagName === 'STYLE') found.push(`${where(el)} <style> element: ${el.textContent?.slice(0, 60)}`);
    if (el.tagName === 'IMG' && !/^(data:image\/|blob:|https?:|\/)/.test(el.getAttribute('src') ?? '')) found.push(`${where(el)} img src=${el.getAttribute('src')}`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${where(el)} ${a.name}="${a.value.slice(0, 60)}"`);
      if (URL_ATTRS.includes(a.name.toLowerCase()) && BAD_URL.test(a.value)) found.push(`${where(el)} ${a.name}="${a.value.slice(0, 60)}"`);
      if (a.name === 'style' && /xss|url\(|expression|behavior|position\s*:\s*fixed|display\s*:\s*none|z-index/i.test(a.value)) found.push(`${where(el)} style="${a.value.slice(0, 60)}"`);
      if (a.name === 'srcdoc' || a.name === 'autofocus' && /sonda/.test(el.outerHTML)) found.push(`${where(el)} ${a.name}`);
    }
  }
  return found;
}

/** Mounts `<tag base-url=/lang …attrs>` and waits until it leaves its loading state. */
export async function mount(c: Pick<ElementCase, 'tag' | 'attrs'>, timeout = 10000): Promise<HTMLElement> {
  const node = document.createElement(c.tag);
  node.setAttribute('base-url', BASE);
  for (const [k, v] of Object.entries(c.attrs)) node.setAttribute(k, v);
  const el = await fixture<HTMLElement>(node);
  await settled(el, timeout);
  return el;
}

/** No loading skeleton left anywhere inside (elements nest others: area personale → pratiche list). */
export async function settled(el: HTMLElement, timeout = 10000): Promise<void> {
  await loaded(el, timeout);
  await rendered(el);
}

/** The element's error state, if shown: `[role=alert]` with a "Riprova" button. */
export function errorState(el: HTMLElement): { text: string; retry?: HTMLButtonElement } | undefined {
  for (const n of deepElements(el)) {
    if (n.matches('.sdc-state--error, [role="alert"]')) {
      const retry = [...deepElements(n)].find((b): b is HTMLButtonElement => b.tagName === 'BUTTON' && /Riprova|Ricarica|Riprovare/i.test(b.textContent ?? ''))
        ?? [...n.querySelectorAll('button')].find((b) => /Riprova/i.test(b.textContent ?? ''));
      const text = deepText(n).trim();
      if (text) return { text, retry };
    }
  }
  return undefined;
}

/**
 * A handler for `path` (all methods) that asks the real mock handlers for their response and hands the
 * parsed JSON to `rewrite`. Non-JSON responses pass through untouched.
 */
export function rewriteJson(path: string, rewrite: (json: unknown, request: Request) => unknown, contentType?: string): HttpHandler {
  return http.all(`*${path}`, async ({ request }) => {
    const res = await getResponse(handlers, request.clone());
    if (!res) return undefined;
    if (!(res.headers.get('content-type') ?? '').includes('json') || res.status === 204) return res;
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return new HttpResponse(text, { status: res.status, headers: res.headers });
    }
    const out = rewrite(json, request);
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    if (contentType) headers.set('content-type', contentType);
    return new HttpResponse(typeof out === 'string' ? out : JSON.stringify(out), { status: res.status, headers });
  });
}

/** Same as `rewriteJson` but for the raw response: lets a test replace the body entirely. */
export function replaceBody(path: string, body: BodyInit, init: ResponseInit, method: 'get' | 'all' = 'get'): HttpHandler {
  return http[method](`*${path}`, () => new HttpResponse(body, init));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKENISH = /^[A-Za-z0-9_.:\-/+@]*$/;
/** Keys whose values are identifiers or machine values even when they contain spaces. */
const MACHINE_KEYS = /^(id|uuid|.*_id|.*_ids|status|.*_status|type|.*_type|locale|lang|mime_type|content_type|currency|iuv|iud|notice_code|token|hash|.*_hash|.*_at|date|.*_date|time|from_time|to_time|start_time|end_time|slot|opening_hour|version|key|input|tableView|format|widget|.*_code|code|codice_fiscale|fiscal_code|tax_code|cap|postal_code|.*_url|url|link|href|uri|self|next|prev|first|last|email|.*email.*|phone|telefono|cellulare|mobile_phone|amount|.*_amount|identifier|slug|protocol.*|role|username|idp|spid.*|authentication.*|payment_required|conditional|when|eq|show|json|validate|logic|data_nascita|natoAIl|birth.*|sesso|gender|provincia.*|county|stato.*|country)$/i;

/**
 * Appends `payload` to every human-readable string of a JSON value (names, labels, texts, causali,
 * file names, messages) and leaves machine values (ids, codes, dates, URLs, statuses) alone so the
 * adapters still accept the response.
 */
export function poisonStrings(json: unknown, payload: string, key = ''): unknown {
  if (typeof json === 'string') {
    if (MACHINE_KEYS.test(key) || UUID.test(json) || ISO_DATE.test(json)) return json;
    if (TOKENISH.test(json) && !/^(name|nome|cognome|title|label|description|reason|message|subject|original_name|originalName|filename|file_name|short_description|placeholder|tooltip|content|html|text|legend|causale|motivation.*)$/i.test(key)) return json;
    return `${json} ${payload}`;
  }
  if (Array.isArray(json)) return json.map((v) => poisonStrings(v, payload, key));
  if (json && typeof json === 'object') {
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, poisonStrings(v, payload, k)]));
  }
  return json;
}

/** Replaces link-like strings (`link`, `url`, `href`) with a script URL. */
export function poisonLinks(json: unknown, url: string, key = ''): unknown {
  if (typeof json === 'string') return /^(link|href|external_card_url|more_info_url|videoconference_link|booking_call_to_action)$/i.test(key) ? url : json;
  if (Array.isArray(json)) return json.map((v) => poisonLinks(v, url, key));
  if (json && typeof json === 'object') return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, poisonLinks(v, url, k)]));
  return json;
}

/** Records uncaught errors and unhandled rejections while a test runs. */
export class ErrorWatch {
  readonly errors: string[] = [];
  readonly #onError = (e: ErrorEvent) => {
    // Resource load errors (an <img src=x>) are not exceptions; they bubble only with capture.
    this.errors.push(`error: ${e.message || (e.error as Error | undefined)?.message || e.type}`);
  };
  readonly #onRejection = (e: PromiseRejectionEvent) => {
    this.errors.push(`unhandledrejection: ${(e.reason as Error | undefined)?.message ?? String(e.reason)}`);
  };
  start(): this {
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
    return this;
  }
  stop(): string[] {
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
    return this.errors;
  }
}
