import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-pratiche-list.messages.en.ts, ./sdc-pratiche-list.messages.de.ts. */
const it = {
  heading: 'Le mie pratiche',
  filters: 'Filtra le pratiche',
  service: 'Servizio',
  allServices: 'Tutti i servizi',
  status: 'Stato',
  allStatuses: 'Tutti gli stati',
  sort: 'Ordina per data',
  newest: 'Più recenti prima',
  oldest: 'Meno recenti prima',
  resetFilters: 'Rimuovi i filtri',
  count: '{count, one {# pratica trovata} other {# pratiche trovate}}',
  countPage: '{count, one {# pratica trovata} other {# pratiche trovate}}, pagina {page} di {pages}',
  emptyTitle: 'Non hai ancora pratiche',
  emptyText: 'Quando presenti una richiesta online la trovi qui, con il suo stato e i documenti.',
  emptyFilteredTitle: 'Nessuna pratica corrisponde ai filtri scelti',
  emptyFilteredText: 'Prova a cambiare il servizio o lo stato, oppure rimuovi i filtri.',
  emptyFilterStatus: 'Non hai pratiche nello stato «{status}».',
  emptyFilterService: 'Non hai pratiche per il servizio «{service}».',
  emptyFilterBoth: 'Non hai pratiche nello stato «{status}» per il servizio «{service}».',
  createdOn: 'Creata il',
  submittedOn: 'Inviata il',
  updatedOn: 'Ultimo aggiornamento',
  number: 'Pratica n.',
  protocol: 'Protocollo n.',
  completa: 'Completa la richiesta',
  paga: 'Paga',
  rispondi: 'Rispondi',
  actionContext: '{action}: {service}, pratica {number}',
  statusLabel: 'Stato:',
  listLabel: 'Elenco delle pratiche',
};

/** What `./sdc-pratiche-list.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const messages = defineMessages('sdc-pratiche-list', it, {
  en: () => import('./sdc-pratiche-list.messages.en.js'),
  de: () => import('./sdc-pratiche-list.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-pratiche-list': typeof it }
}
