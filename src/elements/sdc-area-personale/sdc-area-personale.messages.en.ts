import type { Translation } from './sdc-area-personale.messages.js';

export default {
  pratiche: 'Applications',
  messaggi: 'Messages',
  pagamenti: 'Payments',
  appuntamenti: 'Appointments',
  profilo: 'Profile',
  nav: 'Personal area sections',
  greeting: 'Hello, {name}',
  loginText: 'To see your applications, payments, appointments and profile, log in with your digital identity.',
} satisfies Translation;
