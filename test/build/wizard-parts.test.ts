// Issue 15: what the wizard's first step does not need is not in the files a request page downloads
// first (the CDN build's chunk graph and its sourcemaps), but still in what it can import later.
import { expect } from '@open-wc/testing';
import { filesFor, sourcesOf } from '../support/cdn-page.js';

const LATER = [
  'src/elements/sdc-pratica-wizard/payment-step.ts',
  'src/controllers/payment-watch.ts',
  'src/elements/sdc-pratica-wizard/confirmation-step.ts',
  'src/elements/sdc-pratica-wizard/riepilogo-step.ts',
  'src/elements/sdc-pratica-wizard/bollo-step.ts',
  'src/ui/fields/file-field.ts',
  'src/api/upload.ts',
  'src/forms/lint-messages.ts',
  'src/forms/lint-report.ts',
  'src/forms/summary.ts',
  'src/elements/sdc-pratica-wizard/late-steps.messages.ts',
  'src/elements/sdc-pratica-wizard/late-steps.styles.ts',
  'src/elements/sdc-pratica-wizard/payment-step.styles.ts',
  'src/forms/jsonlogic.ts',
  'src/elements/sdc-pratica-wizard/submit-flow.ts',
];

/** The sources of the files a page with the wizard loads first, or `onDemand` too. */
const sourcesOfWizard = async (onDemand: boolean) => sourcesOf(await filesFor(['sdc-pratica-wizard'], onDemand));

describe('CDN bundle: the wizard’s later parts', () => {
  it('are not in what a request page downloads first, and are in what it imports later', async () => {
    const first = await sourcesOfWizard(false);
    const later = await sourcesOfWizard(true);
    expect(first.has('src/elements/sdc-pratica-wizard/sdc-pratica-wizard.ts')).to.equal(true);
    expect(LATER.filter((s) => first.has(s)), 'downloaded with the first step').to.deep.equal([]);
    expect(LATER.filter((s) => !later.has(s)), 'missing from the on-demand chunks').to.deep.equal([]);
  });
});
