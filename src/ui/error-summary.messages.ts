import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./error-summary.messages.en.ts, ./error-summary.messages.de.ts. */
const it = {
  title: 'C’è un problema',
  titleMany: 'Ci sono alcune informazioni mancanti o errate',
  warningsTitle: 'Controlla queste informazioni',
  warningsText: 'Non impediscono di proseguire: correggile oppure conferma che sono giuste.',
  confirm: 'Conferma e prosegui',
  titlePrefix: 'Errore: ',
};

/** What `./error-summary.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const errorSummaryMessages = defineMessages('error-summary', it, {
  en: () => import('./error-summary.messages.en.js'),
  de: () => import('./error-summary.messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'error-summary': typeof it }
}
