import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import type { FieldNode, FileValue, GridNode } from '../../src/forms/index.js';
import { fieldStyles, renderField, renderGridField, renderNodes } from '../../src/ui/fields/index.js';
import { FileUploads, acceptsFile, type Uploader } from '../../src/ui/fields/file-field.js';
import { errorSummaryStyles, renderErrorSummary, setErrorTitle } from '../../src/ui/error-summary.js';
import { renderStepper, stepperStyles } from '../../src/ui/stepper.js';
import { base, controls, tokens } from '../../src/styles/tokens.js';
import { text } from '../support/dom.js';

/** A shadow root styled like the kit's elements, with a value store and an upload controller. */
class FieldsHost extends LitElement {
  static override styles = [tokens, base, controls, fieldStyles, errorSummaryStyles, stepperStyles];
  values: Record<string, unknown> = {};
  changes: Array<[string, unknown, boolean | undefined]> = [];
  view: (host: FieldsHost) => TemplateResult = () => html``;
  uploader?: Uploader;
  readonly uploads = new FileUploads(this, {
    uploader: () => this.uploader,
    getValue: (p) => this.values[p],
    commit: (p, v) => this.set(p, v),
    locale: () => 'it',
  });
  set = (p: string, v: unknown, live?: boolean) => {
    this.values = { ...this.values, [p]: v };
    this.changes.push([p, v, live]);
    this.requestUpdate();
  };
  override render() { return this.view(this); }
}
customElements.define('sdc-test-fields-host', FieldsHost);

async function mount(view: (host: FieldsHost) => TemplateResult, values: Record<string, unknown> = {}) {
  const el = await fixture<FieldsHost>(html`<sdc-test-fields-host></sdc-test-fields-host>`);
  el.values = values;
  el.view = view;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

function node(p: Partial<FieldNode> & Pick<FieldNode, 'path' | 'control' | 'label'>): FieldNode {
  return {
    kind: 'field', id: `f-${p.path.replace(/\W+/g, '-')}`, type: p.control, key: p.path, hideLabel: false, visible: true, component: {},
    required: false, locked: false, disabled: false, readonly: false, prefilled: false, multiple: false, ...p,
  };
}

const q = <T extends Element = HTMLElement>(el: FieldsHost, sel: string) => el.shadowRoot!.querySelector<T & HTMLElement>(sel)!;

describe('shared fields', () => {
  it('ties label, hint and error to the input in the same root, with a hidden "Errore:"', async () => {
    const n = node({ path: 'email', control: 'email', label: 'Email', description: 'Ti scriveremo qui', required: true, autocomplete: 'email' });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.email, locale: 'it', error: 'Inserisci un indirizzo email valido', onChange: h.set })}`);
    const input = q<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('email');
    expect(q(el, `label[for=${n.id}]`)).to.exist;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal(`${n.id}-hint ${n.id}-error`);
    expect(text(q(el, `#${n.id}-error`))).to.equal('Errore: Inserisci un indirizzo email valido');
    expect(input.hasAttribute('required')).to.equal(false); // no browser validation (GOV.UK)
    await expect(el).to.be.accessible();
  });

  it('marks optional questions "(facoltativo)" and never uses asterisks', async () => {
    const n = node({ path: 'note', control: 'textarea', label: 'Note' });
    const el = await mount((h) => html`${renderField({ node: n, value: '', locale: 'it', onChange: h.set })}`);
    expect(text(q(el, 'label'))).to.equal('Note (facoltativo)');
    expect(text(el.shadowRoot!)).not.to.contain('*');
  });

  it('sends typing as live changes and the commit on change', async () => {
    const n = node({ path: 'nome', control: 'text', label: 'Nome', required: true });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.nome, locale: 'it', onChange: h.set })}`);
    const input = q<HTMLInputElement>(el, 'input');
    input.value = 'Mario';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
    expect(el.changes).to.deep.equal([['nome', 'Mario', true], ['nome', 'Mario', undefined]]);
  });

  it('renders a SPID/CIE field readonly (not disabled) with the reason', async () => {
    const n = node({ path: 'cf', control: 'text', label: 'Codice fiscale', locked: true, readonly: true, required: true });
    const el = await mount((h) => html`${renderField({ node: n, value: 'BNCGLI85C52A944F', locale: 'it', onChange: h.set })}`);
    const input = q<HTMLInputElement>(el, 'input');
    expect(input.readOnly).to.equal(true);
    expect(input.disabled).to.equal(false);
    expect(input.getAttribute('aria-readonly')).to.equal('true');
    expect(text(q(el, `#${n.id}-locked`))).to.contain('Dato fornito da SPID/CIE');
    await expect(el).to.be.accessible();
  });

  it('groups radios in a fieldset with a legend; the first option carries the field id', async () => {
    const n = node({ path: 'uso', control: 'radio', label: 'Uso', required: true, options: [{ label: 'In bollo', value: 'bollo' }, { label: 'Esente', value: 'esente' }] });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.uso, locale: 'it', error: 'Scegli l’uso', onChange: h.set })}`);
    expect(text(q(el, 'legend'))).to.equal('Uso');
    expect(q(el, `#${n.id}`).getAttribute('type')).to.equal('radio');
    (el.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement).click();
    expect(el.changes.at(-1)).to.deep.equal(['uso', 'esente', undefined]);
    await expect(el).to.be.accessible();
  });

  it('sends the selected values of a checkbox group', async () => {
    const n = node({ path: 'giorni', control: 'checkboxes', label: 'Giorni', options: [{ label: 'Lunedì', value: 'lun' }, { label: 'Martedì', value: 'mar' }] });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.giorni, locale: 'it', onChange: h.set })}`, { giorni: { lun: true, mar: false } });
    (el.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement).click();
    expect(el.changes.at(-1)![1]).to.deep.equal(['lun', 'mar']);
  });

  it('offers a select with "Seleziona" first', async () => {
    const n = node({ path: 'scuola', control: 'select', label: 'Scuola', required: true, options: [{ label: 'Collodi', value: 'collodi' }] });
    const el = await mount((h) => html`${renderField({ node: n, value: '', locale: 'it', onChange: h.set })}`);
    const select = q<HTMLSelectElement>(el, 'select');
    expect(text(select.options[0]!)).to.equal('Seleziona');
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    expect(el.changes.at(-1)![1]).to.equal('collodi');
    await expect(el).to.be.accessible();
  });

  it('reads a date as three labelled boxes (GOV.UK date input)', async () => {
    const n = node({ path: 'nascita', control: 'day', label: 'Data di nascita', required: true, dayFirst: true });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.nascita, locale: 'it', onChange: h.set })}`, { nascita: '05/03/2015' });
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.value)).to.deep.equal(['5', '3', '2015']);
    expect([...el.shadowRoot!.querySelectorAll('label')].map((l) => text(l))).to.deep.equal(['Giorno', 'Mese', 'Anno']);
    boxes[0]!.value = '6';
    boxes[0]!.dispatchEvent(new Event('change'));
    expect(el.changes.at(-1)![1]).to.deep.equal({ day: '6', month: '3', year: '2015' });
    await expect(el).to.be.accessible();
  });

  it('asks date and time for a datetime whose definition omits enableTime (Form.io default true)', async () => {
    const n = node({ path: 'bollo_emissione', control: 'datetime', label: 'Data e ora di emissione', component: { type: 'datetime' } });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.bollo_emissione, locale: 'it', onChange: h.set })}`, { bollo_emissione: '2026-01-15T10:30:00' });
    const input = q<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('datetime-local');
    expect(input.value).to.equal('2026-01-15T10:30');
    input.value = '2026-01-16T09:05';
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    expect(el.changes.at(-1)!.slice(0, 2)).to.deep.equal(['bollo_emissione', '2026-01-16T09:05:00']);
    await expect(el).to.be.accessible();
  });

  it('matches files by extension or MIME type', () => {
    expect(acceptsFile('.pdf,image/*', { name: 'a.PDF', type: '' })).to.equal(true);
    expect(acceptsFile('.pdf,image/*', { name: 'foto.heic', type: 'image/heic' })).to.equal(true);
    expect(acceptsFile('.pdf,.jpg', { name: 'x.exe', type: 'application/x-msdownload' })).to.equal(false);
    expect(acceptsFile('', { name: 'x.exe', type: '' })).to.equal(true);
  });

  it('refuses a file of the wrong type before sending anything', async () => {
    let sent = 0;
    const n = node({ path: 'foto', control: 'file', label: 'Foto', file: { accept: '.jpg,.png', maxSize: 1024, multiple: false, fileTypes: [] } });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.foto, locale: 'it', onChange: h.set }, h.uploads)}`);
    el.uploader = async () => { sent++; return { name: 'x' }; };
    el.uploads.add(n, [new File(['x'], 'virus.exe')]);
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(text(q(el, '.error-message'))).to.equal('Errore: virus.exe non è di un formato ammesso (JPG, PNG)');
    el.uploads.add(n, [new File([new Uint8Array(4096)], 'grande.jpg', { type: 'image/jpeg' })]);
    await el.updateComplete;
    expect(text(q(el, '.error-message'))).to.contain('grande.jpg è troppo grande');
    await expect(el).to.be.accessible();
  });

  it('shows progress, then retry after a failure, then the uploaded file with "Rimuovi"', async () => {
    const n = node({ path: 'doc', control: 'file', label: 'Documento', required: true, file: { multiple: false, fileTypes: [] } });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.doc, locale: 'it', onChange: h.set }, h.uploads)}`);
    let attempt = 0;
    let finish!: (v: FileValue) => void;
    let fail!: () => void;
    el.uploader = ({ onProgress }) => new Promise<FileValue>((resolve, reject) => {
      attempt++;
      onProgress(0.4);
      finish = resolve;
      fail = () => reject(new Error('rete'));
    });
    el.uploads.add(n, [new File(['%PDF'], 'carta.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    expect(q<HTMLProgressElement>(el, 'progress').value).to.equal(40);
    expect(q(el, 'progress').getAttribute('aria-label')).to.equal('Caricamento di carta.pdf: 40%');
    expect(el.uploads.busy).to.equal(true);
    await expect(el).to.be.accessible();
    fail();
    await waitUntil(() => !!el.shadowRoot!.querySelector('.file-item--failed'));
    expect(text(q(el, '.file-item__error'))).to.equal('Il caricamento di carta.pdf non è riuscito.');
    (el.shadowRoot!.querySelector('.file-item--failed .btn-outline') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(attempt).to.equal(2);
    finish({ name: 'carta-1.pdf', originalName: 'carta.pdf', size: 4 });
    await waitUntil(() => !!el.shadowRoot!.querySelector('.file-item--done'));
    expect(text(q(el, '.file-item--done'))).to.contain('carta.pdf');
    // one file only: no picker while it is there; "Rimuovi" gives the picker back, with focus
    expect(el.shadowRoot!.querySelector('input[type=file]')).to.equal(null);
    (el.shadowRoot!.querySelector('.file-item--done button') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.values.doc).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement?.id).to.equal(n.id);
  });

  it('asks what each attached document is when the field has several document types', async () => {
    const n = node({ path: 'delega', control: 'file', label: 'Delega', multiple: true, file: { multiple: true, fileTypes: [{ label: 'Delega', value: 'delega' }, { label: 'Documento d’identità', value: 'documento_identita' }] } });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.delega, locale: 'it', onChange: h.set }, h.uploads)}`, { delega: [{ name: 'ci.pdf', originalName: 'ci.pdf', size: 10 }] });
    const select = q<HTMLSelectElement>(el, `#${n.id}-type-0`);
    expect(text(q(el, `label[for=${n.id}-type-0]`))).to.equal('Tipo di documento di ci.pdf');
    select.value = 'documento_identita';
    select.dispatchEvent(new Event('change'));
    expect((el.values.delega as FileValue[])[0]!.fileType).to.equal('documento_identita');
    await expect(el).to.be.accessible();
  });

  it('accepts files dropped on the drop zone', async () => {
    const n = node({ path: 'foto', control: 'file', label: 'Foto', multiple: true, file: { multiple: true, fileTypes: [] } });
    const el = await mount((h) => html`${renderField({ node: n, value: h.values.foto, locale: 'it', onChange: h.set }, h.uploads)}`);
    const names: string[] = [];
    el.uploader = async ({ file }) => { names.push(file.name); return { name: file.name, originalName: file.name, size: file.size }; };
    const dt = new DataTransfer();
    dt.items.add(new File(['a'], 'buca-1.jpg', { type: 'image/jpeg' }));
    dt.items.add(new File(['b'], 'buca-2.jpg', { type: 'image/jpeg' }));
    const zone = q(el, '.dropzone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
    expect(zone.classList.contains('dropzone--over')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.file-item--done').length === 2, 'dropped files not uploaded');
    expect(names).to.deep.equal(['buca-1.jpg', 'buca-2.jpg']);
    expect((el.values.foto as FileValue[]).map((f) => f.name)).to.deep.equal(['buca-1.jpg', 'buca-2.jpg']);
  });

  it('repeats grid rows with a named "Rimuovi" and "Aggiungi"', async () => {
    const child = node({ path: 'figli[0].nome', control: 'text', label: 'Nome', required: true });
    const grid: GridNode = {
      kind: 'grid', id: 'f-figli', type: 'datagrid', key: 'figli', path: 'figli', label: 'Figli', hideLabel: false, visible: true, component: {},
      mode: 'datagrid', required: true, readonly: false, rows: [{ index: 0, path: 'figli[0]', children: [child] }], canAdd: true, canRemove: true, addLabel: 'Aggiungi un figlio',
    };
    const calls: string[] = [];
    const el = await mount((h) => renderGridField(grid, {
      locale: 'it', addRow: (p) => calls.push(`add ${p}`), removeRow: (p, i) => calls.push(`remove ${p} ${i}`),
      renderChildren: (nodes) => renderNodes(nodes, { locale: 'it', value: () => '', error: () => undefined, warning: () => undefined, onChange: h.set, addRow: () => {}, removeRow: () => {} }),
    }));
    expect(text(q(el, '.grid-row legend'))).to.equal('Figli 1');
    const remove = q<HTMLButtonElement>(el, '.grid-row__remove');
    expect(remove.getAttribute('aria-label')).to.equal('Rimuovi Figli 1');
    remove.click();
    q<HTMLButtonElement>(el, '.grid-field__add').click();
    expect(calls).to.deep.equal(['remove figli 0', 'add figli']);
    await expect(el).to.be.accessible();
  });
});

describe('error summary and stepper', () => {
  it('links each error to its field and focuses the input', async () => {
    const n = node({ path: 'nome', control: 'text', label: 'Nome', required: true });
    const el = await mount((h) => html`
      ${renderErrorSummary({ locale: 'it', items: [{ targetId: n.id, text: 'Inserisci il nome' }], root: () => h.shadowRoot })}
      ${renderField({ node: n, value: '', locale: 'it', error: 'Inserisci il nome', onChange: h.set })}`);
    const summary = q(el, '#error-summary');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    expect(text(summary.querySelector('[role=alert] h2'))).to.equal('C’è un problema');
    (summary.querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === n.id, 'the link did not focus the input');
    await expect(el).to.be.accessible();
  });

  it('prefixes the page title with "Errore: " once, and removes it', () => {
    const doc = document.implementation.createHTMLDocument('Richiesta – Comune');
    setErrorTitle('it', true, doc);
    setErrorTitle('it', true, doc);
    expect(doc.title).to.equal('Errore: Richiesta – Comune');
    setErrorTitle('it', false, doc);
    expect(doc.title).to.equal('Richiesta – Comune');
  });

  it('says "Passo 2 di 4", marks the current step and lets the citizen go back to done steps', async () => {
    const picked: string[] = [];
    const el = await mount(() => renderStepper({
      locale: 'it',
      steps: [
        { key: 'a', title: 'Informativa sulla privacy', state: 'done', reachable: true },
        { key: 'b', title: 'Richiedente', state: 'current' },
        { key: 'c', title: 'Documenti', state: 'todo' },
        { key: 'd', title: 'Riepilogo', state: 'todo' },
      ],
      onSelect: (k) => picked.push(k),
    }));
    expect(text(q(el, '.stepper__count'))).to.equal('Passo 2 di 4 – Richiedente');
    expect(text(q(el, '[aria-current=step]'))).to.equal('Attivo: 2Richiedente');
    q<HTMLButtonElement>(el, '.stepper__link').click();
    expect(picked).to.deep.equal(['a']);
    await expect(el).to.be.accessible();
  });
});

describe('renderNodes between renders (issue 15)', () => {
  const nome = node({ path: 'nome', control: 'text', label: 'Nome' });
  const importo = node({ path: 'importo', control: 'currency', label: 'Importo', currency: 'EUR' });
  const interessi = node({ path: 'interessi', control: 'checkboxes', label: 'Interessi', options: [{ label: 'Narrativa', value: 'narrativa' }, { label: 'Film', value: 'film' }] });
  const errors: Record<string, string> = {};
  const view = (h: FieldsHost) => html`${renderNodes([nome, importo, interessi], {
    locale: 'it', value: (p) => structuredClone(h.values[p]), error: (p) => errors[p], warning: () => undefined,
    onChange: h.set, addRow: () => {}, removeRow: () => {},
  })}`;

  it('shows what the host sets (a draft, a prefill) and an error that arrives, without rewriting a field typed differently', async () => {
    const el = await mount(view, { nome: '', importo: '', interessi: { narrativa: false, film: false } });
    const input = q<HTMLInputElement>(el, '#f-nome');
    el.set('nome', 'Mario');
    await el.updateComplete;
    expect(input.value).to.equal('Mario');
    errors.nome = 'Inserisci il nome';
    el.requestUpdate();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(q(el, '.error-message'))).to.contain('Inserisci il nome');
    delete errors.nome;

    // The citizen typed "1.020,50": the stored 1020.5 means the same, the text stays as typed.
    const amount = q<HTMLInputElement>(el, '#f-importo');
    amount.value = '1.020,50';
    amount.dispatchEvent(new Event('input'));
    el.values = { ...el.values, importo: 1020.5 };
    el.requestUpdate();
    await el.updateComplete;
    expect(amount.value).to.equal('1.020,50');
    el.set('importo', 7);
    await el.updateComplete;
    expect(amount.value).to.equal('7');

    // A group of checkboxes follows its value by content (the host hands out copies).
    el.set('interessi', { narrativa: false, film: true });
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[name=interessi]')].map((c) => c.checked)).to.deep.equal([false, true]);
    await expect(el).to.be.accessible();
  });
});
