import { defineMessages } from '../../i18n/messages.js';

export const loginMessages = defineMessages({
  it: {
    // pa-domain.md §4.3 / §5.3: the header link to the personal area (`data-element="personal-area-login"`).
    loginShort: 'Accedi',
    loginRest: 'all’area personale',
    expired: 'La sessione è scaduta: accedi di nuovo.',
    areaPersonale: 'Area personale',
    logout: 'Esci',
    citizen: 'Utente',
    messagesNone: 'Messaggi',
    messagesOne: '1 messaggio non letto',
    messagesMany: '{count} messaggi non letti',
  },
  en: {
    loginShort: 'Log in',
    loginRest: 'to your personal area',
    expired: 'Your session has expired: log in again.',
    areaPersonale: 'Personal area',
    logout: 'Log out',
    citizen: 'User',
    messagesNone: 'Messages',
    messagesOne: '1 unread message',
    messagesMany: '{count} unread messages',
  },
});
