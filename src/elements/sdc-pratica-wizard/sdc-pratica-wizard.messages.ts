import { defineMessages, type TranslationOf } from '../../i18n/messages.js';
import type { LateStepsWording } from './late-steps.messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./sdc-pratica-wizard.messages.en.ts, ./sdc-pratica-wizard.messages.de.ts. */
const it = {
  label: 'Richiesta online: {service}',
  back: 'Indietro',
  next: 'Avanti',
  save: 'Salva richiesta',
  backToSummary: 'Torna al riepilogo',
  savedAt: 'Richiesta salvata alle {time}. Puoi riprenderla anche dalla tua area personale.',
  savedLocal: 'Dati salvati su questo dispositivo alle {time}.',
  saveFailed: 'Non è stato possibile salvare la richiesta sul portale: i dati restano salvati su questo dispositivo. Riprova più tardi.',
  draftRecreated: 'La bozza salvata sul portale non era più disponibile: ne abbiamo creata una nuova con le tue risposte.',
  uploadsBusy: 'Attendi la fine del caricamento dei file prima di proseguire',
  // privacy
  privacyTitle: 'Informativa sulla privacy',
  privacyIntro: 'Per presentare la richiesta devi prendere visione dell’informativa sul trattamento dei dati personali.',
  privacyText: 'Il Comune tratta i dati che inserisci solo per gestire la tua richiesta, nel rispetto del Regolamento (UE) 2016/679 (GDPR).',
  privacyLink: 'Leggi l’informativa sulla privacy',
  privacyCheck: 'Ho letto e compreso l’informativa sulla privacy',
  privacyRequired: 'Dichiara di aver letto l’informativa sulla privacy per proseguire',
  // loading / errors
  notFoundTitle: 'Servizio non trovato',
  notFound: 'Il servizio richiesto non esiste o non è più disponibile. Controlla il collegamento oppure cerca il servizio nell’elenco dei servizi.',
  noFormTitle: 'Questo servizio non si richiede online',
  noForm: 'Per questo servizio non è disponibile un modulo online. Leggi la scheda del servizio per sapere come presentare la richiesta.',
  externalLink: 'Vai al servizio',
  elsewhereTitle: 'Questo servizio si prenota dal calendario degli appuntamenti',
  bookingElsewhere: 'Il modulo di questo servizio sceglie il giorno e l’orario con il calendario dell’ufficio, che qui non può essere mostrato. Prenota dalla pagina degli appuntamenti.',
  bookingLink: 'Prenota un appuntamento',
  formMissingTitle: 'Modulo non disponibile',
  formMissing: 'Il modulo di questo servizio non è al momento disponibile. Riprova più tardi o contatta l’ufficio.',
  formBrokenTitle: 'Il modulo non può essere mostrato',
  formBroken: 'Il modulo di questo servizio contiene un errore di configurazione. L’ufficio è stato avvisato: riprova più tardi.',
  suspendedTitle: 'Servizio non disponibile',
  suspended: 'Al momento non è possibile presentare richieste per questo servizio.',
  partFailedKept: 'Le risposte che hai inserito sono conservate.',
  partFailedSent: 'La tua richiesta è stata inviata.',
  loadErrorTitle: 'Non è stato possibile caricare la richiesta',
  noBaseUrl: 'Il widget non è configurato: manca l’indirizzo del portale dei servizi (base-url).',
  noService: 'Il widget non è configurato: manca il servizio da richiedere (service-id).',
  // login
  loginTitle: 'Accedi per presentare la richiesta',
  loginText: 'Per presentare la richiesta «{service}» devi accedere con SPID o CIE: i tuoi dati saranno inseriti automaticamente e potrai seguire la pratica nella tua area personale. Dopo l’accesso tornerai a questa pagina.',
  login: 'Accedi con SPID o CIE',
  expiredTitle: 'La sessione è scaduta',
  expiredText: 'Per sicurezza devi accedere di nuovo. Quello che hai inserito è salvato su questo dispositivo: dopo l’accesso riprenderai da questo punto.',
  loginAgain: 'Accedi di nuovo',
  // resume
  resumedLocal: 'Abbiamo ripristinato i dati che avevi inserito il {date}.',
  startOver: 'Ricomincia da capo',
  conflictTitle: 'Hai due versioni di questa richiesta',
  conflictText: 'Su questo dispositivo ci sono dati salvati il {local} diversi dalla bozza salvata sul portale il {remote}. Quale vuoi usare?',
  useLocal: 'Usa i dati di questo dispositivo',
  useRemote: 'Usa la bozza salvata sul portale',
  orphans: 'Il modulo è stato aggiornato: alcune risposte che avevi dato non servono più.',
  draftNotEditable: 'Questa pratica è già stata inviata e non si può più modificare.',
  // step titles (the stepper shows them from the first step; the steps' own wording is in late-steps.messages.ts)
  summaryTitle: 'Riepilogo',
  bolloTitle: 'Marca da bollo',
  paymentTitle: 'Pagamento',
  doneTitle: 'Richiesta inviata',
  // also on the error screen of a pratica already sent
  seePratica: 'Vedi la pratica',
  // step change
  stepTitle: '{step} – {count}',
};

/** What `./sdc-pratica-wizard.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** Strings of `<sdc-pratica-wizard>` (Designers Italia "Modello Comuni" vocabulary). */
export const wizardMessages = defineMessages('sdc-pratica-wizard', it, {
  en: () => import('./sdc-pratica-wizard.messages.en.js'),
  de: () => import('./sdc-pratica-wizard.messages.de.js'),
});

export type WizardMessageKey = Parameters<typeof wizardMessages>[1];

declare module '../../i18n/messages.js' {
  // One public namespace: the later steps' wording (late-steps.messages.ts) overrides as `sdc-pratica-wizard.<key>` too.
  interface SdcMessageCatalogs { 'sdc-pratica-wizard': typeof it & LateStepsWording }
}
