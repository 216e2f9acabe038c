import type { Translation } from './sdc-feedback.messages.js';

export default {
  title: 'Wie verständlich sind die Informationen auf dieser Seite?',
  titleService: 'Wie einfach war es, diesen Dienst zu nutzen?',
  starsLegend: 'Bewerten Sie die Seite mit 1 bis 5 Sternen',
  star: 'Mit {n} von 5 Sternen bewerten',
  star1: 'Mit 1 von 5 Sternen bewerten',
  positiveQuestion: 'Was hat Ihnen am besten gefallen?',
  positive1: 'Die Hinweise waren klar',
  positive2: 'Die Hinweise waren vollständig',
  positive3: 'Ich wusste immer, dass ich richtig vorgehe',
  positive4: 'Ich hatte keine technischen Probleme',
  other: 'Sonstiges',
  negativeQuestion: 'Wo hatten Sie die größten Schwierigkeiten?',
  negative1: 'Manchmal waren die Hinweise nicht klar',
  negative2: 'Manchmal waren die Hinweise nicht vollständig',
  negative3: 'Manchmal wusste ich nicht, ob ich richtig vorgehe',
  negative4: 'Ich hatte technische Probleme',
  details: 'Möchten Sie weitere Details hinzufügen?',
  detailsHint: 'Optional, höchstens 200 Zeichen. Geben Sie keine personenbezogenen Daten ein.',
  send: 'Bewertung senden',
  thanks: 'Danke, Ihre Meinung hilft uns, den Dienst zu verbessern!',
} satisfies Translation;
