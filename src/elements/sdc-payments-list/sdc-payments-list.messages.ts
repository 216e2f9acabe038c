import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-payments-list.messages.en.ts, ./sdc-payments-list.messages.de.ts. */
const it = {
  heading: 'I miei pagamenti',
  filters: 'Filtra i pagamenti per data',
  from: 'Dal',
  to: 'Al',
  dateHint: 'Data del pagamento, o di emissione se è ancora da pagare.',
  apply: 'Applica',
  reset: 'Rimuovi i filtri',
  rangeError: 'La data "Al" deve essere uguale o successiva alla data "Dal"',
  toPay: 'Da pagare',
  paid: 'Pagati',
  other: 'Scaduti o annullati',
  count: '{count, one {# pagamento} other {# pagamenti}}',
  summary: '{toPay} da pagare, {paid, one {# pagato} other {# pagati}}',
  toPayEmpty: 'Non hai pagamenti da effettuare.',
  paidEmpty: 'Non ci sono pagamenti effettuati.',
  emptyTitle: 'Non hai ancora pagamenti',
  emptyText: 'Qui trovi i pagamenti legati alle tue pratiche, da effettuare e già effettuati.',
  emptyFilteredTitle: 'Nessun pagamento nel periodo scelto',
  emptyFilteredText: 'Prova a cambiare le date o rimuovi i filtri.',
  notice: 'Codice avviso',
  dueDate: 'Scadenza',
  paidAt: 'Data di pagamento',
  createdAt: 'Data di emissione',
  pratica: 'Vai alla pratica',
  payOnline: 'Paga online',
  payAgain: 'Paga di nuovo',
  opened: 'Pagamento aperto su pagoPA in un’altra scheda: quando hai finito torna qui, l’esito comparirà su questa pagina.',
  leaving: 'Apertura del pagamento pagoPA in corso…',
  checking: 'Stiamo chiedendo al Comune l’esito del pagamento…',
  outcomePaid: 'Pagamento completato',
  outcomePaidText: 'Il Comune ha ricevuto il pagamento. Trovi la ricevuta tra i pagamenti effettuati.',
  outcomeFailed: 'Pagamento non riuscito',
  outcomeFailedText: 'pagoPA ha rifiutato il pagamento. Puoi pagare di nuovo, anche con un altro metodo di pagamento.',
  outcomeNotCompleted: 'Pagamento non completato',
  outcomeNotCompletedText: 'Il Comune non ha ricevuto il pagamento. Se hai annullato o chiuso il pagamento su pagoPA puoi pagare di nuovo. Se hai appena pagato non pagare di nuovo: la conferma può richiedere qualche minuto.',
  outcomeTimeout: 'Non abbiamo ancora la conferma del pagamento',
  outcomeTimeoutText: 'pagoPA non ha ancora comunicato l’esito al Comune. Se hai pagato non pagare di nuovo: ricarica la pagina tra qualche minuto.',
  outcomeClosed: 'Il pagamento non è più disponibile',
  payOffline: 'Scarica avviso',
  receipt: 'Scarica ricevuta',
  actionLabel: '{action}: {reason}',
  downloading: 'Download in corso…',
  downloadError: 'Non è stato possibile scaricare il documento. {reason}',
  bollo: 'Marca da bollo',
  statusLabel: 'Stato:',
  errorPrefix: 'Errore:',
  showMore: '{count, one {Mostra un altro pagamento} other {Mostra altri # pagamenti}}',
  announceMore: '{count, one {Aggiunto un pagamento} other {Aggiunti # pagamenti}}',
};

/** What `./sdc-payments-list.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const messages = defineMessages('sdc-payments-list', it, {
  en: () => import('./sdc-payments-list.messages.en.js'),
  de: () => import('./sdc-payments-list.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-payments-list': typeof it }
}
