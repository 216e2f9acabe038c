import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-meetings-list.messages.en.ts, ./sdc-meetings-list.messages.de.ts. */
const it = {
  title: 'Appuntamenti',
  upcoming: 'Prossimi appuntamenti',
  past: 'Appuntamenti passati',
  empty: 'Non hai appuntamenti',
  emptyText: 'Quando prenoterai un appuntamento con un ufficio del Comune lo troverai qui.',
  book: 'Prenota un appuntamento',
  when: '{date}, dalle {from} alle {to}',
  place: 'Dove',
  reason: 'Motivo',
  details: 'Dettagli',
  cancel: 'Annulla appuntamento',
  cancelHidden: 'del {date}',
  cancelUntil: "Puoi annullarlo fino a {days, one {# giorno} other {# giorni}} prima.",
  cancelTooLate: 'Non è più possibile annullarlo online: contatta l’ufficio.',
  confirmTitle: 'Vuoi annullare l’appuntamento?',
  confirmText: 'L’appuntamento del {when} presso {place} sarà annullato e l’orario tornerà disponibile per altri cittadini.',
  confirmYes: 'Sì, annulla',
  confirmNo: 'No, mantieni',
  cancelled: "Appuntamento annullato.",
  outcome: 'Nota dell’ufficio',
  showMore: '{count, one {Mostra un altro appuntamento} other {Mostra altri # appuntamenti}}',
  announceMore: '{count, one {Aggiunto un appuntamento} other {Aggiunti # appuntamenti}}',
};

/** What `./sdc-meetings-list.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const meetingsMessages = defineMessages('sdc-meetings-list', it, {
  en: () => import('./sdc-meetings-list.messages.en.js'),
  de: () => import('./sdc-meetings-list.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-meetings-list': typeof it }
}
