import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-profile.messages.en.ts, ./sdc-profile.messages.de.ts. */
const it = {
  heading: 'Il mio profilo',
  identity: 'Dati anagrafici',
  identityNote: 'Nome, cognome e codice fiscale provengono dalla tua identità digitale (SPID o CIE): non si possono modificare qui e vengono aggiornati a ogni accesso.',
  contacts: 'Contatti',
  contactsNote: 'Li usiamo per avvisarti sullo stato delle tue pratiche.',
  residence: 'Residenza',
  domicile: 'Domicilio',
  domicileNote: 'Compila solo se è diverso dalla residenza.',
  givenName: 'Nome',
  familyName: 'Cognome',
  fiscalCode: 'Codice fiscale',
  gender: 'Sesso',
  male: 'Maschile',
  female: 'Femminile',
  birthDate: 'Data di nascita',
  birthPlace: 'Luogo di nascita',
  birthProvince: 'Provincia di nascita',
  birthCountry: 'Stato di nascita',
  email: 'Email',
  mobilePhone: 'Cellulare',
  phone: 'Telefono',
  address: 'Indirizzo',
  postalCode: 'CAP',
  municipality: 'Comune',
  province: 'Provincia',
  country: 'Stato',
  provinceHint: 'La sigla di 2 lettere, per esempio RM. Per l’estero scrivi EE.',
  phoneHint: 'Per esempio 347 123 4567 o +39 06 1234 5678',
  notProvided: 'Non indicato',
  edit: 'Modifica i dati',
  save: 'Salva le modifiche',
  saving: 'Salvataggio in corso…',
  cancel: 'Annulla',
  saved: 'Le modifiche al profilo sono state salvate.',
  noChanges: 'Non hai modificato nessun dato.',
  saveError: 'Le modifiche non sono state salvate',
  saveErrorText: 'I dati che hai inserito sono ancora nel modulo. {reason}',
  errEmail: 'Inserisci un indirizzo email valido, per esempio nome@esempio.it',
  errPhone: 'Inserisci un numero di telefono valido, per esempio 347 123 4567',
  errCap: 'Il CAP deve avere 5 cifre, per esempio 00144',
  errProvince: 'La provincia deve essere una sigla di 2 lettere, per esempio RM',
  errBirthDate: 'Inserisci una data di nascita valida, per esempio 27 3 1980',
  errBirthFuture: 'La data di nascita deve essere nel passato',
  loginAgain: 'Accedi di nuovo (le modifiche non salvate andranno perse)',
};

/** What `./sdc-profile.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const messages = defineMessages('sdc-profile', it, {
  en: () => import('./sdc-profile.messages.en.js'),
  de: () => import('./sdc-profile.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-profile': typeof it }
}
