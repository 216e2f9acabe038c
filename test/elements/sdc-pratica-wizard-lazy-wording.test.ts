// Issue 15: a later part of the wizard brings its own wording (late-steps.messages.ts). On a page in
// another language the part is ready only once that wording is in, as lazy-elements.ts does for an
// element.
import { expect, waitUntil } from '@open-wc/testing';
import { SERVICE } from '../support/mock.js';
import { $, findButton, text } from '../support/dom.js';
import { mountWizard, press, stepHeading, toDisservizioReport, fillDisservizioReport } from '../support/wizard.js';
import { parts } from '../../src/elements/sdc-pratica-wizard/wizard-parts.js';
import { LazyPart } from '../../src/elements/sdc-pratica-wizard/lazy-part.js';
import { clearMessages, defineMessages, registerMessages } from '../../src/i18n/messages.js';
import { lateStepsMessages } from '../../src/elements/sdc-pratica-wizard/late-steps.messages.js';

const loading = (el: Element) => !!$(el, '.sdc-state--loading');
let restore: () => void = () => undefined;

beforeEach(() => localStorage.clear());
afterEach(() => {
  restore();
  LazyPart.locales.clear();
});

describe('sdc-pratica-wizard: a later part’s wording', () => {
  it('a part whose chunk defines a catalogue is ready only once that catalogue is in the page’s language', async () => {
    LazyPart.locales.add('en');
    let englishAsked = 0;
    // The chunk defines its catalogue when it runs, after the page loaded its English wording.
    const part = new LazyPart('test-part', () => Promise.resolve({
      t: defineMessages('test-lazy-part#wording', { title: 'Riepilogo' }, {
        en: () => { englishAsked++; return Promise.resolve({ default: { title: 'Summary' } }); },
      }),
    }));
    const seen: string[] = [];
    part.subscribe(() => {
      if (part.state === 'ready') seen.push(part.module!.t('en', 'title'));
    });
    const m = await part.need();
    expect(m?.t('en', 'title')).to.equal('Summary');
    expect(seen).to.deep.equal(['Summary']);
    expect(englishAsked).to.equal(1);
  });

  it('the later steps’ wording keeps the wizard’s public keys: an ente’s override still applies', () => {
    // Typed: `sdc-pratica-wizard.summaryIntro` is a key of the wizard's namespace though it lives in the part.
    registerMessages('it', { 'sdc-pratica-wizard.summaryIntro': 'Controlla i dati prima di inviare.' });
    try {
      expect(lateStepsMessages('it', 'summaryIntro')).to.equal('Controlla i dati prima di inviare.');
    } finally {
      clearMessages();
    }
  });

  it('a failed wording load still brings the part, in Italian', async () => {
    LazyPart.locales.add('de');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const part = new LazyPart('test-part-2', () => Promise.resolve({
        t: defineMessages('test-lazy-part#broken', { title: 'Riepilogo' }, { de: () => Promise.reject(new TypeError('Failed to fetch')) }),
      }));
      const m = await part.need();
      expect(part.state).to.equal('ready');
      expect(m?.t('it', 'title')).to.equal('Riepilogo');
    } finally {
      console.warn = warn;
    }
  });

  it('a later step arrives with its own wording already in the page’s language (never in Italian first)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    restore = (parts.late as unknown as { stub(load: () => Promise<unknown>): () => void }).stub(() => gate.then(() => import('../../src/elements/sdc-pratica-wizard/late-steps.js')));
    const el = await mountWizard({ 'service-id': SERVICE.disservizio });
    await toDisservizioReport(el);
    await fillDisservizioReport(el);
    el.locale = 'en';
    await waitUntil(() => !!findButton(el, /^Next$/), 'the wizard never spoke English', { timeout: 8000 });
    await press(el, 'Next');
    await waitUntil(() => stepHeading(el) === 'Summary', `not on the summary: ${stepHeading(el)}`, { timeout: 8000 });
    expect(loading(el)).to.equal(true);
    await expect(el).to.be.accessible();
    // What the step shows the moment its code is ready: the wording came with it.
    const first = new Promise<string>((resolve) => {
      const off = parts.late.subscribe(() => {
        if (parts.late.state !== 'ready') return;
        off();
        void el.updateComplete.then(() => resolve(text($(el, '.riepilogo'))));
      });
    });
    release();
    const shown = await first;
    expect(shown).to.contain('The information you gave has the value of a declaration');
    expect(shown).not.to.contain('Le informazioni che hai fornito');
    await expect(el).to.be.accessible();
  });
});
