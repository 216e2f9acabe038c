/**
 * The one data codec between a pratica's `data` as the API gives it and Form.io's submission shape.
 *
 * The domain keeps `Pratica.data` in the v2 nested shape without Form.io's nested-form `{data: …}`
 * wrappers (src/api/adapters/common.ts `toV2Data`, opencity-api.md §4.3); the form engine and the
 * write API need them back (§6.2: `applicant.data.completename.data.name`). This walks the compiled
 * form (the engine's one tree walker, nested forms by reference included) and re-adds a wrapper under
 * every nested form; data already wrapped is left as it is.
 */
import { compiledOf } from './compiled.js';
import type { Tpl } from './compile.js';
import type { Data, ParsedForm } from './types.js';

const isObj = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function rewrap(tpls: readonly Tpl[], value: Data): Data {
  const out: Data = { ...value };
  for (const t of tpls) {
    if (t.dataKind === 'none') {
      Object.assign(out, rewrap(t.children, out));
      continue;
    }
    if (!(t.key in out)) continue;
    const v = out[t.key];
    if (t.dataKind === 'nested' && isObj(v)) {
      const wrapped = isObj(v.data) && !t.children.some((ch) => ch.key === 'data' && ch.dataKind !== 'none');
      out[t.key] = wrapped ? { ...v, data: rewrap(t.children, v.data as Data) } : { data: rewrap(t.children, v) };
    } else if (t.dataKind === 'container' && isObj(v)) {
      out[t.key] = rewrap(t.children, v);
    } else if (t.dataKind === 'grid' && Array.isArray(v)) {
      out[t.key] = v.map((row) => (isObj(row) ? rewrap(t.children, row) : row));
    } else if (t.key === 'natoAIl' && typeof v === 'string') {
      // The API rewrites every `natoAIl` to ISO 8601 (opencity-api.md §4.3); the Anagrafica holds dd/mm/yyyy text.
      const m = ISO_DAY.exec(v);
      if (m && t.control !== 'date' && t.control !== 'datetime') out[t.key] = `${m[3]}/${m[2]}/${m[1]}`;
    }
  }
  return out;
}

/** v2 data (no wrappers) → Form.io submission data, following the form (nested forms by reference included). */
export function toFormioData(form: ParsedForm, data: Data): Data {
  return rewrap(compiledOf(form).roots, data);
}
