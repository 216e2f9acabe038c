import { defineMessages } from '../../i18n/messages.js';

/**
 * The rating block. The Italian question and answers are compared word for word by the PNRR checker
 * (pa-domain.md §5.4, `feedbackComponentStructure.ts`): do not reword them.
 */
export const feedbackMessages = defineMessages({
  it: {
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
  },
  en: {
    title: 'How clear is the information on this page?',
    titleService: 'How easy was it to use this service?',
    starsLegend: 'Rate the page from 1 to 5 stars',
    star: 'Rate {n} stars out of 5',
    star1: 'Rate 1 star out of 5',
    positiveQuestion: 'What did you like best?',
    positive1: 'The instructions were clear',
    positive2: 'The instructions were complete',
    positive3: 'I always knew I was doing it right',
    positive4: 'I had no technical problems',
    other: 'Other',
    negativeQuestion: 'Where did you find it hardest?',
    negative1: 'Sometimes the instructions were not clear',
    negative2: 'Sometimes the instructions were not complete',
    negative3: 'Sometimes I did not know if I was doing it right',
    negative4: 'I had technical problems',
    details: 'Do you want to add more details?',
    detailsHint: 'Optional, up to 200 characters. Do not enter personal data.',
    send: 'Send rating',
    thanks: 'Thank you, your opinion will help us improve the service!',
  },
});
