/**
 * Italian validators (pa-domain.md §3, test vectors §7). Each returns `{ok, code, normalized}`;
 * `code` names the failure so messages can be specific ("deve avere 16 caratteri" vs "carattere di
 * controllo"). `severity: 'warning'` marks checks that must not block (pagoPA mod 93, §1.2).
 */
export interface CheckResult {
  ok: boolean;
  /** Failure code (`length`, `format`, `check`, `date`, `zeros`, `aux`, …); `''` when ok. */
  code: string;
  /** Cleaned value (upper case, spaces removed) — what to store when ok. */
  normalized: string;
  /** A failing check that should only warn. */
  severity?: 'error' | 'warning';
}

const ok = (normalized: string): CheckResult => ({ ok: true, code: '', normalized });
const fail = (code: string, normalized: string, severity: 'error' | 'warning' = 'error'): CheckResult =>
  ({ ok: false, code, normalized, severity });

// ---------------------------------------------------------------- codice fiscale (§3.1)

const ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
function evenValue(c: string): number {
  return c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
}
/** The CF/CIN check letter over a string of alphanumerics (1-based odd positions use the "dispari" table). */
function checkLetter(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? ODD[s[i]!]! : evenValue(s[i]!);
  return String.fromCharCode(65 + (sum % 26));
}

const CF_SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const MONTHS = 'ABCDEHLMPRST';
const OMOCODIA = 'LMNPQRSTUV';
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function clean(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v).replace(/[\s.\-]/g, '').toUpperCase() : '';
}

export interface CodiceFiscaleInfo {
  surnameCode: string;
  nameCode: string;
  /** Two-digit year (century unknown). */
  year: number;
  month: number;
  day: number;
  sex: 'M' | 'F';
  place: string;
}

function deOmocodia(cf: string): string {
  const chars = cf.split('');
  for (const i of [6, 7, 9, 10, 12, 13, 14]) {
    const k = OMOCODIA.indexOf(chars[i]!);
    if (k >= 0) chars[i] = String(k);
  }
  return chars.join('');
}

/** Decodes a valid-shaped CF (omocodia letters mapped back to digits). */
export function decodeCodiceFiscale(value: string): CodiceFiscaleInfo | null {
  const cf = clean(value);
  if (!CF_SHAPE.test(cf)) return null;
  const d = deOmocodia(cf);
  const rawDay = Number(d.slice(9, 11));
  return {
    surnameCode: cf.slice(0, 3),
    nameCode: cf.slice(3, 6),
    year: Number(d.slice(6, 8)),
    month: MONTHS.indexOf(d[8]!) + 1,
    day: rawDay > 40 ? rawDay - 40 : rawDay,
    sex: rawDay > 40 ? 'F' : 'M',
    place: d.slice(11, 15),
  };
}

export function checkCodiceFiscale(value: unknown): CheckResult {
  const cf = clean(value);
  if (cf.length !== 16) return fail('length', cf);
  if (!CF_SHAPE.test(cf)) return fail('format', cf);
  if (checkLetter(cf.slice(0, 15)) !== cf[15]) return fail('check', cf);
  const info = decodeCodiceFiscale(cf)!;
  const rawDay = Number(deOmocodia(cf).slice(9, 11));
  // Day 1–31 (men) or 41–71 (women), and possible in that month (year unknown: allow 29 Feb).
  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) return fail('date', cf);
  if (info.day > DAYS_IN_MONTH[info.month - 1]!) return fail('date', cf);
  if (!/^[A-Z]\d{3}$/.test(info.place)) return fail('format', cf);
  return ok(cf);
}

/** The three consonants/vowels code used for surname (`forName=false`) or name (§3.1). */
export function nameCode(text: string, forName: boolean): string {
  const letters = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z]/g, '');
  const cons = letters.replace(/[AEIOU]/g, '');
  const vows = letters.replace(/[^AEIOU]/g, '');
  if (forName && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!;
  return (cons + vows + 'XXX').slice(0, 3);
}

export interface ConsistencyInput {
  givenName?: string;
  familyName?: string;
  /** ISO yyyy-mm-dd, or dd/mm/yyyy. */
  birthDate?: string;
  /** M/F, maschio/femmina, male/female. */
  gender?: string;
}

/** Which personal data disagree with a (valid) CF: `familyName`, `givenName`, `birthDate`, `gender`. */
export function codiceFiscaleMismatches(cf: string, input: ConsistencyInput): (keyof ConsistencyInput)[] {
  const info = decodeCodiceFiscale(cf);
  if (!info) return [];
  const out: (keyof ConsistencyInput)[] = [];
  if (input.familyName?.trim() && nameCode(input.familyName, false) !== info.surnameCode) out.push('familyName');
  if (input.givenName?.trim() && nameCode(input.givenName, true) !== info.nameCode) out.push('givenName');
  const date = input.birthDate ? parseAnyDate(input.birthDate) : null;
  if (date && (date.year % 100 !== info.year || date.month !== info.month || date.day !== info.day)) out.push('birthDate');
  const sex = normalizeSex(input.gender);
  if (sex && sex !== info.sex) out.push('gender');
  return out;
}

export function normalizeSex(v: unknown): 'M' | 'F' | null {
  const s = String(v ?? '').trim().toLowerCase();
  if (['m', 'maschio', 'male', 'uomo', 'maschile'].includes(s)) return 'M';
  if (['f', 'femmina', 'female', 'donna', 'femminile'].includes(s)) return 'F';
  return null;
}

// ---------------------------------------------------------------- P.IVA (§3.2)

export function checkPartitaIva(value: unknown): CheckResult {
  const v = clean(value).replace(/^IT/, '');
  if (!/^\d+$/.test(v)) return fail('format', v);
  if (v.length !== 11) return fail('length', v);
  if (/^0{11}$/.test(v)) return fail('zeros', v); // passes the checksum, never assigned
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = v.charCodeAt(i) - 48;
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  return (10 - (sum % 10)) % 10 === v.charCodeAt(10) - 48 ? ok(v) : fail('check', v);
}

/** A tax code that may belong to a person (16 chars) or an entity/company (11 digits). */
export function checkCodiceFiscaleOrPartitaIva(value: unknown): CheckResult {
  const v = clean(value);
  return /^\d{11}$/.test(v) ? checkPartitaIva(v) : checkCodiceFiscale(v);
}

// ---------------------------------------------------------------- IBAN (§3.4)

function mod97(s: string): number {
  // Digit-by-digit remainder: no BigInt needed and no precision loss.
  let r = 0;
  for (const ch of s) {
    const n = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) r = (r * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return r;
}

export function checkIban(value: unknown, options: { foreign?: boolean } = {}): CheckResult {
  const v = clean(value);
  if (!options.foreign || v.startsWith('IT')) {
    if (!v.startsWith('IT')) return fail('country', v);
    if (v.length !== 27) return fail('length', v);
    if (!/^IT\d{2}[A-Z]\d{10}[0-9A-Z]{12}$/.test(v)) return fail('format', v);
  } else if (!/^[A-Z]{2}\d{2}[0-9A-Z]{11,30}$/.test(v)) {
    return fail('format', v);
  }
  if (mod97(v.slice(4) + v.slice(0, 4)) !== 1) return fail('check', v);
  return ok(v);
}

// ---------------------------------------------------------------- CAP (§3.3)

export function checkCap(value: unknown): CheckResult {
  const v = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return /^\d{5}$/.test(v) ? ok(v) : fail(/^\d+$/.test(v) ? 'length' : 'format', v);
}

// ---------------------------------------------------------------- provincia

/** Sigle of the Italian provinces and metropolitan cities (ISTAT, 2024), plus `EE` for abroad. */
const PROVINCE = new Set((
  'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR ' +
  'GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ ' +
  'RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV EE'
).split(' '));

/** A provincia sigla (`RM`, `bo`), as the Anagrafica's `county` expects it; `EE` for an address abroad. */
export function checkProvincia(value: unknown): CheckResult {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(v)) return fail('format', v);
  return PROVINCE.has(v) ? ok(v) : fail('check', v);
}

// ---------------------------------------------------------------- phone (§3.5)

export function checkPhone(value: unknown): CheckResult {
  let v = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/[\s.\-()/]/g, '') : '';
  if (v.startsWith('0039')) v = `+39${v.slice(4)}`;
  else if (v.startsWith('00')) v = `+${v.slice(2)}`;
  if (/^(\+39)?3\d{8,9}$/.test(v) || /^(\+39)?0\d{5,10}$/.test(v)) return ok(v);
  if (v.startsWith('+39')) return fail('format', v); // a +39 number must be a valid Italian one
  if (/^\+\d{6,15}$/.test(v)) return ok(v);
  return fail('format', v);
}

// ---------------------------------------------------------------- e-mail / PEC (§3.6)

// input type=email semantics (WHATWG), plus a dot in the domain: citizens' addresses always have one.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function checkEmail(value: unknown): CheckResult {
  const v = typeof value === 'string' ? value.trim() : '';
  return EMAIL.test(v) ? ok(v) : fail('format', v);
}

// ---------------------------------------------------------------- pagoPA notice code (§1.2)

export function checkNoticeCode(value: unknown): CheckResult {
  const v = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s/g, '') : '';
  if (!/^\d+$/.test(v)) return fail('format', v);
  if (v.length !== 18) return fail('length', v);
  const aux = v[0]!;
  if (aux === '1') return ok(v); // legacy: no check digits
  if (!'023'.includes(aux)) return fail('aux', v);
  let r = 0;
  for (let i = 0; i < 16; i++) r = (r * 10 + (v.charCodeAt(i) - 48)) % 93;
  // Published sample numbers break mod 93 and PSPs are not obliged to check it: warn only.
  return String(r).padStart(2, '0') === v.slice(16) ? ok(v) : fail('check', v, 'warning');
}

// ---------------------------------------------------------------- marca da bollo (§3.8)

export function checkMarcaDaBollo(value: unknown): CheckResult {
  const v = typeof value === 'string' || typeof value === 'number' ? String(value).replace(/\s/g, '') : '';
  if (!/^\d+$/.test(v)) return fail('format', v);
  return v.length === 14 ? ok(v) : fail('length', v);
}

// ---------------------------------------------------------------- dates (§3.7)

export interface YMD { year: number; month: number; day: number }

export function realDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || year < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `dd/mm/yyyy` with a real calendar check. */
export function checkItalianDate(value: unknown): CheckResult {
  const v = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  if (!m) return fail('format', v);
  return realDate(Number(m[3]), Number(m[2]), Number(m[1])) ? ok(v) : fail('date', v);
}

/** ISO `yyyy-mm-dd[Thh:mm…]` or `dd/mm/yyyy` → parts (no calendar check). */
export function parseAnyDate(value: unknown): YMD | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() };
  }
  if (typeof value !== 'string') return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  return null;
}
