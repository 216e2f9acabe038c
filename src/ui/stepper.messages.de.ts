import type { Translation } from './stepper.messages.js';

export default {
  label: 'Schritte des Antrags',
  count: 'Schritt {n} von {total}',
  done: 'Abgeschlossen:',
  current: 'Aktuell:',
  todo: 'Noch offen:',
  goTo: 'Zurück zu Schritt {n}: {title}',
} satisfies Translation;
