import { defineMessages } from '../../i18n/messages.js';
import type { Locale } from '../../i18n/locale.js';
import type { PraticaStatusGroup } from '../../domain/pratica.js';

/**
 * Citizen wording of pratica statuses: the group labels of the list filter and tags
 * (pa-domain.md §6.2) and the exact labels of each code for "Iter della pratica" (opencity-api.md §5.1).
 */
const groups = defineMessages({
  it: {
    bozza: 'Bozza',
    'in-attesa-di-pagamento': 'In attesa di pagamento',
    inviata: 'Inviata',
    'in-lavorazione': 'In lavorazione',
    'richiesta-integrazione': 'Richiesta integrazioni',
    accettata: 'Accettata',
    rifiutata: 'Rifiutata',
    ritirata: 'Ritirata',
    annullata: 'Annullata',
  },
  en: {
    bozza: 'Draft',
    'in-attesa-di-pagamento': 'Awaiting payment',
    inviata: 'Submitted',
    'in-lavorazione': 'In progress',
    'richiesta-integrazione': 'More information requested',
    accettata: 'Accepted',
    rifiutata: 'Rejected',
    ritirata: 'Withdrawn',
    annullata: 'Cancelled',
  },
});

const codes = defineMessages({
  it: {
    '1000': 'Bozza',
    '1500': 'In attesa di pagamento',
    '1510': "In attesa dell'esito del pagamento",
    '1520': 'Pagamento avvenuto con successo',
    '1530': 'Pagamento non riuscito',
    '1900': 'Inviata',
    '2000': 'Acquisita',
    '3000': 'Protocollata',
    '4000': 'Presa in carico',
    '4100': 'Richiesta integrazioni',
    '4200': 'In attesa di integrazioni',
    '4300': 'Integrazioni concluse',
    '4400': 'Integrazioni protocollate',
    '4500': 'Presa in carico dopo le integrazioni',
    '5000': 'In elaborazione',
    '6000': 'Accettata (in attesa del documento di esito)',
    '7000': 'Accettata',
    '8000': 'Rifiutata (in attesa del documento di esito)',
    '9000': 'Rifiutata',
    '20000': 'Ritirata',
    '50000': 'Annullata',
  },
  en: {
    '1000': 'Draft',
    '1500': 'Awaiting payment',
    '1510': 'Awaiting payment outcome',
    '1520': 'Payment successful',
    '1530': 'Payment failed',
    '1900': 'Submitted',
    '2000': 'Received',
    '3000': 'Registered',
    '4000': 'Taken in charge',
    '4100': 'More information requested',
    '4200': 'Waiting for more information',
    '4300': 'Information sent',
    '4400': 'Information registered',
    '4500': 'Taken in charge after more information',
    '5000': 'Processing',
    '6000': 'Accepted (outcome document pending)',
    '7000': 'Accepted',
    '8000': 'Rejected (outcome document pending)',
    '9000': 'Rejected',
    '20000': 'Withdrawn',
    '50000': 'Cancelled',
  },
});

export function statusGroupLabel(locale: Locale, group: PraticaStatusGroup): string {
  return groups(locale, group);
}

/** The label of an exact status code; unknown codes fall back to their group's label. */
export function statusCodeLabel(locale: Locale, code: number, group: PraticaStatusGroup): string {
  const key = String(code) as Parameters<typeof codes>[1];
  const label = codes(locale, key);
  return label === key ? groups(locale, group) : label;
}
