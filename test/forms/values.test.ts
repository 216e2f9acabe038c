import { expect } from '@open-wc/testing';
import { model } from './helpers.js';
import { submissionData, summaryOf } from '../../src/forms/index.js';

const opts = [{ label: 'Uno', value: 'a' }, { label: 'Due', value: 'b' }];

describe('Form engine: value shapes (Form.io compatible)', () => {
  it('starts every input with Form.io\'s empty value or its defaultValue', () => {
    const m = model([
      { type: 'textfield', key: 't', label: 'Testo' },
      { type: 'textarea', key: 'ta', label: 'Note' },
      { type: 'number', key: 'n', label: 'Numero' },
      { type: 'checkbox', key: 'c', label: 'Accetto' },
      { type: 'selectboxes', key: 'sb', label: 'Scelte', values: opts },
      { type: 'select', key: 's', label: 'Scelta', data: { values: opts } },
      { type: 'select', key: 'sm', label: 'Scelte multiple', multiple: true, data: { values: opts } },
      { type: 'file', key: 'f', label: 'Allegato' },
      { type: 'hidden', key: 'h', defaultValue: 'web' },
      { type: 'radio', key: 'r', label: 'Radio', values: opts, defaultValue: 'b' },
    ]);
    expect(m.draftData()).to.deep.equal({
      t: '', ta: '', n: '', c: false, sb: { a: false, b: false }, s: '', sm: [], f: [], h: 'web', r: 'b',
    });
  });

  it('stores text, email, phone and hidden values as strings', () => {
    const m = model([
      { type: 'textfield', key: 't', label: 'Testo' }, { type: 'email', key: 'e', label: 'Email' },
      { type: 'phoneNumber', key: 'p', label: 'Telefono' }, { type: 'hidden', key: 'h' },
    ]);
    m.setValue('t', 42);
    m.setValue('e', 'a@b.it');
    m.setValue('p', '+39 347 123 4567');
    m.setValue('h', { any: 'thing' });
    expect(m.draftData()).to.deep.equal({ t: '42', e: 'a@b.it', p: '+39 347 123 4567', h: { any: 'thing' } });
  });

  it('stores number and currency as numbers, reading Italian decimals', () => {
    const m = model([{ type: 'number', key: 'n', label: 'Numero' }, { type: 'currency', key: 'c', label: 'Importo' }]);
    m.setValue('n', '1.020,50');
    m.setValue('c', '16,00');
    expect(m.getValue('n')).to.equal(1020.5);
    expect(m.getValue('c')).to.equal(16);
    m.setValue('n', '');
    expect(m.getValue('n')).to.equal('');
  });

  it('stores checkbox as boolean and selectboxes as an object of booleans', () => {
    const m = model([{ type: 'checkbox', key: 'c', label: 'Accetto' }, { type: 'selectboxes', key: 'sb', label: 'Scelte', values: opts }]);
    m.setValue('c', true);
    m.setValue('sb', ['b']);
    expect(m.getValue('c')).to.equal(true);
    expect(m.getValue('sb')).to.deep.equal({ a: false, b: true });
    m.setValue('sb', { a: true, b: false });
    expect(m.getValue('sb')).to.deep.equal({ a: true, b: false });
  });

  it('stores radio and select values with the type of their option', () => {
    const m = model([
      { type: 'radio', key: 'r', label: 'Radio', values: [{ label: 'Uno', value: 1 }, { label: 'Due', value: 2 }] },
      { type: 'select', key: 's', label: 'Scelta', data: { values: opts } },
      { type: 'select', key: 'sm', label: 'Scelte', multiple: true, data: { values: opts } },
    ]);
    m.setValue('r', '2');
    m.setValue('s', 'a');
    m.setValue('sm', ['a', 'b']);
    expect(m.draftData()).to.deep.equal({ r: 2, s: 'a', sm: ['a', 'b'] });
  });

  it('honours radio dataType and select options from a json source', () => {
    const m = model([
      { type: 'radio', key: 'b', label: 'B', dataType: 'boolean', values: [{ label: 'Sì', value: 'true' }, { label: 'No', value: 'false' }] },
      { type: 'radio', key: 'n', label: 'N', dataType: 'number', values: [{ label: 'Uno', value: '1' }] },
      { type: 'select', key: 's', label: 'Comune', dataSrc: 'json', valueProperty: 'code', template: '<span>{{ item.name }}</span>',
        data: { json: [{ code: 'H501', name: 'Roma' }, { code: 'F205', name: 'Milano' }] } },
    ]);
    m.setValue('b', 'true');
    m.setValue('n', '1');
    m.setValue('s', 'F205');
    expect(m.draftData()).to.deep.equal({ b: true, n: 1, s: 'F205' });
    expect(summaryOf(m)[0]!.rows.map((r) => r.value)).to.deep.equal(['Sì', 'Uno', 'Milano']);
  });

  it('stores day as MM/DD/YYYY, or DD/MM/YYYY with dayFirst', () => {
    const m = model([{ type: 'day', key: 'd', label: 'Giorno' }, { type: 'day', key: 'df', label: 'Giorno', dayFirst: true }]);
    m.setValue('d', { day: 5, month: 3, year: 2026 });
    m.setValue('df', { day: 5, month: 3, year: 2026 });
    expect(m.draftData()).to.deep.equal({ d: '03/05/2026', df: '05/03/2026' });
  });

  it('stores datetime as ISO, date-only when enableTime is false, and time as HH:mm:ss', () => {
    const m = model([
      { type: 'datetime', key: 'd', label: 'Data', enableTime: false },
      { type: 'datetime', key: 'dt', label: 'Data e ora' },
      { type: 'time', key: 'tm', label: 'Ora' },
    ]);
    m.setValue('d', '05/03/2026');
    m.setValue('dt', '05/03/2026 14:30');
    m.setValue('tm', '9:30');
    expect(m.draftData()).to.deep.equal({ d: '2026-03-05', dt: '2026-03-05T14:30:00', tm: '09:30:00' });
  });

  it('stores files as an array of file objects, keeping extra properties', () => {
    const m = model([{ type: 'sdcfile', key: 'f', label: 'Allegato', multiple: true }]);
    const file = { name: 'delega-1.pdf', originalName: 'delega.pdf', size: 1200, type: 'application/pdf', url: '/f/1', storage: 'url', protocol_required: true };
    m.setValue('f', [file]);
    expect(m.getValue('f')).to.deep.equal([file]);
  });

  it('nests containers as objects and nested forms with a data wrapper; layout adds no keys', () => {
    const m = model([
      { type: 'panel', key: 'p', title: 'Pannello', components: [
        { type: 'columns', key: 'cols', columns: [{ width: 6, components: [{ type: 'textfield', key: 'a', label: 'A' }] }] },
        { type: 'fieldset', key: 'fs', legend: 'Gruppo', components: [{ type: 'well', key: 'w', components: [{ type: 'textfield', key: 'b', label: 'B' }] }] },
        { type: 'container', key: 'c', label: 'Contenitore', components: [{ type: 'textfield', key: 'x', label: 'X' }] },
        { type: 'form', key: 'applicant', components: [{ type: 'form', key: 'fiscal_code', components: [{ type: 'textfield', key: 'fiscal_code', label: 'Codice fiscale' }] }] },
        { type: 'content', key: 'info', html: '<p>Info</p>' },
        { type: 'htmlelement', key: 'h', tag: 'p', content: 'Testo' },
      ] },
    ]);
    m.setValue('applicant.data.fiscal_code.data.fiscal_code', 'RSSMRA80A01H501U');
    m.setValue('c.x', 'uno');
    expect(submissionData(m)).to.deep.equal({
      a: '', b: '', c: { x: 'uno' }, applicant: { data: { fiscal_code: { data: { fiscal_code: 'RSSMRA80A01H501U' } } } },
    });
  });

  it('stores dotted keys as nested objects', () => {
    const m = model([{ type: 'textfield', key: 'indirizzo.via', label: 'Via' }]);
    m.setValue('indirizzo.via', 'Via Roma 1');
    expect(submissionData(m)).to.deep.equal({ indirizzo: { via: 'Via Roma 1' } });
  });

  it('stores datagrid and editgrid values as arrays of rows', () => {
    const m = model([
      { type: 'datagrid', key: 'g', label: 'Righe', components: [{ type: 'textfield', key: 'n', label: 'Nome' }] },
      { type: 'editgrid', key: 'e', label: 'Voci', components: [{ type: 'number', key: 'q', label: 'Quantità' }] },
    ]);
    expect(m.draftData()).to.deep.equal({ g: [{ n: '' }], e: [] });
    m.setValue('g[0].n', 'Anna');
    m.addRow('g', { n: 'Luca' });
    m.addRow('e', { q: '3' });
    expect(submissionData(m)).to.deep.equal({ g: [{ n: 'Anna' }, { n: 'Luca' }], e: [{ q: 3 }] });
    m.removeRow('g', 0);
    expect(m.getValue('g')).to.deep.equal([{ n: 'Luca' }]);
  });

  it('keeps the values of an existing submission and fills only what is missing', () => {
    const m = model([{ type: 'textfield', key: 'a', label: 'A' }, { type: 'checkbox', key: 'b', label: 'B' }], { data: { a: 'x', extra: 1 } });
    expect(m.draftData()).to.deep.equal({ a: 'x', extra: 1, b: false });
  });

  it('refuses unsafe or unknown paths without touching the data', () => {
    const m = model([{ type: 'textfield', key: 'a', label: 'A' }]);
    expect(m.setValue('__proto__.polluted', 'x').changed).to.equal(false);
    expect(m.setValue('nope', 'x').changed).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(m.draftData()).to.deep.equal({ a: '' });
  });
});
