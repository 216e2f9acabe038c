// Every story of <sdc-message-thread> shows the state it is named after (the part and the words a
// citizen sees) and is axe clean.
import { expect } from '@open-wc/testing';
import '../support/mock.js';
import { $, waitForText } from '../support/dom.js';
import { renderStory, storiesOf, type StoryMeta } from '../support/stories.js';
import * as stories from '../../stories/sdc-message-thread.stories.js';

/** The part that must show, and what it says. */
const EXPECT: Record<string, [selector: string, text: string | RegExp]> = {
  Vuota: ['.sdc-state--empty', /Non ci sono ancora messaggi.*Scrivi un messaggio/],
  ConversazioneLunga: ['.thread', /7 messaggi.*Presa in carico della pratica/],
  NonLetti: ['.marker', /5 messaggi\s*,\s*2 nuovi.*Vai ai nuovi messaggi/],
  MoltiMessaggi: ['.thread-older button', /99 messaggi\s*,\s*2 nuovi.*Mostra i messaggi precedenti/],
  ConAllegati: ['.file__button', /3 messaggi.*Presa in carico della pratica/],
  ConAzioni: ['.wrap:has(.msg__actions a.btn + button):has(.integration .sdc-alert)', /2 messaggi\s*,\s*1 nuovo.*Rispondi qui con un messaggio/],
  InInvio: ['.msg--sending', 'Invio in corso…'],
  NonInviato: ['.msg--failed', /Non inviato.*Riprova/],
  PraticaChiusa: ['.sdc-alert', /Non è più possibile inviare messaggi.*la conversazione è chiusa/],
  Errore: ['.sdc-state--error', /Non è stato possibile caricare i messaggi.*Riprova/],
  InInglese: ['.marker', /Messages.*5 messages\s*,\s*2 new.*Go to new messages/],
};

describe('sdc-message-thread stories', () => {
  it('every story has an expectation here', () => {
    expect(storiesOf(stories).map(([n]) => n).sort()).to.deep.equal(Object.keys(EXPECT).sort());
  });
  for (const [name, story] of storiesOf(stories)) {
    const [selector, words] = EXPECT[name]!;
    it(`renders the "${name}" story as described, accessibly`, async () => {
      // InInvio never answers: the message stays "sending", so do not wait for the page to settle.
      const { el, cleanup } = await renderStory(stories.default as StoryMeta, story, 'sdc-message-thread', { settle: name !== 'InInvio' });
      try {
        await waitForText(el, words);
        expect($(el, selector), `${name}: ${selector}`).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        cleanup();
      }
    });
  }
});
