import { expect } from '@open-wc/testing';
import { lintForm, parseForm } from '../../src/forms/index.js';
import { lintReport, parseFormLean } from '../../src/forms/compiled.js';
import { fixture } from './helpers.js';
import { loadMessages } from '../../src/i18n/messages.js';

describe('Form engine: lint', () => {
  it('lists every problem of a form for the ente editor, errors first', async () => {
    const report = lintForm(await fixture('problemi-lint.json'));
    expect(report.issues.map((i) => [i.severity, i.code, i.key ?? i.path])).to.deep.equal([
      ['error', 'duplicate-key', 'nome'],
      ['error', 'invalid-pattern', 'codice'],
      ['error', 'missing-key', 'textfield11'],
      ['error', 'cycle', 'a'],
      ['error', 'cycle', 'b'],
      ['warning', 'js-code', 'nome'],
      ['warning', 'missing-label', 'senza_etichetta'],
      ['warning', 'unsupported-type', 'firma'],
      ['warning', 'js-code', 'totale'],
      ['warning', 'jsonlogic-operator', 'c'],
      ['warning', 'condition-reference', 'd'],
      ['info', 'radio-many-options', 'quartiere'],
      ['info', 'unsupported-type', 'submit'],
      ['info', 'missing-applicant', '(form)'],
    ]);
    expect(report).to.deep.include({ ok: false, errors: 5, warnings: 6 });
    expect(report.types).to.deep.include({ textfield: 9, radio: 1, signature: 1, number: 1 });
  });

  it('explains each finding in Italian, or English on request', async () => {
    await loadMessages('en');
    const json = await fixture('problemi-lint.json');
    const it = lintForm(json).issues.find((i) => i.code === 'radio-many-options')!;
    expect(it.message).to.equal('Il gruppo di opzioni ha 7 scelte: con più di 5 scelte usa un menu a tendina (select).');
    const en = lintForm(json, { locale: 'en' }).issues.find((i) => i.code === 'js-code')!;
    expect(en.message).to.equal('"customConditional" contains JavaScript, which is never run: the component is always shown. Use a simple condition or JSONLogic.');
  });

  it('passes the OpenCity-style fixtures, reporting only their JavaScript', async () => {
    const report = lintForm(await fixture('occupazione-suolo.json'));
    expect(report.ok).to.equal(true);
    expect(report.issues.map((i) => [i.code, i.path])).to.deep.equal([
      ['js-code', 'richiedente.applicant.Born.natoAIl'],
      ['js-code', 'richiedente.applicant.address.county'],
      ['unsupported-type', 'occupazione.submit'],
    ]);
    expect(lintForm(await fixture('contributo-figli.json')).issues.map((i) => i.code)).to.deep.equal(['missing-applicant']);
  });

  it('reports unsupported operators in validate.json as left to the server', () => {
    const r = lintForm({ components: [{ type: 'textfield', key: 'x', label: 'X', validate: { json: { regexMatch: [{ var: 'data.x' }, '^A'] } } }] });
    expect(r.issues.map((i) => [i.code, i.message])).to.deep.equal([
      ['jsonlogic-operator', 'La regola validate.json usa operatori non supportati (regexMatch): la verifica spetta al server.'],
      ['missing-applicant', 'Il modulo non contiene il modulo annidato "applicant" (Anagrafica) richiesto da OpenCity.'],
    ]);
  });

  it('reports a definition that is not a form, and a nested form that is not included', () => {
    expect(lintForm('not json').issues.map((i) => i.code)).to.include('invalid-definition');
    expect(lintForm({ components: 5 }).ok).to.equal(false);
    const r = lintForm({ components: [{ type: 'form', key: 'applicant', form: 'abc' }] });
    expect(r.issues.map((i) => i.code)).to.deep.equal(['nested-form-not-inlined']);
    const inlined = lintForm({ components: [{ type: 'form', key: 'applicant', form: 'abc' }] }, { subforms: { abc: { components: [{ type: 'textfield', key: 'x', label: 'X' }] } } });
    expect(inlined.issues).to.deep.equal([]);
  });
});

describe('Form engine: the lint’s verdict without its report (what the wizard reads first)', () => {
  it('says what parseForm’s report says about using the form, and builds the worded report later', async () => {
    const forms = [
      await fixture('problemi-lint.json'),
      'not json',
      { components: [{ type: 'dynamic_calendar', key: 'calendar', label: 'Calendario' }, { type: 'file', key: 'delega', label: 'Delega' }] },
      { components: [{ type: 'textfield', key: 'nome', label: 'Nome' }] },
    ];
    for (const json of forms) {
      const { lint } = parseForm(json);
      const { form, facts } = parseFormLean(json);
      expect(facts.invalid).to.equal(lint.issues.some((i) => i.code === 'invalid-definition'));
      expect(facts.handledBy).to.equal(lint.handledBy);
      expect(facts.types).to.deep.equal(lint.types);
      expect(facts.findings).to.equal(lint.issues.length);
      const later = await lintReport(form);
      expect(later.issues.map((i) => [i.code, i.path, i.message])).to.deep.equal(lint.issues.map((i) => [i.code, i.path, i.message]));
    }
    const { form } = parseFormLean({ components: [{ type: 'signature', key: 'firma', label: 'Firma' }] });
    expect((await lintReport(form)).issues[0]!.message).to.contain('signature');
  });
});
