/**
 * `GET/PUT/PATCH /api/users/{id}` (opencity-api.md §3.8, §4.8): v1 Italian keys, v2 English keys;
 * self only; PUT/PATCH answer string arrays; field validation as `validation_error`.
 */
import { http } from 'msw';
import { mutate } from '../db.js';
import type { UserRecord } from '../fixtures/citizens.js';
import { apiVersion, authenticate, isObject, json, readJson, strings, validationError } from '../http.js';
import { userToWireV1, userToWireV2 } from '../wire.js';

/** v2 (English) → v1 (Italian) keys accepted on writes. */
const V2_TO_V1: Record<string, keyof UserRecord> = {
  given_name: 'nome', family_name: 'cognome', tax_code: 'codice_fiscale', date_of_birth: 'data_nascita', place_of_birth: 'luogo_nascita',
  county_of_birth: 'provincia_nascita', country_of_birth: 'stato_nascita', email: 'email', mobile_phone: 'cellulare', telephone: 'telefono',
};
const NESTED: Record<string, Record<string, keyof UserRecord>> = {
  residency: { address: 'indirizzo_residenza', post_code: 'cap_residenza', municipality: 'citta_residenza', county: 'provincia_residenza', country: 'stato_residenza' },
  domicile: { address: 'indirizzo_domicilio', post_code: 'cap_domicilio', municipality: 'citta_domicilio', county: 'provincia_domicilio', country: 'stato_domicilio' },
};
const WRITABLE = new Set<keyof UserRecord>([
  'nome', 'cognome', 'codice_fiscale', 'data_nascita', 'luogo_nascita', 'codice_nascita', 'provincia_nascita', 'stato_nascita', 'sesso',
  'telefono', 'cellulare', 'email',
  'indirizzo_domicilio', 'cap_domicilio', 'citta_domicilio', 'provincia_domicilio', 'stato_domicilio',
  'indirizzo_residenza', 'cap_residenza', 'citta_residenza', 'provincia_residenza', 'stato_residenza',
]);

function normalize(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (NESTED[k] && isObject(v)) for (const [nk, nv] of Object.entries(v)) { const t = NESTED[k]![nk]; if (t) out[t] = nv; }
    else if (k === 'gender') out.sesso = v === 'male' ? 'M' : v === 'female' ? 'F' : v;
    else out[V2_TO_V1[k] ?? k] = v;
  }
  return out;
}

function validate(changes: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [k, v] of Object.entries(changes)) {
    if (!WRITABLE.has(k as keyof UserRecord)) { errors.push(`Questo form non dovrebbe contenere campi aggiuntivi.: ${k}`); continue; }
    if (v !== null && typeof v !== 'string') { errors.push(`Questo valore non è valido.: ${k}`); continue; }
    if (typeof v !== 'string' || v === '') continue;
    if (k === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) errors.push(`Questo valore non è un indirizzo email valido.: ${k}`);
    if ((k === 'cap_residenza' || k === 'cap_domicilio') && !/^\d{5}$/.test(v)) errors.push(`Questo valore non è valido.: ${k}`);
    if ((k === 'cellulare' || k === 'telefono') && !/^\+?[\d\s().-]{6,20}$/.test(v)) errors.push(`Questo valore non è un numero di telefono valido.: ${k}`);
    if (k === 'data_nascita' && !/^\d{4}-\d{2}-\d{2}/.test(v)) errors.push(`Questo valore non è una data valida.: ${k}`);
    if (k === 'sesso' && !['M', 'F'].includes(v)) errors.push(`Questo valore non è valido.: ${k}`);
  }
  return errors;
}

function update(request: Request, id: string, replace: boolean) {
  return (async () => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    if (auth.user.id !== id) return strings(403, 'You are not allowed to edit this user');
    const body = await readJson(request);
    if (!body.ok) return body.response;
    if (!isObject(body.body)) return validationError(['Questo valore non è valido.']);
    const changes = normalize(body.body);
    if (typeof changes.data_nascita === 'string') changes.data_nascita = changes.data_nascita.slice(0, 10);
    const errors = validate(changes);
    if (errors.length) return validationError(errors);
    mutate((s) => {
      const u = s.users.find((x) => x.id === id)!;
      Object.assign(u, changes, { updated_at: Date.now() });
    });
    return replace ? strings(200, 'Object Modified Successfully') : strings(200, 'Object Patched Successfully');
  })();
}

export const userHandlers = [
  http.get('*/api/users/:id', ({ request, params }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    if (auth.user.id !== params.id) return strings(403, 'You are not allowed to view this user');
    return json(apiVersion(request) === 2 ? userToWireV2(auth.user) : userToWireV1(auth.user));
  }),
  http.put('*/api/users/:id', ({ request, params }) => update(request, String(params.id), true)),
  http.patch('*/api/users/:id', ({ request, params }) => update(request, String(params.id), false)),
  http.get('*/api/users', ({ request }) => {
    const auth = authenticate(request);
    if (auth.response) return auth.response;
    return strings(403, 'Access Denied.');
  }),
];
