/**
 * Nested forms by reference (opencity-api.md §6.2): a platform form holds
 * `{type: "form", key: "applicant", form: "<id>"}` without `components`, and the Anagrafica it points
 * to is itself made of references. This module finds them and loads them, recursively, through an
 * injected fetcher (src/api/forms.ts fetches `{form server}/{id}`); `parseForm(json, {subforms})`
 * then inlines them. Pure: no DOM, no network of its own.
 */

/** Loads one form definition by its reference (`form` id, or `src` URL). Rejects on any failure. */
export type FormFetcher = (ref: string, signal?: AbortSignal) => Promise<unknown>;

export interface UnresolvedRef {
  ref: string;
  /** Definition path to the nested form component, layout keys included as in the lint (`richiedente.applicant.completename`). */
  path: string;
  reason: 'failed' | 'invalid' | 'cycle' | 'depth' | 'too-many';
  /** What the fetcher threw (`failed`). */
  error?: unknown;
}

export interface ResolvedReferences {
  /** Definitions by reference, for `parseForm(json, { subforms })`. */
  subforms: Record<string, Record<string, unknown>>;
  unresolved: UnresolvedRef[];
  /** References met, in discovery order (each once). */
  refs: string[];
}

export interface ResolveOptions {
  fetch: FormFetcher;
  signal?: AbortSignal;
  /** Levels of references below the root (the Anagrafica needs 2). Default 5. */
  maxDepth?: number;
  /** Distinct forms loaded at most (a runaway form server). Default 50. */
  maxForms?: number;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The reference of a nested form component that carries no inline components, else undefined. */
export function referenceOf(c: unknown): string | undefined {
  if (!isObj(c) || c.type !== 'form' || Array.isArray(c.components)) return undefined;
  const ref = typeof c.form === 'string' && c.form ? c.form : typeof c.src === 'string' && c.src ? c.src : undefined;
  return ref;
}

/**
 * Every nested-form reference in a definition, with the data keys leading to it. A generic walk of
 * all arrays and objects, so columns, tables, tabs, panels and grids need no case of their own.
 */
export function collectReferences(json: unknown): Array<{ ref: string; path: string }> {
  const out: Array<{ ref: string; path: string }> = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, keys: string[], level: number): void => {
    if (level > 200 || (typeof v === 'object' && v !== null && seen.has(v))) return;
    if (Array.isArray(v)) {
      seen.add(v);
      for (const x of v) walk(x, keys, level + 1);
      return;
    }
    if (!isObj(v)) return;
    seen.add(v);
    const key = typeof v.key === 'string' && typeof v.type === 'string' ? v.key : undefined;
    const here = key ? [...keys, key] : keys;
    const ref = referenceOf(v);
    if (ref) {
      out.push({ ref, path: here.join('.') });
      return;
    }
    for (const [k, child] of Object.entries(v)) {
      if (k === 'components' || k === 'columns' || k === 'rows' || Array.isArray(child)) walk(child, here, level + 1);
    }
  };
  walk(isObj(json) ? json.components : json, [], 0);
  return out;
}

/**
 * Loads every form referenced by `json`, and the forms they reference, down to `maxDepth`. Siblings
 * load in parallel; each reference is fetched once (the fetcher may cache across calls too); a
 * reference back to one of its ancestors is a cycle and is not followed. Never rejects, except with
 * the signal's reason when aborted: failures are listed in `unresolved`, so the caller decides
 * (the wizard refuses to show an incomplete form, the lint reports it).
 */
export async function resolveReferences(json: unknown, opts: ResolveOptions): Promise<ResolvedReferences> {
  const maxDepth = opts.maxDepth ?? 5;
  const maxForms = opts.maxForms ?? 50;
  const subforms: Record<string, Json> = {};
  const unresolved: UnresolvedRef[] = [];
  type Loaded = { ok: true; def: Json } | { ok: false; reason: 'failed' | 'invalid'; error: unknown };
  const loads = new Map<string, Promise<Loaded>>();
  const order: string[] = [];

  const load = (ref: string): Promise<Loaded> => {
    let p = loads.get(ref);
    if (!p) {
      order.push(ref);
      p = opts.fetch(ref, opts.signal).then(
        (body): Loaded => (isObj(body) && Array.isArray(body.components)
          ? { ok: true, def: body }
          : { ok: false, reason: 'invalid', error: new Error('not a Form.io definition') }),
        (error: unknown): Loaded => ({ ok: false, reason: 'failed', error }),
      );
      loads.set(ref, p);
    }
    return p;
  };

  const rootId = isObj(json) && typeof json._id === 'string' ? json._id : undefined;
  const visit = async (doc: unknown, chain: string[], prefix: string, depth: number): Promise<void> => {
    const refs = collectReferences(doc);
    await Promise.all(refs.map(async ({ ref, path }) => {
      const full = prefix ? `${prefix}.${path}` : path;
      if (chain.includes(ref)) return void unresolved.push({ ref, path: full, reason: 'cycle' });
      if (depth >= maxDepth) return void unresolved.push({ ref, path: full, reason: 'depth' });
      if (!loads.has(ref) && loads.size >= maxForms) return void unresolved.push({ ref, path: full, reason: 'too-many' });
      const got = await load(ref);
      if (opts.signal?.aborted) throw opts.signal.reason;
      if (!got.ok) return void unresolved.push({ ref, path: full, reason: got.reason, error: got.error });
      subforms[ref] = got.def;
      await visit(got.def, [...chain, ref], full, depth + 1);
    }));
  };
  await visit(json, rootId ? [rootId] : [], '', 0);
  return { subforms, unresolved, refs: order };
}

/**
 * A copy of `json` with every resolvable reference's components inlined (recursively), so the parsed
 * form's `json` is self-contained: drafts, the Riepilogo and a re-parse need no form server. A
 * reference back to an ancestor stays a reference (the compiler reports the cycle).
 */
export function inlineReferences(json: unknown, subforms: Readonly<Record<string, unknown>>): unknown {
  const rootId = isObj(json) && typeof json._id === 'string' ? json._id : undefined;
  const copy = (v: unknown, chain: readonly string[], level: number): unknown => {
    if (level > 200) return v;
    if (Array.isArray(v)) return v.map((x) => copy(x, chain, level + 1));
    if (!isObj(v)) return v;
    const ref = referenceOf(v);
    if (ref !== undefined) {
      const sub = subforms[ref];
      if (chain.includes(ref) || !isObj(sub) || !Array.isArray(sub.components)) return v;
      return { ...v, components: copy(sub.components, [...chain, ref], level + 1) };
    }
    const out: Json = {};
    for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'object' && x !== null ? copy(x, chain, level + 1) : x;
    return out;
  };
  return copy(json, rootId ? [rootId] : [], 0);
}
