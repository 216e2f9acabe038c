import type { Translation } from './sdc-login.messages.js';

export default {
  loginShort: 'Log in',
  loginRest: 'to your personal area',
  expired: 'Your session has expired: log in again.',
  areaPersonale: 'Personal area',
  logout: 'Log out',
  citizen: 'User',
  messagesNone: 'Messages',
  messagesOne: '1 unread message',
  messagesMany: '{count} unread messages',
  menuFailed: 'Your personal area menu did not load.',
  retry: 'Try again',
} satisfies Translation;
