import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-service-card.messages.en.ts, ./sdc-service-card.messages.de.ts. */
const it = {
  breadcrumb: 'Percorso di navigazione',
  home: 'Home',
  services: 'Servizi',
  pageIndex: 'Indice della pagina',
  whoNeeds: 'A chi è rivolto',
  description: 'Descrizione',
  howTo: 'Come fare',
  needed: 'Cosa serve',
  obtain: 'Cosa si ottiene',
  deadlines: 'Tempi e scadenze',
  costs: 'Quanto costa',
  access: 'Accedi al servizio',
  moreInfo: 'Ulteriori informazioni',
  specialCases: 'Casi particolari',
  conditions: 'Condizioni di servizio',
  contacts: 'Contatti',
  topics: 'Argomenti:',
  topicLink: 'Vedi tutti i servizi di {topic}',
  updated: 'Pagina aggiornata il {date}',
  // Lead sentences, used only when the backend text has no paragraph of its own (the checker wants a <p>).
  leadWhoNeeds: 'Il servizio è rivolto a:',
  leadHowTo: 'Per presentare la richiesta:',
  leadNeeded: 'Per presentare la richiesta ti servono:',
  leadObtain: 'Con questo servizio ottieni:',
  leadDeadlines: 'Tempi e scadenze del servizio:',
  maxResponse: 'Tempo massimo per la conclusione del procedimento: {days, one {# giorno} other {# giorni}}.',
  // Status
  statusActive: 'Servizio attivo',
  statusSuspended: 'Servizio sospeso',
  statusScheduled: 'Servizio non ancora attivo',
  statusPrivate: 'Servizio riservato',
  statusCancelled: 'Servizio non disponibile',
  reasonSuspended: 'Il servizio è temporaneamente sospeso: al momento non è possibile presentare nuove richieste online.',
  reasonScheduledFrom: 'Il servizio sarà disponibile online dal {date}.',
  reasonScheduled: 'Il servizio non è ancora disponibile online.',
  reasonPrivate: 'Il servizio è riservato ad alcune categorie di utenti.',
  reasonCancelled: 'Il servizio non è più disponibile.',
  reasonTitle: 'Perché non è attivo',
  // Access
  accessOnlineCie: 'Puoi presentare la richiesta online accedendo con la Carta d’identità elettronica (CIE).',
  accessOnlineAuth: 'Puoi presentare la richiesta online accedendo con la tua identità digitale SPID o CIE.',
  accessOnlineSocial: 'Puoi presentare la richiesta online dopo aver effettuato l’accesso.',
  accessOnlineAnonymous: 'Puoi presentare la richiesta online anche senza accedere. Se accedi con SPID o CIE, potrai seguirla dalla tua area personale.',
  accessExternal: 'Il servizio si richiede online su un sito esterno.',
  accessNotOnline: 'Questo servizio non si può richiedere online.',
  accessUnavailable: 'Al momento non è possibile presentare la richiesta online.',
  startOnline: 'Presenta la richiesta online',
  startExternal: 'Vai al servizio online',
  needsLogin: 'Ti serve SPID o CIE',
  bookingText: 'Oppure puoi prenotare un appuntamento e presentarti presso gli uffici.',
  bookingTextOnly: 'Puoi prenotare un appuntamento e presentarti presso gli uffici.',
  book: 'Prenota appuntamento',
  newWindow: '(si apre in una nuova finestra)',
  // Actions of the service group
  actionsTitle: 'Altre richieste su questo servizio',
  actionsIntro: 'Se hai già attivato il servizio, puoi anche:',
  actionStart: 'Richiedi: {action}',
  actionSuspendedNote: 'Non disponibile al momento',
  action_attivazione: 'Attivazione',
  action_rinnovo: 'Rinnovo',
  action_interruzione: 'Interruzione',
  action_sospensione: 'Sospensione',
  action_modifica: 'Modifica',
  action_voltura: 'Voltura',
  action_subentro: 'Subentro',
  actionHelp_attivazione: 'Chiedi di attivare il servizio per la prima volta.',
  actionHelp_rinnovo: 'Conferma il servizio per un nuovo periodo, senza ripresentare tutti i dati.',
  actionHelp_interruzione: 'Chiudi definitivamente il servizio da una data che scegli tu.',
  actionHelp_sospensione: 'Ferma il servizio per un periodo limitato: riprende da solo alla fine del periodo.',
  actionHelp_modifica: 'Aggiorna i dati del servizio che hai già attivato.',
  actionHelp_voltura: 'Intesta il servizio a un’altra persona, che ne diventa titolare al posto tuo.',
  actionHelp_subentro: 'Diventa tu il titolare del servizio al posto dell’intestatario attuale.',
  // Costs
  costsBollo: 'Imposta di bollo',
  costsBolloRequest: 'da pagare al momento della richiesta',
  costsBolloIssue: 'da pagare al rilascio del documento',
  costsBolloPhysical: 'Ti servono l’identificativo di 14 cifre, la data e l’ora della marca da bollo che hai acquistato.',
  costsBolloDigital: 'Si paga online con pagoPA durante la richiesta.',
  costsFees: 'Diritti di segreteria e costi del servizio',
  costsWhen: 'Quando si paga',
  costsImmediate: 'Al momento della richiesta, online con pagoPA: la richiesta viene inviata dopo il pagamento.',
  costsDeferred: 'Dopo l’esame della richiesta: l’ufficio calcola l’importo e ricevi l’avviso di pagamento pagoPA nella tua area personale.',
  costsFree: 'Il servizio è gratuito.',
  // Conditions
  conditionsIntro: 'Per conoscere i dettagli di scadenze, requisiti e altre informazioni importanti, leggi i termini e le condizioni di servizio.',
  conditionsIntroLead: 'Per conoscere i dettagli di scadenze, requisiti e altre informazioni importanti, leggi i',
  conditionsIntroLink: 'termini e le condizioni di servizio',
  generalTerms: 'Termini e condizioni di servizio',
  fileLabel: '{name} (PDF)',
  // Contacts
  officeAddress: 'Indirizzo',
  officePhone: 'Telefono',
  officeEmail: 'Email',
  officePec: 'PEC',
  officeHours: 'Orari',
  officeSite: 'Pagina dell’ufficio',
  helpTitle: 'Hai bisogno di aiuto?',
  helpText: 'Puoi parlare con l’ufficio che si occupa del servizio.',
  bookHelp: 'Prenota un appuntamento con l’ufficio',
  // States
  loading: 'Caricamento della scheda del servizio…',
  notFoundTitle: 'Servizio non trovato',
  notFoundText: 'Il servizio che cerchi non esiste o non è più disponibile. Controlla l’indirizzo o cerca il servizio nell’elenco.',
  goToList: 'Vai all’elenco dei servizi',
  errorTitle: 'Non è stato possibile caricare la scheda del servizio',
  errorWhat: 'Controlla la connessione e riprova. Se il problema continua, riprova più tardi.',
  retry: 'Riprova',
  missingId: 'Nessun servizio indicato: manca l’attributo service-id.',
  missingBase: 'Il servizio non è configurato: manca l’indirizzo del backend (base-url).',
  openService: 'Vai alla scheda',
};

/** What `./sdc-service-card.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/**
 * The scheda servizio. The section titles and the index labels are compared by the PNRR checker,
 * case-sensitive (pa-domain.md §5.2): do not reword the Italian ones.
 */
export const cardMessages = defineMessages('sdc-service-card', it, {
  en: () => import('./sdc-service-card.messages.en.js'),
  de: () => import('./sdc-service-card.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-service-card': typeof it }
}
