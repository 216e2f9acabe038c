import { defineMessages } from '../i18n/messages.js';

/** User-facing texts of API errors: say what happened and what the citizen can do. */
export const errorMessages = defineMessages({
  it: {
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
  },
  en: {
    network: 'The service cannot be reached. Check your connection and try again.',
    timeout: 'The service did not answer in time. Try again in a moment.',
    unauthorized: 'Your session has expired or you are not signed in. Sign in again to continue.',
    forbidden: 'You are not allowed to do this.',
    'not-found': 'What you are looking for was not found. It may have been removed.',
    validation: 'Some data are not valid. Correct the errors and try again.',
    conflict: 'This is not possible in the current state. Reload the page and try again.',
    server: 'The service had a problem. Try again in a few minutes.',
    'invalid-response': 'The service sent an invalid answer. Try again in a few minutes.',
    aborted: 'The operation was cancelled.',
  },
});
