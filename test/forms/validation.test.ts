import { expect } from '@open-wc/testing';
import { hasErrors } from '../../src/forms/index.js';
import { fixture, messages, model } from './helpers.js';
import { loadMessages } from '../../src/i18n/messages.js';

const tf = (key: string, label: string, validate: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  ({ type: 'textfield', key, label, validate, ...extra });

describe('Form engine: validation', () => {
  it('asks for required answers with specific Italian instructions built from the label', () => {
    const m = model([
      tf('fiscal_code', 'Codice fiscale', { required: true }),
      tf('nascita', 'Data di nascita', { required: true }),
      { type: 'email', key: 'email', label: 'Email', validate: { required: true } },
      tf('stato', 'Stato estero', { required: true }),
      { type: 'select', key: 'prov', label: 'Provincia', data: { values: [{ label: 'Roma', value: 'RM' }] }, validate: { required: true } },
      { type: 'radio', key: 'delegato', label: 'Sei delegato?', values: [{ label: 'Sì', value: 'si' }], validate: { required: true } },
      { type: 'checkbox', key: 'privacy', label: 'Ho letto l’informativa sulla privacy', validate: { required: true } },
      { type: 'file', key: 'doc', label: 'Documento di identità', validate: { required: true } },
      { type: 'selectboxes', key: 'spese', label: 'Spese sostenute', values: [{ label: 'A', value: 'a' }], validate: { required: true } },
      { type: 'datagrid', key: 'figli', label: 'Figli', validate: { required: true }, initEmpty: true, components: [tf('n', 'Nome')] },
    ]);
    expect(messages(m.validateAll())).to.deep.equal([
      'Inserisci il codice fiscale',
      'Inserisci la data di nascita',
      'Inserisci l’email',
      'Inserisci lo stato estero',
      'Seleziona la provincia',
      'Rispondi alla domanda «Sei delegato?»',
      'Per continuare seleziona «Ho letto l’informativa sulla privacy»',
      'Allega il documento di identità',
      'Seleziona le spese sostenute',
      'Aggiungi almeno una riga in «Figli»',
    ]);
  });

  it('quotes a label that is not a noun instead of gluing an article to it', async () => {
    const m = model([
      { type: 'radio', key: 'ruolo', label: 'Presenti la richiesta come', values: [{ label: 'Genitore', value: 'g' }], validate: { required: true } },
      { type: 'textfield', key: 'dal', label: 'Dal giorno', validate: { required: true } },
      { type: 'textfield', key: 'al', label: 'Al giorno', validate: { minLength: 10 } },
      { type: 'select', key: 'fascia', label: 'Fascia ISEE', data: { values: [{ label: 'A', value: 'a' }] }, validate: { required: true } },
    ]);
    m.setValue('al', '1/2');
    expect(messages(m.validateAll())).to.deep.equal([
      'Scegli un’opzione per «Presenti la richiesta come»',
      'Inserisci «Dal giorno»',
      '«Al giorno» deve avere almeno 10 caratteri',
      'Seleziona la fascia ISEE',
    ]);
    await loadMessages('en');
    const en = model([{ type: 'textfield', key: 'dal', label: 'Dal giorno', validate: { required: true } }], { locale: 'en' });
    expect(messages(en.validateAll())).to.deep.equal(['Enter “Dal giorno”']);
  });

  it('writes the same messages in English', async () => {
    await loadMessages('en');
    const m = model([tf('fiscal_code', 'Tax code', { required: true }), tf('x', 'Name', { minLength: 3 })], { locale: 'en' });
    m.setValue('x', 'ab');
    expect(messages(m.validateAll())).to.deep.equal(['Enter tax code', 'Name must be at least 3 characters']);
  });

  it('checks lengths, words and patterns', () => {
    const m = model([
      tf('a', 'Descrizione', { minLength: 5, maxLength: 10 }),
      tf('b', 'Targa', { pattern: '[A-Z]{2}[0-9]{3}[A-Z]{2}' }),
      tf('c', 'Codice', { minLength: 4, maxLength: 4 }),
      tf('d', 'Motivazione', { minWords: 3 }),
    ]);
    m.setValue('a', 'abc');
    m.setValue('b', 'ab123cd');
    m.setValue('c', '12345');
    m.setValue('d', 'una parola');
    expect(messages(m.validateAll())).to.deep.equal([
      'La descrizione deve avere almeno 5 caratteri',
      'La targa non è nel formato richiesto',
      'Il codice deve avere 4 caratteri',
      'La motivazione deve avere almeno 3 parole',
    ]);
    m.setValue('a', 'abcdefghijkl');
    m.setValue('b', 'AB123CD');
    expect(messages(m.validateField('a'))).to.deep.equal(['La descrizione può avere al massimo 10 caratteri']);
    expect(m.validateField('b')).to.deep.equal([]);
  });

  it('checks numbers and their bounds', () => {
    const m = model([{ type: 'number', key: 'n', label: 'Superficie occupata', validate: { min: 1, max: 500 } }]);
    m.setValue('n', 'dieci');
    expect(messages(m.validateField('n'))).to.deep.equal(['La superficie occupata deve essere un numero, ad esempio 1.250,50']);
    m.setValue('n', 0);
    expect(messages(m.validateField('n'))).to.deep.equal(['La superficie occupata deve essere almeno 1']);
    m.setValue('n', 1000);
    expect(messages(m.validateField('n'))).to.deep.equal(['La superficie occupata non può superare 500']);
  });

  it('checks selected counts and select options', () => {
    const values = [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }, { label: 'C', value: 'c' }];
    const m = model([
      { type: 'selectboxes', key: 's', label: 'Spese', values, validate: { minSelectedCount: 2, maxSelectedCount: 2 } },
      { type: 'select', key: 'p', label: 'Provincia', data: { values } },
    ]);
    m.setValue('s', ['a']);
    m.setValue('p', 'zz');
    expect(messages(m.validateAll())).to.deep.equal(['Seleziona almeno 2 opzioni in «Spese»', 'Seleziona la provincia tra le opzioni proposte']);
    m.setValue('s', ['a', 'b', 'c']);
    expect(messages(m.validateField('s'))).to.deep.equal(['Seleziona al massimo 2 opzioni in «Spese»']);
  });

  it('checks dates are real and within their bounds', () => {
    const m = model([
      { type: 'day', key: 'd', label: 'Data di nascita', dayFirst: true, validate: { minYear: 1900, maxYear: 2026 } },
      { type: 'datetime', key: 'dt', label: 'Data di inizio', enableTime: false, datePicker: { minDate: '2026-01-01', maxDate: '2026-12-31' } },
      tf('natoAIl', 'Data di nascita'),
      { type: 'time', key: 't', label: 'Orario' },
    ]);
    m.setValue('d', '31/04/2000');
    m.setValue('dt', '2025-12-31');
    m.setValue('natoAIl', '29/02/2023');
    m.setValue('t', '25:00');
    expect(messages(m.validateAll())).to.deep.equal([
      'La data di nascita deve essere una data reale nel formato gg/mm/aaaa, ad esempio 05/03/2026',
      'La data di inizio non può essere prima del 01/01/2026',
      'La data di nascita deve essere una data reale nel formato gg/mm/aaaa, ad esempio 05/03/2026',
      'L’orario deve essere un orario nel formato hh:mm, ad esempio 09:30',
    ]);
    m.setValue('d', '01/01/1899');
    expect(messages(m.validateField('d'))).to.deep.equal(['La data di nascita non può essere prima del 01/01/1900']);
  });

  it('checks file count, size and type', () => {
    const m = model([{ type: 'file', key: 'f', label: 'Delega', filePattern: '.pdf,image/*', fileMaxSize: '1MB' }]);
    m.setValue('f', [
      { name: 'a.pdf', size: 2 * 1024 * 1024, type: 'application/pdf' },
      { name: 'b.docx', size: 100, type: 'application/msword' },
      { name: 'c.jpg', size: 100, type: 'image/jpeg' },
    ]);
    expect(messages(m.validateField('f'))).to.deep.equal([
      'Puoi allegare al massimo 1 file in «Delega»',
      'Il file a.pdf supera la dimensione massima di 1 MB: allega un file più piccolo',
      'Il file b.docx non è di un tipo ammesso: allega un file .pdf, image/*',
    ]);
  });

  it('applies the Italian validators by key and by name, with specific messages', () => {
    const m = model([
      tf('fiscal_code', 'Codice fiscale'),
      tf('piva', 'Partita IVA'),
      tf('iban', 'IBAN'),
      tf('cap', 'CAP'),
      { type: 'phoneNumber', key: 'tel', label: 'Telefono' },
      tf('pec', 'PEC'),
      tf('avviso', 'Codice avviso', {}, { properties: { validator: 'noticeCode' } }),
      tf('bollo', 'Identificativo della marca da bollo', { plugins: ['marcaDaBollo'] }),
    ]);
    m.setValue('fiscal_code', 'RSSMRA80A01H501');
    m.setValue('piva', '00000000000');
    m.setValue('iban', 'IT60X0542811101000000123457');
    m.setValue('cap', '0014');
    m.setValue('tel', '347-12');
    m.setValue('pec', 'mario@');
    m.setValue('avviso', '301000000000000145');
    m.setValue('bollo', '0123456789012');
    const issues = m.validateAll();
    expect(messages(issues)).to.deep.equal([
      'Il codice fiscale deve avere 16 caratteri',
      'Controlla la partita IVA: 00000000000 non è un numero ammesso',
      'Controlla l’IBAN: i caratteri di controllo non corrispondono, forse c’è un errore di battitura',
      'Il CAP deve avere 5 cifre, ad esempio 00144',
      'Controlla il telefono: inserisci un numero italiano, ad esempio 347 123 4567 o 06 1234 5678, oppure estero con il prefisso, ad esempio +44 7700 900123',
      'La PEC deve essere un indirizzo email nel formato nome@esempio.it',
      'Verifica il codice avviso: le ultime due cifre di controllo non corrispondono. Se l’hai copiato dall’avviso puoi continuare',
      'L’identificativo della marca da bollo deve avere 14 cifre',
    ]);
    expect(issues.find((i) => i.path === 'avviso')!.severity).to.equal('warning');
    m.setValue('fiscal_code', 'RSSMRA80A01H501A');
    expect(messages(m.validateField('fiscal_code'))).to.deep.equal(['Controlla il codice fiscale: l’ultimo carattere non corrisponde agli altri, forse c’è un errore di battitura']);
    m.setValue('fiscal_code', 'RSSMRA80A01H50MM');
    expect(m.validateField('fiscal_code')).to.deep.equal([]);
  });

  it('warns, without blocking, when the codice fiscale disagrees with name, birth date or sex', async () => {
    const json = await fixture('occupazione-suolo.json');
    const m = model(json.components as unknown[]);
    m.setValue('applicant.data.completename.data.name', 'Mario');
    m.setValue('applicant.data.completename.data.surname', 'Rossi');
    m.setValue('applicant.data.Born.data.natoAIl', '01/01/1980');
    m.setValue('applicant.data.gender.data.gender', 'maschio');
    const cf = 'applicant.data.fiscal_code.data.fiscal_code';
    expect(m.setValue(cf, 'RSSMRA80A01H501U').issues[cf]).to.deep.equal([]);
    const change = m.setValue('applicant.data.gender.data.gender', 'femmina');
    // The CF is re-validated because its consistency rule reads the sex.
    const issues = change.issues[cf]!;
    expect(messages(issues)).to.deep.equal(['Il codice fiscale non corrisponde al sesso: controlla di aver scritto correttamente i dati']);
    expect(issues[0]!.severity).to.equal('warning');
    expect(hasErrors(issues)).to.equal(false);
    m.setValue('applicant.data.Born.data.natoAIl', '02/01/1980');
    expect(messages(m.validateField(cf))).to.deep.equal(['Il codice fiscale non corrisponde alla data di nascita e al sesso: controlla di aver scritto correttamente i dati']);
  });

  it('checks a codice fiscale against the names of its own group, not the applicant\'s', async () => {
    const json = await fixture('occupazione-suolo.json');
    const m = model(json.components as unknown[]);
    m.setValue('applicant.data.completename.data.name', 'Mario');
    m.setValue('applicant.data.completename.data.surname', 'Rossi');
    m.setValue('sei_delegato', 'si');
    m.setValue('delegante.nome', 'Giulia');
    m.setValue('delegante.cognome', 'Bianchi');
    m.setValue('delegante.codice_fiscale', 'RSSMRA80A01H501U');
    expect(messages(m.validateField('delegante.codice_fiscale'))).to.deep.equal([
      'Il codice fiscale del delegante non corrisponde al cognome e al nome: controlla di aver scritto correttamente i dati',
    ]);
    m.setValue('delegante.codice_fiscale', 'BNCGLI90E45F205C');
    expect(m.validateField('delegante.codice_fiscale')).to.deep.equal([]);
  });

  it('runs validate.json, using its message when it returns one', () => {
    const m = model([
      { type: 'number', key: 'min', label: 'Minimo' },
      { type: 'number', key: 'max', label: 'Massimo', validate: { json: { if: [{ '>=': [{ var: 'data.max' }, { var: 'data.min' }] }, true, 'Il massimo deve essere almeno uguale al minimo'] } } },
      { type: 'number', key: 'x', label: 'Quota', validate: { json: { '<': [{ var: 'data.x' }, 10] } } },
    ]);
    m.setValue('min', 5);
    m.setValue('x', 20);
    const change = m.setValue('max', 3);
    expect(messages(change.issues.max!)).to.deep.equal(['Il massimo deve essere almeno uguale al minimo']);
    expect(messages(m.validateField('x'))).to.deep.equal(['Controlla la quota: il valore non rispetta le condizioni richieste']);
    // Changing "min" re-validates "max", whose rule reads it.
    expect(m.setValue('min', 1).issues.max).to.deep.equal([]);
  });

  it('uses the component overrides: errors, customMessage and errorLabel', () => {
    const m = model([
      tf('a', 'Codice pratica', { required: true }, { errors: { required: 'Scrivi il codice che trovi nella lettera ({{field}})' } }),
      tf('b', 'Targa', { pattern: '[A-Z]+' }, { validate: { pattern: '[A-Z]+', customMessage: 'Scrivi la targa in maiuscolo' } }),
      tf('c', 'Campo C', { required: true }, { errorLabel: 'Numero di protocollo' }),
    ]);
    m.setValue('b', 'ab');
    expect(messages(m.validateAll())).to.deep.equal([
      'Scrivi il codice che trovi nella lettera (Codice pratica)',
      'Scrivi la targa in maiuscolo',
      'Inserisci il numero di protocollo',
    ]);
  });

  it('validates only visible components, and a step only its own fields', async () => {
    const json = await fixture('occupazione-suolo.json');
    const m = model(json.components as unknown[], {}, { display: 'wizard' });
    const delega = () => m.validateStep('delega').map((i) => i.path);
    expect(delega()).to.deep.equal(['sei_delegato']);
    m.setValue('sei_delegato', 'si');
    expect(delega()).to.deep.equal(['delegante.nome', 'delegante.cognome', 'delegante.codice_fiscale', 'documento_delega']);
    expect(m.validateStep('delega').every((i) => i.stepKey === 'delega')).to.equal(true);
    expect(m.validateStep('nope')).to.deep.equal([]);
  });

  it('validates the fields of every grid row, keyed by row path', () => {
    const m = model([{ type: 'datagrid', key: 'figli', label: 'Figli', components: [tf('nome', 'Nome', { required: true })] }]);
    m.addRow('figli', { nome: 'Anna' });
    expect(m.validateAll().map((i) => [i.path, i.message])).to.deep.equal([['figli[0].nome', 'Inserisci il nome']]);
  });
});
