/**
 * Compiles a Form.io definition into templates: one per component, with its data path, step,
 * control, rules and parsed condition; plus the dependency index (who reads whom), cycle
 * rejection and a topological order for evaluation. Runs once per form (parse time).
 */
import { optionsFromItems } from './options.js';
import { FormSchema, parseComponent, type ParsedComponent } from './schema.js';
import { parseConditional, type CondSpec } from './conditions.js';
import { jsonLogic } from './logic.js';
import type { Control, FormioComponent, LintCode, LintSeverity, Option } from './types.js';
import { joinPath } from './paths.js';
import { parseSize } from './values.js';

export type Kind = 'field' | 'group' | 'columns' | 'content' | 'grid' | 'unsupported';
export type DataKind = 'value' | 'container' | 'nested' | 'grid' | 'none';

export interface Finding {
  code: LintCode;
  severity: LintSeverity;
  path: string;
  key?: string | undefined;
  type?: string | undefined;
  params?: Record<string, string | number>;
}

export interface Tpl {
  idx: number;
  c: ParsedComponent;
  raw: FormioComponent;
  type: string;
  key: string;
  kind: Kind;
  dataKind: DataKind;
  control?: Control | undefined;
  /** Not rendered at all (buttons: the wizard owns navigation). */
  ignored: boolean;
  parent: Tpl | null;
  children: Tpl[];
  /** For `columns`: which column each child is in, and the widths. */
  columnOf?: number;
  widths?: number[];
  /** A select whose options need JavaScript or the answers: shown as a text answer with a note. */
  choiceFallback?: boolean;
  /** Another component before this one writes the same data path (duplicate key, a lint error). */
  dup: boolean;
  /** Nearest enclosing grid (rows scope), or null. */
  scope: Tpl | null;
  /** Data path relative to the scope row (`~key` for layout). */
  rel: string;
  /** Full path pattern, `[]` for grid rows: `children[].name`. */
  pattern: string;
  /** Definition path for the lint (layout keys included). */
  defPath: string;
  stepKey: string;
  label: string;
  options?: Option[] | undefined;
  multiple: boolean;
  required: boolean;
  hiddenProp: boolean;
  disabled: boolean;
  clearOnHide: boolean;
  persistent: boolean;
  /** Condition (null = always shown by conditions). Disabled when unsupported or in a cycle. */
  cond: CondSpec | null;
  /** Resolution of every condition reference / var → template (null = unknown). */
  refMap: Map<string, Tpl | null>;
  /** Templates whose *visibility* reads this one's effective value. */
  visDependents: Tpl[];
  /** Templates whose *validation* reads this one's value (validate.json, CF consistency). */
  valDependents: Tpl[];
  valRefs: Tpl[];
  /** Codice fiscale consistency sources. */
  cfSources?: { givenName?: Tpl; familyName?: Tpl; birthDate?: Tpl; gender?: Tpl };
  topo: number;
  pattern_re: RegExp | null;
  plugins: string[];
  fileMaxSize?: number | undefined;
  fileMinSize?: number | undefined;
  minDate?: string | undefined;
  maxDate?: string | undefined;
}

export interface StepTpl {
  key: string;
  title: string;
  index: number;
  panel: Tpl | null;
  members: Tpl[];
}

export interface Compiled {
  json: Record<string, unknown>;
  id: string;
  revision: string;
  title: string;
  display: 'form' | 'wizard';
  all: Tpl[];
  roots: Tpl[];
  steps: StepTpl[];
  stepByKey: Map<string, StepTpl>;
  /** Pattern (`children[].name`, `~panel1`) → template. */
  byPattern: Map<string, Tpl>;
  topo: Tpl[];
  findings: Finding[];
}

const LAYOUT = new Set(['panel', 'fieldset', 'well', 'columns', 'column', 'tabs', 'table']);
const CONTENT = new Set(['content', 'htmlelement']);
const CONTROLS: Record<string, Control> = {
  textfield: 'text', textarea: 'textarea', number: 'number', currency: 'currency', email: 'email',
  phoneNumber: 'tel', url: 'url', checkbox: 'checkbox', radio: 'radio', selectboxes: 'checkboxes',
  select: 'select', day: 'day', datetime: 'datetime', date: 'date', time: 'time', file: 'file', sdcfile: 'file',
  hidden: 'hidden', password: 'text',
};
export const SUPPORTED_TYPES = new Set([
  ...Object.keys(CONTROLS), 'panel', 'fieldset', 'well', 'columns', 'container', 'address', 'content', 'htmlelement',
  'form', 'datagrid', 'editgrid', 'button',
]);
/** Components only a kit element can complete (the wizard sends the citizen there instead). */
const ELEMENT_FOR_TYPE: Record<string, string> = { calendar: 'sdc-appointment-booking', dynamic_calendar: 'sdc-appointment-booking' };
const BOOKING_KEYS = /^(meeting_id|calendar|opening_hour|meeting)$/;
/**
 * Form.io's manual address fields (Address.schema(): address1, address2, city, state, country, zip),
 * labelled in Italian and validated as an Italian address (CAP, provincia), for an `address`
 * component stored without its own sub-fields.
 */
function addressFields(): unknown[] {
  const tf = (key: string, label: string, extra: Record<string, unknown> = {}) => ({ type: 'textfield', input: true, key, label, ...extra });
  return [
    tf('address1', 'Indirizzo', { validate: { required: true, maxLength: 100 }, description: 'Via o piazza e numero civico' }),
    tf('address2', 'Indirizzo (seconda riga)', { validate: { maxLength: 100 } }),
    tf('city', 'Comune', { validate: { required: true } }),
    tf('state', 'Provincia', { validate: { required: true }, case: 'uppercase', description: 'Sigla, per esempio RM; EE se all’estero', properties: { validator: 'provincia' } }),
    tf('zip', 'CAP', { validate: { required: true } }),
    tf('country', 'Stato', { defaultValue: 'Italia' }),
  ];
}

/** Properties that carry JavaScript (never executed: form-engines.md §5.5). */
const JS_PROPS = ['customConditional', 'calculateValue', 'customDefaultValue'] as const;

/** Keys of the Italian validators applied automatically (README "Validation"). */
const AUTO_PLUGINS: [RegExp, string][] = [
  [/^(fiscal_code|codice_fiscale|codicefiscale|tax_code|taxcode|cf|codice_fiscale_richiedente)$/i, 'codiceFiscale'],
  [/^(partita_iva|partitaiva|piva|p_iva|vat_number|vat)$/i, 'partitaIva'],
  [/^iban$/i, 'iban'],
  [/^(postal_code|cap|postalcode|post_code|zip)$/i, 'cap'],
  [/^(county|provincia|sigla_provincia)$/i, 'provincia'],
  [/^pec$/i, 'pec'],
  [/^(natoail|data_di_nascita|data_nascita)$/i, 'date'],
  [/^(notice_code|codice_avviso|numero_avviso)$/i, 'noticeCode'],
  [/^(marca_da_bollo|bollo_id|identificativo_bollo|id_marca_bollo)$/i, 'marcaDaBollo'],
];
export const PLUGIN_NAMES = new Set(['codiceFiscale', 'codiceFiscaleOrPartitaIva', 'partitaIva', 'iban', 'cap', 'provincia', 'phone', 'email', 'pec', 'noticeCode', 'marcaDaBollo', 'date']);

const CF_KEYS = {
  givenName: /^(name|nome|given_name|givenname|first_name|firstname)$/i,
  familyName: /^(surname|cognome|family_name|familyname|last_name|lastname)$/i,
  birthDate: /^(natoail|birth_date|birthdate|date_of_birth|data_nascita|data_di_nascita|datanascita)$/i,
  gender: /^(gender|sesso)$/i,
};

const PATTERNS = new Map<string, RegExp | null>();
/** Anchored like Form.io; compiled once per distinct pattern (synthetic and real forms repeat them). */
function compilePattern(src: string): RegExp | null {
  let re = PATTERNS.get(src);
  if (re === undefined) {
    try { re = new RegExp(`^(?:${src})$`); } catch { re = null; }
    if (PATTERNS.size > 500) PATTERNS.clear();
    PATTERNS.set(src, re);
  }
  return re;
}

/** Select `dataSrc: "json"`: items in `data.json`, value from `valueProperty`, label from `template` (`{{ item.x }}`). */
function jsonOptions(c: ParsedComponent): Option[] {
  let items: unknown = c.data?.json;
  if (typeof items === 'string') { try { items = JSON.parse(items); } catch { items = []; } }
  return optionsFromItems(items, { valueProperty: c.valueProperty, template: c.template });
}

function hash(s: string): string {
  // FNV-1a 32 bit: a stable fingerprint of the component tree, used as revision when `_vid` is absent.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasJs(v: unknown): boolean {
  return typeof v === 'string' ? v.trim() !== '' : false;
}

function dateBound(v: unknown): string | undefined {
  if (typeof v !== 'string' || !v) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  return m ? m[1] : undefined;
}

export function compile(input: unknown, opts: { subforms?: Record<string, unknown> | undefined } = {}): Compiled {
  const findings: Finding[] = [];
  let json: Record<string, unknown>;
  if (Array.isArray(input)) json = { components: input };
  else if (isObj(input)) json = input;
  else json = { components: null };
  const parsed = FormSchema.safeParse(json);
  let components: unknown[] = [];
  let meta: { _id?: string | undefined; name?: string | undefined; path?: string | undefined; title?: string | undefined; display?: string | undefined; _vid?: string | undefined; revision?: string | undefined } = {};
  if (parsed.success) {
    components = parsed.data.components;
    meta = parsed.data;
  } else {
    findings.push({ code: 'invalid-definition', severity: 'error', path: '(form)' });
  }

  const all: Tpl[] = [];
  const byPattern = new Map<string, Tpl>();
  const usedLayout = new Set<string>();
  const stepKeys = new Set<string>();
  const seenDataPaths = new Map<string, Tpl>();
  let visited = 0;
  const MAX_COMPONENTS = 20_000;
  // A nested form whose reference is the root's or an enclosing nested form's would inline forever.
  const isCycle = (ref: string, parent: Tpl | null): boolean => {
    if (ref === meta._id) return true;
    for (let p = parent; p; p = p.parent) if (p.dataKind === 'nested' && (p.c.form ?? p.c.src) === ref) return true;
    return false;
  };

  function makeTpl(raw: unknown, parent: Tpl | null, scope: Tpl | null, scopeRel: string, defPrefix: string, nestingLevel: number): Tpl | null {
    if (++visited > MAX_COMPONENTS) return null;
    if (!isObj(raw)) {
      findings.push({ code: 'invalid-component', severity: 'warning', path: defPrefix || '(form)' });
      return null;
    }
    const c = parseComponent(raw);
    let type = c.type;
    const idx = all.length;
    const defBase = joinPath(defPrefix, c.key ?? `${type || 'component'}${idx}`);
    if (!type) {
      findings.push({ code: 'invalid-component', severity: 'warning', path: defBase, key: c.key });
      type = 'unknown';
    }
    let kind: Kind;
    let dataKind: DataKind;
    let control: Control | undefined;
    let choiceFallback: 'custom' | 'url' | undefined;
    let ignored = false;
    if (type === 'button') { kind = 'unsupported'; dataKind = 'none'; ignored = true; }
    else if (LAYOUT.has(type)) { kind = type === 'columns' ? 'columns' : 'group'; dataKind = 'none'; }
    else if (CONTENT.has(type)) { kind = 'content'; dataKind = 'none'; }
    else if (type === 'container') { kind = 'group'; dataKind = 'container'; }
    // Form.io `address` in manual mode: `{mode: "manual", address: {…sub-fields}}`, no geocoder called.
    else if (type === 'address') { kind = 'group'; dataKind = 'container'; }
    else if (type === 'form') { kind = 'group'; dataKind = 'nested'; }
    else if (type === 'datagrid' || type === 'editgrid') { kind = 'grid'; dataKind = 'grid'; }
    else if (CONTROLS[type]) {
      kind = 'field'; dataKind = 'value'; control = CONTROLS[type];
      if (type === 'datetime' && c.enableTime === false) control = 'date';
      // Options only JavaScript (or the answers) could give: a text answer with a note, never an
      // empty required select the citizen cannot answer.
      if (control === 'select' && (c.dataSrc === 'custom' || (c.dataSrc === 'url' && (c.data?.url ?? '').includes('{{')))) {
        choiceFallback = c.dataSrc === 'custom' ? 'custom' : 'url';
        control = 'text';
      }
    } else {
      kind = 'unsupported';
      // Unknown inputs keep their value (never lose data); unknown layouts still show their children.
      const hasChildren = Array.isArray(c.components);
      dataKind = c.input === true || (c.input !== false && c.key && !hasChildren) ? 'value' : 'none';
      if (hasChildren && dataKind === 'none') kind = 'group';
    }
    if (!SUPPORTED_TYPES.has(type) && type !== 'unknown') {
      const partial = type === 'tabs' || type === 'table' || type === 'column';
      if (type !== 'column') findings.push({ code: 'unsupported-type', severity: partial ? 'info' : 'warning', path: defBase, key: c.key, type, params: { partial: partial ? 1 : 0 } });
    }
    if (ignored) findings.push({ code: 'unsupported-type', severity: 'info', path: defBase, key: c.key, type, params: { partial: 2 } });

    let key = c.key ?? '';
    if (!key) {
      if (dataKind !== 'none') findings.push({ code: 'missing-key', severity: 'error', path: defBase, type, params: { label: (c.label ?? type).trim() } });
      key = `${type}${idx}`;
    }
    let rel: string;
    if (dataKind === 'none') {
      let id = `~${key}`;
      for (let n = 2; usedLayout.has(joinPath(scopeRel, id)); n++) id = `~${key}-${n}`;
      rel = joinPath(scopeRel, id);
      usedLayout.add(rel);
    } else {
      rel = joinPath(scopeRel, key);
    }
    const pattern = scope ? `${scope.pattern}[].${rel}` : rel;
    const label = (c.label ?? c.title ?? c.legend ?? '').trim();
    let options = control === 'select' ? (c.data?.values ?? c.values) : c.values;
    if (control === 'select' && c.dataSrc === 'json') options = jsonOptions(c);
    const validate = c.validate ?? {};
    const tpl: Tpl = {
      idx, c, raw: raw as FormioComponent, type, key, kind, dataKind, control, ignored,
      parent, children: [], scope, rel, pattern, defPath: defBase, stepKey: parent?.stepKey ?? '',
      label, options: control === 'radio' || control === 'checkboxes' || control === 'select' ? options ?? [] : undefined,
      multiple: c.multiple === true && control !== 'checkboxes' && !choiceFallback,
      required: validate.required === true,
      hiddenProp: c.hidden === true,
      disabled: c.disabled === true,
      clearOnHide: c.clearOnHide !== false,
      persistent: !(c.persistent === false || c.persistent === 'false'),
      cond: null, refMap: new Map(), visDependents: [], valDependents: [], valRefs: [],
      topo: 0, pattern_re: null, plugins: [], dup: false,
    };
    if (choiceFallback) {
      tpl.choiceFallback = true;
      findings.push({ code: 'select-fallback', severity: 'warning', path: defBase, key, type, params: { src: choiceFallback } });
    }
    all.push(tpl);
    if (!byPattern.has(pattern)) byPattern.set(pattern, tpl);

    if (dataKind !== 'none') {
      const prev = seenDataPaths.get(pattern);
      if (prev) {
        findings.push({ code: 'duplicate-key', severity: 'error', path: defBase, key, type, params: { other: prev.defPath } });
        tpl.dup = true;
      }
      else seenDataPaths.set(pattern, tpl);
    }
    if (dataKind !== 'none' && !label && control !== 'hidden' && c.hideLabel !== true && kind !== 'unsupported' && dataKind === 'value') {
      findings.push({ code: 'missing-label', severity: 'warning', path: defBase, key, type });
    }
    if (control === 'currency' && !c.currency) {
      findings.push({ code: 'form-io-default', severity: 'warning', path: defBase, key, type, params: { prop: 'currency', value: 'USD' } });
    }
    if (control === 'radio' && (tpl.options?.length ?? 0) > 5) {
      findings.push({ code: 'radio-many-options', severity: 'info', path: defBase, key, type, params: { count: tpl.options!.length } });
    }
    for (const prop of JS_PROPS) {
      if (hasJs(c[prop])) findings.push({ code: 'js-code', severity: 'warning', path: defBase, key, type, params: { prop } });
    }
    // The platform's booking form computes the slot in the browser (calendar components, JS
    // `calculateValue` of `meeting_id`/`calendar`): no way to complete it here; the kit has an element for it.
    const element = ELEMENT_FOR_TYPE[type] ?? (BOOKING_KEYS.test(key) && (hasJs(c.calculateValue) || hasJs(c.customDefaultValue)) ? 'sdc-appointment-booking' : undefined);
    if (element) findings.push({ code: 'needs-element', severity: 'error', path: defBase, key, type, params: { element } });
    if (hasJs(validate.custom)) findings.push({ code: 'js-code', severity: 'warning', path: defBase, key, type, params: { prop: 'validate.custom' } });
    if (Array.isArray(c.logic) && c.logic.length) findings.push({ code: 'unsupported-property', severity: 'warning', path: defBase, key, type, params: { prop: 'logic' } });
    if (isObj(c.calculateValue)) findings.push({ code: 'unsupported-property', severity: 'info', path: defBase, key, type, params: { prop: 'calculateValue' } });
    if (validate.json !== undefined && validate.json !== null && validate.json !== '') {
      const ops = jsonLogic().analyzeLogic(validate.json).unsupported;
      if (ops.length) findings.push({ code: 'jsonlogic-operator', severity: 'warning', path: defBase, key, type, params: { ops: ops.join(', '), where: 'validate' } });
    }
    if (typeof validate.pattern === 'string' && validate.pattern) {
      tpl.pattern_re = compilePattern(validate.pattern);
      if (!tpl.pattern_re) findings.push({ code: 'invalid-pattern', severity: 'error', path: defBase, key, type });
    }
    // Italian validators: by name, then by key/type.
    const named: string[] = [];
    if (Array.isArray(validate.plugins)) named.push(...validate.plugins);
    for (const p of ['validator', 'validators']) {
      const v = c.properties?.[p];
      if (typeof v === 'string') named.push(...v.split(',').map((s) => s.trim()).filter(Boolean));
    }
    for (const n of named) {
      if (PLUGIN_NAMES.has(n)) tpl.plugins.push(n);
      else findings.push({ code: 'unsupported-property', severity: 'warning', path: defBase, key, type, params: { prop: `validator ${n}` } });
    }
    if (!tpl.plugins.length && dataKind === 'value' && (control === 'text' || control === 'email' || control === 'tel')) {
      const auto = AUTO_PLUGINS.find(([re]) => re.test(key));
      if (auto) tpl.plugins.push(auto[1]);
    }
    if (control === 'tel' && !tpl.plugins.length) tpl.plugins.push('phone');
    if (control === 'email' && !tpl.plugins.includes('email') && !tpl.plugins.includes('pec')) tpl.plugins.push('email');
    if (control === 'file') {
      tpl.fileMaxSize = parseSize(c.fileMaxSize);
      tpl.fileMinSize = parseSize(c.fileMinSize);
    }
    if (control === 'date' || control === 'datetime') {
      tpl.minDate = dateBound(c.datePicker?.minDate);
      tpl.maxDate = dateBound(c.datePicker?.maxDate);
    }
    if (control === 'day') {
      if (validate.minYear) tpl.minDate = `${String(validate.minYear).padStart(4, '0')}-01-01`;
      if (validate.maxYear) tpl.maxDate = `${String(validate.maxYear).padStart(4, '0')}-12-31`;
    }

    // Children.
    let childScope = scope;
    let childRel = scopeRel;
    if (dataKind === 'container') childRel = type === 'address' ? `${rel}.address` : rel;
    else if (dataKind === 'nested') childRel = `${rel}.data`;
    else if (dataKind === 'grid') { childScope = tpl; childRel = ''; }
    if (nestingLevel > 60) return tpl; // pathological nesting: stop descending (fuzzed input)
    if (type === 'columns' && Array.isArray(c.columns)) {
      tpl.widths = [];
      c.columns.forEach((col, i) => {
        const colObj = isObj(col) ? col : {};
        tpl.widths!.push(typeof colObj.width === 'number' ? colObj.width : 0);
        const comps = Array.isArray(colObj.components) ? colObj.components : [];
        for (const ch of comps) {
          const t = makeTpl(ch, tpl, childScope, childRel, defBase, nestingLevel + 1);
          if (t) { t.columnOf = i; tpl.children.push(t); }
        }
      });
    } else if (type === 'table' && Array.isArray(c.rows)) {
      for (const row of c.rows as unknown[]) for (const cell of Array.isArray(row) ? row : []) {
        for (const ch of isObj(cell) && Array.isArray(cell.components) ? cell.components : []) {
          const t = makeTpl(ch, tpl, childScope, childRel, defBase, nestingLevel + 1);
          if (t) tpl.children.push(t);
        }
      }
    } else {
      let comps = c.components;
      if (type === 'address' && !(Array.isArray(comps) && comps.length)) comps = addressFields();
      if (type === 'tabs' && Array.isArray(c.components)) {
        comps = c.components.flatMap((tab) => (isObj(tab) && Array.isArray(tab.components) ? tab.components : []));
      }
      if (dataKind === 'nested' && !Array.isArray(comps)) {
        const ref = c.form ?? c.src;
        const sub = ref ? opts.subforms?.[ref] : undefined;
        // A reference back to an ancestor would inline forever: stop and say so.
        if (ref && isCycle(ref, parent)) findings.push({ code: 'nested-form-cycle', severity: 'error', path: defBase, key, type, params: { form: ref } });
        else if (isObj(sub) && Array.isArray(sub.components)) comps = sub.components;
        else findings.push({ code: 'nested-form-not-inlined', severity: 'warning', path: defBase, key, type, params: { form: ref ?? '' } });
      }
      for (const ch of comps ?? []) {
        const t = makeTpl(ch, tpl, childScope, childRel, defBase, nestingLevel + 1);
        if (t) tpl.children.push(t);
      }
    }
    return tpl;
  }

  // Roots and steps: each top-level panel is a step; runs of other top-level components form one.
  const roots: Tpl[] = [];
  const steps: StepTpl[] = [];
  const formTitle = meta.title ?? '';
  let run: StepTpl | null = null;
  const uniqueStepKey = (k: string) => {
    let key = k;
    for (let n = 2; stepKeys.has(key); n++) key = `${k}-${n}`;
    stepKeys.add(key);
    return key;
  };
  for (const raw of components) {
    const isPanel = isObj(raw) && raw.type === 'panel';
    if (isObj(raw) && raw.type === 'button') { // wizard owns navigation: drop silently but lint it
      findings.push({ code: 'unsupported-type', severity: 'info', path: String(raw.key ?? 'button'), key: String(raw.key ?? ''), type: 'button', params: { partial: 2 } });
      continue;
    }
    let step: StepTpl;
    if (isPanel) {
      const title = typeof raw.title === 'string' && raw.title ? raw.title : typeof raw.label === 'string' ? raw.label : '';
      step = { key: uniqueStepKey(typeof raw.key === 'string' && raw.key ? raw.key : `step-${steps.length + 1}`), title, index: steps.length, panel: null, members: [] };
      steps.push(step);
      run = null;
    } else {
      if (!run) {
        run = { key: uniqueStepKey(`step-${steps.length + 1}`), title: formTitle, index: steps.length, panel: null, members: [] };
        steps.push(run);
      }
      step = run;
    }
    const t = makeTpl(raw, null, null, '', '', 0);
    if (!t) continue;
    roots.push(t);
    step.members.push(t);
    if (isPanel) step.panel = t;
  }
  // Step keys down the tree (makeTpl copies parent.stepKey; roots got '').
  for (const step of steps) {
    const stack = [...step.members];
    while (stack.length) {
      const t = stack.pop()!;
      t.stepKey = step.key;
      stack.push(...t.children);
    }
    if (!step.title) step.title = step.panel?.label || formTitle || step.key;
  }

  const lookups = buildLookups(all);
  resolveConditions(all, lookups, findings);
  resolveValidationDeps(all, lookups);
  const topo = order(all, findings);

  const isWizard = meta.display === 'wizard';
  const revision = meta._vid ?? meta.revision ?? `h${hash(JSON.stringify(all.map((t) => [t.pattern, t.type, t.c.validate?.required ?? false])))}`;
  if (parsed.success && all.length && !all.some((t) => t.type === 'form' && t.key === 'applicant' && !t.scope)) {
    findings.push({ code: 'missing-applicant', severity: 'info', path: '(form)' });
  }
  return {
    json: parsed.success ? (parsed.data as Record<string, unknown>) : json,
    id: meta._id ?? meta.name ?? meta.path ?? '',
    revision, title: formTitle, display: isWizard ? 'wizard' : 'form',
    all, roots, steps, stepByKey: new Map(steps.map((s) => [s.key, s])), byPattern, topo, findings,
  };
}

/** `children.0.name` / `children[0].name` / `children[].name` → `children.name` (for lookups). */
function loosePattern(p: string): string {
  if (!/[.[]/.test(p)) return p;
  return p.replace(/\[\d*\]/g, '').split('.').filter((s) => s !== '' && !/^\d+$/.test(s)).join('.');
}

type Lookups = { byLoose: Map<string, Tpl>; byKey: Map<string, Tpl> };

function buildLookups(all: Tpl[]): Lookups {
  const byLoose = new Map<string, Tpl>();
  const byKey = new Map<string, Tpl>();
  for (const t of all) {
    if (t.dataKind === 'none') continue;
    const loose = loosePattern(t.pattern);
    if (!byLoose.has(loose)) byLoose.set(loose, t);
    // Form.io component paths omit the `data` of nested forms: `applicant.fiscal_code.fiscal_code`.
    const noData = loose.split('.').filter((s, i, arr) => !(s === 'data' && i > 0 && isNestedAt(t, arr.slice(0, i).join('.'), byLoose))).join('.');
    if (!byLoose.has(noData)) byLoose.set(noData, t);
    if (!byKey.has(t.key)) byKey.set(t.key, t);
  }
  return { byLoose, byKey };
}

function isNestedAt(_t: Tpl, prefix: string, byLoose: Map<string, Tpl>): boolean {
  return byLoose.get(prefix)?.dataKind === 'nested';
}

function descendantsInScope(scope: Tpl | null, all: Tpl[]): Tpl[] {
  return all.filter((t) => t.scope === scope && t.dataKind !== 'none');
}

/** Resolves a component reference as Form.io does: current row first, then a path, then a key. */
export function resolveRef(ref: string, from: Tpl, lookups: Lookups, all: Tpl[]): Tpl | null {
  for (let s = from.scope; s; s = s.scope) {
    const inRow = descendantsInScope(s, all).find((t) => t.rel === ref || t.key === ref || loosePattern(t.rel) === loosePattern(ref));
    if (inRow) return inRow;
  }
  return lookups.byLoose.get(loosePattern(ref)) ?? lookups.byKey.get(ref) ?? null;
}

/** JSONLogic var → template: `data.a.b` by longest path prefix, `row.x` in the row, `value` = self. */
export function resolveVar(path: string, from: Tpl, lookups: Lookups, all: Tpl[]): Tpl | null | 'context' {
  const segs = path.split('.');
  if (segs[0] === 'value' && segs.length === 1) return from;
  if (segs[0] === 'data' || segs[0] === 'submission') {
    const rest = segs.slice(segs[0] === 'submission' ? 2 : 1).filter((s) => !/^\d+$/.test(s));
    if (!rest.length) return 'context';
    for (let n = rest.length; n > 0; n--) {
      const t = lookups.byLoose.get(rest.slice(0, n).join('.'));
      if (t) return t;
    }
    return null;
  }
  if (segs[0] === 'row') {
    const rest = segs.slice(1).filter((s) => !/^\d+$/.test(s));
    if (!rest.length) return 'context';
    const scoped = from.scope ? descendantsInScope(from.scope, all) : all.filter((t) => !t.scope && t.dataKind !== 'none');
    for (let n = rest.length; n > 0; n--) {
      const rel = rest.slice(0, n).join('.');
      const t = scoped.find((x) => loosePattern(x.rel) === rel);
      if (t) return t;
    }
    return null;
  }
  return null;
}

function resolveConditions(all: Tpl[], lookups: Lookups, findings: Finding[]): void {
  for (const t of all) {
    const cd = t.c.conditional;
    const spec = parseConditional(cd);
    // customConditional (JS) never runs: a declarative condition, if any, still applies (lint reports the JS).
    if (!spec) continue;
    if (spec.unsupported.length) {
      findings.push({ code: 'jsonlogic-operator', severity: 'warning', path: t.defPath, key: t.key, type: t.type, params: { ops: spec.unsupported.join(', ') } });
      continue; // unsupported condition → visible (form-engines.md §5.5)
    }
    if (spec.dynamic) findings.push({ code: 'jsonlogic-operator', severity: 'info', path: t.defPath, key: t.key, type: t.type, params: { ops: 'var (computed path)' } });
    for (const ref of spec.refs) {
      const target = resolveRef(ref, t, lookups, all);
      t.refMap.set(ref, target);
      if (!target) findings.push({ code: 'condition-reference', severity: 'warning', path: t.defPath, key: t.key, type: t.type, params: { ref } });
    }
    for (const v of spec.vars) {
      const target = resolveVar(v, t, lookups, all);
      if (target === 'context') continue;
      t.refMap.set(v, target);
      if (!target) findings.push({ code: 'condition-reference', severity: 'warning', path: t.defPath, key: t.key, type: t.type, params: { ref: v } });
    }
    t.cond = spec;
  }
}

function dataDescendants(t: Tpl): Tpl[] {
  const out: Tpl[] = [];
  const stack = [...t.children];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.dataKind !== 'none') out.push(x);
    stack.push(...x.children);
  }
  return out;
}

function resolveValidationDeps(all: Tpl[], lookups: Lookups): void {
  for (const t of all) {
    const refs = new Set<Tpl>();
    const vj = t.c.validate?.json;
    if (vj !== undefined && vj !== null && vj !== '') {
      // Vars of validate.json: resolved like condition vars.
      const stack: unknown[] = [vj];
      while (stack.length) {
        const x = stack.pop();
        if (Array.isArray(x)) stack.push(...x);
        else if (isObj(x)) {
          if ('var' in x) {
            const p = Array.isArray(x.var) ? x.var[0] : x.var;
            if (typeof p === 'string') {
              const r = resolveVar(p, t, lookups, all);
              if (r && r !== 'context' && r !== t) refs.add(r);
            }
          }
          for (const v of Object.values(x)) stack.push(v);
        }
      }
    }
    if (t.plugins.includes('codiceFiscale')) {
      // Consistency sources: the nearest enclosing data group (the `applicant` Anagrafica, a
      // "delegante" container…) that holds any of name, surname, birth date, sex; else the form.
      const sources: NonNullable<Tpl['cfSources']> = {};
      const fill = (pool: Tpl[]) => {
        for (const [name, re] of Object.entries(CF_KEYS) as [keyof typeof CF_KEYS, RegExp][]) {
          sources[name] ??= pool.find((x) => x.dataKind === 'value' && x !== t && x.scope === t.scope && re.test(x.key));
        }
        return Object.values(sources).some(Boolean);
      };
      let found = false;
      for (let g = t.parent; g && !found; g = g.parent) if (g.dataKind !== 'none') found = fill(dataDescendants(g));
      if (!found) fill(all);
      for (const k of Object.keys(sources) as (keyof typeof sources)[]) if (!sources[k]) delete sources[k];
      t.cfSources = sources;
      for (const s of Object.values(sources)) if (s) refs.add(s);
    }
    t.valRefs = [...refs];
    for (const r of refs) r.valDependents.push(t);
  }
}

/** Visibility-dependency graph, cycle rejection (Tarjan, iterative) and topological order. */
function order(all: Tpl[], findings: Finding[]): Tpl[] {
  const n = all.length;
  const condSources = (t: Tpl): Tpl[] => {
    if (!t.cond) return [];
    const out = new Set<Tpl>();
    for (const r of t.refMap.values()) {
      if (!r) continue;
      out.add(r);
      for (const d of dataDescendants(r)) out.add(d);
    }
    return [...out];
  };
  const edges = (): number[][] => {
    const adj: number[][] = Array.from({ length: n }, () => []);
    for (const t of all) {
      for (const ch of t.children) adj[t.idx]!.push(ch.idx);
      for (const s of condSources(t)) adj[s.idx]!.push(t.idx);
    }
    return adj;
  };
  let adj = edges();
  // Tarjan's SCC, iterative so deep fuzzed trees do not overflow the stack.
  const index = new Array<number>(n).fill(-1), low = new Array<number>(n).fill(0), onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  const sccs: number[][] = [];
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    const work: [number, number][] = [[s, 0]];
    index[s] = low[s] = counter++; stack.push(s); onStack[s] = true;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      if (i < adj[v]!.length) {
        top[1]++;
        const w = adj[v]![i]!;
        if (index[w] === -1) { index[w] = low[w] = counter++; stack.push(w); onStack[w] = true; work.push([w, 0]); }
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
      } else {
        work.pop();
        if (work.length) { const u = work[work.length - 1]![0]; low[u] = Math.min(low[u]!, low[v]!); }
        if (low[v] === index[v]) {
          const comp: number[] = [];
          let w: number;
          do { w = stack.pop()!; onStack[w] = false; comp.push(w); } while (w !== v);
          if (comp.length > 1 || adj[v]!.includes(v)) sccs.push(comp);
        }
      }
    }
  }
  if (sccs.length) {
    for (const comp of sccs) {
      const members = comp.map((i) => all[i]!).sort((a, b) => a.idx - b.idx);
      const keys = members.filter((m) => m.cond).map((m) => m.key);
      for (const m of members) {
        if (!m.cond) continue;
        findings.push({ code: 'cycle', severity: 'error', path: m.defPath, key: m.key, type: m.type, params: { keys: keys.join(' → ') } });
        m.cond = null; // break the cycle: the component is shown (never blocks the citizen)
        m.refMap.clear();
      }
    }
    adj = edges();
  }
  // Dependents lists and Kahn's order (ties in document order).
  for (const t of all) for (const s of condSources(t)) if (!s.visDependents.includes(t)) s.visDependents.push(t);
  const indeg = new Array<number>(n).fill(0);
  for (const list of adj) for (const w of list) indeg[w]!++;
  const ready: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (indeg[i] === 0) ready.push(i);
  const out: Tpl[] = [];
  while (ready.length) {
    const v = ready.pop()!;
    out.push(all[v]!);
    const next: number[] = [];
    for (const w of adj[v]!) if (--indeg[w]! === 0) next.push(w);
    for (let i = next.length - 1; i >= 0; i--) ready.push(next[i]!);
  }
  out.forEach((t, i) => { t.topo = i; });
  return out;
}
