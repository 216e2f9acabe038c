import type { Translation } from './sdc-meetings-list.messages.js';

export default {
  title: 'Termine',
  upcoming: 'Bevorstehende Termine',
  past: 'Vergangene Termine',
  empty: 'Sie haben keine Termine',
  emptyText: 'Wenn Sie einen Termin bei einem Amt der Gemeinde vereinbaren, finden Sie ihn hier.',
  book: 'Termin vereinbaren',
  when: '{date}, von {from} bis {to} Uhr',
  place: 'Ort',
  reason: 'Grund',
  details: 'Details',
  cancel: 'Termin absagen',
  cancelHidden: 'vom {date}',
  cancelUntil: 'Sie können ihn bis {days, one {# Tag} other {# Tage}} vorher absagen.',
  cancelTooLate: 'Er kann online nicht mehr abgesagt werden: Wenden Sie sich an das Amt.',
  confirmTitle: 'Möchten Sie den Termin absagen?',
  confirmText: 'Der Termin am {when} in {place} wird abgesagt und die Zeit für andere Bürgerinnen und Bürger freigegeben.',
  confirmYes: 'Ja, absagen',
  confirmNo: 'Nein, behalten',
  cancelled: 'Termin abgesagt.',
  outcome: 'Anmerkung des Amtes',
} satisfies Translation;
