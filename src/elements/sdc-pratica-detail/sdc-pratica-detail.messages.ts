import { defineMessages, type TranslationOf } from '../../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-pratica-detail.messages.en.ts, ./sdc-pratica-detail.messages.de.ts. */
const it = {
  back: 'Torna alle pratiche',
  protocol: 'Numero di protocollo',
  createdAt: 'Data di creazione',
  submittedAt: 'Data di invio',
  takenAt: 'Data di presa in carico',
  updatedAt: 'Ultimo aggiornamento',
  expectedAt: 'Data prevista di conclusione',
  status: 'Stato',
  outcomeAccepted: 'La richiesta è stata accettata',
  outcomeRejected: 'La richiesta è stata respinta',
  outcomeMotivation: 'Motivazione',
  draftNotice: 'Questa richiesta è una bozza: non è ancora stata inviata al Comune.',
  paymentNotice: 'Per far proseguire la pratica devi effettuare il pagamento.',
  actions: 'Azioni disponibili',
  resume: 'Completa la richiesta',
  withdraw: 'Ritira la pratica',
  serviceActions: 'Altre richieste su questa pratica',
  action_attivazione: 'Attivazione',
  action_rinnovo: 'Rinnovo',
  action_interruzione: 'Interruzione',
  action_sospensione: 'Sospensione',
  action_modifica: 'Modifica',
  action_voltura: 'Voltura',
  action_subentro: 'Subentro',
  actionLabel: '{action}: {service}',
  summary: 'Riepilogo',
  summaryIntro: 'I dati che hai inviato con la richiesta.',
  summaryEmpty: 'Non ci sono dati da mostrare per questa richiesta.',
  summaryFallback: 'Il modulo del servizio non è disponibile: i dati sono mostrati così come sono stati salvati.',
  section: 'Dati della richiesta',
  yes: 'Sì',
  no: 'No',
  documents: 'Documenti',
  documentsEmpty: 'Non ci sono documenti allegati a questa pratica.',
  compiledModule: 'Modulo della richiesta (PDF)',
  outcomeFile: 'Documento di esito',
  download: 'Scarica',
  downloadLabel: 'Scarica {name}',
  downloading: 'Download in corso…',
  downloadError: 'Non è stato possibile scaricare {name}. {reason}',
  downloaded: '{name} scaricato.',
  iter: 'Iter della pratica',
  iterEmpty: 'Lo storico degli stati non è ancora disponibile.',
  iterCurrent: 'stato attuale',
  iterError: 'Non è stato possibile caricare lo storico della pratica.',
  messages: 'Messaggi',
  payments: 'Pagamenti',
  meetings: 'Appuntamenti',
  meetingsEmpty: 'Non ci sono appuntamenti collegati a questa pratica.',
  meetingsError: 'Non è stato possibile caricare gli appuntamenti.',
  meetingWhen: '{date}, dalle {from} alle {to}',
  meetingVideo: 'Partecipa alla videochiamata',
  withdrawTitle: 'Vuoi ritirare la pratica?',
  withdrawText: 'Se ritiri la pratica n. {number}, «{service}», il Comune smette di lavorarla. L’operazione non si può annullare: per ottenere il servizio dovrai presentare una nuova richiesta.',
  withdrawConfirm: 'Sì, ritira la pratica',
  withdrawCancel: 'Annulla',
  withdrawing: 'Ritiro in corso…',
  withdrawn: 'La pratica è stata ritirata.',
  withdrawError: 'Non è stato possibile ritirare la pratica. {reason}',
  notFound: 'Pratica non trovata',
  missingId: 'Nessuna pratica selezionata.',
  number: 'Numero della pratica',
};

/** What `./sdc-pratica-detail.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const messages = defineMessages('sdc-pratica-detail', it, {
  en: () => import('./sdc-pratica-detail.messages.en.js'),
  de: () => import('./sdc-pratica-detail.messages.de.js'),
});

declare module '../../i18n/messages.js' {
  interface SdcMessageCatalogs { 'sdc-pratica-detail': typeof it }
}
