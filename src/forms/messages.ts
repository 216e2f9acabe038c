import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./messages.en.ts, ./messages.de.ts. */
const it = {
  required: 'Inserisci {field}',
  choiceFallback: 'Scrivi la tua risposta: l’elenco delle scelte non è disponibile in questa pagina.',
  requiredChoice: 'Seleziona {field}',
  requiredQuestion: 'Rispondi alla domanda «{label}»',
  requiredCheckbox: 'Per continuare seleziona «{label}»',
  requiredFile: 'Allega {field}',
  requiredGrid: 'Aggiungi almeno una riga in «{label}»',
  minLength: '{Field} deve avere almeno {min} caratteri',
  maxLength: '{Field} può avere al massimo {max} caratteri',
  exactLength: '{Field} deve avere {length} caratteri',
  minWords: '{Field} deve avere almeno {min} parole',
  maxWords: '{Field} può avere al massimo {max} parole',
  pattern: '{Field} non è nel formato richiesto',
  number: '{Field} deve essere un numero, ad esempio 1.250,50',
  min: '{Field} deve essere almeno {min}',
  max: '{Field} non può superare {max}',
  minSelected: 'Seleziona almeno {count, one {# opzione} other {# opzioni}} in «{label}»',
  maxSelected: 'Seleziona al massimo {count, one {# opzione} other {# opzioni}} in «{label}»',
  option: 'Seleziona {field} tra le opzioni proposte',
  minRows: 'Aggiungi almeno {count, one {# riga} other {# righe}} in «{label}»',
  maxRows: 'Puoi aggiungere al massimo {count, one {# riga} other {# righe}} in «{label}»',
  date: '{Field} deve essere una data reale nel formato gg/mm/aaaa, ad esempio 05/03/2026',
  dateMin: '{Field} non può essere prima del {date}',
  dateMax: '{Field} non può essere dopo il {date}',
  time: '{Field} deve essere un orario nel formato hh:mm, ad esempio 09:30',
  email: '{Field} deve essere un indirizzo email nel formato nome@esempio.it',
  url: '{Field} deve essere un indirizzo web completo, ad esempio https://www.esempio.it',
  fileCount: 'Puoi allegare al massimo {count, one {# file} other {# file}} in «{label}»',
  fileMaxSize: 'Il file {name} supera la dimensione massima di {size}: allega un file più piccolo',
  fileMinSize: 'Il file {name} è più piccolo di {size}: controlla di aver scelto il file giusto',
  fileType: 'Il file {name} non è di un tipo ammesso: allega un file {accept}',
  json: 'Controlla {field}: il valore non rispetta le condizioni richieste',
  cfLength: '{Field} deve avere 16 caratteri',
  cfFormat: '{Field} deve avere 6 lettere, 2 numeri, 1 lettera, 2 numeri, 1 lettera, 3 numeri e 1 lettera, ad esempio RSSMRA80A01H501U',
  cfCheck: 'Controlla {field}: l’ultimo carattere non corrisponde agli altri, forse c’è un errore di battitura',
  cfDate: 'Controlla {field}: la data di nascita che contiene non esiste',
  cfMismatch: '{Field} non corrisponde {what}: controlla di aver scritto correttamente i dati',
  cfMismatchGivenName: 'al nome',
  cfMismatchFamilyName: 'al cognome',
  cfMismatchBirthDate: 'alla data di nascita',
  cfMismatchGender: 'al sesso',
  and: 'e',
  taxIdFormat: '{Field} deve avere 16 caratteri (persona) o 11 cifre (ente o impresa)',
  pivaLength: '{Field} deve avere 11 cifre',
  pivaFormat: '{Field} deve contenere solo cifre, ad esempio 02342520158',
  pivaCheck: 'Controlla {field}: l’ultima cifra non corrisponde alle altre, forse c’è un errore di battitura',
  pivaZeros: 'Controlla {field}: 00000000000 non è un numero ammesso',
  ibanCountry: '{Field} deve essere un IBAN italiano che inizia con IT',
  ibanLength: '{Field} deve avere 27 caratteri, ad esempio IT60X0542811101000000123456',
  ibanFormat: '{Field} deve essere nel formato IT60X0542811101000000123456',
  ibanCheck: 'Controlla {field}: i caratteri di controllo non corrispondono, forse c’è un errore di battitura',
  cap: '{Field} deve avere 5 cifre, ad esempio 00144',
  provincia: '{Field} deve essere la sigla di una provincia italiana, ad esempio RM; EE se l’indirizzo è all’estero',
  phone: 'Controlla {field}: inserisci un numero italiano, ad esempio 347 123 4567 o 06 1234 5678, oppure estero con il prefisso, ad esempio +44 7700 900123',
  noticeFormat: '{Field} deve contenere solo cifre',
  noticeLength: '{Field} deve avere 18 cifre, ad esempio 3010 0000 0000 0001 44',
  noticeAux: 'Controlla {field}: deve iniziare con 0, 1, 2 o 3',
  noticeCheck: 'Verifica {field}: le ultime due cifre di controllo non corrispondono. Se l’hai copiato dall’avviso puoi continuare',
  bolloLength: '{Field} deve avere 14 cifre',
  bolloFormat: '{Field} deve contenere solo le 14 cifre riportate sulla marca da bollo',
  yes: 'Sì',
  no: 'No',
  row: '{label} – {index}',
  requiredChoiceQuoted: 'Scegli un’opzione per «{label}»',
};

/** What `./messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/**
 * Validation messages (GOV.UK style: say what to do, built from the label; never "campo non
 * valido"). `{field}` is the label with its article in lower case ("il codice fiscale"),
 * `{Field}` the same capitalised for the start of a sentence; a label that is not a noun ("Dal
 * giorno", "Presenti la richiesta come") comes quoted in both («Dal giorno»), never glued to an
 * article ("Inserisci il dal giorno"). `{label}` is the label as written. The same text is used inline and in
 * the error summary.
 */
export const formMessages = defineMessages('forms', it, {
  en: () => import('./messages.en.js'),
  de: () => import('./messages.de.js'),
});

export type FormMessageKey = Parameters<typeof formMessages>[1];

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'forms': typeof it }
}
