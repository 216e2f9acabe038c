import type { Translation } from './sdc-login.messages.js';

export default {
  loginShort: 'Anmelden',
  loginRest: 'im persönlichen Bereich',
  expired: 'Die Sitzung ist abgelaufen: Melden Sie sich erneut an.',
  areaPersonale: 'Persönlicher Bereich',
  logout: 'Abmelden',
  citizen: 'Benutzer',
  messagesNone: 'Nachrichten',
  messagesOne: '1 ungelesene Nachricht',
  messagesMany: '{count} ungelesene Nachrichten',
  menuFailed: 'Das Menü des persönlichen Bereichs wurde nicht geladen.',
  retry: 'Erneut versuchen',
} satisfies Translation;
