import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./fields.messages.en.ts, ./fields.messages.de.ts. */
const it = {
  errorPrefix: 'Errore:',
  warningPrefix: 'Attenzione:',
  optional: '(facoltativo)',
  locked: 'Dato fornito da SPID/CIE: non è modificabile.',
  choose: 'Seleziona',
  yes: 'Sì',
  no: 'No',
  day: 'Giorno',
  month: 'Mese',
  year: 'Anno',
  dateHint: 'Per esempio, 27 3 1980',
  time: 'Ora',
  dropHere: 'Trascina qui il file oppure',
  dropHereMany: 'Trascina qui i file oppure',
  chooseFile: 'Scegli il file',
  chooseFiles: 'Scegli i file',
  accepted: 'Formati ammessi: {types}.',
  maxSize: 'Dimensione massima: {size}.',
  uploading: 'Caricamento di {name}: {percent}%',
  uploaded: '{name} caricato',
  uploadFailed: 'Il caricamento di {name} non è riuscito.',
  remove: 'Rimuovi',
  removeFile: 'Rimuovi {name}',
  retry: 'Riprova',
  retryFile: 'Riprova il caricamento di {name}',
  cancel: 'Annulla',
  cancelFile: 'Annulla il caricamento di {name}',
  removed: '{name} rimosso',
  tooBig: '{name} è troppo grande: il file deve pesare al massimo {size}',
  tooSmall: '{name} è troppo piccolo: il file deve pesare almeno {size}',
  wrongType: '{name} non è di un formato ammesso ({types})',
  tooMany: 'Puoi allegare un solo file',
  fileType: 'Tipo di documento',
  fileTypeOf: 'Tipo di documento di {name}',
  addRow: 'Aggiungi',
  addRowOf: 'Aggiungi un elemento a «{label}»',
  removeRow: 'Rimuovi',
  removeRowOf: 'Rimuovi {label} {n}',
  row: '{label} {n}',
  noRows: 'Nessun elemento inserito.',
  unsupported: 'Questa parte del modulo non può essere mostrata qui: sarà verificata dall’ufficio.',
  optionsLoading: 'Caricamento delle scelte…',
  optionsFailed: 'Non è stato possibile caricare le scelte.',
};

/** What `./fields.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** Strings of the shared field renderers (wizard, profile, booking, bollo entry). */
export const fieldMessages = defineMessages('fields', it, {
  en: () => import('./fields.messages.en.js'),
  de: () => import('./fields.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'fields': typeof it }
}
