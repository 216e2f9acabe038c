import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-area-personale.messages.en.ts, ./sdc-area-personale.messages.de.ts. */
const it = {
  pratiche: 'Pratiche',
  messaggi: 'Messaggi',
  pagamenti: 'Pagamenti',
  appuntamenti: 'Appuntamenti',
  profilo: 'Profilo',
  nav: 'Sezioni dell’area personale',
  greeting: 'Ciao, {name}',
  loginText: 'Per vedere le tue pratiche, i pagamenti, gli appuntamenti e il profilo accedi con la tua identità digitale.',
};

/** What `./sdc-area-personale.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const messages = defineMessages('sdc-area-personale', it, {
  en: () => import('./sdc-area-personale.messages.en.js'),
  de: () => import('./sdc-area-personale.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-area-personale': typeof it }
}
