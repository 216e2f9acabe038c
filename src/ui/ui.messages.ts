import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./ui.messages.en.ts, ./ui.messages.de.ts. */
const it = {
  loading: 'Caricamento in corso…',
  retry: 'Riprova',
  errorTitle: 'Non è stato possibile caricare i contenuti',
  errorWhat: 'Cosa puoi fare: controlla la connessione e riprova. Se il problema continua, riprova più tardi.',
  loginTitle: 'Accedi per continuare',
  loginText: 'Per vedere questa sezione devi accedere con la tua identità digitale.',
  login: 'Accedi con SPID o CIE',
  close: 'Chiudi',
  newWindow: '(si apre in una nuova finestra)',
  previous: 'Pagina precedente',
  next: 'Pagina successiva',
  page: 'Pagina {page}',
  pagination: 'Navigazione tra le pagine',
};

/** What `./ui.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const uiMessages = defineMessages('ui', it, {
  en: () => import('./ui.messages.en.js'),
  de: () => import('./ui.messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'ui': typeof it }
}
