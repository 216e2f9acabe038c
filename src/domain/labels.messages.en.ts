import type { CodesTranslation, GroupsTranslation, PaymentsTranslation, MeetingsTranslation, ActionsTranslation, ServicesTranslation } from './labels.messages.js';

export const codes = {
  '1000': 'Draft',
  '1500': 'Awaiting payment',
  '1510': 'Awaiting payment outcome',
  '1520': 'Payment successful',
  '1530': 'Payment refused',
  '1900': 'Sent',
  '2000': 'Received',
  '3000': 'Registered',
  '4000': 'Taken in charge',
  '4100': 'More information requested',
  '4200': 'Waiting for more information',
  '4300': 'More information sent',
  '4400': 'More information registered',
  '4500': 'Taken in charge after more information',
  '5000': 'Processing',
  '6000': 'Processed (outcome document being registered)',
  '7000': 'Accepted',
  '8000': 'Rejected (outcome document being registered)',
  '9000': 'Rejected',
  '20000': 'Withdrawn',
  '50000': 'Cancelled',
} satisfies CodesTranslation;

export const groups = {
  bozza: 'Draft',
  'in-attesa-di-pagamento': 'Awaiting payment',
  inviata: 'Sent',
  'in-lavorazione': 'Taken in charge',
  'richiesta-integrazione': 'More information requested',
  accettata: 'Accepted',
  rifiutata: 'Rejected',
  ritirata: 'Withdrawn',
  annullata: 'Cancelled',
} satisfies GroupsTranslation;

export const payments = {
  'in-creazione': 'Being prepared',
  'da-pagare': 'To pay',
  'in-corso': 'Payment in progress',
  pagato: 'Paid',
  scaduto: 'Expired',
  annullato: 'Cancelled',
  errore: 'Payment failed',
} satisfies PaymentsTranslation;

export const meetings = {
  'in-attesa': 'Awaiting approval',
  confermato: 'Confirmed',
  rifiutato: 'Refused',
  mancato: 'Missed',
  concluso: 'Done',
  annullato: 'Cancelled',
  bozza: 'Draft',
} satisfies MeetingsTranslation;

export const actions = {
  attivazione: 'Activation',
  rinnovo: 'Renewal',
  interruzione: 'Termination',
  sospensione: 'Suspension',
  modifica: 'Change',
  voltura: 'Transfer',
  subentro: 'Takeover',
} satisfies ActionsTranslation;

export const services = { attivo: 'Service available', sospeso: 'Service suspended', programmato: 'Service not yet available', privato: 'Restricted service', cancellato: 'Service not available' } satisfies ServicesTranslation;
