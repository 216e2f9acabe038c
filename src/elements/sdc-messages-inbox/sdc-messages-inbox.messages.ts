import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-messages-inbox.messages.en.ts, ./sdc-messages-inbox.messages.de.ts. */
const it = {
  heading: 'Messaggi',
  filters: 'Filtra i messaggi',
  unreadOnly: 'Solo non letti',
  service: 'Servizio',
  allServices: 'Tutti i servizi',
  list: 'Conversazioni con il Comune',
  pratica: 'Pratica n. {number}',
  fromOffice: 'Dall’ufficio',
  fromYou: 'Da te',
  unread: '{count} non letti',
  unreadOne: '1 non letto',
  unreadLabel: '{count} messaggi non letti',
  unreadLabelOne: '1 messaggio non letto',
  noUnread: 'Nessun messaggio non letto',
  loadingRow: 'Caricamento della conversazione',
  rowError: 'Non è stato possibile leggere i messaggi di questa pratica.',
  retry: 'Riprova',
  more: 'Mostra altre conversazioni',
  shown: '{shown} conversazioni',
  emptyTitle: 'Non hai ancora messaggi',
  emptyText: 'Quando l’ufficio ti scrive su una pratica, o scrivi tu dalla pagina della pratica, la conversazione compare qui.',
  emptyFilteredTitle: 'Nessuna conversazione con questi filtri',
  emptyFilteredText: 'Togli i filtri per vedere tutte le conversazioni.',
  clearFilters: 'Mostra tutte le conversazioni',
  back: 'Torna ai messaggi',
  openPratica: 'Vai alla pratica',
  errorTitle: 'Non è stato possibile caricare i messaggi',
  attachmentsOnly: 'Allegati: {count}',
  praticaProtocol: 'Protocollo n. {number}',
};

/** What `./sdc-messages-inbox.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const inboxMessages = defineMessages('sdc-messages-inbox', it, {
  en: () => import('./sdc-messages-inbox.messages.en.js'),
  de: () => import('./sdc-messages-inbox.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-messages-inbox': typeof it }
}
