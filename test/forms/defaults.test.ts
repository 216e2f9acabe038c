/**
 * Form.io defaults (issue 14.6): a definition that omits an optional key must behave as @formio/js
 * behaves (each component's `static schema()` in node_modules/@formio/js/lib/cjs/components/…). One
 * row per supported component type, with only `type`, `key` and `label` given, as the form server
 * stores a component whose other keys were left at their defaults.
 */
import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, lintForm, parseForm, type FieldNode, type RenderNode } from '../../src/forms/index.js';

interface Row {
  type: string;
  extra?: Record<string, unknown>;
  /** What the renderer is told (a subset of the field node). */
  node: Partial<FieldNode>;
  /** The value before any answer (Form.io's `emptyValue`/`defaultValue`). */
  initial: unknown;
  /** A value given as an input gives it, and what is stored. */
  set?: [unknown, unknown];
}

const TABLE: Row[] = [
  { type: 'textfield', node: { control: 'text', required: false, multiple: false, disabled: false }, initial: '', set: ['Mario', 'Mario'] },
  { type: 'textarea', node: { control: 'textarea', rows: 3 }, initial: '' },
  { type: 'email', node: { control: 'email' }, initial: '' },
  { type: 'phoneNumber', node: { control: 'tel' }, initial: '' },
  { type: 'url', node: { control: 'url' }, initial: '' },
  { type: 'password', node: { control: 'text' }, initial: '' },
  { type: 'number', node: { control: 'number' }, initial: '', set: ['12', 12] },
  // Form.io: `currency` missing → getCurrencyAffixes uses 'USD'; two decimals.
  { type: 'currency', node: { control: 'currency', currency: 'USD', decimalLimit: 2 }, initial: '', set: ['16,00', 16] },
  // Form.io Checkbox: empty value false.
  { type: 'checkbox', node: { control: 'checkbox' }, initial: false, set: [true, true] },
  { type: 'radio', extra: { values: [{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }] }, node: { control: 'radio' }, initial: '', set: ['si', 'si'] },
  { type: 'selectboxes', extra: { values: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] }, node: { control: 'checkboxes' }, initial: { a: false, b: false }, set: [['b'], { a: false, b: true }] },
  // Form.io Select: dataSrc 'values', multiple false.
  { type: 'select', extra: { data: { values: [{ label: 'Uno', value: '1' }] } }, node: { control: 'select', multiple: false }, initial: '', set: ['1', '1'] },
  // Form.io Day: dayFirst false → MM/DD/YYYY.
  { type: 'day', node: { control: 'day', dayFirst: false }, initial: '', set: [{ day: 15, month: 3, year: 1990 }, '03/15/1990'] },
  // Form.io DateTime: enableTime true (the bollo emission time must not be lost).
  { type: 'datetime', node: { control: 'datetime' }, initial: '', set: ['2026-01-15T10:30:00', '2026-01-15T10:30:00'] },
  { type: 'datetime', extra: { enableTime: false }, node: { control: 'date' }, initial: '', set: ['15/01/2026', '2026-01-15'] },
  // Form.io Time: dataFormat HH:mm:ss.
  { type: 'time', node: { control: 'time' }, initial: '', set: ['10:30', '10:30:00'] },
  // Form.io File: multiple false, filePattern '*' (any type).
  { type: 'file', node: { control: 'file', multiple: false }, initial: [] },
  { type: 'sdcfile', node: { control: 'file', multiple: false }, initial: [] },
  { type: 'hidden', node: { control: 'hidden', visible: false }, initial: '' },
];

function only(type: string, extra: Record<string, unknown> = {}) {
  const { form, lint } = parseForm({ components: [{ type, key: 'x', label: 'Campo', ...extra }] });
  const model = createFormModel(form);
  const node = model.renderStep(model.steps[0]?.key ?? 'step-1').find((n: RenderNode) => n.kind === 'field') as FieldNode | undefined
    ?? (model.node('x') as FieldNode);
  return { model, node, lint };
}

describe('forms: Form.io defaults for omitted keys', () => {
  for (const row of TABLE) {
    const name = `${row.type}${row.extra ? ` ${JSON.stringify(row.extra).slice(0, 40)}` : ''}`;
    it(`${name} behaves as @formio/js with its optional keys omitted`, () => {
      const { model, node } = only(row.type, row.extra);
      expect(node, 'field node').to.exist;
      expect(node).to.deep.include(row.node);
      expect(model.getValue('x')).to.deep.equal(row.initial);
      // Form.io defaults: clearOnHide true, persistent true → the answer is submitted.
      if (row.set) {
        model.setValue('x', row.set[0]);
        expect(model.getValue('x')).to.deep.equal(row.set[1]);
        expect(submissionData(model).x).to.deep.equal(row.set[1]);
      }
    });
  }

  it('datagrid starts with one empty row (initEmpty false), container and nested form with their shapes', () => {
    const { form } = parseForm({ components: [
      { type: 'datagrid', key: 'g', label: 'Righe', components: [{ type: 'textfield', key: 'a', label: 'A' }] },
      { type: 'container', key: 'c', label: 'Gruppo', components: [{ type: 'textfield', key: 'b', label: 'B' }] },
      { type: 'form', key: 'n', label: 'Annidato', components: [{ type: 'textfield', key: 'd', label: 'D' }] },
    ] });
    const m = createFormModel(form);
    expect(submissionData(m)).to.deep.equal({ g: [{ a: '' }], c: { b: '' }, n: { data: { d: '' } } });
  });

  it('a hidden-by-condition value is cleared (clearOnHide true) unless clearOnHide is false', () => {
    const { form } = parseForm({ components: [
      { type: 'checkbox', key: 'on', label: 'On' },
      { type: 'textfield', key: 'a', label: 'A', conditional: { show: true, when: 'on', eq: 'true' } },
      { type: 'textfield', key: 'b', label: 'B', clearOnHide: false, conditional: { show: true, when: 'on', eq: 'true' } },
    ] });
    const m = createFormModel(form);
    m.setValue('on', true);
    m.setValue('a', 'x');
    m.setValue('b', 'y');
    m.setValue('on', false);
    expect(submissionData(m)).to.deep.include({ b: 'y' }).and.not.to.have.property('a');
  });

  it('the lint says when an omitted key falls to a default the ente surely did not mean', () => {
    expect(only('currency').lint.issues.map((i) => i.code)).to.include('form-io-default');
    expect(only('currency', { currency: 'EUR' }).lint.issues.map((i) => i.code)).not.to.include('form-io-default');
  });
});

describe('forms: what the wizard cannot complete', () => {
  it('names sdc-appointment-booking for the booking form (calendar component, JS meeting_id)', () => {
    const report = lintForm({ components: [
      { type: 'dynamic_calendar', key: 'calendar', label: 'Calendario', calculateValue: 'value = data.x;' },
      { type: 'hidden', key: 'meeting_id', calculateValue: 'value = instance.root.meetingId;' },
    ] });
    expect(report.handledBy).to.equal('sdc-appointment-booking');
    const issue = report.issues.find((i) => i.code === 'needs-element')!;
    expect(issue.severity).to.equal('error');
    expect(issue.message).to.contain('<sdc-appointment-booking>');
    // JS on another key is only a warning: the form stays usable.
    const other = lintForm({ components: [{ type: 'textfield', key: 'totale', label: 'Totale', calculateValue: 'value = 1;' }] });
    expect(other.handledBy).to.equal(undefined);
    expect(other.issues.map((i) => i.code)).to.include('js-code');
  });
});

describe('forms: sdcfile behaves like file', () => {
  it('carries filePattern, fileMinSize and fileMaxSize to the upload and checks them', () => {
    const { model } = only('sdcfile', { storage: 'url', url: '', filePattern: '.pdf,.p7m', fileMinSize: '1KB', fileMaxSize: '2MB', protocol_required: true, check_signature: false, validate: { required: true } });
    const node = model.node('x') as FieldNode;
    expect(node.control).to.equal('file');
    expect(node.file).to.deep.include({ accept: '.pdf,.p7m', minSize: 1024, maxSize: 2 * 1024 * 1024, storage: 'url', multiple: false });
    const step = model.steps[0]!.key;
    expect(model.validateStep(step).map((i) => i.message)).to.deep.equal(['Allega il campo']);
    const file = (name: string, size: number) => [{ name, originalName: name, size, type: 'application/pdf', url: `/lang/it/allegati/${name}`, storage: 'url' }];
    model.setValue('x', file('grande.pdf', 3 * 1024 * 1024));
    expect(model.validateStep(step)[0]!.message).to.contain('supera la dimensione massima di 2 MB');
    model.setValue('x', file('vuoto.pdf', 10));
    expect(model.validateStep(step)[0]!.message).to.contain('è più piccolo di 1 KB');
    model.setValue('x', file('foto.jpg', 5000));
    expect(model.validateStep(step)[0]!.message).to.contain('non è di un tipo ammesso');
    model.setValue('x', file('domanda.pdf', 5000));
    expect(model.validateStep(step)).to.deep.equal([]);
    expect((submissionData(model).x as unknown[]).length).to.equal(1);
  });
});
