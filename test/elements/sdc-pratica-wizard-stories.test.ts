/**
 * Every story of the wizard renders its state on the mock tenant and is axe-clean: a state that has a
 * story is a state that is tested (STYLE.md).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../support/mock.js';
import meta, * as stories from '../../stories/sdc-pratica-wizard.stories.js';

type Args = { service: string; locale: 'it' | 'en'; loggedIn: boolean };
type Story = { args?: Partial<Args>; beforeEach?: (ctx: { args: Args }) => unknown; play?: (ctx: { canvasElement: HTMLElement }) => Promise<unknown> };

/** What each story must show, as a citizen reads it. */
const EXPECT: Record<string, RegExp> = {
  Caricamento: /Caricamento in corso/,
  AccessoRichiesto: /Accedi per presentare la richiesta/,
  Informativa: /Ho letto e compreso l’informativa sulla privacy/,
  InformativaConErrore: /C’è un problema/,
  Richiedente: /Dato fornito da SPID\/CIE/,
  AnagraficaPerRiferimento: /Codice fiscale[\s\S]*Dato fornito da SPID\/CIE[\s\S]*CAP/,
  SottomoduloNonCaricato: /Non è stato possibile caricare la richiesta[\s\S]*Riprova/,
  RichiedenteConErrori: /Ci sono alcune informazioni mancanti o errate|C’è un problema/,
  SezioneCondizionaleDelega: /Persona che rappresenti/,
  CaricamentoInCorso: /Annulla/,
  CaricamentoFallito: /non è riuscito/,
  Avvertenza: /Controlla queste informazioni/,
  Riepilogo: /hanno valore di dichiarazione/,
  InvioInCorso: /Invio in corso/,
  InvioFallito: /La richiesta non è stata inviata/,
  SessioneScaduta: /La sessione è scaduta/,
  BozzaRicreata: /La bozza salvata sul portale non era più disponibile: ne abbiamo creata una nuova con le tue risposte/,
  MarcaDaBollo: /Identificativo della marca da bollo/,
  Pagamento: /Paga online con pagoPA/,
  Conferma: /Quanto è stato facile usare questo servizio\?/,
  ServizioNonTrovato: /Servizio non trovato/,
  ModuloNonValido: /Il modulo non può essere mostrato/,
  English: /Provided by SPID\/CIE/,
};

const all = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, Story]>;

describe('sdc-pratica-wizard stories', () => {
  for (const [name, story] of all) {
    it(`renders the "${name}" story`, async () => {
      const args = { ...(meta.args as Args), ...story.args } as Args;
      const metaBefore = meta.beforeEach as unknown as ((ctx: { args: Args }) => unknown) | undefined;
      const cleanups = [await metaBefore?.({ args }), await story.beforeEach?.({ args })];
      const canvas = await fixture<HTMLDivElement>(document.createElement('div'));
      try {
        render((meta.render as (a: Args) => TemplateResult)(args), canvas);
        if (story.play) await story.play({ canvasElement: canvas });
        const wizard = canvas.querySelector('sdc-pratica-wizard')!;
        const expected = EXPECT[name];
        expect(expected, `no expectation for story ${name}`).to.exist;
        await waitUntil(() => expected!.test(wizard.shadowRoot?.textContent ?? ''), `story ${name} does not show ${expected}`, { timeout: 8000 });
        if (name !== 'Caricamento') await expect(wizard).to.be.accessible();
      } finally {
        for (const c of cleanups) if (typeof c === 'function') (c as () => void)();
      }
    });
  }
});
