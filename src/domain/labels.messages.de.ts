import type { CodesTranslation, GroupsTranslation, PaymentsTranslation, MeetingsTranslation, ActionsTranslation, ServicesTranslation } from './labels.messages.js';

export const codes = {
  '1000': 'Entwurf',
  '1500': 'Zahlung ausstehend',
  '1510': 'Zahlungsergebnis ausstehend',
  '1520': 'Zahlung erfolgreich',
  '1530': 'Zahlung abgelehnt',
  '1900': 'Gesendet',
  '2000': 'Eingegangen',
  '3000': 'Protokolliert',
  '4000': 'In Bearbeitung genommen',
  '4100': 'Ergänzungen angefordert',
  '4200': 'Ergänzungen ausstehend',
  '4300': 'Ergänzungen abgeschlossen',
  '4400': 'Ergänzungen protokolliert',
  '4500': 'Nach Ergänzungen in Bearbeitung genommen',
  '5000': 'In Bearbeitung',
  '6000': 'Bearbeitet (Protokollierung des Ergebnisdokuments ausstehend)',
  '7000': 'Angenommen',
  '8000': 'Abgelehnt (Protokollierung des Ergebnisdokuments ausstehend)',
  '9000': 'Abgelehnt',
  '20000': 'Zurückgezogen',
  '50000': 'Annulliert',
} satisfies CodesTranslation;

export const groups = {
  bozza: 'Entwurf',
  'in-attesa-di-pagamento': 'Zahlung ausstehend',
  inviata: 'Gesendet',
  'in-lavorazione': 'In Bearbeitung genommen',
  'richiesta-integrazione': 'Ergänzungen angefordert',
  accettata: 'Angenommen',
  rifiutata: 'Abgelehnt',
  ritirata: 'Zurückgezogen',
  annullata: 'Annulliert',
} satisfies GroupsTranslation;

export const payments = {
  'in-creazione': 'In Vorbereitung',
  'da-pagare': 'Zu bezahlen',
  'in-corso': 'Zahlung läuft',
  pagato: 'Bezahlt',
  scaduto: 'Abgelaufen',
  annullato: 'Annulliert',
  errore: 'Zahlung fehlgeschlagen',
} satisfies PaymentsTranslation;

export const meetings = {
  'in-attesa': 'Genehmigung ausstehend',
  confermato: 'Bestätigt',
  rifiutato: 'Abgelehnt',
  mancato: 'Nicht erschienen',
  concluso: 'Stattgefunden',
  annullato: 'Abgesagt',
  bozza: 'Entwurf',
} satisfies MeetingsTranslation;

export const actions = {
  attivazione: 'Aktivierung',
  rinnovo: 'Erneuerung',
  interruzione: 'Beendigung',
  sospensione: 'Aussetzung',
  modifica: 'Änderung',
  voltura: 'Umschreibung',
  subentro: 'Übernahme',
} satisfies ActionsTranslation;

export const services = { attivo: 'Dienst verfügbar', sospeso: 'Dienst ausgesetzt', programmato: 'Dienst noch nicht verfügbar', privato: 'Eingeschränkter Dienst', cancellato: 'Dienst nicht verfügbar' } satisfies ServicesTranslation;
