/** Helpers for the simulator pages (plain DOM, no framework). */
import { enablePersistence, reloadTenant } from '../db.js';

/** Builds an element: `h('p', {class: 'x'}, 'text', child)`; text is always text, never HTML. */
export function h(tag: string, attrs: Record<string, string | boolean | ((e: Event) => void)> = {}, ...children: Array<Node | string | null | undefined | false>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function mount(...nodes: Node[]): void {
  const app = document.getElementById('app')!;
  app.replaceChildren(...nodes);
}

/** Loads the persisted demo tenant (the same one the msw handlers use). */
export function openTenant() {
  enablePersistence();
  return reloadTenant();
}

/** The tenant base of this page (`/lang` for `/lang/login`). */
export function tenantBase(marker: string): string {
  const i = location.pathname.indexOf(marker);
  return i >= 0 ? location.pathname.slice(0, i) : '';
}

/** A `return-url` is followed only when it is an absolute http(s) URL, like the real login does. */
export function safeReturnUrl(value: string | null, fallback: string): string {
  if (!value) return fallback;
  try {
    const u = new URL(value, location.origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : fallback;
  } catch {
    return fallback;
  }
}

export function header(title: string, sub: string, variant = ''): HTMLElement {
  return h('header', { class: `bar ${variant}`.trim() }, h('span', { class: 'brand' }, title), h('span', { class: 'sub' }, sub));
}

export const euro = (n: number) => `${new Intl.NumberFormat('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: 'always' } as Intl.NumberFormatOptions).format(n)} €`;
export const date = (ms: number | null) => (ms == null ? '—' : new Date(ms).toLocaleDateString('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' }));
