import type { Translation } from './errors.messages.js';

export default {
  network: 'Der Dienst ist nicht erreichbar. Überprüfen Sie die Verbindung und versuchen Sie es erneut.',
  timeout: 'Der Dienst hat nicht rechtzeitig geantwortet. Versuchen Sie es in einem Moment erneut.',
  unauthorized: 'Die Sitzung ist abgelaufen oder Sie sind nicht angemeldet. Melden Sie sich erneut an, um fortzufahren.',
  forbidden: 'Sie sind für diesen Vorgang nicht berechtigt.',
  'not-found': 'Das Gesuchte wurde nicht gefunden. Es wurde möglicherweise entfernt.',
  validation: 'Einige Angaben sind nicht gültig. Korrigieren Sie die Fehler und versuchen Sie es erneut.',
  conflict: 'Der Vorgang ist im aktuellen Zustand nicht möglich. Laden Sie die Seite neu und versuchen Sie es erneut.',
  server: 'Beim Dienst ist ein Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.',
  'invalid-response': 'Der Dienst hat eine ungültige Antwort gesendet. Versuchen Sie es in einigen Minuten erneut.',
  aborted: 'Der Vorgang wurde abgebrochen.',
} satisfies Translation;
