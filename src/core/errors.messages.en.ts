import type { Translation } from './errors.messages.js';

export default {
  network: 'The service cannot be reached. Check your connection and try again.',
  timeout: 'The service did not answer in time. Try again in a moment.',
  unauthorized: 'Your session has expired or you are not signed in. Sign in again to continue.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'What you are looking for was not found. It may have been removed.',
  validation: 'Some data are not valid. Correct the errors and try again.',
  conflict: 'This is not possible in the current state. Reload the page and try again.',
  server: 'The service had a problem. Try again in a few minutes.',
  'invalid-response': 'The service sent an invalid answer. Try again in a few minutes.',
  aborted: 'The operation was cancelled.',
} satisfies Translation;
