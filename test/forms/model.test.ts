import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, summaryOf, parseForm, type FieldNode, type GridNode, type GroupNode, type ColumnsNode, type ContentNode } from '../../src/forms/index.js';
import { fixture, model } from './helpers.js';
import { loadMessages } from '../../src/i18n/messages.js';

describe('Form engine: steps, render tree, summary', () => {
  it('makes each top-level panel a step and groups other top-level components into their own step', () => {
    const m = model([
      { type: 'textfield', key: 'intro', label: 'Intro' },
      { type: 'panel', key: 'p1', title: 'Dati', components: [] },
      { type: 'panel', key: 'p2', title: 'Documenti', components: [] },
      { type: 'textfield', key: 'fine', label: 'Fine' },
    ]);
    expect(m.steps.map((s) => [s.key, s.title, s.index])).to.deep.equal([['step-1', 'Prova', 0], ['p1', 'Dati', 1], ['p2', 'Documenti', 2], ['step-4', 'Prova', 3]]);
    expect(m.stepOf('fine')).to.equal('step-4');
    expect(m.stepOf('~p2')).to.equal('p2');
    expect(m.stepOf('nope')).to.equal(undefined);
  });

  it('builds the render tree of a step with everything a renderer needs', async () => {
    const m = createFormModel(parseForm(await fixture('occupazione-suolo.json')).form);
    const nodes = m.renderStep('richiedente');
    expect(nodes.map((n) => [n.kind, n.type, n.path])).to.deep.equal([['group', 'form', 'applicant']]);
    const applicant = nodes[0] as GroupNode;
    const completename = applicant.children[0] as GroupNode;
    const cols = completename.children[0] as ColumnsNode;
    expect(cols.columns.map((c) => [c.width, c.children.map((x) => x.path)])).to.deep.equal([
      [6, ['applicant.data.completename.data.name']], [6, ['applicant.data.completename.data.surname']],
    ]);
    const name = cols.columns[0]!.children[0] as FieldNode;
    expect(name).to.deep.include({
      kind: 'field', control: 'text', id: 'f-applicant-data-completename-data-name', label: 'Nome', required: true,
      locked: false, readonly: false, visible: true, autocomplete: 'given-name',
    });
    const cf = m.node('applicant.data.fiscal_code.data.fiscal_code') as FieldNode;
    expect(cf).to.deep.include({ hint: 'Lo trovi sulla tessera sanitaria', minLength: 16, maxLength: 16 });
    const cap = m.node('applicant.data.address.data.postal_code') as FieldNode;
    expect(cap).to.deep.include({ inputMode: 'numeric', autocomplete: 'postal-code' });
    const delega = m.node('documento_delega') as FieldNode;
    expect(delega.file).to.deep.equal({ multiple: false, fileTypes: [{ label: 'Delega', value: 'delega' }], maxSize: 10 * 1024 * 1024, accept: '.pdf,.p7m', storage: 'url', url: '/api/upload' });
    const radio = m.node('sei_delegato') as FieldNode;
    expect(radio.options).to.deep.equal([{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }]);
    expect(radio.description).to.contain('Scegli Sì');
    const superficie = m.node('superficie') as FieldNode;
    expect(superficie).to.deep.include({ control: 'number', suffix: 'm²', min: 1, max: 500, inputMode: 'decimal' });
    expect((m.node('data_inizio') as FieldNode).control).to.equal('date');
    // The submit button is dropped: the wizard owns navigation.
    expect(m.renderStep('occupazione').map((n) => n.key)).to.not.include('submit');
  });

  it('renders content, grids and their rows', async () => {
    const m = createFormModel(parseForm(await fixture('contributo-figli.json')).form);
    const [intro, grid] = m.renderStep('famiglia') as [ContentNode, GridNode];
    expect(intro).to.deep.include({ kind: 'content', tag: 'p', html: 'Indica i <strong>figli a carico</strong> per cui chiedi il contributo.' });
    expect(grid).to.deep.include({ kind: 'grid', mode: 'datagrid', maxRows: 6, canAdd: true, canRemove: true, addLabel: 'Aggiungi un figlio' });
    expect(grid.rows.map((r) => r.children.map((c) => `${c.path}:${c.visible}`))).to.deep.equal([
      ['figli[0].nome:true', 'figli[0].eta:true', 'figli[0].disabile:true', 'figli[0].certificato:false', 'figli[0].scuola:false'],
    ]);
    for (let i = 0; i < 5; i++) m.addRow('figli');
    expect((m.node('figli') as GridNode).canAdd).to.equal(false);
    expect(m.addRow('figli').changed).to.equal(false);
    expect(m.removeRow('figli', 9).changed).to.equal(false);
    expect(m.removeRow('figli', 5).changed).to.equal(true);
  });

  it('summarises visible answers by step with labels and formatted values', async () => {
    const m = createFormModel(parseForm(await fixture('contributo-figli.json')).form);
    m.setValue('figli[0].nome', 'Anna');
    m.setValue('figli[0].eta', 8);
    m.setValue('figli[0].disabile', 'no');
    m.setValue('isee', '12.500,5');
    m.setValue('scadenza_isee', { day: 31, month: 12, year: 2026 });
    m.setValue('spese', ['mensa', 'libri']);
    m.setValue('modalita_pagamento', 'contanti');
    m.setValue('orario_preferito', '09:30');
    const s = summaryOf(m);
    expect(s.map((x) => x.title)).to.deep.equal(['Nucleo familiare', 'Reddito e pagamento']);
    expect(s[0]!.rows.map((r) => [r.depth, r.kind, r.label, r.value])).to.deep.equal([
      [0, 'heading', 'Figli', ''],
      [1, 'heading', 'Figli – 1', ''],
      [2, 'value', 'Nome', 'Anna'],
      [2, 'value', 'Età', '8'],
      [2, 'value', 'Ha una disabilità certificata?', 'No'],
      [2, 'value', 'Scuola frequentata', ''],
    ]);
    const values = Object.fromEntries(s[1]!.rows.map((r) => [r.label, r.value]));
    expect(values).to.deep.equal({
      'Valore ISEE': '12.500,50\u00a0€',
      'Scadenza della DSU': '31/12/2026',
      'Spese sostenute': 'Mensa, Libri',
      'Come vuoi ricevere il contributo?': 'In contanti allo sportello',
      'Codice avviso pagoPA del bollo': '',
      'Identificativo della marca da bollo': '',
      'Orario preferito per essere contattato': '09:30',
    });
  });

  it('formats checkbox, date and file answers in the summary, in English too', async () => {
    await loadMessages('en');
    const m = model([
      { type: 'checkbox', key: 'c', label: 'Privacy' },
      { type: 'datetime', key: 'd', label: 'Data', enableTime: false },
      { type: 'file', key: 'f', label: 'Allegati', multiple: true },
      { type: 'textfield', key: 'skip', label: 'Interno', properties: { showInSummary: 'false' } },
    ], { locale: 'en' });
    m.setValue('d', '2026-03-05');
    m.setValue('f', [{ name: 'a.pdf', originalName: 'Delega.pdf', size: 1536 }]);
    expect(summaryOf(m)[0]!.rows.map((r) => r.value)).to.deep.equal(['No', '05/03/2026', 'Delega.pdf (1.5 KB)']);
    m.locale = 'it';
    expect(summaryOf(m)[0]!.rows.map((r) => r.value)).to.deep.equal(['No', '05/03/2026', 'Delega.pdf (1,5 KB)']);
  });

  it('leaves hidden steps out of the summary and of whole-form validation', () => {
    const m = model([
      { type: 'panel', key: 'p1', title: 'Uno', components: [{ type: 'checkbox', key: 'extra', label: 'Aggiungi dati extra' }] },
      { type: 'panel', key: 'p2', title: 'Extra', conditional: { show: true, when: 'extra', eq: 'true' }, components: [
        { type: 'textfield', key: 'x', label: 'Dato extra', validate: { required: true } }] },
    ]);
    expect(summaryOf(m).map((s) => s.stepKey)).to.deep.equal(['p1']);
    expect(m.validateAll()).to.deep.equal([]);
    m.setValue('extra', true);
    expect(summaryOf(m).map((s) => s.stepKey)).to.deep.equal(['p1', 'p2']);
    expect(m.validateAll().map((i) => i.path)).to.deep.equal(['x']);
  });

  it('takes options loaded at run time for a select with a url source', () => {
    const m = model([{ type: 'select', key: 'comune', label: 'Comune', dataSrc: 'url', data: { url: '/api/comuni' }, validate: { required: true } }]);
    const node = m.node('comune') as FieldNode;
    expect(node).to.deep.include({ optionsUrl: '/api/comuni', options: [], validateOn: 'change' });
    m.setValue('comune', 'H501');
    expect(m.validateField('comune')).to.deep.equal([]); // unknown options: the server decides
    m.setOptions('comune', [{ label: 'Roma', value: 'H501' }, { label: 'Milano', value: 'F205' }]);
    expect((m.node('comune') as FieldNode).options).to.have.length(2);
    expect(summaryOf(m)[0]!.rows[0]!.value).to.equal('Roma');
    m.setValue('comune', 'X000');
    expect(m.validateField('comune').map((i) => i.message)).to.deep.equal(['Seleziona il comune tra le opzioni proposte']);
  });

  it('tells when to show a field\'s errors: text on blur, choices on change, or as the form says', () => {
    const m = model([
      { type: 'textfield', key: 't', label: 'T' }, { type: 'radio', key: 'r', label: 'R', values: [] },
      { type: 'textfield', key: 'live', label: 'L', validateOn: 'change' },
    ]);
    expect(['t', 'r', 'live'].map((p) => (m.node(p) as FieldNode).validateOn)).to.deep.equal(['blur', 'change', 'change']);
  });

  it('never asks to draw a hidden-type component, but submits its value', () => {
    const m = model([{ type: 'hidden', key: 'canale', defaultValue: 'web' }]);
    expect(m.node('canale')).to.deep.include({ kind: 'field', control: 'hidden', visible: false });
    expect(summaryOf(m)).to.deep.equal([]);
    expect(submissionData(m)).to.deep.equal({ canale: 'web' });
    // A top-level run made only of hidden fields is not a page of the wizard.
    expect(m.steps).to.deep.equal([]);
  });

  it('marks unsupported components and keeps their stored value', () => {
    const m = model([{ type: 'signature', key: 'firma', label: 'Firma', input: true }], { data: { firma: 'data:image/png;base64,AAA' } });
    expect(m.renderStep('step-1')[0]).to.deep.include({ kind: 'unsupported', type: 'signature' });
    expect(submissionData(m)).to.deep.equal({ firma: 'data:image/png;base64,AAA' });
  });
});

describe('Form engine: the render tree between changes (typing speed, issue 15)', () => {
  const components = [
    { type: 'textfield', key: 'nome', label: 'Nome' },
    { type: 'radio', key: 'delegato', label: 'Sei delegato?', values: [{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }] },
    { type: 'textfield', key: 'delegante', label: 'Nome del delegante', conditional: { show: true, when: 'delegato', eq: 'si' } },
    { type: 'select', key: 'comune', label: 'Comune', dataSrc: 'url', data: { url: '/comuni' } },
  ];
  const fields = (m: ReturnType<typeof model>) => new Map(m.renderStep(m.steps[0]!.key).map((n) => [n.path, n]));

  it('hands out the same node of a field while a value changes and nothing it shows does', () => {
    const m = model(components);
    const before = fields(m);
    m.setValue('nome', 'Mario');
    const after = fields(m);
    for (const p of ['nome', 'delegato', 'delegante', 'comune']) expect(after.get(p), p).to.equal(before.get(p));
  });

  it('gives a fresh node, with the new visibility, to a field a condition shows or hides, and only to it', () => {
    const m = model(components);
    const before = fields(m);
    expect(before.get('delegante')!.visible).to.equal(false);
    m.setValue('delegato', 'si');
    const shown = fields(m);
    expect(shown.get('delegante')).not.to.equal(before.get('delegante'));
    expect(shown.get('delegante')!.visible).to.equal(true);
    expect(shown.get('nome')).to.equal(before.get('nome'));
    m.setValue('delegato', 'no');
    expect(fields(m).get('delegante')!.visible).to.equal(false);
  });

  it('gives fresh nodes when options arrive, the locale changes, SPID data locks a field or a draft is loaded', () => {
    const m = model([...components, { type: 'textfield', key: 'email_address', label: 'Email' }]);
    let before = fields(m);
    m.setOptions('comune', [{ label: 'Roma', value: 'roma' }]);
    expect(fields(m).get('comune')!.kind === 'field' && (fields(m).get('comune') as FieldNode).options).to.deep.equal([{ label: 'Roma', value: 'roma' }]);
    before = fields(m);
    m.prefill({ email: 'mario@esempio.it', verified: ['email'] });
    expect((fields(m).get('email_address') as FieldNode).locked).to.equal(true);
    expect(fields(m).get('email_address')).not.to.equal(before.get('email_address'));
    before = fields(m);
    m.loadDraft(m.toDraft());
    expect(fields(m).get('nome')).not.to.equal(before.get('nome'));
    const radio = fields(m).get('delegato') as FieldNode;
    m.locale = 'en';
    expect(fields(m).get('delegato')).not.to.equal(radio);
  });

  it('keeps the rows of a grid and their fields right after a row is removed', () => {
    const m = model([{ type: 'datagrid', key: 'figli', label: 'Figli', components: [{ type: 'textfield', key: 'nome', label: 'Nome' }] }]);
    m.addRow('figli');
    m.setValue('figli[0].nome', 'Anna');
    m.setValue('figli[1].nome', 'Luca');
    const grid = () => m.renderStep(m.steps[0]!.key)[0] as GridNode;
    expect(grid().rows.map((r) => (r.children[0] as FieldNode).path)).to.deep.equal(['figli[0].nome', 'figli[1].nome']);
    m.removeRow('figli', 0);
    expect(grid().rows.map((r) => (r.children[0] as FieldNode).path)).to.deep.equal(['figli[0].nome']);
    expect(m.getValue('figli[0].nome')).to.equal('Luca');
  });
});
