import type { Translation } from './ui.messages.js';

export default {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'The content could not be loaded',
  errorWhat: 'What you can do: check your connection and try again. If the problem persists, try later.',
  loginTitle: 'Log in to continue',
  loginText: 'To see this section you need to log in with your digital identity.',
  login: 'Log in with SPID or CIE',
  close: 'Close',
  newWindow: '(opens in a new window)',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page}',
  pagination: 'Pagination',
} satisfies Translation;
