/**
 * The live form state (FormModel): values in Form.io's shape, visibility maintained incrementally
 * through the dependency index, validation, draft data, prefill and locks. The Riepilogo and the
 * submission data are read from it by summary.ts, which only the steps after the form import (issue 15).
 */
import type { Locale } from '../i18n/locale.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import type { Compiled, Tpl } from './compile.js';
import type {
  ChangeResult, CitizenProfile, Data, DraftEnvelope, DraftLoadResult, FieldNode, FormModel, Issue,
  ModelOptions, Option, ParsedForm, PrefillResult, RenderNode, Step,
} from './types.js';
import {
  cloneData, getPath, gridOfRow, joinPath, parsePath, pathToId, sameValue, setIn,
} from './paths.js';
import { coerce, emptyValue, isEmptyValue } from './values.js';
import { validateValue, type ValidationContext } from './validation.js';
import { formMessages } from './messages.js';
import { compiledOf } from './compiled.js';
import { applyPrefill } from './prefill.js';
import { readDraft } from './draft.js';

const AUTOCOMPLETE: Record<string, string> = {
  name: 'given-name', nome: 'given-name', given_name: 'given-name',
  surname: 'family-name', cognome: 'family-name', family_name: 'family-name',
  email_address: 'email', email: 'email', cell_number: 'tel', phone_number: 'tel', mobile_phone: 'tel',
  postal_code: 'postal-code', cap: 'postal-code', address: 'street-address', municipality: 'address-level2',
  country: 'country-name', natoAIl: 'bday', birth_date: 'bday', iban: 'off',
  address1: 'address-line1', address2: 'address-line2', city: 'address-level2', zip: 'postal-code',
};
const NUMERIC_PLUGINS = new Set(['cap', 'partitaIva', 'noticeCode', 'marcaDaBollo']);

/** Concrete instance: template + row prefix (`''` outside grids, `children[2]` inside). */
interface Inst { t: Tpl; prefix: string; path: string }

export function createFormModel(form: ParsedForm, options: ModelOptions = {}): FormModel {
  return new Model(form, options);
}

/**
 * What the engine's own readers outside this module (summary.ts: the Riepilogo and the submission
 * data, loaded with the steps after the form) see of a model. Not part of `FormModel`.
 */
export interface ModelInternals {
  readonly locale: Locale;
  readonly steps: Step[];
  readonly cf: Compiled;
  readonly data: Data;
  /** Paths whose value the conditions clear (hidden by a condition, `clearOnHide` not false). */
  readonly cleared: ReadonlySet<string>;
  readonly locked: ReadonlySet<string>;
  readonly prefilled: ReadonlySet<string>;
  visibleAt(t: Tpl, path: string): boolean;
  optionsOf(t: Tpl): Option[] | undefined;
  /** Row prefixes of every instance of a scope (`['']` at top level). */
  prefixesOf(scope: Tpl | null): string[];
}

/** A model made by `createFormModel`, as summary.ts reads it. */
export function internalsOf(m: FormModel): ModelInternals {
  if (!(m instanceof Model)) throw new TypeError('not a model made by createFormModel');
  return m;
}

class Model implements FormModel, ModelInternals {
  readonly form: ParsedForm;
  #loc: Locale;
  readonly cf: Compiled;
  data: Data = {};
  #condHidden = new Map<string, boolean>();
  #vis = new Map<string, boolean>();
  cleared = new Set<string>();
  locked = new Set<string>();
  prefilled = new Set<string>();
  readonly #today: Date;
  #pending: (Set<string> | null)[] = [];
  /** Options loaded at run time (select with a url source), by template pattern. */
  #loadedOptions = new Map<string, Option[]>();
  /**
   * Field/content nodes already built, by state key: `renderStep` hands out the same objects while
   * nothing they show changed, so a renderer can skip a field by identity (a keystroke re-renders
   * one field, not the step). Dropped per instance when its visibility, lock or prefill mark flips,
   * wholesale on structural changes (options, locale, locks, drafts, removed rows).
   */
  #nodes = new Map<string, RenderNode>();

  constructor(form: ParsedForm, options: ModelOptions) {
    this.form = form;
    this.cf = compiledOf(form);
    this.#loc = options.locale ?? DEFAULT_LOCALE;
    this.#today = options.today ?? new Date();
    this.#reset(options.data);
  }

  get locale(): Locale {
    return this.#loc;
  }

  set locale(l: Locale) {
    if (l === this.#loc) return;
    this.#loc = l;
    this.#nodes.clear();
  }

  // ------------------------------------------------------------------ structure

  #reset(initial?: Data): void {
    this.data = initial && typeof initial === 'object' && !Array.isArray(initial) ? cloneData(initial) : {};
    for (const r of this.cf.roots) this.#initDefaults(r, '');
    this.#evaluateAll();
  }

  #initDefaults(t: Tpl, prefix: string): void {
    const path = joinPath(prefix, t.rel);
    switch (t.dataKind) {
      case 'value': {
        if (getPath(this.data, path) === undefined) {
          const def = t.c.defaultValue;
          const hasDefault = def !== undefined && def !== null && def !== '' && !(Array.isArray(def) && def.length === 0 && !t.multiple);
          const v = hasDefault ? this.#coerceFor(t, def) : emptyValue(t.control, t.options, t.multiple);
          if (t.kind !== 'unsupported' || hasDefault) setIn(this.data, parsePath(path), v);
        }
        return;
      }
      case 'container': {
        const cur = getPath(this.data, path);
        if (!cur || typeof cur !== 'object' || Array.isArray(cur)) setIn(this.data, parsePath(path), t.type === 'address' ? { mode: 'manual', address: {} } : {});
        else if (t.type === 'address') {
          // An autocomplete value (legacy or from the platform) is kept as `address`; typed fields go there too.
          const v = cur as Record<string, unknown>;
          if (!v.mode) { const legacy = { ...v }; for (const k of Object.keys(v)) delete v[k]; Object.assign(v, { mode: 'manual', address: legacy }); }
          if (!v.address || typeof v.address !== 'object' || Array.isArray(v.address)) v.address = {};
        }
        break;
      }
      case 'nested': {
        const cur = getPath(this.data, path) as Record<string, unknown> | undefined;
        if (!cur || typeof cur !== 'object' || Array.isArray(cur)) setIn(this.data, parsePath(path), { data: {} });
        else if (!cur.data || typeof cur.data !== 'object' || Array.isArray(cur.data)) cur.data = {};
        break;
      }
      case 'grid': {
        let rows = getPath(this.data, path);
        if (!Array.isArray(rows)) {
          rows = t.type === 'datagrid' && t.c.initEmpty !== true ? [{}] : [];
          setIn(this.data, parsePath(path), rows);
        }
        const arr = rows as unknown[];
        for (let i = 0; i < arr.length; i++) {
          if (!arr[i] || typeof arr[i] !== 'object' || Array.isArray(arr[i])) arr[i] = {};
          for (const ch of t.children) this.#initDefaults(ch, `${path}[${i}]`);
        }
        return;
      }
      default:
        break;
    }
    for (const ch of t.children) this.#initDefaults(ch, prefix);
  }

  #coerceFor(t: Tpl, v: unknown): unknown {
    return coerce(t.control, v, { options: this.optionsOf(t), multiple: t.multiple, dayFirst: t.c.dayFirst, enableTime: t.c.enableTime, dataType: t.c.dataType });
  }

  /** Row prefixes of every instance of a scope (`['']` at top level). */
  prefixesOf(scope: Tpl | null): string[] {
    if (!scope) return [''];
    const out: string[] = [];
    for (const p of this.prefixesOf(scope.scope)) {
      const gp = joinPath(p, scope.rel);
      const rows = getPath(this.data, gp);
      if (Array.isArray(rows)) for (let i = 0; i < rows.length; i++) out.push(`${gp}[${i}]`);
    }
    return out;
  }

  /** Template + prefix of a concrete path, or null. */
  #locate(path: string): Inst | null {
    if (typeof path !== 'string' || !path) return null;
    const pattern = path.replace(/\[\d+\]/g, '[]');
    const t = this.cf.byPattern.get(pattern);
    if (!t) return null;
    const prefix = t.scope ? path.slice(0, path.length - t.rel.length - 1) : '';
    if (t.scope && !/\[\d+\]$/.test(prefix)) return null;
    return { t, prefix, path };
  }

  /** State key of the parent instance. */
  #parentPath(t: Tpl, prefix: string): string | null {
    if (!t.parent) return null;
    if (t.parent === t.scope) return this.#skey(t.parent, gridOfRow(prefix));
    return this.#skey(t.parent, joinPath(prefix, t.parent.rel));
  }

  /**
   * Key of an instance's visibility state: its path, or `path#n` for a component whose key
   * duplicates an earlier one (a lint error), so the two never overwrite each other's state.
   */
  #skey(t: Tpl, path: string): string {
    return t.dup ? `${path}#${t.idx}` : path;
  }

  visibleAt(t: Tpl, path: string): boolean {
    return this.#vis.get(this.#skey(t, path)) ?? false;
  }

  /** Cuts a row prefix down to the row of `scope` (an ancestor grid of the instance). */
  #truncatePrefix(prefix: string, scope: Tpl): string {
    let depth = 0;
    for (let s: Tpl | null = scope; s; s = s.scope) depth++;
    let cut = -1;
    for (let i = 0, seen = 0; i < prefix.length; i++) {
      if (prefix[i] === ']' && ++seen === depth) { cut = i + 1; break; }
    }
    return cut > 0 ? prefix.slice(0, cut) : '';
  }

  #isAncestorScope(a: Tpl, b: Tpl | null): boolean {
    for (let s = b; s; s = s.scope) if (s === a) return true;
    return false;
  }

  // ------------------------------------------------------------------ effective values

  /** A value as conditions and the submission see it: removed when its component is cleared. */
  #effective(path: string): unknown {
    if (this.cleared.size) {
      for (let i = 0; i <= path.length; i++) {
        if (i === path.length || path[i] === '.' || path[i] === '[') {
          if (this.cleared.has(path.slice(0, i))) return undefined;
        }
      }
    }
    return getPath(this.data, path);
  }

  #refValue(from: Tpl, prefix: string, target: Tpl): unknown {
    if (!target.scope) return this.#effective(target.rel);
    if (prefix && this.#isAncestorScope(target.scope, from.scope)) {
      return this.#effective(joinPath(this.#truncatePrefix(prefix, target.scope), target.rel));
    }
    // A row field read from outside its grid: all rows' values (legacy eq then means "any row").
    return this.prefixesOf(target.scope).map((p) => this.#effective(joinPath(p, target.rel)));
  }

  #varReader(t: Tpl, prefix: string, path: string): (p: string) => unknown {
    return (v: string) => {
      if (v === '' ) return { data: this.data, row: prefix ? getPath(this.data, prefix) : this.data, value: this.#effective(path) };
      if (v === 'value') return this.#effective(path);
      if (v === 'data') return this.data;
      if (v === 'row') return prefix ? getPath(this.data, prefix) : this.data;
      const segs = v.split('.');
      const canon = (parts: string[]) => parts.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : (i ? '.' : '') + s)).join('').replace(/^\./, '');
      if (segs[0] === 'data') return this.#effective(canon(segs.slice(1)));
      if (segs[0] === 'row') return this.#effective(joinPath(prefix, canon(segs.slice(1))));
      if (segs[0] === 'value') return getPath(this.#effective(path), canon(segs.slice(1)));
      void t;
      return undefined;
    };
  }

  #evalCond(t: Tpl, prefix: string, path: string): boolean {
    const cond = t.cond!;
    try {
      return cond.evaluate({
        read: (ref) => {
          const target = t.refMap.get(ref);
          return target ? this.#refValue(t, prefix, target) : this.#effective(ref);
        },
        control: (ref) => t.refMap.get(ref)?.control,
        readVar: this.#varReader(t, prefix, path),
      });
    } catch {
      return true; // a condition that cannot be evaluated never hides anything (form-engines.md §5.5)
    }
  }

  // ------------------------------------------------------------------ visibility

  /** Recomputes one instance; returns whether its visibility or conditional state changed. */
  #evalInstance(t: Tpl, prefix: string): { chChanged: boolean; visChanged: boolean; path: string } {
    const path = joinPath(prefix, t.rel);
    const pp = this.#parentPath(t, prefix);
    const parentCH = pp !== null ? this.#condHidden.get(pp) ?? false : false;
    const parentVis = pp !== null ? this.#vis.get(pp) ?? true : true;
    const ch = parentCH || (t.cond ? !this.#evalCond(t, prefix, path) : false);
    const vis = parentVis && !ch && !t.hiddenProp && !t.ignored;
    const key = this.#skey(t, path);
    const oldCh = this.#condHidden.get(key);
    const oldVis = this.#vis.get(key);
    this.#condHidden.set(key, ch);
    this.#vis.set(key, vis);
    if (oldVis !== undefined && oldVis !== vis) this.#nodes.delete(key);
    // Only the first component of a duplicated key decides whether its value is cleared.
    if (t.dataKind !== 'none' && t.clearOnHide && !t.dup) {
      if (ch) this.cleared.add(path); else this.cleared.delete(path);
    }
    return { chChanged: oldCh !== undefined && oldCh !== ch, visChanged: oldVis !== undefined && oldVis !== vis, path };
  }

  #evaluateAll(): void {
    const before = this.#vis;
    this.#condHidden.clear();
    this.#vis = new Map();
    this.cleared.clear();
    for (const t of this.cf.topo) for (const p of this.prefixesOf(t.scope)) this.#evalInstance(t, p);
    // evalInstance saw an empty map: keep the nodes whose visibility did not actually flip.
    for (const k of this.#nodes.keys()) if (before.get(k) !== this.#vis.get(k)) this.#nodes.delete(k);
  }

  /** Full re-evaluation that reports what flipped (structural changes: rows, drafts, prefill). */
  #evaluateAllDiff(): { shown: string[]; hidden: string[] } {
    const before = new Map(this.#vis);
    this.#evaluateAll();
    const shown: string[] = [], hidden: string[] = [];
    for (const [k, v] of this.#vis) {
      const old = before.get(k);
      if (old === undefined || old === v) continue;
      (v ? shown : hidden).push(k.replace(/#\d+$/, ''));
    }
    return { shown, hidden };
  }

  #targetPrefix(d: Tpl, src: Tpl, prefix: string): string {
    if (!d.scope) return '';
    if (prefix && this.#isAncestorScope(d.scope, src.scope)) return this.#truncatePrefix(prefix, d.scope);
    return '*';
  }

  #enqueue(t: Tpl, prefix: string): void {
    let set = this.#pending[t.topo];
    if (!set) this.#pending[t.topo] = set = new Set();
    set.add(prefix);
  }

  /** Re-evaluates the dependents of a changed value, transitively, in topological order. */
  #propagate(src: Tpl, prefix: string): { shown: Inst[]; hidden: Inst[] } {
    const shown: Inst[] = [], hidden: Inst[] = [];
    let lo = Number.POSITIVE_INFINITY;
    for (const d of src.visDependents) { this.#enqueue(d, this.#targetPrefix(d, src, prefix)); lo = Math.min(lo, d.topo); }
    if (lo === Number.POSITIVE_INFINITY) return { shown, hidden };
    const topo = this.cf.topo;
    for (let i = lo; i < topo.length; i++) {
      const set = this.#pending[i];
      if (!set) continue;
      this.#pending[i] = null;
      const t = topo[i]!;
      const prefixes = set.has('*') ? this.prefixesOf(t.scope) : [...set];
      for (const p of prefixes) {
        const r = this.#evalInstance(t, p);
        if (!r.chChanged && !r.visChanged) continue;
        if (r.visChanged) (this.visibleAt(t, r.path) ? shown : hidden).push({ t, prefix: p, path: r.path });
        for (const ch of t.children) {
          if (ch.scope === t) {
            const rows = getPath(this.data, r.path);
            if (Array.isArray(rows)) for (let k = 0; k < rows.length; k++) this.#enqueue(ch, `${r.path}[${k}]`);
          } else this.#enqueue(ch, p);
        }
        if (r.chChanged) for (const d of t.visDependents) this.#enqueue(d, this.#targetPrefix(d, t, p));
      }
    }
    const byDoc = (a: Inst, b: Inst) => a.t.idx - b.t.idx || (a.path < b.path ? -1 : 1);
    return { shown: shown.sort(byDoc), hidden: hidden.sort(byDoc) };
  }

  // ------------------------------------------------------------------ steps

  #stepVisible(key: string): boolean {
    const s = this.cf.stepByKey.get(key);
    if (!s) return false;
    if (s.panel) return this.visibleAt(s.panel, s.panel.rel);
    // A run of top-level components made only of hidden-type fields is data, not a page.
    return s.members.some((m) => !m.ignored && m.control !== 'hidden' && this.visibleAt(m, m.rel));
  }

  get allSteps(): Step[] {
    return this.cf.steps.map((s) => ({ key: s.key, title: s.title, index: s.index, visible: this.#stepVisible(s.key) }));
  }

  get steps(): Step[] {
    return this.allSteps.filter((s) => s.visible);
  }

  #stepSignature(): string {
    return this.cf.steps.map((s) => (this.#stepVisible(s.key) ? '1' : '0')).join('');
  }

  stepOf(path: string): string | undefined {
    if (typeof path !== 'string') return undefined;
    const inst = this.#locate(path) ?? this.#locateLayout(path) ?? (/\[\d+\]$/.test(path) ? this.#locate(gridOfRow(path)) : null);
    return inst?.t.stepKey;
  }

  #locateLayout(path: string): Inst | null {
    if (typeof path !== 'string') return null;
    const t = this.cf.byPattern.get(path.replace(/\[\d+\]/g, '[]'));
    if (!t) return null;
    return { t, prefix: t.scope ? path.slice(0, path.length - t.rel.length - 1) : '', path };
  }

  isVisible(path: string): boolean {
    return this.#vis.get(path) ?? false;
  }

  // ------------------------------------------------------------------ values

  getValue(path: string): unknown {
    if (typeof path !== 'string') return undefined;
    return cloneData(getPath(this.data, path));
  }

  #noChange(issues: Record<string, Issue[]> = {}): ChangeResult {
    return { changed: false, shown: [], hidden: [], stepsChanged: false, issues };
  }

  setValue(path: string, value: unknown): ChangeResult {
    const inst = this.#locate(path);
    if (!inst || inst.t.dataKind === 'none') return this.#noChange();
    const { t, prefix } = inst;
    if (this.locked.has(path)) return this.#noChange({ [path]: this.#validateInst(t, prefix) });
    if (t.scope && !Array.isArray(getPath(this.data, gridOfRow(prefix)))) return this.#noChange();
    if (t.scope && typeof getPath(this.data, prefix) !== 'object') return this.#noChange();
    const v = t.dataKind === 'value' ? this.#coerceFor(t, value) : cloneData(value);
    const old = getPath(this.data, path);
    if (sameValue(old, v)) return this.#noChange({ [path]: this.#validateInst(t, prefix) });
    const before = this.#stepSignature();
    if (!setIn(this.data, parsePath(path), v)) return this.#noChange();
    if (this.prefilled.delete(path)) this.#dropNode(path);
    let shown: Inst[], hidden: Inst[];
    if (t.dataKind !== 'value') {
      // A whole container/grid replaced: rebuild its defaults and re-evaluate everything.
      this.#initDefaults(t, prefix);
      const d = this.#evaluateAllDiff();
      return this.#result(before, d.shown, d.hidden, [path]);
    }
    ({ shown, hidden } = this.#propagate(t, prefix));
    const issues: Record<string, Issue[]> = { [path]: this.#validateInst(t, prefix) };
    for (const d of t.valDependents) {
      const tp = this.#targetPrefix(d, t, prefix);
      for (const p of tp === '*' ? this.prefixesOf(d.scope) : [tp]) issues[joinPath(p, d.rel)] = this.#validateInst(d, p);
    }
    for (const s of shown) if (s.t.dataKind === 'value' || s.t.kind === 'grid') issues[s.path] = this.#validateInst(s.t, s.prefix);
    for (const h of hidden) if (h.t.dataKind === 'value' || h.t.kind === 'grid') issues[h.path] = [];
    return {
      changed: true,
      shown: shown.map((s) => s.path),
      hidden: hidden.map((s) => s.path),
      stepsChanged: this.#stepSignature() !== before,
      issues,
    };
  }

  #result(before: string, shown: string[], hidden: string[], revalidate: string[]): ChangeResult {
    const issues: Record<string, Issue[]> = {};
    for (const p of [...revalidate, ...shown]) {
      const inst = this.#locate(p);
      if (inst && (inst.t.dataKind === 'value' || inst.t.kind === 'grid')) issues[p] = this.#validateInst(inst.t, inst.prefix);
    }
    for (const p of hidden) if (this.#locate(p)) issues[p] = [];
    return { changed: true, shown, hidden, stepsChanged: this.#stepSignature() !== before, issues };
  }

  optionsOf(t: Tpl): Option[] | undefined {
    return this.#loadedOptions.get(t.pattern) ?? t.options;
  }

  setOptions(path: string, options: Option[]): ChangeResult {
    const inst = this.#locate(path);
    if (!inst || !(inst.t.control === 'select' || inst.t.control === 'radio' || inst.t.control === 'checkboxes') || !Array.isArray(options)) return this.#noChange();
    const clean = options.filter((o) => o && typeof o === 'object' && ['string', 'number', 'boolean'].includes(typeof o.value))
      .map((o) => ({ label: String(o.label ?? o.value), value: o.value }));
    this.#loadedOptions.set(inst.t.pattern, clean);
    this.#nodes.clear();
    return this.#noChange({ [path]: this.#validateInst(inst.t, inst.prefix) });
  }

  addRow(gridPath: string, row?: Data): ChangeResult {
    const inst = this.#locate(gridPath);
    if (!inst || inst.t.kind !== 'grid' || this.#isReadonlyGrid(inst.t)) return this.#noChange();
    const rows = getPath(this.data, gridPath);
    const arr = Array.isArray(rows) ? rows : [];
    const max = inst.t.c.validate?.maxLength;
    if (max !== undefined && arr.length >= max) return this.#noChange();
    const before = this.#stepSignature();
    const fresh = row && typeof row === 'object' && !Array.isArray(row) ? cloneData(row) : {};
    arr.push(fresh);
    if (!Array.isArray(rows)) setIn(this.data, parsePath(gridPath), arr);
    const i = arr.length - 1;
    for (const ch of inst.t.children) this.#initDefaults(ch, `${gridPath}[${i}]`);
    // Coerce provided row values into their shapes.
    for (const ch of inst.t.children) if (ch.dataKind === 'value') {
      const p = joinPath(`${gridPath}[${i}]`, ch.rel);
      setIn(this.data, parsePath(p), this.#coerceFor(ch, getPath(this.data, p)));
    }
    const d = this.#evaluateAllDiff();
    return this.#result(before, d.shown, d.hidden, [gridPath]);
  }

  removeRow(gridPath: string, index: number): ChangeResult {
    const inst = this.#locate(gridPath);
    if (!inst || inst.t.kind !== 'grid' || this.#isReadonlyGrid(inst.t)) return this.#noChange();
    const rows = getPath(this.data, gridPath);
    if (!Array.isArray(rows) || !Number.isInteger(index) || index < 0 || index >= rows.length) return this.#noChange();
    const before = this.#stepSignature();
    rows.splice(index, 1);
    // Locks and prefill marks inside later rows shift with them.
    const shift = (set: Set<string>) => {
      const next = new Set<string>();
      for (const p of set) {
        const m = p.startsWith(`${gridPath}[`) ? /^\[(\d+)\](.*)$/.exec(p.slice(gridPath.length)) : null;
        if (!m) { next.add(p); continue; }
        const k = Number(m[1]);
        if (k < index) next.add(p); else if (k > index) next.add(`${gridPath}[${k - 1}]${m[2]}`);
      }
      return next;
    };
    this.#nodes.clear(); // later rows moved up: their paths now hold other rows' marks
    this.locked = shift(this.locked);
    this.prefilled = shift(this.prefilled);
    const d = this.#evaluateAllDiff();
    return this.#result(before, d.shown.filter((p) => this.#vis.has(p)), d.hidden.filter((p) => this.#vis.has(p)), [gridPath]);
  }

  #isReadonlyGrid(t: Tpl): boolean {
    return t.disabled;
  }

  // ------------------------------------------------------------------ validation

  #validationContext(t: Tpl, prefix: string, path: string): ValidationContext {
    return {
      locale: this.locale, path, stepKey: t.stepKey, value: getPath(this.data, path), today: this.#today,
      valueOf: (x) => this.#refValue(t, prefix, x),
      options: this.#loadedOptions.get(t.pattern),
      readVar: this.#varReader(t, prefix, path),
    };
  }

  #validateInst(t: Tpl, prefix: string): Issue[] {
    const path = joinPath(prefix, t.rel);
    if (!this.visibleAt(t, path)) return [];
    if (t.kind === 'grid') {
      const rows = getPath(this.data, path);
      return validateValue(t, this.#validationContext(t, prefix, path), Array.isArray(rows) ? rows.length : 0);
    }
    if (t.dataKind !== 'value') return [];
    return validateValue(t, this.#validationContext(t, prefix, path));
  }

  validateField(path: string): Issue[] {
    const inst = this.#locate(path);
    return inst ? this.#validateInst(inst.t, inst.prefix) : [];
  }

  #validateTpls(tpls: Tpl[], prefix: string, out: Issue[]): void {
    for (const t of tpls) {
      const path = joinPath(prefix, t.rel);
      if (!this.visibleAt(t, path)) continue;
      if (t.kind === 'grid') {
        out.push(...this.#validateInst(t, prefix));
        const rows = getPath(this.data, path);
        if (Array.isArray(rows)) for (let i = 0; i < rows.length; i++) this.#validateTpls(t.children, `${path}[${i}]`, out);
        continue;
      }
      if (t.dataKind === 'value') out.push(...this.#validateInst(t, prefix));
      else this.#validateTpls(t.children, prefix, out);
    }
  }

  validateStep(stepKey: string): Issue[] {
    const s = this.cf.stepByKey.get(stepKey);
    if (!s || !this.#stepVisible(stepKey)) return [];
    const out: Issue[] = [];
    this.#validateTpls(s.members, '', out);
    return out;
  }

  validateAll(): Issue[] {
    return this.steps.flatMap((s) => this.validateStep(s.key));
  }

  // ------------------------------------------------------------------ render tree

  renderStep(stepKey: string): RenderNode[] {
    const s = this.cf.stepByKey.get(stepKey);
    if (!s) return [];
    // A panel step renders its children (the panel itself is the step).
    const tpls = s.panel ? s.panel.children : s.members;
    return tpls.filter((t) => !t.ignored).map((t) => this.#buildNode(t, ''));
  }

  node(path: string): RenderNode | undefined {
    const inst = this.#locate(path) ?? this.#locateLayout(path);
    return inst ? this.#buildNode(inst.t, inst.prefix) : undefined;
  }

  /** Forgets the built node of a path (and of a duplicated key's twins, `path#n`). */
  #dropNode(path: string): void {
    this.#nodes.delete(path);
    for (const k of this.#nodes.keys()) if (k.startsWith(`${path}#`)) this.#nodes.delete(k);
  }

  #buildNode(t: Tpl, prefix: string): RenderNode {
    const path = joinPath(prefix, t.rel);
    // Fields, content and unsupported nodes depend on no value: reuse them (see `nodes`).
    const cacheable = t.kind !== 'group' && t.kind !== 'columns' && t.kind !== 'grid';
    const key = cacheable ? this.#skey(t, path) : '';
    const hit = cacheable ? this.#nodes.get(key) : undefined;
    if (hit) return hit;
    const built = this.#makeNode(t, prefix, path);
    if (cacheable) this.#nodes.set(key, built);
    return built;
  }

  #makeNode(t: Tpl, prefix: string, path: string): RenderNode {
    const c = t.c;
    const base = {
      id: t.dup ? `${pathToId(path)}-${t.idx}` : pathToId(path), type: t.type, key: t.key, path, label: t.label, hideLabel: c.hideLabel === true,
      visible: this.visibleAt(t, path), component: t.raw,
    };
    const kids = (list: Tpl[], p: string) => list.filter((x) => !x.ignored).map((x) => this.#buildNode(x, p));
    switch (t.kind) {
      case 'group':
        return { ...base, kind: 'group', title: c.title ?? c.legend ?? c.label, description: c.description, children: kids(t.children, prefix) };
      case 'columns': {
        const widths = t.widths ?? [];
        return {
          ...base, kind: 'columns',
          columns: widths.map((w, i) => ({ width: w || Math.max(1, Math.floor(12 / Math.max(1, widths.length))), children: kids(t.children.filter((x) => x.columnOf === i), prefix) })),
        };
      }
      case 'content':
        return { ...base, kind: 'content', html: c.html ?? c.content ?? '', ...(t.type === 'htmlelement' ? { tag: c.tag || 'div' } : {}) };
      case 'grid': {
        const rows = getPath(this.data, path);
        const n = Array.isArray(rows) ? rows.length : 0;
        const max = c.validate?.maxLength, min = c.validate?.minLength;
        const readonly = t.disabled;
        return {
          ...base, kind: 'grid', mode: t.type === 'editgrid' ? 'editgrid' : 'datagrid', description: c.description,
          required: t.required, readonly,
          rows: Array.from({ length: n }, (_, i) => ({ index: i, path: `${path}[${i}]`, children: kids(t.children, `${path}[${i}]`) })),
          ...(min !== undefined ? { minRows: min } : {}), ...(max !== undefined ? { maxRows: max } : {}),
          canAdd: !readonly && (max === undefined || n < max),
          canRemove: !readonly && n > Math.max(min ?? 0, 0),
          ...(c.addAnother ? { addLabel: c.addAnother } : {}),
        };
      }
      case 'field':
        return this.#fieldNode(t, base);
      default:
        return { ...base, kind: 'unsupported' };
    }
  }

  #fieldNode(t: Tpl, base: Omit<FieldNode, 'kind' | 'control' | 'required' | 'locked' | 'disabled' | 'readonly' | 'prefilled' | 'multiple'>): FieldNode {
    const c = t.c;
    const v = c.validate ?? {};
    const locked = this.locked.has(base.path);
    const node: FieldNode = {
      ...base, kind: 'field', control: t.control ?? 'text', required: t.required, locked,
      disabled: t.disabled, readonly: locked || t.disabled, prefilled: this.prefilled.has(base.path), multiple: t.multiple,
    };
    if (node.control === 'hidden') node.visible = false; // stored data only: never drawn
    const opt = <K extends keyof FieldNode>(k: K, val: FieldNode[K] | undefined) => { if (val !== undefined && val !== '') node[k] = val as FieldNode[K]; };
    opt('description', t.choiceFallback ? [c.description, formMessages(this.locale, 'choiceFallback')].filter(Boolean).join(' ') : c.description);
    opt('hint', c.tooltip);
    opt('placeholder', c.placeholder);
    opt('mask', c.inputMask);
    opt('prefix', c.prefix);
    opt('suffix', c.suffix);
    const options = this.optionsOf(t);
    if (options) node.options = options.map((o) => ({ ...o }));
    if (t.control === 'select' && c.dataSrc === 'url') opt('optionsUrl', c.data?.url);
    if (t.control === 'textarea') opt('rows', c.rows ?? 3); // Form.io's default
    opt('minLength', v.minLength);
    opt('maxLength', v.maxLength);
    opt('min', v.min);
    opt('max', v.max);
    if (t.control === 'number' || t.control === 'currency') opt('decimalLimit', t.control === 'currency' ? c.decimalLimit ?? 2 : c.decimalLimit);
    // Form.io shows dollars when the editor left `currency` out (utils getCurrencyAffixes): so do we, and the lint says so.
    if (t.control === 'currency') node.currency = c.currency || 'USD';
    if (t.control === 'day') node.dayFirst = c.dayFirst === true;
    opt('minDate', t.minDate);
    opt('maxDate', t.maxDate);
    if (t.control === 'file') {
      node.file = {
        multiple: t.multiple, fileTypes: (c.fileTypes ?? []).filter((o) => o.label || o.value),
        ...(t.fileMaxSize ? { maxSize: t.fileMaxSize } : {}), ...(t.fileMinSize ? { minSize: t.fileMinSize } : {}),
        ...(c.filePattern && c.filePattern !== '*' ? { accept: c.filePattern } : {}),
        ...(c.storage ? { storage: c.storage } : {}), ...(c.url ? { url: c.url } : {}),
      };
    }
    opt('autocomplete', AUTOCOMPLETE[t.key]);
    const on = (t.raw as { validateOn?: unknown }).validateOn;
    // Choices validate as soon as they change; typed text on blur, once touched (form-engines.md §5.2).
    node.validateOn = on === 'blur' || on === 'change' ? on
      : ['radio', 'checkbox', 'checkboxes', 'select', 'file', 'day', 'date', 'datetime', 'time'].includes(node.control) ? 'change' : 'blur';
    if (t.plugins.some((p) => NUMERIC_PLUGINS.has(p))) node.inputMode = 'numeric';
    else if (t.control === 'number' || t.control === 'currency') node.inputMode = 'decimal';
    else if (t.control === 'tel') node.inputMode = 'tel';
    else if (t.control === 'email') node.inputMode = 'email';
    return node;
  }

  // ------------------------------------------------------------------ data out

  draftData(): Data {
    return cloneData(this.data);
  }

  toDraft(state: { currentStep?: string | null; visitedSteps?: string[]; savedAt?: Date; etag?: string } = {}): DraftEnvelope {
    return {
      version: 1,
      formId: this.form.id,
      formRevision: this.form.revision,
      data: this.draftData(),
      currentStep: state.currentStep ?? null,
      visitedSteps: [...(state.visitedSteps ?? [])],
      savedAt: (state.savedAt ?? new Date()).toISOString(),
      ...(state.etag ? { etag: state.etag } : {}),
    };
  }

  loadDraft(draft: unknown): DraftLoadResult {
    const env = readDraft(draft);
    const orphans: { path: string; value: unknown }[] = [];
    // SPID/CIE data locked by an earlier prefill wins over what the draft holds (pa-domain.md §4.2).
    const locked = [...this.locked].map((p) => [p, getPath(this.data, p)] as const);
    const prefilled = [...this.prefilled].map((p) => [p, getPath(this.data, p)] as const);
    this.data = {};
    for (const r of this.cf.roots) this.#initDefaults(r, '');
    if (env) this.#migrate(env.data, '', orphans);
    for (const [p, v] of locked) setIn(this.data, parsePath(p), cloneData(v));
    this.#nodes.clear();
    this.prefilled = new Set(prefilled.filter(([p, v]) => sameValue(getPath(this.data, p), v)).map(([p]) => p));
    this.#evaluateAll();
    const visible = new Set(this.steps.map((s) => s.key));
    const known = new Set(this.cf.steps.map((s) => s.key));
    const currentStep = env?.currentStep && visible.has(env.currentStep) ? env.currentStep : this.steps[0]?.key ?? null;
    return {
      revisionChanged: !!env && env.formRevision !== this.form.revision,
      orphans,
      issues: this.validateAll(),
      currentStep,
      visitedSteps: (env?.visitedSteps ?? []).filter((k) => known.has(k)),
    };
  }

  /** Copies draft values whose path still exists; reports the others as orphans. */
  #migrate(src: Record<string, unknown>, prefix: string, orphans: { path: string; value: unknown }[]): void {
    for (const [k, value] of Object.entries(src)) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      const path = joinPath(prefix, k);
      const t = this.cf.byPattern.get(path.replace(/\[\d+\]/g, '[]'));
      if (!t || t.dataKind === 'none') {
        // Dotted keys (`a.b`) are stored nested: descend when the path is a prefix of a known one.
        if (value && typeof value === 'object' && !Array.isArray(value) && this.#isPrefixOfKnown(path)) this.#migrate(value as Record<string, unknown>, path, orphans);
        else if (!(prefix === '' && k === 'submit')) orphans.push({ path, value: cloneData(value) });
        continue;
      }
      if (t.dataKind === 'value') {
        setIn(this.data, parsePath(path), this.#coerceFor(t, cloneData(value)));
      } else if (t.dataKind === 'container') {
        if (value && typeof value === 'object' && !Array.isArray(value)) this.#migrate(value as Record<string, unknown>, path, orphans);
        else orphans.push({ path, value: cloneData(value) });
      } else if (t.dataKind === 'nested') {
        const v = value as Record<string, unknown> | null;
        if (v && typeof v === 'object' && !Array.isArray(v) && v.data && typeof v.data === 'object' && !Array.isArray(v.data)) {
          this.#migrate(v.data as Record<string, unknown>, `${path}.data`, orphans);
          const target = getPath(this.data, path) as Record<string, unknown>;
          for (const [mk, mv] of Object.entries(v)) if (mk !== 'data' && !(mk in target)) target[mk] = cloneData(mv); // keep Form.io metadata
        } else orphans.push({ path, value: cloneData(value) });
      } else if (t.dataKind === 'grid') {
        if (!Array.isArray(value)) { orphans.push({ path, value: cloneData(value) }); continue; }
        const rows: unknown[] = [];
        setIn(this.data, parsePath(path), rows);
        value.forEach((row, i) => {
          rows.push({});
          for (const ch of t.children) this.#initDefaults(ch, `${path}[${i}]`);
          if (row && typeof row === 'object' && !Array.isArray(row)) this.#migrate(row as Record<string, unknown>, `${path}[${i}]`, orphans);
        });
      }
    }
  }

  #isPrefixOfKnown(path: string): boolean {
    const p = `${path.replace(/\[\d+\]/g, '[]')}.`;
    for (const k of this.cf.byPattern.keys()) if (k.startsWith(p)) return true;
    return false;
  }

  // ------------------------------------------------------------------ prefill & locks

  prefill(citizen: CitizenProfile): PrefillResult {
    const result = applyPrefill(citizen, {
      has: (path) => {
        const inst = this.#locate(path);
        return inst?.t.dataKind === 'value' ? inst.t : null;
      },
      isEmpty: (path) => isEmptyValue(this.#locate(path)?.t.control, getPath(this.data, path)),
      set: (path, v) => {
        const inst = this.#locate(path)!;
        setIn(this.data, parsePath(path), this.#coerceFor(inst.t, v));
        this.prefilled.add(path);
      },
    });
    for (const p of result.locked) this.locked.add(p);
    this.#nodes.clear();
    this.#evaluateAll();
    return result;
  }

  isLocked(path: string): boolean {
    return this.locked.has(path);
  }

  get lockedPaths(): ReadonlySet<string> {
    return this.locked;
  }
}
