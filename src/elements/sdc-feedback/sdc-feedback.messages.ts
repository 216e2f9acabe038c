import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-feedback.messages.en.ts, ./sdc-feedback.messages.de.ts. */
const it = {
  title: 'Quanto sono chiare le informazioni su questa pagina?',
  titleService: 'Quanto è stato facile usare questo servizio?',
  starsLegend: 'Valuta da 1 a 5 stelle la pagina',
  star: 'Valuta {n} stelle su 5',
  star1: 'Valuta 1 stella su 5',
  positiveQuestion: 'Quali sono stati gli aspetti che hai preferito?',
  positive1: 'Le indicazioni erano chiare',
  positive2: 'Le indicazioni erano complete',
  positive3: 'Capivo sempre che stavo procedendo correttamente',
  positive4: 'Non ho avuto problemi tecnici',
  other: 'Altro',
  negativeQuestion: 'Dove hai incontrato le maggiori difficoltà?',
  negative1: 'A volte le indicazioni non erano chiare',
  negative2: 'A volte le indicazioni non erano complete',
  negative3: 'A volte non capivo se stavo procedendo correttamente',
  negative4: 'Ho avuto problemi tecnici',
  details: 'Vuoi aggiungere altri dettagli?',
  detailsHint: 'Facoltativo, massimo 200 caratteri. Non inserire dati personali.',
  send: 'Invia valutazione',
  thanks: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
};

/** What `./sdc-feedback.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/**
 * The rating block. The Italian question and answers are compared word for word by the PNRR checker
 * (pa-domain.md §5.4, `feedbackComponentStructure.ts`): do not reword them.
 */
export const feedbackMessages = defineMessages('sdc-feedback', it, {
  en: () => import('./sdc-feedback.messages.en.js'),
  de: () => import('./sdc-feedback.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-feedback': typeof it }
}
