/**
 * Operators ask the citizen to act by pasting a link in the message body: "completa la pratica",
 * "paga", "prenota un appuntamento". A link buried in a paragraph is easy to miss, so the thread
 * lifts the links it recognises into buttons. Pure functions: no Lit, testable alone.
 *
 * Patterns are the URLs OpenCity itself produces (opencity-api.md §3.3 UI routes, §3.6 payment proxy
 * links, §3.7 booking) plus the usual pagoPA checkout hosts.
 */

export type ActionKind = 'pay' | 'notice' | 'integrate' | 'complete' | 'book' | 'view';

export interface ActionLink {
  kind: ActionKind;
  href: string;
  /** The text of the link in the message, for context. */
  text: string;
  /** Opens outside the current page's origin. */
  external: boolean;
  /** The backend's own label, for call-to-actions sent apart from the body. */
  label?: string;
}

const RULES: ReadonlyArray<[ActionKind, RegExp]> = [
  // The payment proxy's avviso PDF (`/notice/{payment_id}`), before the generic payment rules.
  ['notice', /\/notice\/[\w-]+|avviso[-_]?(di[-_])?pagamento|\/offline[-_]payment/i],
  // Proxy `/online-payment/{id}`, pagoPA checkout, or the pratica's payment page.
  ['pay', /\/online-payment\/|checkout\.pagopa\.it|\/pagopa\/checkout|\/pratiche\/[\w-]+\/payment|\/pagamenti?(\/|\?|$)|[?&]pay(ment)?=|\/paga(\/|\?|$)/i],
  // Integration requests (status 4100/4200) send the citizen to the pratica to add documents.
  ['integrate', /\/pratiche\/[\w-]+\/integra|integrazion/i],
  // Draft or pratica to complete: OpenCity's `pratiche/{id}/compila` (2.x) and `/edit`, the kit's wizard page.
  ['complete', /\/pratiche\/([\w-]+\/)?(compila|edit|draft)|\/richiesta(\.html)?\?|[?&](pratica|draft)=/i],
  // Booking: OpenCity's built-in bookings service, the meetings API, the kit's booking page.
  ['book', /\/prenota|\/bookings?(\/|\?|$)|\/meetings?(\/|\?|$)|\/appuntament|\/calendars\//i],
  // The pratica's own page (`{base}/{locale}/pratiche/{id}/detail`).
  ['view', /\/pratiche\/[\w-]+\/detail/i],
];

/** The kind of a link, or undefined for an ordinary link (documentation, a law, the ente's site). */
export function actionKindOf(href: string): ActionKind | undefined {
  if (!/^(https?:|\/)/i.test(href)) return undefined;
  for (const [kind, re] of RULES) if (re.test(href)) return kind;
  return undefined;
}

/**
 * The action links of a message body, in order, one per distinct URL. `html` must already be
 * sanitized (so `javascript:` and the like never get here); the parsing is inert (DOMParser runs no scripts).
 */
export function findActionLinks(html: string, pageOrigin: string = typeof location === 'undefined' ? '' : location.origin): ActionLink[] {
  if (!html || typeof DOMParser === 'undefined') return [];
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const seen = new Set<string>();
  const out: ActionLink[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const kind = actionKindOf(href);
    if (!kind || seen.has(href)) continue;
    seen.add(href);
    let external = false;
    try {
      external = new URL(href, pageOrigin || 'http://localhost').origin !== (pageOrigin || 'http://localhost');
    } catch {
      continue;
    }
    out.push({ kind, href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), external });
  }
  return out;
}
