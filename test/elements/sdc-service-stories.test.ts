/**
 * Every story of the light-DOM elements (and of the appointment booking) shows what it is named after
 * and is axe clean: a state that has a story is a state that is tested (STYLE.md "Stories are the
 * catalogue and the fixtures").
 */
import { expect } from '@open-wc/testing';
import '../support/mock.js';
import { deepAll, waitForText } from '../support/dom.js';
import { renderStory, storiesOf, type StoryMeta } from '../support/stories.js';
import * as listStories from '../../stories/sdc-service-list.stories.js';
import * as cardStories from '../../stories/sdc-service-card.stories.js';
import * as feedbackStories from '../../stories/sdc-feedback.stories.js';
import * as loginStories from '../../stories/sdc-login.stories.js';
import * as bookingStories from '../../stories/sdc-appointment-booking.stories.js';

const LOADING = Symbol('a loading skeleton');
const SUSPENDED = /Servizio sospeso.*Perché non è attivo.*Il servizio è temporaneamente sospeso/;

const EXPECT: Record<string, Record<string, string | RegExp | typeof LOADING>> = {
  'sdc-service-list': {
    Risultati: /Cerca un servizio.*Esplora per categoria.*Accesso agli atti amministrativi/,
    Ricerca: /Iscrizione al servizio di mensa scolastica.*Rinuncia al servizio di mensa scolastica/,
    Categoria: /Contributo per l’acquisto dei libri di testo.*Iscrizione al trasporto scolastico.*Sospeso/,
    Caricamento: LOADING,
    NessunRisultato: 'Nessun servizio trovato',
    Errore: /Non è stato possibile caricare i servizi.*Riprova/,
    Inglese: /Search for a service.*Browse by category/,
  },
  'sdc-service-card': {
    Attivo: /Accesso agli atti amministrativi.*Servizio attivo.*A chi è rivolto.*Come fare/,
    SospesoConMotivo: SUSPENDED,
    ConCosti: /Richiesta di certificati anagrafici.*Servizio attivo/,
    PagamentoSuccessivo: /Occupazione temporanea di suolo pubblico.*Servizio attivo/,
    ConAzioni: /Iscrizione al servizio di mensa scolastica.*Servizio attivo/,
    SenzaAutenticazione: /Segnalazione di disservizio.*Servizio attivo/,
    Compatta: /Catasto e urbanistica.*Accesso agli atti amministrativi/,
    CompattaSospesa: SUSPENDED,
    Caricamento: LOADING,
    NonTrovato: /Servizio non trovato.*Vai all’elenco dei servizi/,
    Errore: /Non è stato possibile caricare la scheda del servizio.*Riprova/,
    ConCondizioniGenerali: /Condizioni di servizio.*Termini e condizioni di servizio/,
  },
  'sdc-feedback': {
    Iniziale: /Quanto sono chiare le informazioni su questa pagina\?.*Valuta 1 stella su 5/,
    Positiva: 'Quanto sono chiare le informazioni su questa pagina?',
    Negativa: 'Quanto sono chiare le informazioni su questa pagina?',
    Inviata: 'Grazie, il tuo parere ci aiuterà a migliorare il servizio!',
    FineServizio: 'Quanto è stato facile usare questo servizio?',
  },
  'sdc-login': {
    NonAutenticato: /Accedi all.area personale/,
    Autenticato: /Giulia Bianchi.*Area personale.*Esci/,
    MenuAperto: /Giulia Bianchi.*Area personale.*Esci/,
    BackendNonRaggiungibile: /Accedi all.area personale/,
  },
  'sdc-appointment-booking': {
    Luogo: /Passo 1 di 5 – Luogo/,
    DaUnServizio: /Passo 1 di 4 – Data e orario/,
    DataEOrario: /Passo 1 di 4 – Data e orario/,
    Dettagli: /Passo 2 di 4 – Dettagli appuntamento/,
    RichiedenteConSpid: /Passo 3 di 4 – Richiedente/,
    VerificaDeiDati: /Passo 4 di 4 – Verifica dei dati/,
    Confermato: /Appuntamento confermato.*Stato\s*:\s*Confermato.*Data e orario/,
    InAttesaDiApprovazione: /Richiesta di appuntamento inviata.*In attesa di approvazione/,
    NessunaDisponibilita: 'Non ci sono date disponibili in questo mese',
    // (`.` for the apostrophe: the catalogue is moving to typographic ones, CONTRIBUTING "Copy style".)
    OrarioNonPiuDisponibile: /Data e orario.*L.orario scelto non è più disponibile.*i dati che hai inserito sono stati mantenuti/,
    PrenotazioneScaduta: /Data e orario.*Il tempo per completare la prenotazione è scaduto.*i dati che hai inserito sono stati mantenuti/,
    RichiedenteSenzaSpid: /Passo 3 di 4 – Richiedente/,
    Errore: /Non è stato possibile caricare gli uffici.*Riprova/,
    English: /Step 1 of 5 – Place.*Choose the office/,
  },
};

const modules: Array<[string, object & { default: unknown }]> = [
  ['sdc-service-list', listStories],
  ['sdc-service-card', cardStories],
  ['sdc-feedback', feedbackStories],
  ['sdc-login', loginStories],
  ['sdc-appointment-booking', bookingStories],
];

for (const [tag, mod] of modules) {
  describe(`${tag} stories`, () => {
    it('every story has an expectation here', () => {
      expect(storiesOf(mod).map(([n]) => n).sort()).to.deep.equal(Object.keys(EXPECT[tag]!).sort());
    });
    for (const [name, story] of storiesOf(mod)) {
      const expected = EXPECT[tag]![name]!;
      it(`renders the story "${name}" with its content, accessibly`, async () => {
        const { canvas, el, cleanup } = await renderStory(mod.default as StoryMeta, story, tag, { settle: expected !== LOADING });
        try {
          expect(el.localName, `${name}: <${tag}>`).to.equal(tag);
          if (expected === LOADING) {
            expect(deepAll(canvas, '.sdc-skeleton, .sdc-state--loading, [aria-busy="true"]').length, 'a skeleton shows').to.be.greaterThan(0);
          } else {
            await waitForText(canvas, expected, 8000);
          }
          await expect(canvas).to.be.accessible();
        } finally {
          cleanup();
        }
      });
    }
  });
}
