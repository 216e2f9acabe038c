/**
 * The one catalogue of the names of the domain's enumerations (Italian first, English on request):
 * every element that shows a pratica, payment, meeting or service status takes its words from here, so
 * the same fact reads the same in the list, the detail, "Iter della pratica" and the payments.
 * Pratica labels are OpenCity's own (`pratica.dettaglio.stato_*`, opencity-api.md §5.1); the group
 * labels name the list filter's categories (pa-domain.md §6.2) with the same words.
 */
import { defineMessages } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import type { PraticaStatusGroup } from './pratica.js';
import type { PaymentStatus } from './payment.js';
import type { MeetingStatus } from './meeting.js';
import type { ServiceAction, ServiceStatus } from './service.js';

const codes = /* @__PURE__ */ defineMessages({
  it: {
    '1000': 'Bozza',
    '1500': 'In attesa di pagamento',
    '1510': 'In attesa dell’esito di pagamento',
    '1520': 'Pagamento avvenuto con successo',
    '1530': 'Pagamento rifiutato',
    '1900': 'Inviata',
    '2000': 'Acquisita',
    '3000': 'Protocollata',
    '4000': 'Presa in carico',
    '4100': 'Richiesta integrazioni',
    '4200': 'In attesa di integrazioni',
    '4300': 'Integrazioni concluse',
    '4400': 'Integrazioni protocollate',
    '4500': 'Presa in carico in seguito a integrazioni',
    '5000': 'In elaborazione',
    '6000': 'Elaborata (in attesa di protocollazione del documento di esito)',
    '7000': 'Accettata',
    '8000': 'Rifiutata (in attesa di protocollazione del documento di esito)',
    '9000': 'Rifiutata',
    '20000': 'Ritirata',
    '50000': 'Annullata',
  },
  en: {
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
  },
});

const groups = /* @__PURE__ */ defineMessages<PraticaStatusGroup>({
  it: {
    bozza: 'Bozza',
    'in-attesa-di-pagamento': 'In attesa di pagamento',
    inviata: 'Inviata',
    // The words of the codes most of the group is in (4000 and 4500, 4100), not new ones.
    'in-lavorazione': 'Presa in carico',
    'richiesta-integrazione': 'Richiesta integrazioni',
    accettata: 'Accettata',
    rifiutata: 'Rifiutata',
    ritirata: 'Ritirata',
    annullata: 'Annullata',
  },
  en: {
    bozza: 'Draft',
    'in-attesa-di-pagamento': 'Awaiting payment',
    inviata: 'Sent',
    'in-lavorazione': 'Taken in charge',
    'richiesta-integrazione': 'More information requested',
    accettata: 'Accepted',
    rifiutata: 'Rejected',
    ritirata: 'Withdrawn',
    annullata: 'Cancelled',
  },
});

const payments = /* @__PURE__ */ defineMessages<PaymentStatus>({
  it: {
    'in-creazione': 'In preparazione',
    'da-pagare': 'Da pagare',
    'in-corso': 'Pagamento in corso',
    pagato: 'Pagato',
    scaduto: 'Scaduto',
    annullato: 'Annullato',
    errore: 'Pagamento non riuscito',
  },
  en: {
    'in-creazione': 'Being prepared',
    'da-pagare': 'To pay',
    'in-corso': 'Payment in progress',
    pagato: 'Paid',
    scaduto: 'Expired',
    annullato: 'Cancelled',
    errore: 'Payment failed',
  },
});

const meetings = /* @__PURE__ */ defineMessages<MeetingStatus>({
  it: {
    // OpenCity's own wording (pa-domain.md §5.8).
    'in-attesa': 'In attesa di approvazione',
    confermato: 'Confermato',
    rifiutato: 'Rifiutato',
    mancato: 'Assente',
    concluso: 'Avvenuto',
    annullato: 'Annullato',
    bozza: 'Bozza',
  },
  en: {
    'in-attesa': 'Awaiting approval',
    confermato: 'Confirmed',
    rifiutato: 'Refused',
    mancato: 'Missed',
    concluso: 'Done',
    annullato: 'Cancelled',
    bozza: 'Draft',
  },
});

const actions = /* @__PURE__ */ defineMessages<ServiceAction>({
  it: {
    attivazione: 'Attivazione',
    rinnovo: 'Rinnovo',
    interruzione: 'Interruzione',
    sospensione: 'Sospensione',
    modifica: 'Modifica',
    voltura: 'Voltura',
    subentro: 'Subentro',
  },
  en: {
    attivazione: 'Activation',
    rinnovo: 'Renewal',
    interruzione: 'Termination',
    sospensione: 'Suspension',
    modifica: 'Change',
    voltura: 'Transfer',
    subentro: 'Takeover',
  },
});

const services = /* @__PURE__ */ defineMessages<ServiceStatus>({
  it: { attivo: 'Servizio attivo', sospeso: 'Servizio sospeso', programmato: 'Servizio non ancora attivo', privato: 'Servizio riservato', cancellato: 'Servizio non disponibile' },
  en: { attivo: 'Service available', sospeso: 'Service suspended', programmato: 'Service not yet available', privato: 'Restricted service', cancellato: 'Service not available' },
});

/** OpenCity's label of a status code; unknown codes get their group's label. */
export function praticaStatusLabel(code: number, locale: Locale = 'it', group?: PraticaStatusGroup): string {
  const key = String(code);
  const label = codes(locale, key as never);
  return label === key && group ? groups(locale, group) : label;
}
export const praticaGroupLabel = (group: PraticaStatusGroup, locale: Locale = 'it'): string => groups(locale, group);
export const paymentStatusLabel = (status: PaymentStatus, locale: Locale = 'it'): string => payments(locale, status);
export const meetingStatusLabel = (status: MeetingStatus, locale: Locale = 'it'): string => meetings(locale, status);
export const serviceActionLabel = (action: ServiceAction, locale: Locale = 'it'): string => actions(locale, action);
export const serviceStatusLabel = (status: ServiceStatus, locale: Locale = 'it'): string => services(locale, status);
