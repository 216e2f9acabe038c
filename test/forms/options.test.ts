/** Selects (issue 20.3): items → options with the `{{ item.path }}` template subset, never evaluated. */
import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, lintForm, parseForm, optionsFromItems, renderItemTemplate, headersOf, type FieldNode } from '../../src/forms/index.js';

describe('forms: select options from items', () => {
  it('reads {{ item.path }} in a template, drops tags, and evaluates nothing', () => {
    expect(renderItemTemplate('<span>{{ item.name }}</span>', { name: 'Anagrafe' })).to.equal('Anagrafe');
    expect(renderItemTemplate('{{item.a.b}} ({{ item.code }})', { a: { b: 'Roma' }, code: 'RM' })).to.equal('Roma (RM)');
    expect(renderItemTemplate('{{ item }}', 'Sì')).to.equal('Sì');
    expect(renderItemTemplate('<b>{{ item.name }}</b> &amp; co.', { name: 'A' })).to.equal('A & co.');
    // Expressions outside the subset are not run: the caller falls back to label/name.
    (window as unknown as { hit?: boolean }).hit = false;
    expect(renderItemTemplate('{{ (window.hit = true) }}', {})).to.equal(undefined);
    expect(renderItemTemplate('{{ item.name.toUpperCase() }}', { name: 'a' })).to.equal(undefined);
    expect(renderItemTemplate('{{ item.obj }}', { obj: {} })).to.equal(undefined);
    expect((window as unknown as { hit?: boolean }).hit).to.equal(false);
  });

  it('follows selectValues, valueProperty and template; skips items without a usable value', () => {
    const body = { meta: {}, data: { list: [{ id: 1, slug: 'a', name: 'Alfa' }, { id: 2, slug: 'b', name: 'Beta' }, { nope: true }] } };
    expect(optionsFromItems(body, { selectValues: 'data.list', valueProperty: 'slug', template: '<span>{{ item.name }}</span>' }))
      .to.deep.equal([{ value: 'a', label: 'Alfa' }, { value: 'b', label: 'Beta' }]);
    // No valueProperty: the item's value/id; no template: label/name/title.
    expect(optionsFromItems([{ id: 7, title: 'Sette' }], {})).to.deep.equal([{ value: 7, label: 'Sette' }]);
    // A 3.x envelope without selectValues: its list.
    expect(optionsFromItems({ data: [{ value: 'x', label: 'X' }] }, {})).to.deep.equal([{ value: 'x', label: 'X' }]);
    expect(optionsFromItems('<html>', {})).to.deep.equal([]);
  });

  it('reads the request headers of a URL select', () => {
    expect(headersOf({ url: '/x', headers: [{ key: 'X-Api', value: '1' }, { key: '', value: '' }] })).to.deep.equal({ 'X-Api': '1' });
    expect(headersOf({ url: '/x', headers: [{ key: '', value: '' }] })).to.equal(undefined);
  });

  it('a dataSrc "json" select uses the same template subset', () => {
    const m = createFormModel(parseForm({ components: [{ type: 'select', key: 's', label: 'S', dataSrc: 'json', valueProperty: 'k', template: '<span>{{ item.t }}</span>', data: { json: '[{"k":"1","t":"Uno"}]' } }] }).form);
    expect((m.node('s') as FieldNode).options).to.deep.equal([{ value: '1', label: 'Uno' }]);
  });

  for (const [name, component] of [
    ['dataSrc "custom" (JavaScript)', { dataSrc: 'custom', data: { custom: 'values = data.list;' } }],
    ['a URL built from the answers', { dataSrc: 'url', data: { url: '/api/comuni?provincia={{ data.provincia }}' } }],
  ] as const) {
    it(`asks a select with ${name} as text with a note, and the lint says why`, () => {
      const json = { components: [{ type: 'select', key: 'comune', label: 'Comune', validate: { required: true }, ...component }] };
      const m = createFormModel(parseForm(json).form);
      const node = m.node('comune') as FieldNode;
      expect(node.control).to.equal('text');
      expect(node.options).to.equal(undefined);
      expect(node.description).to.contain('Scrivi la tua risposta');
      expect(m.validateStep(m.steps[0]!.key).map((i) => i.message)).to.deep.equal(['Inserisci il comune']);
      m.setValue('comune', 'Bologna');
      expect(m.validateStep(m.steps[0]!.key)).to.deep.equal([]);
      expect(submissionData(m)).to.deep.equal({ comune: 'Bologna' });
      const issue = lintForm(json).issues.find((i) => i.code === 'select-fallback')!;
      expect(issue.message).to.contain('testo libero');
    });
  }
});
