import * as z from 'zod/mini';
import { recordOf } from '../core/zod-record.js';
import { lenient, looseSchema, orElse, parseProps, required, type Parsed } from './loose-schema.js';

/**
 * Schemas of the Form.io definition (form-engines.md §1). Loose on purpose: unknown properties are
 * kept, and each known property becomes `undefined` when it has the wrong type, so a malformed
 * property never makes the whole form unusable — the lint reports what was ignored.
 *
 * zod (`zod/mini`, like `src/api/schemas/`) validates, with only the types the wire schemas use too:
 * zod's module lives in the chunk every page loads, so a type used once here (catch, pipe, transform,
 * enum, regex…) would cost every page its code (issue 15). Conversions are the second argument of
 * `lenient`/`orElse` (./loose-schema.ts), applied to a valid value.
 */

/** A string or a number, as a string (Form.io builders write keys and labels either way). */
const STRINGISH = z.union([z.string(), z.number()]);
const SCALAR = z.union([z.string(), z.number(), z.boolean()]);

const str = lenient(z.string());
/** A boolean, or the string 'true'/'false' (builders and hand-written JSON write both). */
const bool = lenient(
  z.union([z.boolean(), z.string().check(z.refine((v) => v === 'true' || v === 'false'))]),
  (v) => v === true || v === 'true',
);
/** A number, or a numeric string (spaces around allowed). */
const numLike = lenient(
  z.union([z.number(), z.string().check(z.refine((v) => /^\s*-?\d+(\.\d+)?\s*$/.test(v)))]),
  Number,
);
const stringish = lenient(STRINGISH, String);
const unknownOpt = lenient(z.unknown());

export const OptionSchema = looseSchema({
  label: orElse(STRINGISH, () => '', String),
  value: orElse(SCALAR, () => ''),
});

/** `[{label, value}]`, entries that are not objects dropped, extra properties left out. */
const options = lenient(z.array(z.unknown()), (arr) =>
  arr.flatMap((o) => {
    const r = OptionSchema.safeParse(o);
    return r.success ? [{ label: r.data.label, value: r.data.value }] : [];
  }));

export const ValidateSchema = looseSchema({
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
export type Validate = Parsed<typeof ValidateSchema.shape>;

export const ConditionalSchema = looseSchema({
  show: lenient(z.nullable(z.union([z.boolean(), z.string()]))),
  when: lenient(z.nullable(z.string())),
  eq: unknownOpt,
  conjunction: str,
  conditions: lenient(z.array(z.unknown())),
  json: unknownOpt,
});
export type Conditional = Parsed<typeof ConditionalSchema.shape>;

/** Properties the engine reads from every component. Everything else is kept untouched. */
export const ComponentSchema = looseSchema({
  type: orElse(z.string(), () => ''),
  key: stringish,
  input: bool,
  label: stringish,
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
  data: lenient(looseSchema({
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
  datePicker: lenient(z.looseObject({ minDate: z.optional(z.unknown()), maxDate: z.optional(z.unknown()) })),
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
export type ParsedComponent = Parsed<typeof ComponentSchema.shape>;

export const FormSchema = looseSchema({
  components: required(z.array(z.unknown())),
  display: str,
  title: str,
  name: str,
  path: str,
  _id: str,
  _vid: stringish,
  revision: stringish,
  modified: str,
  properties: lenient(recordOf(z.unknown())),
});
export type ParsedFormJson = Parsed<typeof FormSchema.shape>;

const NESTED = {
  validate: ValidateSchema.shape,
  conditional: ConditionalSchema.shape,
};

/**
 * `ComponentSchema.safeParse(raw).data` without the properties that read as `undefined` (in
 * `validate`/`conditional` too), faster: only the properties the component has are read (a
 * component has ~6 of the ~55 known ones). Unknown properties are kept as they are.
 */
export function parseComponent(raw: Record<string, unknown>): ParsedComponent {
  const out = parseProps(ComponentSchema.shape, raw, NESTED);
  if (typeof out.type !== 'string') out.type = '';
  return out as ParsedComponent;
}
