import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, summaryOf, parseForm, type CitizenProfile } from '../../src/forms/index.js';
import { fixture, model } from './helpers.js';

const tf = (key: string, extra: Record<string, unknown> = {}) => ({ type: 'textfield', key, label: key, ...extra });
const yesNo = [{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }];

const citizen: CitizenProfile = {
  givenName: 'Mario', familyName: 'Rossi', taxCode: 'TINIT-RSSMRA80A01H501U', email: 'mario.rossi@esempio.it',
  mobilePhone: '+393331234567', birthDate: '1980-01-01', birthPlace: 'Roma', gender: 'M',
  address: { street: 'Via Roma', houseNumber: '1', municipality: 'Roma', postalCode: '00144', county: 'RM' },
};

describe('Form engine: submission, drafts, prefill', () => {
  describe('clearOnHide', () => {
    const components = [
      { type: 'radio', key: 'delegato', label: 'Sei delegato?', values: yesNo },
      { type: 'fieldset', key: 'fs', legend: 'Delega', conditional: { show: true, when: 'delegato', eq: 'si' }, components: [
        { type: 'container', key: 'delegante', label: 'Delegante', components: [tf('nome')] },
        { type: 'file', key: 'delega', label: 'Delega' },
        tf('nota', { clearOnHide: false }),
      ] },
      tf('sempre_nascosto', { hidden: true, defaultValue: 'tecnico' }),
      { type: 'button', key: 'submit', label: 'Invia' },
    ];

    it('removes conditionally hidden values on submit but keeps them in the draft', () => {
      const m = model(components);
      m.setValue('delegato', 'si');
      m.setValue('delegante.nome', 'Anna');
      m.setValue('delega', [{ name: 'delega.pdf', size: 10 }]);
      m.setValue('nota', 'da conservare');
      m.setValue('delegato', 'no');
      expect(submissionData(m)).to.deep.equal({ delegato: 'no', nota: 'da conservare', sempre_nascosto: 'tecnico' });
      expect(m.draftData()).to.deep.equal({
        delegato: 'no', delegante: { nome: 'Anna' }, delega: [{ name: 'delega.pdf', size: 10 }], nota: 'da conservare', sempre_nascosto: 'tecnico',
      });
    });

    it('gives back what was typed when the citizen flips the choice back', () => {
      const m = model(components);
      m.setValue('delegato', 'si');
      m.setValue('delegante.nome', 'Anna');
      m.setValue('delegato', 'no');
      m.setValue('delegato', 'si');
      expect(submissionData(m)).to.deep.include({ delegante: { nome: 'Anna' } });
    });

    it('removes values of persistent:false components on submit', () => {
      const m = model([tf('a'), tf('temp', { persistent: false })]);
      m.setValue('temp', 'x');
      expect(submissionData(m)).to.deep.equal({ a: '' });
    });

    it('removes hidden grid-row values only in their row', () => {
      const m = model([{ type: 'datagrid', key: 'g', label: 'G', components: [
        { type: 'radio', key: 'd', label: 'D?', values: yesNo }, tf('cert', { conditional: { show: true, when: 'd', eq: 'si' } })] }]);
      m.setValue('g[0].d', 'si');
      m.setValue('g[0].cert', 'c1');
      m.addRow('g', { d: 'no', cert: 'c2' });
      expect(submissionData(m)).to.deep.equal({ g: [{ d: 'si', cert: 'c1' }, { d: 'no' }] });
    });
  });

  describe('drafts', () => {
    it('wraps the draft in an envelope with form id, revision, steps and time', async () => {
      const json = await fixture('occupazione-suolo.json');
      const { form } = parseForm(json);
      const m = createFormModel(form);
      m.setValue('sei_delegato', 'si');
      const draft = m.toDraft({ currentStep: 'delega', visitedSteps: ['richiedente', 'delega'], savedAt: new Date('2026-03-05T10:00:00Z') });
      expect(draft).to.deep.include({
        version: 1, formId: '5d8c636c1953a2002b976f52', formRevision: '3', currentStep: 'delega',
        visitedSteps: ['richiedente', 'delega'], savedAt: '2026-03-05T10:00:00.000Z',
      });
      expect(draft.data).to.deep.equal(m.draftData());
    });

    it('resumes a draft of the same revision with everything in place', async () => {
      const { form } = parseForm(await fixture('occupazione-suolo.json'));
      const a = createFormModel(form);
      a.setValue('sei_delegato', 'si');
      a.setValue('delegante.nome', 'Anna');
      a.setValue('sei_delegato', 'no');
      const stored = JSON.stringify(a.toDraft({ currentStep: 'delega', visitedSteps: ['richiedente', 'delega'] }));
      const b = createFormModel(form);
      const r = b.loadDraft(stored);
      expect(r.revisionChanged).to.equal(false);
      expect(r.orphans).to.deep.equal([]);
      expect(r.currentStep).to.equal('delega');
      expect(b.draftData()).to.deep.equal(a.draftData());
      b.setValue('sei_delegato', 'si');
      expect(b.getValue('delegante.nome')).to.equal('Anna');
    });

    it('migrates a draft to a new form revision: keeps known values, reports orphans, re-validates', () => {
      const v1 = parseForm({ _id: 'f', _vid: 1, components: [
        { type: 'panel', key: 'p1', title: 'Uno', components: [tf('nome'), tf('vecchio'), { type: 'datagrid', key: 'g', label: 'G', components: [tf('x'), tf('y')] }] },
        { type: 'panel', key: 'p2', title: 'Due', components: [tf('z')] },
      ] }).form;
      const v2 = parseForm({ _id: 'f', _vid: 2, components: [
        { type: 'panel', key: 'p1', title: 'Uno', components: [tf('nome'), tf('nuovo', { validate: { required: true } }), { type: 'datagrid', key: 'g', label: 'G', components: [tf('x')] }] },
      ] }).form;
      const a = createFormModel(v1);
      a.setValue('nome', 'Mario');
      a.setValue('vecchio', 'via');
      a.setValue('g[0].x', '1');
      a.setValue('g[0].y', '2');
      const b = createFormModel(v2);
      const r = b.loadDraft(a.toDraft({ currentStep: 'p2', visitedSteps: ['p1', 'p2'] }));
      expect(r.revisionChanged).to.equal(true);
      expect(r.orphans).to.deep.equal([{ path: 'vecchio', value: 'via' }, { path: 'g[0].y', value: '2' }, { path: 'z', value: '' }]);
      expect(b.draftData()).to.deep.equal({ nome: 'Mario', nuovo: '', g: [{ x: '1' }] });
      expect(r.issues.map((i) => i.path)).to.deep.equal(['nuovo']);
      expect(r.currentStep).to.equal('p1');
      expect(r.visitedSteps).to.deep.equal(['p1']);
    });

    it('loads garbage drafts as an empty form without throwing', () => {
      const m = model([tf('a')]);
      for (const bad of [null, 42, 'not json', '{"data": 5}', { data: { a: { deep: 1 } } }, { data: [] }]) {
        const r = m.loadDraft(bad);
        expect(r.currentStep).to.equal('step-1');
      }
    });
  });

  describe('prefill', () => {
    it('fills OpenCity\'s Anagrafica paths and locks the SPID/CIE identity fields', async () => {
      const m = createFormModel(parseForm(await fixture('occupazione-suolo.json')).form);
      const r = m.prefill(citizen);
      const A = 'applicant.data';
      expect(r.locked).to.deep.equal([`${A}.completename.data.name`, `${A}.completename.data.surname`, `${A}.fiscal_code.data.fiscal_code`]);
      expect(r.filled).to.include.members([`${A}.email_address`, `${A}.cell_number`, `${A}.Born.data.natoAIl`, `${A}.gender.data.gender`, `${A}.address.data.postal_code`]);
      expect(m.getValue(`${A}.fiscal_code.data.fiscal_code`)).to.equal('RSSMRA80A01H501U');
      expect(m.getValue(`${A}.Born.data.natoAIl`)).to.equal('01/01/1980');
      expect(m.getValue(`${A}.gender.data.gender`)).to.equal('maschio');
      expect(m.isLocked(`${A}.completename.data.name`)).to.equal(true);
      expect(m.isLocked(`${A}.email_address`)).to.equal(false);
      expect(m.validateStep('richiedente')).to.deep.equal([]);
    });

    it('refuses changes to locked fields and marks them in the render tree and summary', async () => {
      const m = createFormModel(parseForm(await fixture('occupazione-suolo.json')).form);
      m.prefill(citizen);
      const path = 'applicant.data.completename.data.name';
      expect(m.setValue(path, 'Luigi').changed).to.equal(false);
      expect(m.getValue(path)).to.equal('Mario');
      const node = m.node(path);
      expect(node).to.deep.include({ kind: 'field', locked: true, readonly: true, prefilled: true });
      const row = summaryOf(m)[0]!.rows.find((r) => r.path === path)!;
      expect(row).to.deep.include({ value: 'Mario', locked: true, prefilled: true });
      expect(m.setValue('applicant.data.email_address', 'altro@esempio.it').changed).to.equal(true);
    });

    it('keeps the locked identity data when a draft is loaded after prefill', async () => {
      const { form } = parseForm(await fixture('occupazione-suolo.json'));
      const old = createFormModel(form);
      old.setValue('applicant.data.completename.data.name', 'Maria');
      old.setValue('sei_delegato', 'no');
      const m = createFormModel(form);
      m.prefill(citizen);
      m.loadDraft(old.toDraft());
      expect(m.getValue('applicant.data.completename.data.name')).to.equal('Mario');
      expect(m.getValue('sei_delegato')).to.equal('no');
      expect(m.isLocked('applicant.data.completename.data.name')).to.equal(true);
    });

    it('locks only the fields listed as verified and never overwrites what the citizen typed', () => {
      const m = model([{ type: 'form', key: 'applicant', components: [
        { type: 'email', key: 'email_address', label: 'Email' },
        { type: 'form', key: 'Born', components: [{ type: 'datetime', key: 'natoAIl', label: 'Data di nascita', enableTime: false }] },
      ] }]);
      m.setValue('applicant.data.email_address', 'mia@esempio.it');
      const r = m.prefill({ ...citizen, verified: ['birthDate'] });
      expect(m.getValue('applicant.data.email_address')).to.equal('mia@esempio.it');
      expect(m.getValue('applicant.data.Born.data.natoAIl')).to.equal('1980-01-01');
      expect(r.locked).to.deep.equal(['applicant.data.Born.data.natoAIl']);
    });

    it('fills a top-level email_address when the form has no applicant email', () => {
      const m = model([{ type: 'email', key: 'email_address', label: 'Email' }]);
      expect(m.prefill(citizen).filled).to.deep.equal(['email_address']);
    });
  });
});
