/**
 * The stories of `<sdc-meetings-list>` and `<sdc-provider>` show what they are named after and are axe
 * clean (STYLE.md "Stories are the catalogue and the fixtures").
 */
import { expect } from '@open-wc/testing';
import '../support/mock.js';
import { deepAll, waitForText } from '../support/dom.js';
import { renderStory, storiesOf, type StoryMeta } from '../support/stories.js';
import * as meetingsStories from '../../stories/sdc-meetings-list.stories.js';
import * as providerStories from '../../stories/sdc-provider.stories.js';

const LOADING = Symbol('a loading skeleton');

const EXPECT: Record<string, Record<string, string | RegExp | typeof LOADING>> = {
  'sdc-meetings-list': {
    ConfermatoEPassato: /Prossimi appuntamenti.*Confermato.*Ufficio Tecnico/,
    InAttesaDiApprovazione: /In attesa di approvazione/,
    Vuoto: /Prenota un appuntamento/,
    AccessoRichiesto: /Accedi/,
    Caricamento: LOADING,
    Errore: /Riprova/,
    InInglese: /Upcoming appointments/,
  },
  'sdc-provider': {
    UnaConfigurazionePerTutti: /Accedi.*Cerca un servizio.*Accesso agli atti amministrativi/,
    ConCittadinoCollegato: /Giulia Bianchi.*Esci.*Accesso agli atti amministrativi/,
    InInglese: /Search for a service/,
  },
};

for (const [tag, mod] of [['sdc-meetings-list', meetingsStories], ['sdc-provider', providerStories]] as const) {
  describe(`${tag} stories`, () => {
    it('every story has an expectation here', () => {
      expect(storiesOf(mod).map(([n]) => n).sort()).to.deep.equal(Object.keys(EXPECT[tag]!).sort());
    });
    for (const [name, story] of storiesOf(mod)) {
      const expected = EXPECT[tag]![name]!;
      it(`renders the story "${name}" with its content, accessibly`, async () => {
        const { canvas, cleanup } = await renderStory(mod.default as StoryMeta, story, tag, { settle: expected !== LOADING });
        try {
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
