import * as z from 'zod';

/**
 * zod schemas of the Form.io definition (form-engines.md §1). Loose on purpose: unknown
 * properties are kept (`looseObject`), and each known property falls back to `undefined` when it
 * has the wrong type (`.catch`), so a malformed property never makes the whole form unusable —
 * the lint reports what was ignored.
 */
const str = z.string().optional().catch(undefined);
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional().catch(undefined);
const numLike = z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/).transform(Number)])
  .optional().catch(undefined);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const OptionSchema = z.looseObject({
  label: z.union([z.string(), z.number()]).transform(String).catch(''),
  value: scalar.catch(''),
});

const options = z.array(z.unknown()).transform((arr) =>
  arr.flatMap((o) => {
    const r = OptionSchema.safeParse(o);
    return r.success ? [{ label: r.data.label, value: r.data.value }] : [];
  }),
).optional().catch(undefined);

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
  json: z.unknown().optional(),
  plugins: z.array(z.string()).optional().catch(undefined),
  minYear: numLike,
  maxYear: numLike,
});
export type Validate = z.infer<typeof ValidateSchema>;

export const ConditionalSchema = z.looseObject({
  show: z.union([z.boolean(), z.string(), z.null()]).optional().catch(undefined),
  when: z.union([z.string(), z.null()]).optional().catch(undefined),
  eq: z.unknown().optional(),
  conjunction: z.string().optional().catch(undefined),
  conditions: z.array(z.unknown()).optional().catch(undefined),
  json: z.unknown().optional(),
});
export type Conditional = z.infer<typeof ConditionalSchema>;

/** Properties the engine reads from every component. Everything else is kept untouched. */
export const ComponentSchema = z.looseObject({
  type: z.string().catch(''),
  key: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  input: bool,
  label: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
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
  persistent: z.union([z.boolean(), z.string()]).optional().catch(undefined),
  defaultValue: z.unknown().optional(),
  validate: ValidateSchema.optional().catch(undefined),
  errors: z.record(z.string(), z.string()).optional().catch(undefined),
  errorLabel: str,
  conditional: ConditionalSchema.optional().catch(undefined),
  customConditional: z.unknown().optional(),
  calculateValue: z.unknown().optional(),
  customDefaultValue: z.unknown().optional(),
  logic: z.unknown().optional(),
  values: options,
  data: z.looseObject({ values: options, url: str, json: z.union([z.array(z.unknown()), z.string()]).optional().catch(undefined) }).optional().catch(undefined),
  template: str,
  inputMask: str,
  dataSrc: str,
  dataType: str,
  valueProperty: str,
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
  datePicker: z.looseObject({ minDate: z.unknown().optional(), maxDate: z.unknown().optional() }).optional().catch(undefined),
  inputType: str,
  decimalLimit: numLike,
  currency: str,
  properties: z.record(z.string(), z.unknown()).optional().catch(undefined),
  addAnother: str,
  initEmpty: bool,
  reference: bool,
  form: str,
  src: str,
  components: z.array(z.unknown()).optional().catch(undefined),
  columns: z.array(z.unknown()).optional().catch(undefined),
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
  _vid: z.union([z.number(), z.string()]).transform(String).optional().catch(undefined),
  revision: z.union([z.number(), z.string()]).transform(String).optional().catch(undefined),
  modified: str,
  properties: z.record(z.string(), z.unknown()).optional().catch(undefined),
});
export type ParsedFormJson = z.infer<typeof FormSchema>;

const SHAPE = ComponentSchema.shape as Record<string, z.ZodType>;
const NESTED: Record<string, Record<string, z.ZodType>> = {
  validate: ValidateSchema.shape as Record<string, z.ZodType>,
  conditional: ConditionalSchema.shape as Record<string, z.ZodType>,
};

function parseLoose(shape: Record<string, z.ZodType>, raw: Record<string, unknown>): Record<string, unknown> {
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
