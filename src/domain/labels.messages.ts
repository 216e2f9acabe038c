/**
 * The Italian names of the domain's enumerations (the source of the keys); translations in
 * ./labels.messages.en.ts and ./labels.messages.de.ts, one export per catalogue. Read them through
 * ./labels.ts, never directly.
 */
import { defineMessages, type TranslationOf } from '../i18n/messages.js';
import type { PraticaStatusGroup } from './pratica.js';
import type { PaymentStatus } from './payment.js';
import type { MeetingStatus } from './meeting.js';
import type { ServiceAction, ServiceStatus } from './service.js';

const codesIt = {
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
};
export type CodesTranslation = TranslationOf<typeof codesIt>;
export const codes = /* @__PURE__ */ defineMessages('pratica-status', codesIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.codes })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.codes })),
});

const groupsIt = {
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
} satisfies Record<PraticaStatusGroup, string>;
export type GroupsTranslation = TranslationOf<typeof groupsIt>;
export const groups = /* @__PURE__ */ defineMessages('pratica-group', groupsIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.groups })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.groups })),
});

const paymentsIt = {
  'in-creazione': 'In preparazione',
  'da-pagare': 'Da pagare',
  'in-corso': 'Pagamento in corso',
  pagato: 'Pagato',
  scaduto: 'Scaduto',
  annullato: 'Annullato',
  errore: 'Pagamento non riuscito',
} satisfies Record<PaymentStatus, string>;
export type PaymentsTranslation = TranslationOf<typeof paymentsIt>;
export const payments = /* @__PURE__ */ defineMessages('payment-status', paymentsIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.payments })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.payments })),
});

const meetingsIt = {
  // OpenCity's own wording (pa-domain.md §5.8).
  'in-attesa': 'In attesa di approvazione',
  confermato: 'Confermato',
  rifiutato: 'Rifiutato',
  mancato: 'Assente',
  concluso: 'Avvenuto',
  annullato: 'Annullato',
  bozza: 'Bozza',
} satisfies Record<MeetingStatus, string>;
export type MeetingsTranslation = TranslationOf<typeof meetingsIt>;
export const meetings = /* @__PURE__ */ defineMessages('meeting-status', meetingsIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.meetings })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.meetings })),
});

const actionsIt = {
  attivazione: 'Attivazione',
  rinnovo: 'Rinnovo',
  interruzione: 'Interruzione',
  sospensione: 'Sospensione',
  modifica: 'Modifica',
  voltura: 'Voltura',
  subentro: 'Subentro',
} satisfies Record<ServiceAction, string>;
export type ActionsTranslation = TranslationOf<typeof actionsIt>;
export const actions = /* @__PURE__ */ defineMessages('service-action', actionsIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.actions })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.actions })),
});

const servicesIt = { attivo: 'Servizio attivo', sospeso: 'Servizio sospeso', programmato: 'Servizio non ancora attivo', privato: 'Servizio riservato', cancellato: 'Servizio non disponibile' } satisfies Record<ServiceStatus, string>;
export type ServicesTranslation = TranslationOf<typeof servicesIt>;
export const services = /* @__PURE__ */ defineMessages('service-status', servicesIt, {
  en: () => import('./labels.messages.en.js').then((m) => ({ default: m.services })),
  de: () => import('./labels.messages.de.js').then((m) => ({ default: m.services })),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs {
    'pratica-status': typeof codesIt;
    'pratica-group': typeof groupsIt;
    'payment-status': typeof paymentsIt;
    'meeting-status': typeof meetingsIt;
    'service-action': typeof actionsIt;
    'service-status': typeof servicesIt;
  }
}
