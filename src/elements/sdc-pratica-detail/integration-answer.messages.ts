import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./integration-answer.messages.en.ts, ./integration-answer.messages.de.ts. */
const it = {
  title: 'L’ufficio ti chiede delle integrazioni',
  intro4200: 'Per proseguire con la pratica l’ufficio aspetta la tua risposta. Scrivi un messaggio, allega i documenti richiesti e premi «Invia le integrazioni».',
  intro4100: 'L’ufficio ti ha chiesto delle integrazioni e sta registrando la richiesta. Puoi già rispondere: il messaggio e i documenti arrivano all’ufficio con la pratica.',
  asked: 'Cosa ti chiede l’ufficio',
  askedOn: 'Richiesta del {date}',
  askedUnknown: 'Il messaggio dell’ufficio non si è potuto leggere ora: lo trovi tra i messaggi della pratica.',
  documents: 'Documenti della richiesta',
  download: 'Scarica',
  downloadLabel: 'Scarica {name}',
  downloading: 'Download…',
  downloadError: 'Non è stato possibile scaricare {name}.',
  noDeadline: 'Rispondi il prima possibile: finché non rispondi i termini della pratica restano sospesi.',
  form: 'La tua risposta',
  message: 'Messaggio per l’ufficio',
  messageHint: 'Facoltativo se alleghi dei documenti.',
  files: 'Documenti da allegare',
  filesHint: 'Formati ammessi: {types}. Massimo {size} per file, fino a {count} file.',
  chooseFiles: 'Scegli i file',
  remove: 'Rimuovi',
  removeLabel: 'Rimuovi {name}',
  chosen: 'File scelti',
  wrongType: 'Il file {name} non è di un formato ammesso ({types}).',
  tooBig: 'Il file {name} supera {size}.',
  emptyFile: 'Il file {name} è vuoto.',
  tooMany: 'Puoi allegare al massimo {count} file.',
  empty: 'Scrivi un messaggio o allega almeno un documento',
  send: 'Invia le integrazioni',
  confirm: 'Conferma l’invio delle integrazioni',
  sending: 'Invio in corso…',
  uploading: 'Caricamento dei documenti: {percent}%',
  retry: 'Riprova',
  failedTitle: 'Le integrazioni non sono state inviate',
  failedKept: 'Il messaggio e i documenti sono ancora qui: premi «Riprova».',
  failedConflict: 'La pratica non è più in attesa di integrazioni: ricarica la pagina per vederne lo stato.',
  answered: 'Hai già risposto il {date}.',
  answeredConfirm: 'Hai già risposto il {date}: ora che l’ufficio ha registrato la richiesta, conferma l’invio perché la pratica prosegua. Puoi aggiungere altri documenti.',
  waitingTitle: 'Risposta inviata',
  waiting: 'L’ufficio ha ricevuto il tuo messaggio. La pratica passerà a «Integrazioni concluse» quando l’ufficio avrà registrato la richiesta e la tua risposta.',
  sent: 'Integrazioni inviate: la pratica ora è «Integrazioni concluse».',
  filesOnly: 'Invio i documenti richiesti: {names}.',
};

/** What `./integration-answer.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const integrationMessages = defineMessages('integration-answer', it, {
  en: () => import('./integration-answer.messages.en.js'),
  de: () => import('./integration-answer.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'integration-answer': typeof it }
}
