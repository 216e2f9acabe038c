// Issue 15: an element no page type has (profile, thread, payment panel…) may sit alone on a CMS page;
// it downloads none of the wizard's form engine it never runs (vite.config.ts kitChunks, the CDN
// build's chunk graph and its sourcemaps), while a request page still downloads it first.
import { expect } from '@open-wc/testing';
import { filesFor, sourcesOf } from '../support/cdn-page.js';

const ENGINE = ['src/forms/model.ts', 'src/forms/compile.ts', 'src/forms/validation.ts', 'src/elements/sdc-pratica-wizard/sdc-pratica-wizard.messages.ts'];
const FIELDS = ['src/ui/fields/text-field.ts', 'src/ui/fields/choice-field.ts', 'src/forms/italian.ts'];

/** The sources of every file a page with these elements loads first. */
const sourcesFor = async (tags: string[]) => sourcesOf(await filesFor(tags));

describe('CDN bundle: elements used alone', () => {
  it('the profile gets the field renderers it shares with the wizard, not the form engine', async () => {
    const profile = await sourcesFor(['sdc-profile']);
    expect(FIELDS.filter((s) => !profile.has(s)), 'missing from the profile').to.deep.equal([]);
    expect(ENGINE.filter((s) => profile.has(s)), 'downloaded by the profile alone').to.deep.equal([]);
  });

  it('the thread, the inbox and the payment panel download no field renderer nor form engine', async () => {
    for (const tag of ['sdc-message-thread', 'sdc-messages-inbox', 'sdc-payment-panel']) {
      const sources = await sourcesFor([tag]);
      expect([...ENGINE, 'src/ui/fields/text-field.ts', 'src/ui/fields/fields.styles.ts'].filter((s) => sources.has(s)), tag).to.deep.equal([]);
    }
  });

  it('a request page still downloads the engine and the fields first', async () => {
    const request = await sourcesFor(['sdc-provider', 'sdc-login', 'sdc-pratica-wizard']);
    expect([...ENGINE, ...FIELDS].filter((s) => !request.has(s))).to.deep.equal([]);
  });
});
