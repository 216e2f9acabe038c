import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./errors.messages.en.ts, ./errors.messages.de.ts. */
const it = {
  network: 'Impossibile contattare il servizio. Controlla la connessione e riprova.',
  timeout: 'Il servizio non ha risposto in tempo. Riprova tra qualche istante.',
  unauthorized: 'La sessione è scaduta o non hai effettuato l\u2019accesso. Accedi di nuovo per continuare.',
  forbidden: 'Non hai i permessi per questa operazione.',
  'not-found': 'Quello che cerchi non è stato trovato. Potrebbe essere stato rimosso.',
  validation: 'Alcuni dati non sono validi. Correggi gli errori e riprova.',
  conflict: 'L\u2019operazione non è possibile nello stato attuale. Aggiorna la pagina e riprova.',
  server: 'Il servizio ha avuto un problema. Riprova tra qualche minuto.',
  'invalid-response': 'Il servizio ha inviato una risposta non valida. Riprova tra qualche minuto.',
  aborted: 'L\u2019operazione è stata annullata.',
};

/** What `./errors.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** User-facing texts of API errors: say what happened and what the citizen can do. */
export const errorMessages = defineMessages('errors', it, {
  en: () => import('./errors.messages.en.js'),
  de: () => import('./errors.messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'errors': typeof it }
}
