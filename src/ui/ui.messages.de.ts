import type { Translation } from './ui.messages.js';

export default {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  errorTitle: 'Der Inhalt konnte nicht geladen werden',
  errorWhat: 'Was Sie tun können: Überprüfen Sie die Verbindung und versuchen Sie es erneut. Wenn das Problem weiterhin besteht, versuchen Sie es später noch einmal.',
  loginTitle: 'Melden Sie sich an, um fortzufahren',
  loginText: 'Um diesen Bereich zu sehen, müssen Sie sich mit Ihrer digitalen Identität anmelden.',
  login: 'Mit SPID oder CIE anmelden',
  close: 'Schließen',
  newWindow: '(öffnet in einem neuen Fenster)',
  previous: 'Vorherige Seite',
  next: 'Nächste Seite',
  page: 'Seite {page}',
  pagination: 'Seitennavigation',
} satisfies Translation;
