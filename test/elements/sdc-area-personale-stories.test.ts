/**
 * Every story of the area personale elements, rendered against the mock tenant as Storybook does
 * (its `beforeEach`, `render` and `play`), shows what it is about and is axe clean: a state with a
 * story is a state that is tested.
 */
import { expect } from '@open-wc/testing';
import '../support/mock.js';
import { deepAll, waitForText } from '../support/dom.js';
import { renderStory, storiesOf, type StoryMeta } from '../support/stories.js';
import * as list from '../../stories/sdc-pratiche-list.stories.js';
import * as detail from '../../stories/sdc-pratica-detail.stories.js';
import * as payments from '../../stories/sdc-payments-list.stories.js';
import * as profile from '../../stories/sdc-profile.stories.js';
import * as area from '../../stories/sdc-area-personale.stories.js';

const LOADING = Symbol('a loading skeleton');
const LOGIN = 'Accedi per continuare';
const SERVER_ERROR = 'Non è stato possibile caricare i contenuti';

/** What a citizen sees in each story once it has settled (text through every shadow root). */
const EXPECT: Record<string, Record<string, string | RegExp | typeof LOADING>> = {
  list: {
    Elenco: /Le mie pratiche.*Sospensione temporanea della mensa scolastica.*Acquisita/,
    OgniStato: /Bozza.*In attesa di pagamento.*Pagamento rifiutato/,
    MoltePagine: /Segnalazione di disservizio.*Presa in carico/,
    FiltriDalLink: /Accettata.*Iscrizione al servizio di mensa scolastica/,
    FiltroSenzaRisultati: 'Nessuna pratica corrisponde ai filtri scelti',
    Vuoto: 'Non hai ancora pratiche',
    Caricamento: LOADING,
    Errore: /Non è stato possibile caricare i contenuti.*Il servizio ha avuto un problema.*Riprova/,
    RispostaNonValida: /Il servizio ha inviato una risposta non valida.*Riprova/,
    NonAutenticato: LOGIN,
    Inglese: /My applications.*Received.*Awaiting payment/,
  },
  detail: {
    Accettata: /Iscrizione al servizio di mensa scolastica.*Accettata.*La richiesta è stata accettata/,
    InLavorazioneConAppuntamento: /Modifica dell’iscrizione alla mensa.*Presa in carico/,
    RitiroConferma: /Presa in carico/,
    DaPagare: /Accesso agli atti amministrativi.*In attesa di pagamento.*Per far proseguire la pratica devi effettuare il pagam/,
    Bozza: /Bozza.*Questa richiesta è una bozza/,
    RichiestaIntegrazioni: /L’ufficio ti chiede delle integrazioni.*Invia le integrazioni/,
    Rifiutata: /Rifiutata.*La richiesta è stata respinta.*Motivazione/,
    ConclusaConPagamento: /Occupazione temporanea di suolo pubblico.*Accettata/,
    SenzaModulo: /Iscrizione al servizio di mensa scolastica.*Riepilogo/,
    Caricamento: LOADING,
    NonTrovata: 'Pratica non trovata',
    Errore: SERVER_ERROR,
    NonAutenticato: LOGIN,
  },
  payments: {
    DaPagareEPagati: /I miei pagamenti.*Da pagare \( ?1 pagamento ?\).*Pagati \( ?1 pagamento ?\)/,
    RicevutaEScaduto: /Pagati \( ?1 pagamento ?\).*Scaduti o annullati \( ?1 pagamento ?\).*Scaduto/,
    FiltroPerData: 'Nessun pagamento nel periodo scelto',
    Vuoto: 'Non hai ancora pagamenti',
    Caricamento: LOADING,
    Errore: SERVER_ERROR,
    NonAutenticato: LOGIN,
    PagamentoAperto: /Pagamento aperto su pagoPA in un’altra scheda/,
    RitornoNonRiuscito: /Pagamento non riuscito.*Paga di nuovo/,
    RitornoPagato: /Pagamento completato.*Pagati/,
    MoltiPagamenti: /Pagati.*Mostra altri 10 pagamenti/,
  },
  profile: {
    Vista: /Il mio profilo.*Dati anagrafici.*Contatti.*Residenza.*Domicilio/,
    Modifica: /Il mio profilo.*Nome, cognome e codice fiscale provengono dalla tua identità digitale/,
    ErroriDiValidazione: /Ci sono alcune informazioni mancanti o errate.*Inserisci un indirizzo email valido/,
    ErroreDelServer: /C’è un problema.*Questo valore non è valido/,
    Salvato: 'Le modifiche al profilo sono state salvate',
    Caricamento: LOADING,
    Errore: SERVER_ERROR,
    NonAutenticato: LOGIN,
  },
  area: {
    Pratiche: /Ciao, Giulia Bianchi.*Pratiche.*Acquisita/,
    DettaglioPratica: /Torna alle pratiche.*Iscrizione al servizio di mensa scolastica.*Accettata/,
    Pagamenti: /Pagamenti.*Da pagare \( ?1 pagamento ?\)/,
    Profilo: /Profilo.*Dati anagrafici/,
    EtichettePersonalizzate: /Le mie richieste.*Pagamenti e avvisi.*I miei dati/,
    NonAutenticato: /Accedi per continuare.*Per vedere le tue pratiche, i pagamenti, gli appuntamenti e il profilo/,
    SessioneScaduta: /Accedi per continuare.*Accedi con SPID o CIE/,
  },
};

for (const [title, mod] of Object.entries({ list, detail, payments, profile, area })) {
  describe(`stories: ${title}`, () => {
    it('every story has an expectation here', () => {
      expect(storiesOf(mod).map(([n]) => n).sort()).to.deep.equal(Object.keys(EXPECT[title]!).sort());
    });
    for (const [name, story] of storiesOf(mod)) {
      const expected = EXPECT[title]![name];
      it(`${name} shows ${typeof expected === 'symbol' ? 'a loading skeleton' : String(expected)}, accessibly`, async () => {
        const { canvas, cleanup } = await renderStory(mod.default as StoryMeta, story, undefined, { settle: expected !== LOADING });
        try {
          if (expected === LOADING) {
            expect(deepAll(canvas, '.sdc-state--loading, [aria-busy="true"]').length, 'a skeleton shows').to.be.greaterThan(0);
          } else {
            await waitForText(canvas, expected!, 8000);
          }
          await expect(canvas).to.be.accessible();
        } finally {
          cleanup();
        }
      });
    }
  });
}
