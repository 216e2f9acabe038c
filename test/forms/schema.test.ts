/**
 * The Form.io definition schema (src/forms/schema.ts) on the inputs real builders and damaged forms
 * produce: coercions, leniency (a wrong-typed property becomes undefined, the component stays), and
 * which keys the result holds (chai's deep equal tells `{a: undefined}` from `{}`).
 */
import { expect } from '@open-wc/testing';
import { ConditionalSchema, FormSchema, OptionSchema, ValidateSchema, parseComponent } from '../../src/forms/schema.js';
import { lintForm } from '../../src/forms/index.js';
import { model } from './helpers.js';

describe('forms: the Form.io definition schema', () => {
  describe('a component', () => {
    it('turns numbers in key and label into strings, and drops other types', () => {
      expect(parseComponent({ type: 'textfield', key: 5, label: 3.5 })).to.deep.equal({ type: 'textfield', key: '5', label: '3.5' });
      expect(parseComponent({ type: 'textfield', key: 0, label: -0 })).to.deep.equal({ type: 'textfield', key: '0', label: '0' });
      expect(parseComponent({ type: 'textfield', key: true, label: null })).to.deep.equal({ type: 'textfield' });
      expect(parseComponent({ type: 'textfield', key: ['a'], label: { it: 'Nome' } })).to.deep.equal({ type: 'textfield' });
      // zod's number refuses NaN and Infinity: not a label.
      expect(parseComponent({ type: 'textfield', key: 'a', label: NaN, title: Infinity })).to.deep.equal({ type: 'textfield', key: 'a' });
      expect(parseComponent({ type: 'textfield', key: '', label: '' })).to.deep.equal({ type: 'textfield', key: '', label: '' });
    });

    it('gives an empty type when it is missing or not a string', () => {
      expect(parseComponent({ key: 'a' })).to.deep.equal({ key: 'a', type: '' });
      expect(parseComponent({ key: 'a', type: 5 })).to.deep.equal({ key: 'a', type: '' });
      expect(parseComponent({ key: 'a', type: null })).to.deep.equal({ key: 'a', type: '' });
      expect(parseComponent({})).to.deep.equal({ type: '' });
    });

    it("reads booleans and the strings 'true'/'false', nothing else", () => {
      expect(parseComponent({ type: 'checkbox', hidden: 'true', disabled: 'false', multiple: true, clearOnHide: false }))
        .to.deep.equal({ type: 'checkbox', hidden: true, disabled: false, multiple: true, clearOnHide: false });
      expect(parseComponent({ type: 'checkbox', hidden: 'TRUE', disabled: 1, multiple: 'yes', input: 0, dayFirst: '' }))
        .to.deep.equal({ type: 'checkbox' });
      expect(parseComponent({ type: 'textfield', persistent: 'client-only' })).to.deep.equal({ type: 'textfield', persistent: 'client-only' });
      expect(parseComponent({ type: 'textfield', persistent: 1 })).to.deep.equal({ type: 'textfield' });
    });

    it('reads numbers and numeric strings (spaces around allowed), nothing else', () => {
      expect(parseComponent({ type: 'textarea', rows: ' 12 ', width: '-3.5', decimalLimit: 2 }))
        .to.deep.equal({ type: 'textarea', rows: 12, width: -3.5, decimalLimit: 2 });
      for (const bad of ['', ' ', '1e3', '12px', '.5', '5.', '0x10', '1,5', '+1', Infinity, NaN, true, null, [3], { n: 3 }]) {
        expect(parseComponent({ type: 'textarea', rows: bad }), String(bad)).to.deep.equal({ type: 'textarea' });
      }
      const negZero = parseComponent({ type: 'textarea', rows: ' -0 ' }).rows;
      expect(Object.is(negZero, -0)).to.equal(true);
    });

    it('keeps well-formed options, turns a number label into a string, fills what is missing, drops what is not an object', () => {
      const c = parseComponent({
        type: 'radio',
        values: [
          { label: 1, value: 2 },
          { label: 'Sì', value: true, shortcut: 'S' },
          { label: 'x' },
          { value: 'v' },
          { label: {}, value: [] },
          { label: null, value: null },
          'bad', null, 7, [], ['a', 'b'],
        ],
      });
      expect(c.values).to.deep.equal([
        { label: '1', value: 2 },
        { label: 'Sì', value: true },
        { label: 'x', value: '' },
        { label: '', value: 'v' },
        { label: '', value: '' },
        { label: '', value: '' },
      ]);
      expect(parseComponent({ type: 'radio', values: [] }).values).to.deep.equal([]);
      expect(parseComponent({ type: 'radio', values: 'a,b' })).to.deep.equal({ type: 'radio' });
      expect(parseComponent({ type: 'radio', values: { 0: { label: 'a', value: 'a' } } })).to.deep.equal({ type: 'radio' });
      expect(parseComponent({ type: 'file', fileTypes: [{ label: 'PDF', value: 'application/pdf' }, 5] }).fileTypes)
        .to.deep.equal([{ label: 'PDF', value: 'application/pdf' }]);
    });

    it('parses validate and conditional property by property, and drops them when they are not objects', () => {
      const json = { var: 'data.a' };
      const c = parseComponent({
        type: 'textfield',
        validate: {
          required: 'true', minLength: ' 3 ', maxLength: '3x', pattern: 5, custom: 'valid = true;', json,
          plugins: ['a', 1], minYear: 1900, customMessage: null, onlyAvailableItems: true,
        },
        conditional: { show: 'true', when: 5, eq: 0, conjunction: 1, conditions: 'x', json: null, extra: 'kept' },
      });
      expect(c.validate).to.deep.equal({ required: true, minLength: 3, custom: 'valid = true;', json, minYear: 1900, onlyAvailableItems: true });
      expect(c.validate!.json).to.equal(json);
      expect(c.conditional).to.deep.equal({ show: 'true', eq: 0, json: null, extra: 'kept' });
      expect(parseComponent({ type: 'textfield', conditional: { show: null, when: null, conditions: [{ component: 'a' }] } }).conditional)
        .to.deep.equal({ show: null, when: null, conditions: [{ component: 'a' }] });
      for (const bad of ['x', 5, null, true, [], [{ required: true }]]) {
        expect(parseComponent({ type: 'textfield', validate: bad, conditional: bad }), String(bad)).to.deep.equal({ type: 'textfield' });
      }
    });

    it('parses data and datePicker as a whole: a wrong-typed property inside becomes undefined', () => {
      const c = parseComponent({
        type: 'select',
        data: { values: [{ label: 1, value: 'a' }, 'x'], url: 5, json: 5, headers: [{ key: 'k' }] },
        datePicker: { minDate: 1, maxDate: null, disable: 'x' },
      });
      expect(c.data).to.deep.equal({ values: [{ label: '1', value: 'a' }], url: undefined, json: undefined, headers: [{ key: 'k' }] });
      expect(Object.keys(c.data!)).to.deep.equal(['values', 'url', 'json', 'headers']);
      expect(c.datePicker).to.deep.equal({ minDate: 1, maxDate: null, disable: 'x' });
      expect(parseComponent({ type: 'select', data: { json: '[1,2]' } }).data).to.deep.equal({ json: '[1,2]' });
      expect(parseComponent({ type: 'select', data: { json: [1] } }).data).to.deep.equal({ json: [1] });
      expect(parseComponent({ type: 'select', data: {} }).data).to.deep.equal({});
      for (const bad of ['x', [], null, 3]) {
        expect(parseComponent({ type: 'select', data: bad, datePicker: bad }), String(bad)).to.deep.equal({ type: 'select' });
      }
    });

    it('keeps errors only when every message is a string, and properties only when they are an object', () => {
      expect(parseComponent({ type: 'textfield', errors: { required: 'Obbligatorio' } }).errors).to.deep.equal({ required: 'Obbligatorio' });
      expect(parseComponent({ type: 'textfield', errors: { required: 'Obbligatorio', pattern: 1 } })).to.deep.equal({ type: 'textfield' });
      expect(parseComponent({ type: 'textfield', errors: ['x'] })).to.deep.equal({ type: 'textfield' });
      expect(parseComponent({ type: 'textfield', properties: { a: 1, b: null } }).properties).to.deep.equal({ a: 1, b: null });
      expect(parseComponent({ type: 'textfield', properties: [] })).to.deep.equal({ type: 'textfield' });
      expect(parseComponent({ type: 'textfield', properties: null })).to.deep.equal({ type: 'textfield' });
      expect(parseComponent({ type: 'panel', components: 'x', columns: {} })).to.deep.equal({ type: 'panel' });
      expect(parseComponent({ type: 'panel', components: [1, 'x'] }).components).to.deep.equal([1, 'x']);
    });

    it('keeps unknown properties as they are (the same objects), and drops known ones that are undefined', () => {
      const tree = { deep: [1, { x: 2 }] };
      const c = parseComponent({ type: 'textfield', key: 'a', label: undefined, custom: tree, foo: undefined, defaultValue: undefined });
      expect(c).to.deep.equal({ type: 'textfield', key: 'a', custom: tree, foo: undefined });
      expect(c.custom).to.equal(tree);
      const dv = { a: 1 };
      expect(parseComponent({ type: 'textfield', defaultValue: dv, logic: [], calculateValue: null }))
        .to.deep.equal({ type: 'textfield', defaultValue: dv, logic: [], calculateValue: null });
    });

    it('never throws on property names that Object.prototype has', () => {
      const c = parseComponent({ type: 'textfield', key: 'a', constructor: { name: 'x', keys: 1 }, toString: 'x', hasOwnProperty: [] });
      expect(c).to.deep.equal({ type: 'textfield', key: 'a', constructor: { name: 'x', keys: 1 }, toString: 'x', hasOwnProperty: [] });
      const lint = lintForm({ components: [{ type: 'textfield', key: 'a', label: 'A', valueOf: { length: 1 } }] });
      expect(lint.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    });
  });

  describe('the form', () => {
    it('needs a components array; the rest is lenient', () => {
      const r = FormSchema.safeParse({
        components: [{ type: 'textfield' }], display: 'wizard', title: 5, _vid: 3, revision: 0, name: null, properties: [], extra: { x: 1 },
      });
      expect(r.success).to.equal(true);
      expect(r.data).to.deep.equal({
        components: [{ type: 'textfield' }], display: 'wizard', title: undefined, _vid: '3', revision: '0', name: undefined, properties: undefined, extra: { x: 1 },
      });
      expect(FormSchema.safeParse({ components: [], _vid: '7', properties: { a: 1 } }).data).to.deep.equal({ components: [], _vid: '7', properties: { a: 1 } });
      for (const bad of [{}, { components: 'x' }, { components: {} }, { components: null }, [], null, 'x']) {
        expect(FormSchema.safeParse(bad).success, JSON.stringify(bad)).to.equal(false);
      }
    });

    it('exports the option, validate and conditional schemas with the same leniency', () => {
      expect(OptionSchema.safeParse({ label: 5, value: 'a', extra: 1 }).data).to.deep.equal({ label: '5', value: 'a', extra: 1 });
      expect(OptionSchema.safeParse({}).data).to.deep.equal({ label: '', value: '' });
      expect(OptionSchema.safeParse({ label: 'a', value: {} }).data).to.deep.equal({ label: 'a', value: '' });
      expect(OptionSchema.safeParse([]).success).to.equal(false);
      expect(OptionSchema.safeParse('a').success).to.equal(false);
      expect(ValidateSchema.safeParse({ required: 'yes', minLength: ' 3 ', x: 1 }).data).to.deep.equal({ required: undefined, minLength: 3, x: 1 });
      expect(ValidateSchema.safeParse({}).data).to.deep.equal({});
      expect(ValidateSchema.safeParse(null).success).to.equal(false);
      expect(ConditionalSchema.safeParse({ show: 'false', when: 1 }).data).to.deep.equal({ show: 'false', when: undefined });
      expect(ConditionalSchema.safeParse(5).success).to.equal(false);
    });
  });

  describe('what a citizen and an editor see', () => {
    it("makes a field required with validate.required 'true' and keeps a component whose label is wrong", () => {
      const m = model([
        { type: 'textfield', key: 'nome', label: 'Nome', validate: { required: 'true', maxLength: ' 5 ' } },
        { type: 'textfield', key: 'x', label: { it: 'Etichetta' }, validate: 'obbligatorio' },
        { type: 'radio', key: 'r', label: 'Scelta', values: [{ label: 1, value: 'uno' }, 'rotto', { label: 'Due', value: 'due' }] },
      ]);
      const step = m.steps[0]!.key;
      expect(m.validateStep(step).map((i) => [i.path, i.rule])).to.deep.equal([['nome', 'required']]);
      m.setValue('nome', 'Giuseppe');
      expect(m.validateStep(step).map((i) => [i.path, i.rule])).to.deep.equal([['nome', 'maxLength']]);
      const r = m.node('r');
      expect(r?.kind === 'field' ? r.options?.map((o) => o.label) : undefined).to.deep.equal(['1', 'Due']);
      expect(m.node('x')?.kind).to.equal('field');
    });
  });
});
