import { defineMessages, type TranslationOf } from '../../src/i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translation: ./embed-builder.messages.en.ts (a demo page for Italian editors: no German). */
const it = {
  intro: 'Scegli che cosa mostrare sul sito del Comune, guardalo dal vivo e copia il codice da incollare nella pagina (per esempio in un blocco «HTML personalizzato» del CMS).',
  stepTenant: '1. Indirizzo di OpenCity',
  baseLabel: 'Indirizzo dei servizi OpenCity del Comune',
  baseHint: 'Di solito è l’indirizzo del sito dei servizi seguito da /lang, per esempio https://servizi.comune.esempio.it/lang; sulla piattaforma condivisa è https://www2.stanzadelcittadino.it/nome-del-comune.',
  check: 'Verifica l’indirizzo',
  checking: 'Verifica in corso…',
  retry: 'Riprova',
  ok: 'Collegamento riuscito: {count, one {# servizio pubblicato} other {# servizi pubblicati}}.',
  invalidUrl: 'Scrivi l’indirizzo completo, che inizia con https:// (per esempio https://servizi.comune.esempio.it/lang).',
  notJsonTitle: 'Questo non è l’indirizzo dei servizi OpenCity',
  notJson: 'All’indirizzo {url} risponde una pagina web, non i dati dei servizi. Probabilmente manca o è sbagliata l’ultima parte dell’indirizzo: di solito è l’indirizzo del sito dei servizi seguito da /lang.',
  notFoundTitle: 'Indirizzo non trovato (errore 404)',
  notFound: 'Il sito esiste, ma all’indirizzo {url} non c’è il catalogo dei servizi. Controlla la parte dopo il nome del sito: di solito è /lang, oppure il nome del Comune sulla piattaforma condivisa.',
  corsTitle: 'OpenCity non permette a questo sito di leggere i dati',
  cors: 'Il server di OpenCity risponde, ma non autorizza le pagine di {origin} a leggere le sue risposte (è una regola di sicurezza dei browser chiamata CORS).',
  corsAsk: 'Chiedi all’amministratore di OpenCity del Comune di consentire l’origine {origin} (intestazione Access-Control-Allow-Origin) per le API dei servizi. Serve anche per il sito del Comune: aggiungi il suo indirizzo, per esempio https://www.comune.esempio.it.',
  corsCheck: 'Prima controlla che questo sia davvero l’indirizzo dei servizi OpenCity (di solito finisce con /lang): un sito che non è OpenCity risponde allo stesso modo.',
  unreachableTitle: 'Server non raggiungibile',
  unreachable: 'Non riusciamo a contattare {host}. Controlla che l’indirizzo sia scritto bene e che il computer sia connesso a internet, poi riprova.',
  serverErrorTitle: 'Il server di OpenCity ha risposto con un errore',
  serverError: 'La richiesta a {url} non è andata a buon fine (codice {status}). Riprova tra qualche minuto; se il problema continua, segnalalo all’amministratore di OpenCity.',
  notOpencityTitle: 'Questo indirizzo non sembra OpenCity',
  notOpencity: 'All’indirizzo {url} ci sono dei dati, ma non sono un catalogo di servizi OpenCity. Controlla l’indirizzo.',
  emptyTitle: 'Nessun servizio pubblicato',
  empty: 'L’indirizzo è giusto, ma il Comune non ha ancora pubblicato servizi. Pubblicane almeno uno nel pannello di OpenCity, poi verifica di nuovo. L’area personale e il pulsante «Accedi» funzionano già.',
  stepElement: '2. Che cosa mostrare',
  stepService: '3. Servizio',
  serviceLabel: 'Servizio',
  serviceHint: 'Dal catalogo pubblicato dal Comune.',
  serviceNone: 'Tutti i servizi (nessuno in particolare)',
  linkHint: 'Facoltativo. {placeholder}',
  stepPreview: '4. Anteprima',
  previewNote: 'L’elemento come apparirà sul sito, con i dati veri dell’indirizzo scelto.',
  previewEmpty: 'Verifica l’indirizzo per vedere l’anteprima.',
  stepCode: '5. Codice da copiare',
  codeHint: 'Incolla il codice nella pagina del sito: lo script una sola volta per pagina, poi gli elementi.',
  copy: 'Copia il codice',
  copied: 'Codice copiato negli appunti.',
  copyFailed: 'Copia non riuscita: seleziona il codice e copialo con Ctrl+C.',
  elServiceList: 'Elenco dei servizi',
  elServiceListHint: 'Il catalogo con ricerca e categorie.',
  elServiceCard: 'Scheda di un servizio',
  elServiceCardHint: 'La scheda informativa con il pulsante per fare la richiesta.',
  elWizard: 'Richiesta online',
  elWizardHint: 'Il modulo per presentare la domanda di un servizio.',
  elBooking: 'Prenotazione di un appuntamento',
  elBookingHint: 'Scelta dell’ufficio, del giorno e dell’orario.',
  elArea: 'Area personale',
  elAreaHint: 'Pratiche, messaggi, pagamenti, appuntamenti e profilo del cittadino.',
  elLogin: 'Pulsante «Accedi»',
  elLoginHint: 'Per l’intestazione del sito: accesso con SPID o CIE e nome del cittadino.',
  elFeedback: 'Valutazione della pagina',
  elFeedbackHint: '«Quanto sono chiare le informazioni su questa pagina?»',
  linkServiceUrl: 'Pagina della scheda servizio sul sito del Comune',
  linkServiceUrlPlaceholder: 'Per esempio /servizio?id={identifier}: {identifier} diventa il codice del servizio.',
  linkWizardUrl: 'Pagina della richiesta online sul sito del Comune',
  linkWizardUrlPlaceholder: 'Per esempio /richiesta?service={id}: la pagina dove hai messo la richiesta online.',
  linkAreaUrl: 'Pagina dell’area personale sul sito del Comune',
  linkAreaUrlPlaceholder: 'Per esempio /area-personale.',
};

/** What `./embed-builder.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** "Componi il widget": the words an ente's editor reads. Italian first, plain, no jargon without its explanation. */
export const builderMessages = defineMessages('embed-builder', it, {
  en: () => import('./embed-builder.messages.en.js'),
});

declare module '../../src/i18n/messages.js' {
  interface SdcMessageCatalogs { 'embed-builder': typeof it }
}
