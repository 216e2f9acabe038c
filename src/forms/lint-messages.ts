import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./lint-messages.en.ts, ./lint-messages.de.ts. */
const it = {
  'invalid-definition': 'La definizione non è un modulo Form.io: manca l’elenco "components".',
  'invalid-component': 'Componente non valido (non è un oggetto o non ha "type"): viene ignorato.',
  'unsupported-type': 'Il tipo "{type}" non è supportato: il componente non viene mostrato (il valore già presente è conservato).',
  'unsupported-type-partial': 'Il tipo "{type}" è supportato solo in parte: i suoi campi sono mostrati uno sotto l’altro.',
  'unsupported-type-button': 'I pulsanti del modulo sono ignorati: la procedura guidata ha i propri pulsanti Indietro, Avanti e Invia.',
  'unsupported-property': 'La proprietà "{prop}" non è supportata: viene ignorata e il controllo resta al server.',
  'js-code': '"{prop}" contiene codice JavaScript, che non viene mai eseguito: il componente resta sempre visibile. Usa una condizione semplice o JSONLogic.',
  'js-code-validate': '"{prop}" contiene codice JavaScript, che non viene mai eseguito: la verifica spetta al server. Usa le regole di validazione o validate.json (JSONLogic).',
  'js-code-value': '"{prop}" contiene codice JavaScript, che non viene mai eseguito: il valore non viene calcolato nel browser. Usa JSONLogic o calcola il valore sul server.',
  'jsonlogic-operator': 'La condizione usa operatori non supportati ({ops}): il componente resta sempre visibile.',
  'jsonlogic-operator-validate': 'La regola validate.json usa operatori non supportati ({ops}): la verifica spetta al server.',
  'condition-reference': 'La condizione fa riferimento a "{ref}", che non esiste nel modulo.',
  cycle: 'Condizioni circolari ({keys}): la condizione è ignorata e il componente resta visibile.',
  'duplicate-key': 'La chiave "{key}" è già usata da un altro campo ({other}): i due campi scriverebbero lo stesso dato.',
  'missing-key': 'Il componente «{label}» non ha una chiave ("key"): il suo valore non può essere salvato.',
  'missing-label': 'Il campo "{key}" non ha un’etichetta: chi usa un lettore di schermo non sa cosa inserire.',
  'radio-many-options': 'Il gruppo di opzioni ha {count} scelte: con più di 5 scelte usa un menu a tendina (select).',
  'invalid-pattern': 'L’espressione regolare di "validate.pattern" non è valida: viene ignorata.',
  'nested-form-not-inlined': 'Il modulo annidato "{form}" non è incluso nella definizione: i suoi campi non possono essere mostrati.',
  'nested-form-cycle': 'Il modulo annidato "{form}" include se stesso (riferimento circolare): non viene ripetuto.',
  'select-fallback': 'Le scelte di "{key}" sono calcolate con JavaScript (dataSrc "custom") o con un indirizzo che dipende dalle risposte: non possono essere caricate, e il campo viene chiesto come testo libero. Usa un elenco di valori (dataSrc "values") o un indirizzo fisso (dataSrc "url").',
  'needs-element': 'Il componente "{key}" ({type}) si completa solo con il calendario degli appuntamenti: il modulo non viene proposto nella procedura guidata. Usa l’elemento <{element}> (per esempio nella pagina di prenotazione).',
  'form-io-default': 'Manca "{prop}": come Form.io, il campo usa il valore predefinito "{value}". Indica il valore voluto (per esempio "EUR").',
  'missing-applicant': 'Il modulo non contiene il modulo annidato "applicant" (Anagrafica) richiesto da OpenCity.',
};

/** What `./lint-messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** Lint findings for ente editors (form-engines.md §5.5). */
export const lintMessages = defineMessages('form-lint', it, {
  en: () => import('./lint-messages.en.js'),
  de: () => import('./lint-messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'form-lint': typeof it }
}
