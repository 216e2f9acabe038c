/**
 * Public types of the form engine. Pure TypeScript: no Lit, no DOM.
 * See `src/forms/README.md` for how the pratica wizard uses them.
 */
import type { Locale } from '../i18n/locale.js';

/** Form.io submission data (`submission.data`): a plain JSON object. */
export type Data = Record<string, unknown>;

/** A raw Form.io component as found in the JSON (unknown properties preserved). */
export type FormioComponent = Record<string, unknown> & { type?: string; key?: string };

export type Severity = 'error' | 'warning';

/**
 * One validation finding, keyed by the component's data path
 * (`applicant.data.fiscal_code.data.fiscal_code`, `children[1].name`).
 * `message` is final, localized text: use the same words inline and in the error summary.
 */
export interface Issue {
  path: string;
  message: string;
  /** `error` blocks Avanti/Invia, `warning` is shown but does not block. */
  severity: Severity;
  /** Machine code of the failed rule: `required`, `minLength`, `pattern`, `codiceFiscale`, `cfConsistency`, … */
  rule: string;
  /** Label of the component (for the summary link text, if the wizard wants it separately). */
  label: string;
  /** Key of the step (wizard page) holding the component. */
  stepKey: string;
}

/** Which kind of input a field wants. The renderer maps each to one control. */
export type Control =
  | 'text' | 'textarea' | 'number' | 'currency' | 'email' | 'tel' | 'url'
  | 'checkbox' | 'radio' | 'checkboxes' | 'select'
  | 'day' | 'date' | 'datetime' | 'time'
  | 'file' | 'hidden';

export interface Option {
  label: string;
  value: string | number | boolean;
}

export interface FileLimits {
  /** Bytes, parsed from Form.io strings such as `"10MB"`. */
  maxSize?: number;
  minSize?: number;
  /** `accept`-like string from `filePattern` (`.pdf,image/*`); empty = any type. */
  accept?: string;
  multiple: boolean;
  /** Form.io `fileTypes`: classification of each upload (`Documento di identità`, `Delega`). */
  fileTypes: Option[];
  storage?: string;
  url?: string;
}

/** A stored file value item (Form.io shape; OpenCity's sdcfile adds fields, which are kept). */
export interface FileValue {
  name: string;
  originalName?: string;
  size?: number;
  type?: string;
  url?: string;
  storage?: string;
  [extra: string]: unknown;
}

interface BaseNode {
  /** Unique, DOM-id-friendly identifier (`f-applicant-data-fiscal_code-data-fiscal_code`). */
  id: string;
  /** Form.io type as written in the JSON (`sdcfile` stays `sdcfile`). */
  type: string;
  key: string;
  /**
   * Data path for value-bearing nodes (what `getValue`/`setValue`/issues use). Layout and content
   * nodes get a synthetic path `~<key>` (unique in the form) — never a data key.
   */
  path: string;
  label: string;
  hideLabel: boolean;
  /** Current visibility (conditions + hidden parents). `hidden: true` components are always false. */
  visible: boolean;
  /** The raw Form.io component (escape hatch; do not mutate). */
  component: FormioComponent;
}

export interface FieldNode extends BaseNode {
  kind: 'field';
  control: Control;
  description?: string;
  /** Form.io `tooltip`, shown as hint text (not a hover popup). */
  hint?: string;
  placeholder?: string;
  /** Form.io `inputMask` as written (`99/99/9999`, `AA`): 9 = digit, A = letter, * = any. */
  mask?: string;
  prefix?: string;
  suffix?: string;
  required: boolean;
  /** Prefilled from SPID/CIE: render `readonly` + `aria-readonly` with a "Dato fornito da SPID/CIE" note. */
  locked: boolean;
  /** Form.io `disabled`: read-only, value still submitted. */
  disabled: boolean;
  /** `locked || disabled`. */
  readonly: boolean;
  /** Value was set by `prefill()` (shown as "dato precompilato" in the Riepilogo). */
  prefilled: boolean;
  multiple: boolean;
  /** radio / checkboxes / select options (select `dataSrc: values`). */
  options?: Option[];
  /** select with `dataSrc: "url"`: the renderer (or API layer) loads options from here. */
  optionsUrl?: string;
  /** textarea rows. */
  rows?: number;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  /** number/currency decimals (`decimalLimit`); currency code for `currency` (default EUR). */
  decimalLimit?: number;
  currency?: string;
  /** day component: `true` = dd/mm/yyyy order (Form.io `dayFirst`). */
  dayFirst?: boolean;
  /** date bounds as ISO `yyyy-mm-dd` (datetime `datePicker.minDate/maxDate`, day `minYear/maxYear`). */
  minDate?: string;
  maxDate?: string;
  file?: FileLimits;
  /** HTML `autocomplete` token for WCAG 1.3.5 (`given-name`, `email`, `postal-code`, …) when known. */
  autocomplete?: string;
  /** `inputmode` hint (`numeric` for CAP, P.IVA, notice codes; `decimal` for amounts). */
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel' | 'text';
  /** When to show this field's issues once touched: choices on `change`, typed text on `blur` (or Form.io `validateOn`). */
  validateOn?: 'change' | 'blur';
}

/** panel, fieldset, well, container, nested form: a box with optional title/legend and children. */
export interface GroupNode extends BaseNode {
  kind: 'group';
  /** `fieldset` → `<fieldset><legend>`; others → titled section. */
  title?: string;
  description?: string;
  children: RenderNode[];
}

export interface ColumnsNode extends BaseNode {
  kind: 'columns';
  columns: { width: number; children: RenderNode[] }[];
}

/** content / htmlelement. `html` MUST go through `src/ui/sanitize.ts` before rendering. */
export interface ContentNode extends BaseNode {
  kind: 'content';
  html: string;
  /** htmlelement `tag` (default `div`). */
  tag?: string;
}

export interface GridRow {
  index: number;
  /** Data path of the row object (`children[1]`). */
  path: string;
  children: RenderNode[];
}

/** datagrid / editgrid: repeatable rows. Use `addRow`/`removeRow` on the model. */
export interface GridNode extends BaseNode {
  kind: 'grid';
  mode: 'datagrid' | 'editgrid';
  description?: string;
  required: boolean;
  readonly: boolean;
  rows: GridRow[];
  minRows?: number;
  maxRows?: number;
  canAdd: boolean;
  canRemove: boolean;
  /** Form.io `addAnother` text, if set. */
  addLabel?: string;
}

/** A component the engine does not support (lint reports it). Render a neutral notice or nothing. */
export interface UnsupportedNode extends BaseNode {
  kind: 'unsupported';
}

export type RenderNode = FieldNode | GroupNode | ColumnsNode | ContentNode | GridNode | UnsupportedNode;

/** A wizard page: a top-level panel, or a run of top-level non-panel components. */
export interface Step {
  key: string;
  title: string;
  /** Index among *all* steps (stable while visibility changes). */
  index: number;
  visible: boolean;
}

/** What `setValue` / `addRow` / `removeRow` changed, so the renderer updates only that. */
export interface ChangeResult {
  /** Whether the stored value actually changed. */
  changed: boolean;
  /** Component paths that became visible / hidden (fields, groups, panels), in document order. */
  shown: string[];
  hidden: string[];
  /** The list of visible steps changed (a panel appeared or disappeared). */
  stepsChanged: boolean;
  /**
   * Fresh issues of every field re-validated because of this change: the changed field, fields
   * whose rules read it (validate.json, codice fiscale consistency) and fields that just became
   * visible/hidden (hidden ones get `[]`). Show them only for fields the citizen has touched.
   */
  issues: Record<string, Issue[]>;
}

export interface SummaryRow {
  path: string;
  label: string;
  /** Display text: option labels, `05/03/2026`, `1.020,99 €`, file names, `Sì`/`No`. Empty answer = `''`. */
  value: string;
  /** 0 = directly in the step; +1 per fieldset/container/nested form/grid row level. */
  depth: number;
  /** `heading` rows title a group or a grid row ("Figli – 2"); they have no value. */
  kind: 'value' | 'heading';
  locked: boolean;
  prefilled: boolean;
}

export interface SummarySection {
  stepKey: string;
  title: string;
  rows: SummaryRow[];
}

/** Citizen profile for prefill (the API layer adapts its `Citizen` to this). All optional. */
export interface CitizenProfile {
  givenName?: string;
  familyName?: string;
  /** Codice fiscale (a `TINIT-` prefix is stripped). */
  taxCode?: string;
  email?: string;
  pec?: string;
  mobilePhone?: string;
  phone?: string;
  /** ISO `yyyy-mm-dd` (or `dd/mm/yyyy`). */
  birthDate?: string;
  birthPlace?: string;
  birthProvince?: string;
  /** `M`/`F`, `male`/`female`, `maschio`/`femmina`. */
  gender?: string;
  address?: {
    street?: string;
    houseNumber?: string;
    municipality?: string;
    postalCode?: string;
    /** Province code (`RM`), `EE` abroad. */
    county?: string;
    country?: string;
  };
  /**
   * Profile fields that come from SPID/CIE and therefore are locked in the form.
   * Default: `['givenName', 'familyName', 'taxCode']` (OpenCity never lets these change).
   */
  verified?: CitizenField[];
}

export type CitizenField = Exclude<keyof CitizenProfile, 'verified' | 'address'> | 'address';

export interface PrefillResult {
  /** Paths that received a value. */
  filled: string[];
  /** Paths now locked (subset of `filled`). */
  locked: string[];
}

/** Draft envelope (form-engines.md §5.4). Store it as JSON. */
export interface DraftEnvelope {
  version: 1;
  formId: string;
  formRevision: string;
  /** Everything typed, hidden values included. */
  data: Data;
  currentStep: string | null;
  visitedSteps: string[];
  /** ISO timestamp. */
  savedAt: string;
  etag?: string;
}

export interface DraftLoadResult {
  /** The draft came from a different form revision. */
  revisionChanged: boolean;
  /** Values whose path no longer exists in the form (not loaded). */
  orphans: { path: string; value: unknown }[];
  /** Validation of the whole form after loading (resume at the first step with errors). */
  issues: Issue[];
  /** Step to resume at: the draft's `currentStep` if still visible, otherwise the first visible step. */
  currentStep: string | null;
  visitedSteps: string[];
}

export type LintSeverity = 'error' | 'warning' | 'info';

export type LintCode =
  | 'invalid-definition'      // not an object / no components array
  | 'invalid-component'       // a component that is not an object / has no type
  | 'unsupported-type'
  | 'unsupported-property'    // e.g. logic[], inputMask handled server-side
  | 'js-code'                 // customConditional, validate.custom, calculateValue, customDefaultValue (never executed)
  | 'jsonlogic-operator'      // JSONLogic operator outside the whitelist
  | 'condition-reference'     // a condition reads a key that does not exist
  | 'cycle'                   // circular conditions
  | 'duplicate-key'
  | 'missing-key'
  | 'missing-label'
  | 'radio-many-options'      // > 5 options: suggest a select
  | 'invalid-pattern'         // validate.pattern does not compile
  | 'nested-form-not-inlined' // form component without components (and not in `subforms`)
  | 'nested-form-cycle'       // a nested form references one of its ancestors
  | 'form-io-default'         // an omitted key whose Form.io default is surely not what the ente meant
  | 'select-fallback'         // select with `dataSrc: custom` (JS) or a URL built from answers: asked as text
  | 'needs-element'           // only a kit element can complete it (the booking form → sdc-appointment-booking)
  | 'missing-applicant';      // no `applicant` nested form (OpenCity rule 0)

export interface LintIssue {
  code: LintCode;
  severity: LintSeverity;
  /** Definition path: keys of all ancestors incl. layout (`page1.columns.name`), or `(form)`. */
  path: string;
  key?: string;
  type?: string;
  /** Italian (or English) explanation for the ente editor. */
  message: string;
}

export interface LintReport {
  /** No `error` issue. Errors never stop the form: the engine falls back (see README). */
  ok: boolean;
  errors: number;
  warnings: number;
  issues: LintIssue[];
  /**
   * The kit element that covers this form when the wizard cannot complete it (the booking form's
   * JS-computed slot → `sdc-appointment-booking`); the wizard then says where to go instead.
   */
  handledBy?: string;
  /** Count of components by type (for catalogue coverage surveys). */
  types: Record<string, number>;
}

export interface ParseOptions {
  locale?: Locale;
  /** Definitions of nested forms referenced by id (`form: "<id>"`) without inline `components`. */
  subforms?: Record<string, unknown>;
}

export interface ModelOptions {
  locale?: Locale;
  /** Initial submission data (e.g. an existing pratica's `data`). */
  data?: Data;
  /** "Today" for relative date rules; defaults to `new Date()` (tests pass a fixed day). */
  today?: Date;
}

/** Result of `parseForm`: never null, even for garbage input (then it has no steps and `lint.ok` is false). */
export interface ParsedForm {
  /** `_id`, else `name`/`path`, else `''`. */
  readonly id: string;
  /** `_vid`/`revision` when present, else a hash of the component tree (changes when fields change). */
  readonly revision: string;
  readonly title: string;
  readonly display: 'form' | 'wizard';
  /** The definition as parsed (unknown properties preserved). */
  readonly json: Record<string, unknown>;
}

export interface ParseResult {
  form: ParsedForm;
  lint: LintReport;
}

/**
 * Live state of one form being filled in. Create with `createFormModel(form, options)`.
 * All paths are data paths (see README "Paths").
 */
export interface FormModel {
  readonly form: ParsedForm;
  /** Language of messages and display values; may be changed at any time. */
  locale: Locale;

  /** Visible steps, in order. Recompute-free: read it again after a change with `stepsChanged`. */
  readonly steps: Step[];
  /** All steps, hidden ones included (`visible: false`). */
  readonly allSteps: Step[];
  /** Step key holding a component path (for "Modifica" links and error summary links). */
  stepOf(path: string): string | undefined;
  /**
   * Render tree of one step: call again after changes. Field, content and unsupported nodes are the
   * same objects from call to call until what they show changes (visibility, lock, prefill mark,
   * options, locale), so a renderer may skip a field by identity; treat them as read-only.
   */
  renderStep(stepKey: string): RenderNode[];
  /** The render node of one component path, or undefined. */
  node(path: string): RenderNode | undefined;

  getValue(path: string): unknown;
  /** Sets a value (coerced to the Form.io shape of the component) and re-evaluates only what depends on it. */
  setValue(path: string, value: unknown): ChangeResult;
  /** Appends a row to a datagrid/editgrid (optionally with values). */
  addRow(gridPath: string, row?: Data): ChangeResult;
  removeRow(gridPath: string, index: number): ChangeResult;
  /**
   * Options loaded at run time for a select with `dataSrc: "url"` (or to replace any radio/select
   * options): used by the render tree, validation and the Riepilogo labels. Applies to all grid rows.
   */
  setOptions(path: string, options: Option[]): ChangeResult;
  isVisible(path: string): boolean;

  validateField(path: string): Issue[];
  validateStep(stepKey: string): Issue[];
  /** Every visible field of every visible step (before Invia). */
  validateAll(): Issue[];

  // The Riepilogo and the data to POST: `summaryOf(model)` and `submissionData(model)` (summary.ts).
  /** Everything typed, hidden values included (deep copy). */
  draftData(): Data;
  toDraft(state?: { currentStep?: string | null; visitedSteps?: string[]; savedAt?: Date; etag?: string }): DraftEnvelope;
  /** Loads a draft (replacing current values), migrating across form revisions. */
  loadDraft(draft: unknown): DraftLoadResult;

  /** Fills the `applicant` Anagrafica paths (and top-level `email_address`…) from a citizen profile. */
  prefill(citizen: CitizenProfile): PrefillResult;
  isLocked(path: string): boolean;
  readonly lockedPaths: ReadonlySet<string>;
}
