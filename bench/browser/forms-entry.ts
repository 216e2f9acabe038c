/**
 * Browser side of `bench/forms.bench.mjs`: the kit's form engine with the wizard's own field renderers
 * (what `sdc-pratica-wizard` draws for a form step), in a shadow root with the wizard's field styles.
 * Bundled by the bench (vite, minified, production Lit) and driven by Playwright.
 */
import { render } from 'lit';
import { createFormModel, parseForm, resolveReferences, type FormModel } from '../../src/forms/index.js';
import { fieldStyles, renderNodes, type RenderContext } from '../../src/ui/fields/index.js';
import { base, controls, tokens } from '../../src/styles/tokens.js';

interface Mounted { model: FormModel; step: string; root: ShadowRoot; errors: Map<string, string>; rerender: () => void }

let current: Mounted | undefined;

function sheetOf(c: { styleSheet?: CSSStyleSheet }): CSSStyleSheet[] {
  return c.styleSheet ? [c.styleSheet] : [];
}

/** JSON → first step in the DOM, laid out. */
function mount(host: HTMLElement, json: unknown, subforms?: Record<string, unknown>): number {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokens, base, controls, fieldStyles].flatMap((c) => sheetOf(c as never));
  const { form } = parseForm(json, subforms ? { subforms } : {});
  const model = createFormModel(form);
  const step = model.steps[0]!.key;
  const errors = new Map<string, string>();
  const ctx: RenderContext = {
    locale: 'it',
    value: (p) => model.getValue(p),
    error: (p) => errors.get(p),
    warning: () => undefined,
    onChange: (p, v) => { model.setValue(p, v); rerender(); },
    addRow: (p) => { model.addRow(p); rerender(); },
    removeRow: (p, i) => { model.removeRow(p, i); rerender(); },
  };
  const rerender = () => render(renderNodes(model.renderStep(step), ctx), root);
  rerender();
  current = { model, step, root, errors, rerender };
  return root.querySelectorAll('input, select, textarea').length;
}

/** One value change the citizen makes (committed), re-rendered. Returns the number of inputs shown. */
function change(path: string, value: unknown): number {
  const c = current!;
  c.model.setValue(path, value);
  c.rerender();
  return c.root.querySelectorAll('input, select, textarea').length;
}

/** "Avanti" on step 1: validate it and show the inline errors. Returns the number of errors. */
function validate(): number {
  const c = current!;
  c.errors.clear();
  for (const i of c.model.validateStep(c.step)) if (i.severity === 'error' && !c.errors.has(i.path)) c.errors.set(i.path, i.message);
  c.rerender();
  return c.errors.size;
}

function unmount(host: HTMLElement): void {
  if (host.shadowRoot) render(null, host.shadowRoot);
  current = undefined;
}

/** Sub-forms by URL for the page session, as src/api/forms.ts keeps them. */
const subformCache = new Map<string, Promise<unknown>>();

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  return res.json();
}

/**
 * The wizard's load path for a platform form: the form from the form server, then every nested form
 * by reference (siblings in parallel, cached by URL), then the first step. `cold` empties the cache.
 */
async function mountFromServer(host: HTMLElement, server: string, id: string, cold: boolean): Promise<number> {
  if (cold) subformCache.clear();
  const json = await getJson(`${server}/form/${id}`);
  const { subforms, unresolved } = await resolveReferences(json, {
    fetch: (ref) => {
      const url = `${server}/form/${ref}`;
      let p = subformCache.get(url);
      if (!p) subformCache.set(url, (p = getJson(url)));
      return p;
    },
  });
  if (unresolved.length) throw new Error(`unresolved ${unresolved.map((u) => u.ref).join(', ')}`);
  return mount(host, json, subforms);
}

(window as unknown as { ours: unknown }).ours = { mount, mountFromServer, change, validate, unmount };
