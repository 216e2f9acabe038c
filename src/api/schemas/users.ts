import * as z from 'zod/mini';
import { optString } from './common.js';

const AddressWire = z.nullish(
  z.object({ address: optString, post_code: optString, municipality: optString, county: optString, country: optString }),
);

/**
 * `GET /api/users/{id}` (opencity-api.md §4.8): v1 Italian keys (2.13) or v2 English keys (3.x).
 * Both are optional here; the adapter requires a name from one or the other.
 */
export const UserWire = z.object({
  id: z.string(),
  role: optString,
  // v1
  nome: optString,
  cognome: optString,
  full_name: optString,
  codice_fiscale: optString,
  data_nascita: optString,
  luogo_nascita: optString,
  provincia_nascita: optString,
  stato_nascita: optString,
  sesso: optString,
  telefono: optString,
  cellulare: optString,
  email: optString,
  indirizzo_domicilio: optString,
  cap_domicilio: optString,
  citta_domicilio: optString,
  provincia_domicilio: optString,
  stato_domicilio: optString,
  indirizzo_residenza: optString,
  cap_residenza: optString,
  citta_residenza: optString,
  provincia_residenza: optString,
  stato_residenza: optString,
  // v2 / 3.x
  given_name: optString,
  family_name: optString,
  tax_code: optString,
  date_of_birth: optString,
  place_of_birth: optString,
  county_of_birth: optString,
  country_of_birth: optString,
  gender: optString,
  mobile_phone: optString,
  telephone: optString,
  residency: AddressWire,
  domicile: AddressWire,
  authentication_method: optString,
});
export type UserWire = z.infer<typeof UserWire>;
