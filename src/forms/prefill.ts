/**
 * Prefill of OpenCity's "Anagrafica" paths from a citizen profile (opencity-api.md §6.2) and the
 * locks of SPID/CIE data (pa-domain.md §4.2: identity data is never editable).
 */
import type { Tpl } from './compile.js';
import type { CitizenField, CitizenProfile, PrefillResult } from './types.js';
import { normalizeSex, parseAnyDate } from './italian.js';

const A = 'applicant.data';
type Source = { field: CitizenField; get: (c: CitizenProfile) => unknown; paths: string[] };

const MAP: Source[] = [
  { field: 'givenName', get: (c) => c.givenName, paths: [`${A}.completename.data.name`] },
  { field: 'familyName', get: (c) => c.familyName, paths: [`${A}.completename.data.surname`] },
  { field: 'taxCode', get: (c) => c.taxCode?.replace(/^TINIT-/i, '').toUpperCase(), paths: [`${A}.fiscal_code.data.fiscal_code`] },
  { field: 'email', get: (c) => c.email, paths: [`${A}.email_address`, 'email_address'] },
  { field: 'pec', get: (c) => c.pec, paths: [`${A}.pec`] },
  { field: 'mobilePhone', get: (c) => c.mobilePhone, paths: [`${A}.cell_number`] },
  { field: 'phone', get: (c) => c.phone ?? c.mobilePhone, paths: [`${A}.phone_number`] },
  { field: 'birthDate', get: (c) => c.birthDate, paths: [`${A}.Born.data.natoAIl`] },
  { field: 'birthPlace', get: (c) => c.birthPlace, paths: [`${A}.Born.data.place_of_birth`] },
  { field: 'gender', get: (c) => c.gender, paths: [`${A}.gender.data.gender`] },
  { field: 'address', get: (c) => c.address?.street, paths: [`${A}.address.data.address`] },
  { field: 'address', get: (c) => c.address?.houseNumber, paths: [`${A}.address.data.house_number`] },
  { field: 'address', get: (c) => c.address?.municipality, paths: [`${A}.address.data.municipality`] },
  { field: 'address', get: (c) => c.address?.postalCode, paths: [`${A}.address.data.postal_code`] },
  { field: 'address', get: (c) => c.address?.county, paths: [`${A}.address.data.county`] },
  { field: 'address', get: (c) => c.address?.country, paths: [`${A}.address.data.country`] },
];

const DEFAULT_VERIFIED: CitizenField[] = ['givenName', 'familyName', 'taxCode'];

export interface PrefillTarget {
  has(path: string): Tpl | null;
  isEmpty(path: string): boolean;
  set(path: string, value: unknown): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value in the format of the target component. */
function adapt(t: Tpl, field: CitizenField, v: unknown): unknown {
  if (field === 'birthDate') {
    const p = parseAnyDate(v);
    if (!p) return v;
    if (t.control === 'date' || t.control === 'datetime') return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
    if (t.control === 'day') return t.c.dayFirst ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : `${pad(p.month)}/${pad(p.day)}/${p.year}`;
    return `${pad(p.day)}/${pad(p.month)}/${p.year}`; // OpenCity's natoAIl: textfield with mask 99/99/9999
  }
  if (field === 'gender') {
    const sex = normalizeSex(v);
    if (!sex) return undefined;
    const opts = t.options ?? [];
    const hit = opts.find((o) => normalizeSex(o.value) === sex) ?? opts.find((o) => normalizeSex(o.label) === sex);
    return hit ? hit.value : sex === 'M' ? 'maschio' : 'femmina';
  }
  return v;
}

export function applyPrefill(citizen: CitizenProfile, target: PrefillTarget): PrefillResult {
  const filled: string[] = [];
  const locked: string[] = [];
  if (!citizen || typeof citizen !== 'object') return { filled, locked };
  const verified = new Set(Array.isArray(citizen.verified) ? citizen.verified : DEFAULT_VERIFIED);
  for (const src of MAP) {
    let raw: unknown;
    try { raw = src.get(citizen); } catch { raw = undefined; }
    if (raw === undefined || raw === null || raw === '' || typeof raw === 'object') continue;
    for (const path of src.paths) {
      const t = target.has(path);
      if (!t) continue;
      const lock = verified.has(src.field);
      // Identity data always wins; other data only fills what is still empty (never overwrites the citizen).
      if (!lock && !target.isEmpty(path)) continue;
      const v = adapt(t, src.field, typeof raw === 'string' ? raw.trim() : raw);
      if (v === undefined || v === '') continue;
      target.set(path, v);
      filled.push(path);
      if (lock) locked.push(path);
    }
  }
  return { filled, locked };
}
