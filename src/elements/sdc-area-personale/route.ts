/** Sections of the area personale and their hash routes. */
export type AreaSection = 'pratiche' | 'messaggi' | 'pagamenti' | 'appuntamenti' | 'profilo';

export interface AreaRoute {
  section: AreaSection;
  /** `#/pratiche/{id}`: one pratica. */
  praticaId?: string;
  /** `?sezione=` of a detail route. */
  detailSection?: string;
}

/**
 * `#/pratiche`, `#/pratiche/ID[?sezione=pagamenti]`, `#/pagamenti`, `#/appuntamenti`, `#/profilo` → route. Anything else
 * (no hash, a CMS page's own anchors such as `#main-container`) is the default section, so the element
 * never fights the host page over its hash.
 */
export function parseRoute(hash: string): AreaRoute {
  const h = hash.replace(/^#/, '');
  if (!h.startsWith('/')) return { section: 'pratiche' };
  const q = h.indexOf('?');
  const path = q < 0 ? h : h.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const [section = '', id] = path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  if (section === 'messaggi') return { section: 'messaggi' };
  if (section === 'pagamenti') return { section: 'pagamenti' };
  if (section === 'profilo') return { section: 'profilo' };
  if (section === 'appuntamenti') return { section: 'appuntamenti' };
  if (section === 'pratiche' && id) return { section: 'pratiche', praticaId: id, detailSection: params.get('sezione') ?? undefined };
  return { section: 'pratiche' };
}

export function isAreaHash(hash: string): boolean {
  return /^#\/(pratiche|messaggi|pagamenti|appuntamenti|profilo)(\/|\?|$)/.test(hash);
}
