import type { Translation } from './sdc-meetings-list.messages.js';

export default {
  title: 'Appointments',
  upcoming: 'Upcoming appointments',
  past: 'Past appointments',
  empty: 'You have no appointments',
  emptyText: 'When you book an appointment with a municipal office you will find it here.',
  book: 'Book an appointment',
  when: '{date}, from {from} to {to}',
  place: 'Where',
  reason: 'Reason',
  details: 'Details',
  cancel: 'Cancel appointment',
  cancelHidden: 'of {date}',
  cancelUntil: 'You can cancel it up to {days, one {# day} other {# days}} before.',
  cancelTooLate: 'It can no longer be cancelled online: contact the office.',
  confirmTitle: 'Do you want to cancel the appointment?',
  confirmText: 'The appointment of {when} at {place} will be cancelled and the time freed for other citizens.',
  confirmYes: 'Yes, cancel',
  confirmNo: 'No, keep it',
  cancelled: 'Appointment cancelled.',
  outcome: 'Office’s note',
} satisfies Translation;
