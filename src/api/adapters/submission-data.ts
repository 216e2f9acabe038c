function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Any submission `data` → the v2 nested shape without Form.io `data` wrappers (opencity-api.md §4.3):
 * v1 flat dotted keys (`applicant.data.completename.data.name`) are nested, `{data: {...}}` wrappers of
 * nested forms are removed, PHP's `[]` for an empty map becomes `{}`.
 */
export function normalizeSubmissionData(data: unknown): Record<string, unknown> {
  if (!isPlainObject(data)) return {};
  const flat = Object.keys(data).some((k) => k.includes('.'));
  return unwrap(flat ? nestDotted(data) : data) as Record<string, unknown>;
}

function nestDotted(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    // v2 drops the `data` segments (never the last one, which would be a field called "data").
    const path = parts.filter((p, i) => !(p === 'data' && i < parts.length - 1));
    let node: Record<string, unknown> = root;
    path.forEach((p, i) => {
      if (i === path.length - 1) {
        node[p] = value;
      } else {
        if (!isPlainObject(node[p])) node[p] = {};
        node = node[p] as Record<string, unknown>;
      }
    });
  }
  return arraysFromIndexKeys(root) as Record<string, unknown>;
}

/** `{0: a, 1: b}` (from `grid.0.name` keys) → `[a, b]`. */
function arraysFromIndexKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(arraysFromIndexKeys);
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = arraysFromIndexKeys(v[k]);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => out[k]);
  }
  return out;
}

function unwrap(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unwrap);
  if (!isPlainObject(v)) return v;
  const keys = Object.keys(v);
  if (keys.includes('data') && isPlainObject(v.data) && keys.every((k) => k === 'data' || k === 'metadata' || k === 'state')) {
    return unwrap(v.data);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = unwrap(v[k]);
  return out;
}
