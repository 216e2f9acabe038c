import * as z from 'zod/mini';
import { recordOf } from '../core/zod-record.js';

/**
 * zod schemas of the Form.io definition (form-engines.md §1). Loose on purpose: unknown
 * properties are kept (`looseObject`), and each known property falls back to `undefined` when it
 * has the wrong type (`z.catch`), so a malformed property never makes the whole form unusable —
 * the lint reports what was ignored.
 *
 * Written with `zod/mini` (functional API), like `src/api/schemas/`: the classic method-chain API
 * would pull all of classic zod into every bundle with the form engine.
 */

/** `schema | undefined`, and `undefined` instead of a parse error when the value has the wrong type. */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

// Only the zod types the wire schemas use too: zod's module lives in the chunk every page loads, so a
// type used once here (enum, regex, null…) would cost every page its code (issue 15).

/** A string or a number, as a string (Form.io builders write keys and labels either way). */
const stringish = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

const str = lenient(z.string());
const bool = lenient(z.union([
  z.boolean(),
  z.pipe(z.string().check(z.refine((v) => v === 'true' || v === 'false')), z.transform((v) => v === 'true')),
]));
const numLike = lenient(z.union([
  z.number(),
  z.pipe(z.string().check(z.refine((v) => /^\s*-?\d+(\.\d+)?\s*$/.test(v))), z.transform(Number)),
]));
const scalar = z.union([z.string(), z.number(), z.boolean()]);
const unknownOpt = z.optional(z.unknown());

export const OptionSchema = z.looseObject({
  label: z.catch(stringish, ''),
  value: z.catch(scalar, ''),
});

const options = lenient(z.pipe(
  z.array(z.unknown()),
  z.transform((arr) =>
    arr.flatMap((o) => {
      const r = OptionSchema.safeParse(o);
      return r.success ? [{ label: r.data.label, value: r.data.value }] : [];
    })),
));

export const ValidateSchema = z.looseObject({
  required: bool,
  minLength: numLike,
  maxLength: numLike,
  minWords: numLike,
  maxWords: numLike,
  pattern: str,
  min: numLike,
  max: numLike,
  minSelectedCount: numLike,
  maxSelectedCount: numLike,
  customMessage: str,
  custom: str,
  json: unknownOpt,
  plugins: lenient(z.array(z.string())),
  minYear: numLike,
  maxYear: numLike,
});
export type Validate = z.infer<typeof ValidateSchema>;

export const ConditionalSchema = z.looseObject({
  show: lenient(z.nullable(z.union([z.boolean(), z.string()]))),
  when: lenient(z.nullable(z.string())),
  eq: unknownOpt,
  conjunction: str,
  conditions: lenient(z.array(z.unknown())),
  json: unknownOpt,
});
export type Conditional = z.infer<typeof ConditionalSchema>;

/** Properties the engine reads from every component. Everything else is kept untouched. */
export const ComponentSchema = z.looseObject({
  type: z.catch(z.string(), ''),
  key: lenient(stringish),
  input: bool,
  label: lenient(stringish),
  title: str,
  legend: str,
  hideLabel: bool,
  description: str,
  tooltip: str,
  placeholder: str,
  prefix: str,
  suffix: str,
  hidden: bool,
  disabled: bool,
  multiple: bool,
  clearOnHide: bool,
  persistent: lenient(z.union([z.boolean(), z.string()])),
  defaultValue: unknownOpt,
  validate: lenient(ValidateSchema),
  errors: lenient(recordOf(z.string())),
  errorLabel: str,
  conditional: lenient(ConditionalSchema),
  customConditional: unknownOpt,
  calculateValue: unknownOpt,
  customDefaultValue: unknownOpt,
  logic: unknownOpt,
  values: options,
  data: lenient(z.looseObject({
    values: options,
    url: str,
    json: lenient(z.union([z.array(z.unknown()), z.string()])),
  })),
  template: str,
  inputMask: str,
  dataSrc: str,
  dataType: str,
  valueProperty: str,
  selectValues: str,
  fileTypes: options,
  filePattern: str,
  fileMaxSize: str,
  fileMinSize: str,
  storage: str,
  url: str,
  rows: numLike,
  html: str,
  content: str,
  tag: str,
  dayFirst: bool,
  enableTime: bool,
  enableDate: bool,
  datePicker: lenient(z.looseObject({ minDate: unknownOpt, maxDate: unknownOpt })),
  inputType: str,
  decimalLimit: numLike,
  currency: str,
  properties: lenient(recordOf(z.unknown())),
  addAnother: str,
  initEmpty: bool,
  reference: bool,
  form: str,
  src: str,
  components: lenient(z.array(z.unknown())),
  columns: lenient(z.array(z.unknown())),
  width: numLike,
});
export type ParsedComponent = z.infer<typeof ComponentSchema>;

export const FormSchema = z.looseObject({
  components: z.array(z.unknown()),
  display: str,
  title: str,
  name: str,
  path: str,
  _id: str,
  _vid: lenient(stringish),
  revision: lenient(stringish),
  modified: str,
  properties: lenient(recordOf(z.unknown())),
});
export type ParsedFormJson = z.infer<typeof FormSchema>;

type Shape = Record<string, z.ZodMiniType>;
const SHAPE: Shape = ComponentSchema.shape;
const NESTED: Record<string, Shape> = {
  validate: ValidateSchema.shape,
  conditional: ConditionalSchema.shape,
};

function parseLoose(shape: Shape, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) {
    const v = raw[k];
    const nested = NESTED[k];
    if (shape === SHAPE && nested) {
      if (v && typeof v === 'object' && !Array.isArray(v)) out[k] = parseLoose(nested, v as Record<string, unknown>);
      continue;
    }
    const schema = shape[k];
    if (!schema) { out[k] = v; continue; }
    const r = schema.safeParse(v);
    if (r.success && r.data !== undefined) out[k] = r.data;
  }
  return out;
}

/**
 * Same result as `ComponentSchema.parse(raw)`, faster: only the properties the component actually
 * has go through their zod schema (a component has ~6 of the ~55 known properties; zod would visit
 * all of them). Unknown properties are kept as they are.
 */
export function parseComponent(raw: Record<string, unknown>): ParsedComponent {
  const out = parseLoose(SHAPE, raw);
  if (typeof out.type !== 'string') out.type = '';
  return out as ParsedComponent;
}
