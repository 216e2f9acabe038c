import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-login.messages.en.ts, ./sdc-login.messages.de.ts. */
const it = {
  // pa-domain.md §4.3 / §5.3: the header link to the personal area (`data-element="personal-area-login"`).
  loginShort: 'Accedi',
  loginRest: 'all’area personale',
  expired: 'La sessione è scaduta: accedi di nuovo.',
  areaPersonale: 'Area personale',
  logout: 'Esci',
  citizen: 'Utente',
  messagesNone: 'Messaggi',
  messagesOne: '1 messaggio non letto',
  messagesMany: '{count} messaggi non letti',
  menuFailed: 'Il menu dell’area personale non si è caricato.',
  retry: 'Riprova',
};

/** What `./sdc-login.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const loginMessages = defineMessages('sdc-login', it, {
  en: () => import('./sdc-login.messages.en.js'),
  de: () => import('./sdc-login.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-login': typeof it }
}
