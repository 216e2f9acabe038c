import type { Translation } from './error-summary.messages.js';

export default {
  title: 'There is a problem',
  titleMany: 'Some information is missing or wrong',
  warningsTitle: 'Check this information',
  warningsText: 'It does not stop you from continuing: fix it or confirm it is right.',
  confirm: 'Confirm and continue',
  titlePrefix: 'Error: ',
} satisfies Translation;
