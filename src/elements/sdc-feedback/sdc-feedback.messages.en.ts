import type { Translation } from './sdc-feedback.messages.js';

export default {
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
} satisfies Translation;
