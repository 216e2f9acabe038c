import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-service-list.messages.en.ts, ./sdc-service-list.messages.de.ts. */
const it = {
  searchLabel: 'Cerca un servizio',
  searchHint: 'Ad esempio: mensa, certificato, occupazione suolo pubblico',
  search: 'Cerca',
  categories: 'Esplora per categoria',
  allCategories: 'Tutte le categorie',
  count: '{count, one {# servizio trovato} other {# servizi trovati}} in ordine alfabetico',
  countFor: '{count, one {# servizio trovato} other {# servizi trovati}} per «{q}», in ordine alfabetico',
  countIn: '{count, one {# servizio trovato} other {# servizi trovati}} in {topic}, in ordine alfabetico',
  countForIn: '{count, one {# servizio trovato} other {# servizi trovati}} per «{q}» in {topic}, in ordine alfabetico',
  loading: 'Ricerca dei servizi in corso…',
  loadMore: 'Carica altri risultati',
  shown: 'Stai vedendo {shown} servizi su {total}.',
  emptyTitle: 'Nessun servizio trovato',
  emptyText: 'Prova a cercare con altre parole, controlla come le hai scritte o scegli un’altra categoria.',
  clearFilters: 'Mostra tutti i servizi',
  errorTitle: 'Non è stato possibile caricare i servizi',
  errorWhat: 'Controlla la connessione e riprova. Se il problema continua, riprova più tardi.',
  retry: 'Riprova',
  missingBase: 'L’elenco dei servizi non è configurato: manca l’indirizzo del backend (base-url).',
  statusSuspended: 'Sospeso',
  statusScheduled: 'Non ancora attivo',
  booking: 'Prenota un appuntamento',
  bookingText: 'Non trovi quello che cerchi? Puoi parlare con un ufficio del Comune.',
};

/** What `./sdc-service-list.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const listMessages = defineMessages('sdc-service-list', it, {
  en: () => import('./sdc-service-list.messages.en.js'),
  de: () => import('./sdc-service-list.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-service-list': typeof it }
}
