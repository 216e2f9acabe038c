/**
 * Issue 15, typing in the wizard: a keystroke updates the model and its own field, never the rest of
 * the step. What a citizen notices: what they type stays as typed (no rewrite under the caret), other
 * fields keep their text, selection and DOM, a "Sì" shows the section below it at once, a shown error
 * goes while typing, and the answers reach the Riepilogo and the device draft.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { worker } from '../support/mock.js';
import { $, $$, root, text } from '../support/dom.js';
import { openFormStep, choose, field, next, settle, stepHeading as heading, typeKeys, startFresh } from '../support/wizard.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

const FORM = {
  _id: 'typing', display: 'wizard', title: 'Rimborso', components: [
    { type: 'panel', key: 'dati', title: 'Dati del rimborso', components: [
      { type: 'textfield', key: 'nome', label: 'Nome e cognome', input: true, validate: { required: true } },
      { type: 'textfield', key: 'indirizzo', label: 'Indirizzo', input: true },
      { type: 'currency', key: 'importo', label: 'Importo pagato', currency: 'EUR', input: true, validate: { required: true } },
      { type: 'day', key: 'data_pagamento', label: 'Data del pagamento', input: true, dayFirst: true },
      { type: 'radio', key: 'delegato', label: 'Chiedi il rimborso per un’altra persona?', input: true, validate: { required: true },
        values: [{ label: 'Sì', value: 'si' }, { label: 'No', value: 'no' }] },
      { type: 'fieldset', key: 'delega', legend: 'Persona rappresentata', input: false, conditional: { show: true, when: 'delegato', eq: 'si' }, components: [
        { type: 'textfield', key: 'delegante_nome', label: 'Nome e cognome della persona rappresentata', input: true, validate: { required: true } },
      ] },
      { type: 'textarea', key: 'note', label: 'Note', input: true },
    ] },
  ],
};

beforeEach(startFresh);
afterEach(() => worker.resetHandlers());

async function open(): Promise<SdcPraticaWizard> {
  const el = await openFormStep(FORM);
  expect(heading(el)).to.equal('Dati del rimborso');
  return el;
}

/** Everything the step's DOM went through while `fn` ran (attributes, text, nodes added/removed). */
async function mutationsDuring(el: SdcPraticaWizard, fn: () => Promise<void>): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const obs = new MutationObserver((r) => records.push(...r));
  obs.observe(root(el).querySelector('.form-step')!, { subtree: true, childList: true, attributes: true, characterData: true });
  await fn();
  records.push(...obs.takeRecords());
  obs.disconnect();
  return records;
}

const fieldOf = (input: Element) => input.closest('.field')!;

describe('sdc-pratica-wizard: typing (issue 15)', () => {
  it('keeps an amount as typed, key by key (1.020,50), and the Riepilogo shows 1.020,50 €', async () => {
    const el = await open();
    const importo = field(el, 'Importo pagato');
    const seen = await typeKeys(el, importo, '1.020,50');
    expect(seen).to.deep.equal(['1', '1.', '1.0', '1.02', '1.020', '1.020,', '1.020,5', '1.020,50']);
    expect(importo.selectionStart).to.equal(8);
    await expect(el).to.be.accessible();

    await typeKeys(el, field(el, 'Nome e cognome'), 'Anna Neri');
    await choose(el, 'Chiedi il rimborso per un’altra persona?', 'No');
    expect(importo.value, 'still as typed after other answers').to.equal('1.020,50');
    await next(el);
    expect(heading(el)).to.equal('Riepilogo');
    const row = $$(el, '.summary-list__row').find((r) => text(r).includes('Importo pagato'));
    expect(text(row)).to.contain('1.020,50 €');
  });

  it('keeps a leading zero typed in the date boxes (09/03/2026)', async () => {
    const el = await open();
    const giorno = field(el, 'Giorno');
    expect(await typeKeys(el, giorno, '09')).to.deep.equal(['0', '09']);
    const mese = field(el, 'Mese');
    expect(await typeKeys(el, mese, '03')).to.deep.equal(['0', '03']);
    expect(await typeKeys(el, field(el, 'Anno'), '2026')).to.deep.equal(['2', '20', '202', '2026']);
    expect(giorno.value).to.equal('09');
    await expect(el).to.be.accessible();
  });

  it('touches no other field while typing: same nodes, their text, selection and caret kept', async () => {
    const el = await open();
    const indirizzo = field(el, 'Indirizzo');
    await typeKeys(el, indirizzo, 'Via Roma 1');
    indirizzo.setSelectionRange(4, 8); // "Roma" selected, as a citizen about to retype it
    const nome = field(el, 'Nome e cognome');
    const others = $$(el, '.form-step input, .form-step textarea').filter((i) => i !== nome);
    const records = await mutationsDuring(el, async () => { await typeKeys(el, nome, 'Anna'); });
    // Nothing changed in the step's DOM outside the typed field (and inside it, only the input's own value).
    const outside = records.filter((r) => !fieldOf(nome).contains(r.target));
    expect(outside.map((r) => `${r.type} ${(r.target as Element).outerHTML?.slice(0, 60) ?? r.target.nodeName}`)).to.deep.equal([]);
    expect($$(el, '.form-step input, .form-step textarea').filter((i) => i !== nome)).to.deep.equal(others);
    expect(nome.value).to.equal('Anna');
    expect(indirizzo.value).to.equal('Via Roma 1');
    expect([indirizzo.selectionStart, indirizzo.selectionEnd]).to.deep.equal([4, 8]);
    expect(el.shadowRoot!.activeElement).to.equal(nome);
  });

  it('shows the section a “Sì” asks for right below the question, hides it on “No”, and brings back what was typed', async () => {
    const el = await open();
    const nome = field(el, 'Nome e cognome');
    await typeKeys(el, nome, 'Anna Neri');
    expect($(el, '[data-path="delegante_nome"]')).to.equal(null);
    await choose(el, 'Chiedi il rimborso per un’altra persona?', 'Sì');
    const delegante = field(el, 'Nome e cognome della persona rappresentata');
    // In document order: after the question, before the notes.
    const order = $$(el, '.form-step [data-path]').map((d) => d.getAttribute('data-path'));
    expect(order.indexOf('delegante_nome')).to.be.above(order.indexOf('delegato')).and.below(order.indexOf('note'));
    await expect(el).to.be.accessible();
    await typeKeys(el, delegante, 'Marco Neri');
    await choose(el, 'Chiedi il rimborso per un’altra persona?', 'No');
    expect($(el, '[data-path="delegante_nome"]')).to.equal(null);
    expect(field(el, 'Nome e cognome'), 'the same input').to.equal(nome);
    expect(nome.value).to.equal('Anna Neri');
    await choose(el, 'Chiedi il rimborso per un’altra persona?', 'Sì');
    expect(field(el, 'Nome e cognome della persona rappresentata').value).to.equal('Marco Neri');
  });

  it('clears a shown error while typing once the value is valid, leaves the others, and adds none', async () => {
    const el = await open();
    await next(el, true);
    expect($$(el, '#error-summary a').map(text)).to.have.length(3);
    const nome = field(el, 'Nome e cognome');
    const importo = field(el, 'Importo pagato');
    expect(nome.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    // Typing where no error is shown adds none and moves nothing.
    await typeKeys(el, field(el, 'Note'), 'Pagato due volte');
    expect($$(el, '#error-summary a').map(text)).to.have.length(3);

    await typeKeys(el, nome, 'A');
    expect(nome.hasAttribute('aria-invalid'), 'the error went at the first valid keystroke, before any blur').to.equal(false);
    expect(fieldOf(nome).querySelector('.error-message')).to.equal(null);
    expect(importo.getAttribute('aria-invalid')).to.equal('true');
    expect(text(fieldOf(importo).querySelector('.error-message'))).not.to.equal('');
    await expect(el).to.be.accessible();

    // Deleting it again brings no message back until the next "Avanti" (GOV.UK timing).
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    expect(nome.value).to.equal('');
    expect(nome.hasAttribute('aria-invalid')).to.equal(false);
    await next(el, true);
    expect(nome.getAttribute('aria-invalid')).to.equal('true');
  });

  it('saves what is typed on the device without a blur', async () => {
    const el = await open();
    await typeKeys(el, field(el, 'Note'), 'Pagato due volte');
    await waitUntil(() => Object.values(localStorage).join().includes('Pagato due volte'), 'the device draft does not have what was typed', { timeout: 5000 });
    expect(el.shadowRoot!.activeElement).to.equal(field(el, 'Note'));
  });
});
