/** The citizen's profile (opencity-api.md §4.8; pa-domain.md §4). */

export interface PostalAddress {
  address?: string;
  postalCode?: string;
  municipality?: string;
  /** Sigla provincia, `EE` abroad. */
  province?: string;
  country?: string;
}

export interface Citizen {
  id: string;
  role: 'user' | 'operator' | 'admin' | string;
  givenName: string;
  familyName: string;
  fullName: string;
  /** Codice fiscale without any `TINIT-` prefix, upper case. */
  fiscalCode: string;
  /** `YYYY-MM-DD` (a calendar date, not an instant). */
  birthDate?: string;
  birthPlace?: string;
  birthProvince?: string;
  birthCountry?: string;
  gender?: 'M' | 'F';
  email?: string;
  mobilePhone?: string;
  phone?: string;
  residence: PostalAddress;
  domicile: PostalAddress;
  /** Fields the citizen cannot change here (from SPID/CIE): see `CITIZEN_IDP_FIELDS`. */
  readOnlyFields: CitizenField[];
  /** An anonymous session user (booking without login). */
  anonymous: boolean;
}

export type CitizenField =
  | 'givenName'
  | 'familyName'
  | 'fiscalCode'
  | 'birthDate'
  | 'birthPlace'
  | 'birthProvince'
  | 'birthCountry'
  | 'gender'
  | 'email'
  | 'mobilePhone'
  | 'phone'
  | 'residence'
  | 'domicile';

/** Never editable: they identify the person (opencity-api.md §4.8 "Never editable in the UI"). */
export const CITIZEN_IDP_FIELDS: readonly CitizenField[] = ['givenName', 'familyName', 'fiscalCode'];
/** Editable only while empty (§4.8). */
export const CITIZEN_LOCKED_WHEN_SET: readonly CitizenField[] = ['gender', 'birthProvince'];

/** The read-only fields of a given profile. */
export function readOnlyFieldsOf(c: Pick<Citizen, 'gender' | 'birthProvince' | 'anonymous'>): CitizenField[] {
  if (c.anonymous) return [];
  const out: CitizenField[] = [...CITIZEN_IDP_FIELDS];
  if (c.gender) out.push('gender');
  if (c.birthProvince) out.push('birthProvince');
  return out;
}

export function isReadOnly(c: Pick<Citizen, 'readOnlyFields'>, field: CitizenField): boolean {
  return c.readOnlyFields.includes(field);
}

/** What a profile edit may send (`PATCH /api/users/{id}`); read-only fields are dropped by the API layer. */
export type CitizenPatch = Partial<Pick<Citizen, Exclude<CitizenField, 'residence' | 'domicile'>>> & {
  residence?: PostalAddress;
  domicile?: PostalAddress;
};
