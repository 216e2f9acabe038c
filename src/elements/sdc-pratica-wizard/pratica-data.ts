import type { Data, FormModel } from '../../forms/index.js';

type Component = Record<string, unknown> & { type?: string; key?: string; input?: boolean };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const LAYOUT = new Set(['panel', 'columns', 'column', 'fieldset', 'well', 'table', 'tabs', 'htmlelement', 'content']);

function childrenOf(c: Component): Component[] {
  const out: Component[] = [];
  if (Array.isArray(c.components)) out.push(...(c.components as Component[]));
  if (Array.isArray(c.columns)) for (const col of c.columns as Component[]) if (Array.isArray(col.components)) out.push(...(col.components as Component[]));
  if (Array.isArray(c.rows)) for (const row of c.rows as unknown[]) if (Array.isArray(row)) for (const cell of row as Component[]) if (Array.isArray(cell?.components)) out.push(...(cell.components as Component[]));
  return out;
}

/**
 * The domain keeps a pratica's `data` in the v2 shape without Form.io's nested-form `{data: …}`
 * wrappers (src/domain/pratica.ts); the form engine and the write API need them back
 * (opencity-api.md §4.3 "Writes", §6.2). Walks the form definition and re-adds a wrapper under every
 * nested `form` component; data already wrapped is left as it is.
 */
export function wrapNestedForms(components: unknown, data: Data): Data {
  const out: Data = { ...data };
  const list = Array.isArray(components) ? (components as Component[]) : [];
  for (const c of list) {
    if (!isObject(c)) continue;
    const key = typeof c.key === 'string' ? c.key : undefined;
    if (c.type === 'form' && key && isObject(out[key])) {
      const v = out[key] as Data;
      out[key] = isObject(v.data) ? { ...v, data: wrapNestedForms(childrenOf(c), v.data) } : { data: wrapNestedForms(childrenOf(c), v) };
      continue;
    }
    if ((c.type === 'container') && key && isObject(out[key])) {
      out[key] = wrapNestedForms(childrenOf(c), out[key] as Data);
      continue;
    }
    if ((c.type === 'datagrid' || c.type === 'editgrid') && key && Array.isArray(out[key])) {
      out[key] = (out[key] as unknown[]).map((row) => (isObject(row) ? wrapNestedForms(childrenOf(c), row) : row));
      continue;
    }
    if (!key || LAYOUT.has(String(c.type)) || c.input === false) {
      Object.assign(out, wrapNestedForms(childrenOf(c), out));
    }
  }
  return out;
}

/** Field messages from a 400 of the backend, matched to component paths when possible (opencity-api.md §7.2). */
export interface MappedServerErrors {
  byPath: Record<string, string[]>;
  /** Messages that name no known field: shown in the summary without a link. */
  general: string[];
}

/**
 * Server validation fields look like `data.applicant.data.email_address`, `data[email_address]`,
 * `email_address` or `''`: normalise and match against the model's paths, else by the last key.
 */
export function mapServerErrors(fields: Record<string, string[]> | undefined, model: FormModel): MappedServerErrors {
  const byPath: Record<string, string[]> = {};
  const general: string[] = [];
  if (!fields) return { byPath, general };
  const known = model.summary().flatMap((s) => s.rows.filter((r) => r.kind === 'value').map((r) => r.path));
  for (const [raw, messages] of Object.entries(fields)) {
    const key = raw.replace(/\[(\w+)\]/g, '.$1').replace(/^\./, '');
    const candidates = [key, key.replace(/^data\./, ''), key.replace(/^data\./, '').replace(/^children\./, '')];
    let path = candidates.find((c) => c && model.node(c));
    if (!path && key) {
      const last = key.split('.').pop()!;
      path = known.find((p) => p === last || p.endsWith(`.${last}`));
    }
    if (path) (byPath[path] ??= []).push(...messages);
    else general.push(...messages);
  }
  return { byPath, general };
}
