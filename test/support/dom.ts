/**
 * Finding things as a citizen finds them — by role, label, visible text — through shadow roots.
 * One copy for every element test (they used to define `$`, `text`, `settled`, `buttonNamed` each).
 *
 *   import { $, text, buttonNamed, fieldByLabel, settled } from '../support/dom.js';
 *   buttonNamed(el, 'Riprova').click();
 *   await settled(el);
 *   expect(text($(el, 'h2'))).to.equal('Le mie pratiche');
 */
import { waitUntil } from '@open-wc/testing';

type Scope = Element | ShadowRoot | Document;

/** Where an element's content lives: its shadow root when it has one, else itself (light-DOM elements). */
export function root(el: Scope): ParentNode {
  return (el as Element).shadowRoot ?? el;
}

/** Visible text with whitespace collapsed, as a screen reader reads it out. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first match inside `el`'s render root (not deeper shadow roots). */
export function $<T extends Element = HTMLElement>(el: Scope, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

/** Every match inside `el`'s render root. */
export function $$<T extends Element = HTMLElement>(el: Scope, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

/**
 * Every element under `scope`, the content of nested shadow roots and `<template>`s included (the area
 * personale's children). Realm-agnostic (no instanceof): the hostile-page test walks an iframe's document.
 */
export function* deepElements(scope: ParentNode): Generator<Element> {
  const sr = (scope as Partial<Element>).shadowRoot;
  if (sr) yield* deepElements(sr);
  for (const el of scope.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
    if (el.tagName === 'TEMPLATE') yield* deepElements((el as HTMLTemplateElement).content);
  }
}

/** Every match under `scope`, through nested shadow roots. */
export function deepAll<T extends Element = HTMLElement>(scope: Scope, selector: string): T[] {
  return [...deepElements(scope)].filter((e) => e.matches(selector)) as T[];
}

/** The first match under `scope`, through nested shadow roots. */
export function deep<T extends Element = HTMLElement>(scope: Scope, selector: string): T | null {
  for (const e of deepElements(scope)) if (e.matches(selector)) return e as T;
  return null;
}

/**
 * The text of `scope` and of every shadow root inside it, as `textContent` would give it if shadow
 * roots were children (styles and scripts left out), whitespace collapsed.
 */
export function deepText(scope: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent;
    const e = n as Partial<Element>;
    if (e.tagName === 'STYLE' || e.tagName === 'SCRIPT') return;
    if (e.shadowRoot) walk(e.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(scope);
  return out.replace(/\s+/g, ' ').trim();
}

const matches = (value: string, name: string | RegExp) => (typeof name === 'string' ? value === name : name.test(value));

/** The accessible name as tests use it: `aria-label`, else the visible text. */
export function nameOf(node: Element): string {
  return node.getAttribute('aria-label')?.trim() || text(node);
}

/** A button by its name (text or aria-label), through nested shadow roots; undefined when there is none. */
export function findButton(scope: Scope, name: string | RegExp): HTMLButtonElement | undefined {
  return deepAll<HTMLButtonElement>(scope, 'button, [role="button"]').find((b) => matches(nameOf(b), name) || matches(text(b), name));
}

/** A button by its name; throws listing the buttons there are, so a failing test says what it saw. */
export function buttonNamed(scope: Scope, name: string | RegExp): HTMLButtonElement {
  const b = findButton(scope, name);
  if (!b) throw new Error(`no button ${String(name)} in: ${deepAll(scope, 'button, [role="button"]').map(nameOf).join(' | ')}`);
  return b;
}

/** A link by its name (text or aria-label), through nested shadow roots. */
export function linkNamed(scope: Scope, name: string | RegExp): HTMLAnchorElement {
  const a = deepAll<HTMLAnchorElement>(scope, 'a[href]').find((x) => matches(nameOf(x), name) || matches(text(x), name));
  if (!a) throw new Error(`no link ${String(name)} in: ${deepAll(scope, 'a[href]').map(nameOf).join(' | ')}`);
  return a;
}

/** A heading (h1–h6 or role=heading) by its text, through nested shadow roots. */
export function headingNamed(scope: Scope, name: string | RegExp): HTMLElement | undefined {
  return deepAll(scope, 'h1, h2, h3, h4, h5, h6, [role="heading"]').find((h) => matches(text(h), name));
}

/** Texts of every element with `role` (explicit or implied by the tag for the common ones). */
const IMPLIED: Record<string, string> = {
  alert: '[role="alert"]', status: '[role="status"], output', heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  button: 'button, [role="button"]', link: 'a[href], [role="link"]', listitem: 'li, [role="listitem"]',
  region: 'section[aria-label], section[aria-labelledby], [role="region"]', dialog: 'dialog, [role="dialog"]',
};
export function byRole<T extends Element = HTMLElement>(scope: Scope, role: string, name?: string | RegExp): T[] {
  const all = deepAll<T>(scope, IMPLIED[role] ?? `[role="${role}"]`);
  return name === undefined ? all : all.filter((e) => matches(nameOf(e), name) || matches(text(e), name));
}

/** Strips the "(facoltativo)" / "(optional)" suffix a label carries for optional questions. */
const bare = (label: string) => label.replace(/ \((facoltativo|optional)\)$/, '').replace(/ \*$/, '');

/**
 * The control of a question, found by its visible label or legend (or aria-label), through shadow roots.
 * When several carry the label (a locked SPID field and its editable twin), the one a citizen can fill.
 */
export function fieldByLabel<T extends HTMLElement = HTMLInputElement>(scope: Scope, label: string | RegExp): T {
  const labels = deepAll(scope, 'label, legend').filter((l) => matches(bare(text(l)), label));
  const found: HTMLElement[] = [];
  for (const lab of labels) {
    if (lab.tagName === 'LEGEND') {
      const input = lab.parentElement?.querySelector<HTMLElement>('input, select, textarea');
      if (input) found.push(input);
      continue;
    }
    const id = lab.getAttribute('for');
    const owner = lab.getRootNode() as Document | ShadowRoot;
    const input = id ? owner.getElementById(id) : lab.querySelector('input, select, textarea');
    if (input) found.push(input as HTMLElement);
  }
  found.push(...deepAll(scope, 'input[aria-label], select[aria-label], textarea[aria-label]').filter((i) => matches(bare(i.getAttribute('aria-label')!), label)));
  if (!found.length) throw new Error(`no field ${String(label)} in: ${deepAll(scope, 'label, legend').map(text).join(' | ')}`);
  return (found.find((i) => !(i as HTMLInputElement).readOnly && !(i as HTMLInputElement).disabled) ?? found[0]) as T;
}

/** Types into a control the way a browser reports it: value, then `input` and `change`. */
export function typeInto(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Picks a `<select>` option by its visible text. */
export function selectOption(select: HTMLSelectElement, option: string | RegExp): void {
  const opt = [...select.options].find((o) => matches(text(o), option));
  if (!opt) throw new Error(`no option ${String(option)} in: ${[...select.options].map(text).join(' | ')}`);
  select.value = opt.value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The focused element, followed into shadow roots (what a keyboard user is on). */
export function focused(scope: Document | ShadowRoot = document): Element | null {
  let a: Element | null = scope.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

interface Updating { updateComplete?: Promise<unknown> }

/** Lets the element render what it just learnt: its update, one task for promise chains, the update after. */
export async function settled(el: Element): Promise<void> {
  await (el as Updating).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await (el as Updating).updateComplete;
}

/** Waits until `scope` (through shadow roots) shows `expected`. */
export async function waitForText(scope: Scope, expected: string | RegExp, timeout = 5000): Promise<void> {
  const shows = () => { const t = deepText(scope); return typeof expected === 'string' ? t.includes(expected) : expected.test(t); };
  await waitUntil(shows, `never showed ${String(expected)}`, { timeout });
}

/**
 * Waits until nothing under `scope` (nested elements included: area personale → pratiche list) is
 * loading — no skeleton, nothing busy, no "Caricamento… in corso…" — and something shows.
 */
export async function loaded(scope: Scope, timeout = 5000): Promise<void> {
  const loading = () => deepAll(scope, '.sdc-state--loading, [aria-busy="true"]').length > 0
    || /(Caricamento|Ricerca)[^.…]{0,40}in corso…/.test(deepText(scope));
  const name = (scope as Partial<Element>).localName ?? 'page';
  await waitUntil(() => !loading() && deepText(scope).length > 0, `<${name}> stayed loading or blank`, { timeout });
}
