import type { Citizen, CitizenPatch } from '../../domain/citizen.js';

/**
 * A profile edit → the PATCH body with the v1 keys of `UserApiType` (opencity-api.md §3.8, §4.8).
 * Fields locked to SPID/CIE are dropped even if asked (§4.8: treat them as read-only).
 */
export function toUserPatch(patch: CitizenPatch, current?: Citizen): Record<string, string | null> {
  const locked = new Set(current?.readOnlyFields ?? ['givenName', 'familyName', 'fiscalCode']);
  const out: Record<string, string | null> = {};
  const put = (field: keyof CitizenPatch, key: string, v: string | undefined): void => {
    if (v === undefined || locked.has(field as never)) return;
    out[key] = v === '' ? null : v;
  };
  put('givenName', 'nome', patch.givenName);
  put('familyName', 'cognome', patch.familyName);
  put('fiscalCode', 'codice_fiscale', patch.fiscalCode);
  put('birthDate', 'data_nascita', patch.birthDate);
  put('birthPlace', 'luogo_nascita', patch.birthPlace);
  put('birthProvince', 'provincia_nascita', patch.birthProvince);
  put('birthCountry', 'stato_nascita', patch.birthCountry);
  put('gender', 'sesso', patch.gender);
  put('email', 'email', patch.email);
  put('mobilePhone', 'cellulare', patch.mobilePhone);
  put('phone', 'telefono', patch.phone);
  const addr = (field: 'residence' | 'domicile', suffix: string): void => {
    const a = patch[field];
    if (!a) return;
    put(field, `indirizzo_${suffix}`, a.address);
    put(field, `cap_${suffix}`, a.postalCode);
    put(field, `citta_${suffix}`, a.municipality);
    put(field, `provincia_${suffix}`, a.province);
    put(field, `stato_${suffix}`, a.country);
  };
  addr('residence', 'residenza');
  addr('domicile', 'domicilio');
  return out;
}
