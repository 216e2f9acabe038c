import type { Translation } from './error-summary.messages.js';

export default {
  title: 'Es ist ein Problem aufgetreten',
  titleMany: 'Einige Angaben fehlen oder sind nicht korrekt',
  warningsTitle: 'Überprüfen Sie diese Angaben',
  warningsText: 'Sie können trotzdem fortfahren: Korrigieren Sie die Angaben oder bestätigen Sie, dass sie stimmen.',
  confirm: 'Bestätigen und fortfahren',
  titlePrefix: 'Fehler: ',
} satisfies Translation;
