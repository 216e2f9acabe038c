import type { Locale } from '../i18n/locale.js';

/**
 * The label as it reads inside a sentence, with the Italian definite article:
 * "Codice fiscale" → "il codice fiscale", "Data di nascita" → "la data di nascita",
 * "Indirizzo" → "l'indirizzo", "Stato" → "lo stato", "Allegati" → "gli allegati", "IBAN" → "l'IBAN".
 * A heuristic on the first word (gender from the ending, elision before vowels); a few common PA
 * words that break the rules are listed. Editors can always override with `errors`/`errorLabel`.
 */
const FEMININE_E = new Set(['pec', 'note', 'fonte', 'classe', 'parte', 'sede', 'chiave', 'mail', 'e-mail', 'email', 'targa', 'residenza', 'carta']);
const MASCULINE_A = new Set(['problema', 'sistema', 'tema', 'programma', 'schema', 'telegramma', 'diploma', 'clima', 'pigiama']);
const PLURAL_F = new Set(['note', 'generalità', 'informazioni', 'dichiarazioni', 'spese', 'tasse', 'imposte', 'rate', 'quote', 'persone', 'ore', 'date']);
const MASCULINE_ACRONYMS = new Set(['cap', 'isee', 'iban', 'spid', 'iuv', 'cud', 'durc', 'pin', 'puk']);
const FEMININE_ACRONYMS = new Set(['pec', 'cie', 'p.iva', 'partita', 'iva', 'tari', 'imu', 'scia', 'cila', 'dsu', 'asl']);
const VOWEL = /^[aeiouàèéìòù]/i;

function lowerFirst(label: string): string {
  // Keep acronyms ("CAP", "IBAN", "PEC") and proper nouns written in capitals.
  if (label.length > 1 && label[1] === label[1]!.toUpperCase() && /[A-Z]/.test(label[1]!)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Whether the label reads as a noun phrase (not a question or a long sentence). */
export function isNounLabel(label: string): boolean {
  const l = label.trim();
  if (!l || /[?:!]$/.test(l) || /\.$/.test(l)) return false;
  return l.split(/\s+/).length <= 6;
}

// Words a noun phrase does not start with (articles, prepositions, conjunctions, interrogatives),
// and articles that, second, show a verb with its object ("Presenti la richiesta come").
const NOT_A_NOUN_START = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'da', 'a', 'in', 'con', 'su', 'per', 'tra', 'fra',
  'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'del', 'dello', 'della',
  'dei', 'degli', 'delle', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle',
  'come', 'se', 'quando', 'dove', 'entro', 'fino', 'verso', 'oltre', 'prima', 'dopo', 'quale', 'quali', 'quanti', 'quante',
  'cosa', 'chi', 'perché', 'non', 'già', 'anche', 'ho', 'hai', 'sono', 'è', 'e', 'o', 'from', 'to', 'until',
]);
const ARTICLES = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una']);
const DANGLING = new Set(['come', 'di', 'a', 'da', 'per', 'con', 'in', 'su', 'se', 'il', 'la', 'al', 'alla', 'dal', 'dalla']);

/**
 * Whether a label reads as a noun that can take an article inside a sentence ("Codice fiscale" →
 * "il codice fiscale"). "Dal giorno" or "Presenti la richiesta come" cannot: gluing an article to
 * them gives "Inserisci il dal giorno"; such labels are quoted instead (see {@link labelInSentence}).
 */
export function takesArticle(label: string): boolean {
  const words = label.trim().replace(/\s*\*$/, '').toLowerCase().split(/\s+/).map((w) => w.replace(/^[«“"'(]+|[»”"'),.;:]+$/g, ''));
  const [first = '', second = ''] = words;
  if (!first || /^(l|un|dell|all|dall|nell|sull)[’']/.test(first)) return false;
  if (NOT_A_NOUN_START.has(first)) return false;
  if (ARTICLES.has(second) || /^l[’']/.test(second)) return false;
  return !(words.length > 1 && DANGLING.has(words[words.length - 1]!));
}

/**
 * The label as it goes inside a validation sentence: with its article when it reads as a noun
 * ("il codice fiscale"), else quoted as written («Dal giorno», “From day”), never glued.
 */
export function labelInSentence(label: string, locale: Locale): { text: string; quoted: boolean } {
  const text = label.trim().replace(/\s*\*$/, '');
  if (takesArticle(text)) return { text: withArticle(text, locale), quoted: false };
  return { text: locale === 'it' ? `«${text}»` : `“${text}”`, quoted: true };
}

export function withArticle(label: string, locale: Locale): string {
  const text = label.trim().replace(/\s*\*$/, '');
  if (locale === 'en') return lowerFirst(text);
  // German nouns keep their capital and their article depends on a gender we cannot guess: quote the label.
  if (locale === 'de') return `„${text}“`;
  const first = (text.split(/[\s(]/)[0] ?? '').toLowerCase();
  const body = lowerFirst(text);
  const isAcronym = /^[A-Z.]{2,}$/.test(text.split(/\s/)[0] ?? '');
  let feminine: boolean;
  let plural = false;
  if (isAcronym || MASCULINE_ACRONYMS.has(first) || FEMININE_ACRONYMS.has(first)) {
    feminine = FEMININE_ACRONYMS.has(first);
  } else if (PLURAL_F.has(first)) {
    feminine = true; plural = true;
  } else if (MASCULINE_A.has(first)) {
    feminine = false;
  } else if (FEMININE_E.has(first) || /(zione|sione|gione|tà|tù|trice|ie)$/.test(first) || /a$/.test(first)) {
    feminine = true;
  } else if (/i$/.test(first)) {
    feminine = false; plural = true;
  } else {
    feminine = false;
  }
  const startsVowel = VOWEL.test(first) || (isAcronym && /^[AEFHILMNORSX]/.test(text));
  const sImpura = /^(s[^aeiou]|z|gn|ps|pn|x|y)/.test(first);
  let article: string;
  if (plural) article = feminine ? 'le ' : startsVowel || sImpura ? 'gli ' : 'i ';
  else if (feminine) article = startsVowel ? 'l’' : 'la ';
  else if (startsVowel) article = 'l’';
  else if (sImpura && !isAcronym) article = 'lo ';
  else article = 'il ';
  return article + body;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
