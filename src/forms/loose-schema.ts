/**
 * Lenient object schemas for the form engine (the Form.io definition, the stored draft), built on
 * the zod types the wire schemas already ship: zod validates each property, and a small normaliser
 * declared with the property converts a valid value (`'true'` → `true`, `3` → `'3'`). What zod's
 * `catch`/`pipe`/`transform` did here, without their code in the chunk every page loads (issue 15).
 *
 * `looseSchema(shape).safeParse(raw)` answers like `z.looseObject(shape).safeParse(raw)` did with
 * those props: known properties in shape order, then the unknown ones untouched.
 */

/** What a property's validator must offer: zod types do, and so do `looseSchema`s (to nest them). */
export interface Parser<T> {
  safeParse(raw: unknown): { success: true; data: T } | { success: false; data?: never };
}

const INVALID: unique symbol = Symbol('invalid');

/** One known property. */
export interface Prop<T, Optional extends boolean = boolean> {
  /** `true`: an absent key stays absent. `false`: it is read as `undefined` (its fallback, or invalid). */
  readonly optional: Optional;
  /** The parsed value of a present (or required) key; `INVALID` fails the whole object. */
  readonly read: (raw: unknown) => T | typeof INVALID;
}

// Builders return `Prop<NoInfer<…>>`: inside a shape the contextual `Prop<unknown>` would otherwise
// widen an inferred fallback (`() => null`) to `unknown`.
export type Shape = Readonly<Record<string, Prop<unknown>>>;
type ValueOf<P> = P extends Prop<infer T> ? Exclude<T, typeof INVALID> : never;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Prop<unknown, true> ? K : never }[keyof S];

/** The parsed object: optional props may be missing, unknown properties are `unknown`. */
export type Parsed<S extends Shape> =
  { -readonly [K in OptionalKeys<S>]?: ValueOf<S[K]> }
  & { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: ValueOf<S[K]> }
  & { [k: string]: unknown };

/** Optional; `undefined` when the value is invalid. */
export function lenient<T>(schema: Parser<T>): Prop<NoInfer<T | undefined>, true>;
export function lenient<T, U>(schema: Parser<T>, norm: (v: T) => U): Prop<NoInfer<U | undefined>, true>;
export function lenient<T, U>(schema: Parser<T>, norm?: (v: T) => U): Prop<NoInfer<T | U | undefined>, true> {
  return optionalOr(schema, () => undefined, norm);
}

/** Optional; `fallback()` when present and invalid. */
export function optionalOr<T, F, U = T>(schema: Parser<T>, fallback: () => F, norm?: (v: T) => U): Prop<NoInfer<T | U | F | undefined>, true> {
  const read = reader(schema, fallback, norm);
  return { optional: true, read: (raw) => (raw === undefined ? undefined : read(raw)) };
}

/** Required; `fallback()` when missing or invalid (a factory: no two parses share an object). */
export function orElse<T, F>(schema: Parser<T>, fallback: () => F): Prop<NoInfer<T | F>, false>;
export function orElse<T, F, U>(schema: Parser<T>, fallback: () => F, norm: (v: T) => U): Prop<NoInfer<U | F>, false>;
export function orElse<T, F, U>(schema: Parser<T>, fallback: () => F, norm?: (v: T) => U): Prop<NoInfer<T | U | F>, false> {
  return { optional: false, read: reader(schema, fallback, norm) };
}

function reader<T, F, U>(schema: Parser<T>, fallback: () => F, norm: ((v: T) => U) | undefined): (raw: unknown) => T | U | F {
  return (raw) => {
    const r = schema.safeParse(raw);
    return !r.success ? fallback() : norm ? norm(r.data) : r.data;
  };
}

/** Required; the whole object is invalid without it. */
export function required<T>(schema: Parser<T>): Prop<NoInfer<T>, false> {
  return { optional: false, read: (raw) => { const r = schema.safeParse(raw); return r.success ? r.data : INVALID; } };
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface LooseSchema<S extends Shape> extends Parser<Parsed<S>> {
  readonly shape: S;
}

export function looseSchema<S extends Shape>(shape: S): LooseSchema<S> {
  const keys = Object.keys(shape);
  return {
    shape,
    safeParse(raw) {
      if (!isObject(raw)) return { success: false };
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const p = shape[k]!;
        if (!(k in raw) && p.optional) continue;
        const v = p.read(raw[k]);
        if (v === INVALID) return { success: false };
        out[k] = v;
      }
      for (const k of Object.keys(raw)) if (!hasOwn(shape, k)) out[k] = raw[k];
      return { success: true, data: out as Parsed<S> };
    },
  };
}

/**
 * Property by property, for hot paths: only the properties `raw` has are read (a Form.io component
 * has ~6 of ~55 known ones), and a known property that reads as `undefined` (or invalid) is left
 * out. `nested`: known object-valued properties parsed the same way, dropped when not an object.
 */
export function parseProps(shape: Shape, raw: Record<string, unknown>, nested?: Readonly<Record<string, Shape>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    if (nested && hasOwn(nested, k)) {
      if (isObject(v)) out[k] = parseProps(nested[k]!, v);
      continue;
    }
    if (!hasOwn(shape, k)) { out[k] = v; continue; }
    const r = shape[k]!.read(v);
    if (r !== undefined && r !== INVALID) out[k] = r;
  }
  return out;
}
