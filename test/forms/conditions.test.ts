import { expect } from '@open-wc/testing';
import { parseForm } from '../../src/forms/index.js';
import { applyOperator, OPERATORS } from '../../src/forms/conditions.js';
import { applyLogic } from '../../src/forms/jsonlogic.js';
import { fixture, model } from './helpers.js';

const tf = (key: string, extra: Record<string, unknown> = {}) => ({ type: 'textfield', key, label: key.toUpperCase(), ...extra });

describe('Form engine: conditions', () => {
  describe('legacy {show, when, eq}', () => {
    it('shows a component when the value equals eq, as strings', () => {
      const m = model([tf('a'), { type: 'number', key: 'n', label: 'N' }, tf('b', { conditional: { show: true, when: 'a', eq: 'si' } }),
        tf('c', { conditional: { show: 'true', when: 'n', eq: '3' } })]);
      expect(m.isVisible('b')).to.equal(false);
      m.setValue('a', 'si');
      m.setValue('n', 3);
      expect(m.isVisible('b')).to.equal(true);
      expect(m.isVisible('c')).to.equal(true);
    });

    it('hides a component when show is false and the value matches', () => {
      const m = model([tf('a'), tf('b', { conditional: { show: false, when: 'a', eq: 'no' } })]);
      expect(m.isVisible('b')).to.equal(true);
      m.setValue('a', 'no');
      expect(m.isVisible('b')).to.equal(false);
    });

    it('reads a selectboxes value by option key and a multiple value by inclusion', () => {
      const m = model([
        { type: 'selectboxes', key: 'sb', label: 'SB', values: [{ label: 'X', value: 'x' }, { label: 'Y', value: 'y' }] },
        { type: 'select', key: 'sm', label: 'SM', multiple: true, data: { values: [{ label: 'X', value: 'x' }, { label: 'Y', value: 'y' }] } },
        tf('b', { conditional: { show: true, when: 'sb', eq: 'y' } }),
        tf('c', { conditional: { show: true, when: 'sm', eq: 'x' } }),
      ]);
      m.setValue('sb', ['y']);
      m.setValue('sm', ['y', 'x']);
      expect([m.isVisible('b'), m.isVisible('c')]).to.deep.equal([true, true]);
      m.setValue('sb', []);
      expect(m.isVisible('b')).to.equal(false);
    });

    it('treats a condition with an empty when as no condition', () => {
      const m = model([tf('b', { conditional: { show: null, when: null, eq: '' } })]);
      expect(m.isVisible('b')).to.equal(true);
    });
  });

  describe('{conjunction, conditions}', () => {
    it('combines conditions with all and any', () => {
      const m = model([
        { type: 'number', key: 'eta', label: 'Età' }, tf('citta'),
        tf('all', { conditional: { show: true, conjunction: 'all', conditions: [
          { component: 'eta', operator: 'greaterThanOrEqual', value: 18 }, { component: 'citta', operator: 'isEqual', value: 'Roma' }] } }),
        tf('any', { conditional: { show: true, conjunction: 'any', conditions: [
          { component: 'eta', operator: 'lessThan', value: 6 }, { component: 'citta', operator: 'startsWith', value: 'Mil' }] } }),
        tf('not', { conditional: { show: false, conjunction: 'all', conditions: [{ component: 'citta', operator: 'isNotEmpty' }] } }),
      ]);
      m.setValue('eta', 20);
      expect([m.isVisible('all'), m.isVisible('any'), m.isVisible('not')]).to.deep.equal([false, false, true]);
      m.setValue('citta', 'Roma');
      expect([m.isVisible('all'), m.isVisible('any'), m.isVisible('not')]).to.deep.equal([true, false, false]);
      m.setValue('citta', 'Milano');
      expect([m.isVisible('all'), m.isVisible('any')]).to.deep.equal([false, true]);
    });

    it('implements every Form.io operator', () => {
      const cases: [string, unknown, unknown, boolean][] = [
        ['isEqual', 'a', 'a', true], ['isEqual', 3, '3', true], ['isEqual', { x: true, y: false }, 'x', true], ['isEqual', true, 'true', true],
        ['isNotEqual', 'a', 'b', true], ['isNotEqual', 'a', 'a', false],
        ['isEmpty', '', undefined, true], ['isEmpty', [], undefined, true], ['isEmpty', 'x', undefined, false],
        ['isNotEmpty', 'x', undefined, true], ['isNotEmpty', '  ', undefined, false],
        ['lessThan', 2, 3, true], ['lessThan', '', 3, false], ['greaterThan', 4, '3', true],
        ['lessThanOrEqual', 3, 3, true], ['greaterThanOrEqual', 2, 3, false],
        ['includes', 'ciao mondo', 'mondo', true], ['includes', ['a', 'b'], 'b', true], ['notIncludes', ['a'], 'b', true],
        ['startsWith', 'Roma', 'Ro', true], ['endsWith', 'Roma', 'ma', true], ['endsWith', 5, '5', false],
        ['dateGreaterThan', '2026-03-06', '2026-03-05', true], ['dateLessThan', '05/03/2026', '2026-03-06', true],
        ['dateGreaterThanOrEqual', '2026-03-05', '2026-03-05', true], ['dateLessThanOrEqual', '2026-03-06', '2026-03-05', false],
        ['isDateEqual', '05/03/2026', '2026-03-05', true], ['isNotDateEqual', '2026-03-05', '2026-03-06', true],
      ];
      const covered = new Set(cases.map((c) => c[0]));
      expect(OPERATORS.filter((o) => !covered.has(o))).to.deep.equal([]);
      for (const [op, value, cmp, expected] of cases) {
        expect(applyOperator(op as (typeof OPERATORS)[number], value, cmp), `${op}(${JSON.stringify(value)}, ${JSON.stringify(cmp)})`).to.equal(expected);
      }
    });
  });

  describe('JSONLogic', () => {
    it('evaluates conditional.json with data, row and value', () => {
      const m = model([
        { type: 'number', key: 'isee', label: 'ISEE' },
        tf('alto', { conditional: { json: { '>': [{ var: 'data.isee' }, 40000] } } }),
        { type: 'datagrid', key: 'g', label: 'Righe', components: [
          tf('tipo'), tf('dettaglio', { conditional: { json: { '==': [{ var: 'row.tipo' }, 'altro'] } } })] },
      ]);
      m.setValue('isee', 45000);
      m.setValue('g[0].tipo', 'altro');
      m.addRow('g', { tipo: 'base' });
      expect([m.isVisible('alto'), m.isVisible('g[0].dettaglio'), m.isVisible('g[1].dettaglio')]).to.deep.equal([true, true, false]);
    });

    it('supports the whitelisted operators', () => {
      const data = { a: 5, b: 'ciao', list: [1, 2, 3], d: '' };
      const run = (rule: unknown) => applyLogic(rule, { data });
      expect(run({ and: [{ '<': [1, { var: 'data.a' }, 10] }, { in: ['ia', { var: 'data.b' }] }] })).to.equal(true);
      expect(run({ if: [{ '!': { var: 'data.d' } }, 'vuoto', 'pieno'] })).to.equal('vuoto');
      expect(run({ some: [{ var: 'data.list' }, { '>': [{ var: '' }, 2] }] })).to.equal(true);
      expect(run({ all: [{ var: 'data.list' }, { '>': [{ var: '' }, 2] }] })).to.equal(false);
      expect(run({ reduce: [{ var: 'data.list' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] })).to.equal(6);
      expect(run({ missing: ['data.a', 'data.d', 'data.z'] })).to.deep.equal(['data.d', 'data.z']);
      expect(run({ cat: ['a', { substr: ['mondo', 0, 2] }] })).to.equal('amo');
      expect(run({ '!!': [[]] })).to.equal(false);
    });

    it('falls back to visible when a JSONLogic operator is not supported, and lints it', () => {
      const { form, lint } = parseForm({ components: [tf('a'), tf('b', { conditional: { json: { regexMatch: [{ var: 'data.a' }, '^x'] } } })] });
      expect(lint.issues.map((i) => i.code)).to.include('jsonlogic-operator');
      const m = model(form.json.components as unknown[]);
      expect(m.isVisible('b')).to.equal(true);
    });
  });

  describe('JavaScript', () => {
    it('never runs customConditional: the component stays visible and the lint reports it', () => {
      (globalThis as Record<string, unknown>).__formsJsRan = false;
      const components = [tf('a'), tf('b', { customConditional: 'globalThis.__formsJsRan = true; show = false;' })];
      const { lint } = parseForm({ components });
      const m = model(components);
      m.setValue('a', 'x');
      expect(m.isVisible('b')).to.equal(true);
      expect((globalThis as Record<string, unknown>).__formsJsRan).to.equal(false);
      expect(lint.issues.find((i) => i.code === 'js-code')?.key).to.equal('b');
    });
  });

  describe('dependency index', () => {
    it('re-evaluates dependents transitively and reports what changed', () => {
      const m = model([
        tf('a'),
        tf('b', { conditional: { show: true, when: 'a', eq: 'si' } }),
        tf('c', { conditional: { show: true, conjunction: 'all', conditions: [{ component: 'b', operator: 'isEqual', value: 'x' }] } }),
        tf('d'),
      ]);
      m.setValue('a', 'si');
      m.setValue('b', 'x');
      expect(m.isVisible('c')).to.equal(true);
      const change = m.setValue('a', 'no');
      // b is hidden and cleared, so c (which reads b) hides too; d is untouched.
      expect(change.hidden).to.deep.equal(['b', 'c']);
      expect(change.shown).to.deep.equal([]);
      expect(Object.keys(change.issues).sort()).to.deep.equal(['a', 'b', 'c']);
      expect(m.getValue('b')).to.equal('x'); // kept for the draft
      expect(m.setValue('a', 'si').shown).to.deep.equal(['b', 'c']);
    });

    it('hides the children of a hidden parent and reports the change of a step list', () => {
      const m = model([
        { type: 'panel', key: 'p1', title: 'Uno', components: [{ type: 'radio', key: 'delegato', label: 'Sei delegato?', values: [{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }] }] },
        { type: 'panel', key: 'p2', title: 'Delega', conditional: { show: true, when: 'delegato', eq: 'si' }, components: [tf('nome')] },
        { type: 'panel', key: 'p3', title: 'Fine', components: [tf('z')] },
      ]);
      expect(m.steps.map((s) => s.key)).to.deep.equal(['p1', 'p3']);
      expect(m.allSteps.map((s) => s.visible)).to.deep.equal([true, false, true]);
      const change = m.setValue('delegato', 'si');
      expect(change.stepsChanged).to.equal(true);
      expect(change.shown).to.deep.equal(['~p2', 'nome']);
      expect(m.steps.map((s) => s.key)).to.deep.equal(['p1', 'p2', 'p3']);
      expect(m.setValue('delegato', 'si').stepsChanged).to.equal(false);
    });

    it('evaluates a row condition only in its own row', () => {
      const m = model([{ type: 'datagrid', key: 'g', label: 'Righe', components: [
        { type: 'number', key: 'eta', label: 'Età' },
        tf('scuola', { conditional: { show: true, when: 'eta', eq: '10' } }),
      ] }]);
      m.addRow('g');
      const change = m.setValue('g[1].eta', 10);
      expect(change.shown).to.deep.equal(['g[1].scuola']);
      expect(m.isVisible('g[0].scuola')).to.equal(false);
    });

    it('re-evaluates every row when a row condition reads a field outside the grid', () => {
      const m = model([tf('tipo'), { type: 'datagrid', key: 'g', label: 'Righe', components: [tf('x', { conditional: { show: true, when: 'tipo', eq: 'a' } })] }]);
      m.addRow('g');
      expect(m.setValue('tipo', 'a').shown).to.deep.equal(['g[0].x', 'g[1].x']);
    });

    it('resolves references by full path and by Form.io component path inside nested forms', () => {
      const m = model([
        { type: 'form', key: 'applicant', components: [{ type: 'form', key: 'address', components: [tf('county')] }] },
        tf('byData', { conditional: { show: true, when: 'applicant.data.address.data.county', eq: 'EE' } }),
        tf('byPath', { conditional: { show: true, when: 'applicant.address.county', eq: 'EE' } }),
        tf('byKey', { conditional: { show: true, when: 'county', eq: 'EE' } }),
      ]);
      m.setValue('applicant.data.address.data.county', 'EE');
      expect([m.isVisible('byData'), m.isVisible('byPath'), m.isVisible('byKey')]).to.deep.equal([true, true, true]);
    });
  });

  describe('cycles', () => {
    it('rejects circular conditions at load with a clear lint error and shows the components', () => {
      const components = [
        tf('a', { conditional: { show: true, when: 'b', eq: 'x' } }),
        tf('b', { conditional: { json: { '==': [{ var: 'data.a' }, 'y'] } } }),
      ];
      const { lint } = parseForm({ components });
      const cycles = lint.issues.filter((i) => i.code === 'cycle');
      expect(cycles.map((i) => i.key)).to.deep.equal(['a', 'b']);
      expect(cycles[0]!.severity).to.equal('error');
      expect(cycles[0]!.message).to.contain('Condizioni circolari (a → b)');
      expect(lint.ok).to.equal(false);
      const m = model(components);
      expect([m.isVisible('a'), m.isVisible('b')]).to.deep.equal([true, true]);
    });

    it('rejects a panel whose condition reads a field inside itself', () => {
      const { lint } = parseForm({ components: [{ type: 'panel', key: 'p', title: 'P', conditional: { show: true, when: 'inside', eq: 'x' }, components: [tf('inside')] }] });
      expect(lint.issues.filter((i) => i.code === 'cycle').map((i) => i.key)).to.deep.equal(['p']);
    });

    it('rejects a component whose condition reads itself', () => {
      const { lint } = parseForm({ components: [tf('a', { conditional: { show: true, when: 'a', eq: 'x' } })] });
      expect(lint.issues.some((i) => i.code === 'cycle' && i.key === 'a')).to.equal(true);
    });
  });

  describe('fixtures', () => {
    it('shows the delega section only to a delegate, in the OpenCity-style form', async () => {
      const json = await fixture('occupazione-suolo.json');
      const m = model(json.components as unknown[], {}, { display: 'wizard' });
      expect(m.isVisible('delegante.nome')).to.equal(false);
      expect(m.setValue('sei_delegato', 'si').shown).to.include.members(['~dati_delega', 'delegante.nome', 'documento_delega']);
      expect(m.isVisible('applicant.data.address.data.country')).to.equal(false);
      m.setValue('applicant.data.address.data.county', 'EE');
      expect(m.isVisible('applicant.data.address.data.country')).to.equal(true);
    });
  });
});
