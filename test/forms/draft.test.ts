/** The stored draft envelope (src/forms/draft.ts): an old or damaged draft still loads, field by field. */
import { expect } from '@open-wc/testing';
import { readDraft } from '../../src/forms/draft.js';
import { model } from './helpers.js';

describe('forms: reading a stored draft', () => {
  it('reads a whole draft, from an object or its JSON, keeping unknown properties', () => {
    const draft = {
      version: 1, formId: 'f1', formRevision: 'r2', data: { a: 'x' }, currentStep: 'p2', visitedSteps: ['p1', 'p2'],
      savedAt: '2026-03-05T10:00:00.000Z', etag: 'W/"3"', extra: { kept: true },
    };
    expect(readDraft(draft)).to.deep.equal(draft);
    expect(readDraft(JSON.stringify(draft))).to.deep.equal(draft);
    expect(readDraft({ ...draft, currentStep: null })!.currentStep).to.equal(null);
  });

  it('turns a numeric revision into a string', () => {
    expect(readDraft({ formRevision: 3 })!.formRevision).to.equal('3');
    expect(readDraft({ formRevision: 0 })!.formRevision).to.equal('0');
  });

  it('fills what is missing and replaces what is damaged, property by property', () => {
    expect(readDraft({})).to.deep.equal({ formId: '', formRevision: '', data: {}, visitedSteps: [] });
    expect(readDraft('{}')).to.deep.equal({ formId: '', formRevision: '', data: {}, visitedSteps: [] });
    const damaged = readDraft({
      version: '2', formId: 3, formRevision: true, data: [], currentStep: 5, visitedSteps: ['p1', 2], savedAt: 1, etag: null,
    });
    expect(damaged).to.deep.equal({
      version: undefined, formId: '', formRevision: '', data: {}, currentStep: null, visitedSteps: [], savedAt: undefined, etag: undefined,
    });
    expect(readDraft({ data: 'x', visitedSteps: 'p1' })).to.deep.equal({ formId: '', formRevision: '', data: {}, visitedSteps: [] });
    // Present but undefined: an optional property stays undefined, a required one gets its fallback.
    expect(readDraft({ currentStep: undefined, formId: undefined, data: undefined }))
      .to.deep.equal({ formId: '', formRevision: '', data: {}, currentStep: undefined, visitedSteps: [] });
  });

  it('gives null for what is not a draft at all', () => {
    for (const bad of [null, undefined, 42, true, 'not json', '"a string"', '[1,2]', '5', [], [{ formId: 'f' }]]) {
      expect(readDraft(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('gives every damaged draft its own data and steps, never a shared object', () => {
    const a = readDraft({ data: 5, visitedSteps: 5 })!;
    const b = readDraft('{"data": null}')!;
    expect(a.data).to.not.equal(b.data);
    expect(a.visitedSteps).to.not.equal(b.visitedSteps);
    a.data.x = 1;
    a.visitedSteps.push('p1');
    expect(b.data).to.deep.equal({});
    expect(b.visitedSteps).to.deep.equal([]);
    expect(readDraft({})!.data).to.deep.equal({});
  });

  it('loads a damaged draft into a form: the good values stay, the step falls back to the first', () => {
    const m = model([
      { type: 'panel', key: 'p1', title: 'Uno', components: [{ type: 'textfield', key: 'a', label: 'A' }] },
      { type: 'panel', key: 'p2', title: 'Due', components: [{ type: 'textfield', key: 'b', label: 'B' }] },
    ], {}, { display: 'wizard' });
    const r = m.loadDraft({ formId: 7, data: { a: 'scritto' }, currentStep: 12, visitedSteps: 'p1' });
    expect(m.getValue('a')).to.equal('scritto');
    expect(r.currentStep).to.equal('p1');
    expect(r.visitedSteps).to.deep.equal([]);
    const r2 = m.loadDraft(JSON.stringify({ formRevision: 9, data: { b: 'due' }, currentStep: 'p2', visitedSteps: ['p1', 'p2'] }));
    expect(m.getValue('b')).to.equal('due');
    expect(r2.currentStep).to.equal('p2');
    expect(r2.visitedSteps).to.deep.equal(['p1', 'p2']);
  });
});
