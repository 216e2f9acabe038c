import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages({
  it: {
    pratiche: 'Pratiche',
    messaggi: 'Messaggi',
    pagamenti: 'Pagamenti',
    appuntamenti: 'Appuntamenti',
    profilo: 'Profilo',
    nav: 'Sezioni dell’area personale',
    greeting: 'Ciao, {name}',
    loginText: 'Per vedere le tue pratiche, i pagamenti, gli appuntamenti e il profilo accedi con la tua identità digitale.',
  },
  en: {
    pratiche: 'Applications',
    messaggi: 'Messages',
    pagamenti: 'Payments',
    appuntamenti: 'Appointments',
    profilo: 'Profile',
    nav: 'Personal area sections',
    greeting: 'Hello, {name}',
    loginText: 'To see your applications, payments, appointments and profile, log in with your digital identity.',
  },
});
