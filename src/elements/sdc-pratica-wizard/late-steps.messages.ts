import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/**
 * Italian wording of the steps after the form (Riepilogo, marca da bollo, Conferma and its rating): in
 * the late-steps chunk with them (issue 15), not with the first step. A part of the wizard's catalogue:
 * its public keys stay `sdc-pratica-wizard.<key>`. Translations: ./late-steps.messages.en.ts, ./late-steps.messages.de.ts.
 */
const it = {
  // riepilogo
  summaryIntro: 'Le informazioni che hai fornito hanno valore di dichiarazione. Verifica che siano corrette prima di inviare la richiesta.',
  edit: 'Modifica',
  notProvided: 'Non indicato',
  prefilled: 'dato fornito da SPID/CIE',
  // bollo step
  bolloIntro: 'Questa richiesta è soggetta all’imposta di bollo di {amount}. Inserisci i dati stampati sulla marca da bollo che hai acquistato.',
  bolloId: 'Identificativo della marca da bollo',
  bolloIdHint: '14 cifre, stampate sotto il codice a barre',
  bolloDate: 'Data di emissione',
  bolloTime: 'Ora di emissione',
  bolloTimeHint: 'Per esempio, 10:35:12',
  bolloDeclaration: 'Dichiaro che la marca da bollo è usata solo per questa richiesta e che ne conservo l’originale',
  bolloIdRequired: 'Inserisci l’identificativo della marca da bollo',
  bolloIdInvalid: 'L’identificativo della marca da bollo deve avere 14 cifre',
  bolloDateRequired: 'Inserisci la data di emissione della marca da bollo',
  bolloDateFuture: 'La data di emissione non può essere successiva a oggi',
  bolloTimeRequired: 'Inserisci l’ora di emissione della marca da bollo',
  bolloTimeInvalid: 'Inserisci l’ora nel formato ore:minuti:secondi, per esempio 10:35:12',
  bolloDeclarationRequired: 'Dichiara che la marca da bollo è usata solo per questa richiesta',
  // confirmation
  doneText: 'Grazie, abbiamo ricevuto la tua richiesta «{service}».',
  donePaid: 'Il pagamento di {amount} è stato registrato.',
  doneToPay: 'Ricordati di pagare {amount}: trovi l’avviso nella tua area personale.',
  praticaNumber: 'Numero della pratica',
  protocolNumber: 'Numero di protocollo',
  date: 'Data di invio',
  nextSteps: 'Cosa succede adesso',
  responseWithin: 'L’ufficio risponderà entro {days} giorni.',
  goToArea: 'Vai alla tua area personale',
  receipt: 'Scarica la ricevuta (PDF)',
  receiptFailed: 'Non è stato possibile scaricare la ricevuta. Riprova tra qualche istante.',
  // rating (pa-domain.md §5.4, C.SE.1.7)
  ratingTitle: 'Quanto è stato facile usare questo servizio?',
  ratingLegend: 'Valuta da 1 a 5 stelle',
  ratingStar: 'Valuta {n} stelle su 5',
  ratingStarOne: 'Valuta 1 stella su 5',
  ratingPositive: 'Quali sono stati gli aspetti che hai preferito?',
  ratingNegative: 'Dove hai incontrato le maggiori difficoltà?',
  pos1: 'Le indicazioni erano chiare',
  pos2: 'Le indicazioni erano complete',
  pos3: 'Capivo sempre che stavo procedendo correttamente',
  pos4: 'Non ho avuto problemi tecnici',
  neg1: 'A volte le indicazioni non erano chiare',
  neg2: 'A volte le indicazioni non erano complete',
  neg3: 'A volte non capivo se stavo procedendo correttamente',
  neg4: 'Ho avuto problemi tecnici',
  other: 'Altro',
  ratingText: 'Vuoi aggiungere altri dettagli?',
  ratingTextHint: 'Non inserire dati personali',
  ratingSend: 'Invia la valutazione',
  ratingThanks: 'Grazie per il tuo aiuto!',
  ratingRequired: 'Scegli una valutazione da 1 a 5 stelle',
  doneToPayAnonymous: 'Il pagamento di {amount} non risulta ancora effettuato.',
  // sending (Riepilogo or bollo step)
  sendLong: 'Conferma e invia',
  sending: 'Invio in corso…',
  retrySend: 'Riprova a inviare',
  submitFailedTitle: 'La richiesta non è stata inviata',
  submitFailed: 'Si è verificato un problema durante l’invio. I dati che hai inserito sono al sicuro: puoi riprovare.',
  serverErrors: 'Il portale ha segnalato alcuni problemi nei dati inseriti:',
};

/** The keys and Italian texts (the wizard's catalogue type adds them to its public namespace). */
export type LateStepsWording = typeof it;

/** What `./late-steps.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const lateStepsMessages = defineMessages('sdc-pratica-wizard#late-steps', it, {
  en: () => import('./late-steps.messages.en.js'),
  de: () => import('./late-steps.messages.de.js'),
});

export type LateStepsMessageKey = Parameters<typeof lateStepsMessages>[1];
