import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./payment-step.messages.en.ts, ./payment-step.messages.de.ts. */
const it = {
  intro: 'La richiesta è stata registrata. Per completarla paga l’importo dovuto con pagoPA.',
  total: 'Totale da pagare',
  reason: 'Causale',
  notice: 'Codice avviso',
  payOnline: 'Paga online con pagoPA',
  payAgain: 'Paga di nuovo',
  payOnlineHint: 'Il pagamento si apre in una nuova scheda: quando hai finito torna a questa scheda, l’esito comparirà qui.',
  payOnlineHintSelf: 'Lascerai questa pagina per il sito di pagoPA.',
  payLater: 'Scarica l’avviso e paga dopo',
  payLaterHint: 'Puoi pagare l’avviso presso un ufficio postale, in banca, in tabaccheria, con l’App IO o con altri canali pagoPA.',
  whatIsPagoPa: 'Che cos’è pagoPA',
  opened: 'Il pagamento è aperto su pagoPA in un’altra scheda. Completalo lì, poi torna a questa scheda: l’esito comparirà qui.',
  leaving: 'Apertura del pagamento pagoPA in corso…',
  checking: 'Stiamo chiedendo al Comune l’esito del pagamento…',
  paid: 'Pagamento eseguito',
  failed: 'pagoPA ha rifiutato il pagamento. Puoi pagare di nuovo, anche con un altro metodo di pagamento.',
  previousFailed: 'Il pagamento precedente non è riuscito: pagoPA lo ha rifiutato. Puoi pagare di nuovo.',
  notCompleted: 'Il Comune non ha ricevuto il pagamento. Se hai annullato o chiuso il pagamento su pagoPA puoi pagare di nuovo. Se hai appena pagato non pagare di nuovo: la conferma può richiedere qualche minuto e comparirà qui.',
  expired: 'Il pagamento è scaduto. Contatta l’ufficio.',
  annulled: 'Il Comune ha annullato questo pagamento. Contatta l’ufficio.',
  stillPending: 'pagoPA non ha ancora comunicato l’esito al Comune. Se hai pagato non pagare di nuovo: può servire qualche minuto. Controlla di nuovo tra poco.',
  checkAgain: 'Controlla di nuovo',
  loading: 'Stiamo preparando il pagamento…',
  unavailable: 'Il pagamento non è ancora disponibile. Lo troverai nella tua area personale appena pronto.',
  continueWithout: 'Concludi e paga più tardi',
  itemBollo: 'Imposta di bollo',
  itemSegreteria: 'Diritti di segreteria',
  itemErogazione: 'Costi di erogazione',
  itemAltro: 'Altro importo',
};

/** What `./payment-step.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/**
 * Texts of the wizard's "Pagamento" step. OpenCity sends the citizen back from pagoPA to the backend's
 * pratica page (opencity-api.md §4.6 A), so no sentence promises a return here in new-tab mode.
 */
export const paymentStepMessages = defineMessages('payment-step', it, {
  en: () => import('./payment-step.messages.en.js'),
  de: () => import('./payment-step.messages.de.js'),
});

export type PaymentStepMessageKey = Parameters<typeof paymentStepMessages>[1];

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'payment-step': typeof it }
}
