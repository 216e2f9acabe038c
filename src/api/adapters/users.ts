import { readOnlyFieldsOf, type Citizen } from '../../domain/citizen.js';
import { SdcError } from '../../core/errors.js';
import type { UserWire } from '../schemas/users.js';
import { opt } from './common.js';

/** v1 (Italian keys) or v2 (English keys) user → Citizen. */
export function toCitizen(w: UserWire): Citizen {
  const givenName = opt(w.nome) ?? opt(w.given_name) ?? '';
  const familyName = opt(w.cognome) ?? opt(w.family_name) ?? '';
  const fiscalCode = (opt(w.codice_fiscale) ?? opt(w.tax_code) ?? '').replace(/^TINIT-/i, '').toUpperCase();
  const auth = opt(w.authentication_method);
  const anonymous = auth === 'anonymous' || (!givenName && !familyName && !fiscalCode);
  if (!anonymous && !givenName && !familyName) {
    throw new SdcError('invalid-response', { detail: 'user without a name' });
  }
  const g = (opt(w.sesso) ?? opt(w.gender) ?? '').toLowerCase();
  const gender = g === 'm' || g === 'male' || g === 'maschio' ? 'M' : g === 'f' || g === 'female' || g === 'femmina' ? 'F' : undefined;
  const birth = opt(w.data_nascita) ?? opt(w.date_of_birth);
  const c: Omit<Citizen, 'readOnlyFields'> = {
    id: w.id,
    role: w.role ?? 'user',
    givenName,
    familyName,
    fullName: opt(w.full_name) ?? [givenName, familyName].filter(Boolean).join(' '),
    fiscalCode,
    birthDate: birth ? birth.slice(0, 10) : undefined,
    birthPlace: opt(w.luogo_nascita) ?? opt(w.place_of_birth),
    birthProvince: opt(w.provincia_nascita) ?? opt(w.county_of_birth),
    birthCountry: opt(w.stato_nascita) ?? opt(w.country_of_birth),
    gender,
    email: opt(w.email),
    mobilePhone: opt(w.cellulare) ?? opt(w.mobile_phone),
    phone: opt(w.telefono) ?? opt(w.telephone),
    residence: {
      address: opt(w.indirizzo_residenza) ?? opt(w.residency?.address),
      postalCode: opt(w.cap_residenza) ?? opt(w.residency?.post_code),
      municipality: opt(w.citta_residenza) ?? opt(w.residency?.municipality),
      province: opt(w.provincia_residenza) ?? opt(w.residency?.county),
      country: opt(w.stato_residenza) ?? opt(w.residency?.country),
    },
    domicile: {
      address: opt(w.indirizzo_domicilio) ?? opt(w.domicile?.address),
      postalCode: opt(w.cap_domicilio) ?? opt(w.domicile?.post_code),
      municipality: opt(w.citta_domicilio) ?? opt(w.domicile?.municipality),
      province: opt(w.provincia_domicilio) ?? opt(w.domicile?.county),
      country: opt(w.stato_domicilio) ?? opt(w.domicile?.country),
    },
    anonymous,
  };
  return { ...c, readOnlyFields: readOnlyFieldsOf(c) };
}
