import type { Translation } from './sdc-area-personale.messages.js';

export default {
  pratiche: 'Anträge',
  messaggi: 'Nachrichten',
  pagamenti: 'Zahlungen',
  appuntamenti: 'Termine',
  profilo: 'Profil',
  nav: 'Bereiche des persönlichen Bereichs',
  greeting: 'Guten Tag, {name}',
  loginText: 'Um Ihre Anträge, Zahlungen, Termine und Ihr Profil zu sehen, melden Sie sich mit Ihrer digitalen Identität an.',
} satisfies Translation;
