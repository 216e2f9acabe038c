/** FieldMessages: GOV.UK error timing, on a tiny host. */
import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { Issue } from '../../../src/forms/index.js';
import { FieldMessages } from '../../../src/elements/sdc-pratica-wizard/field-messages.js';

class MsgHost extends LitElement {
  messages = new FieldMessages(this, { targetId: (p) => `id-${p}`, onChange: () => undefined });
  override render() {
    return html`<div id="error-summary" tabindex="-1"></div>`;
  }
}
customElements.define('test-msg-host', MsgHost);

const issue = (path: string, message: string, severity: 'error' | 'warning' = 'error'): Issue => ({ path, message, severity, rule: 'required', label: path, stepKey: 'dati' });

describe('FieldMessages', () => {
  it('shows messages only when asked, with a summary that takes focus', async () => {
    const el = await fixture<MsgHost>(html`<test-msg-host></test-msg-host>`);
    const m = el.messages;
    expect(m.settle({ nome: [issue('nome', 'Inserisci il nome')] })).to.equal(false);
    expect(m.errors.size).to.equal(0);
    m.show([issue('nome', 'Inserisci il nome'), issue('cf', 'Inserisci il codice fiscale')]);
    await el.updateComplete;
    expect([...m.errors.keys()]).to.deep.equal(['nome', 'cf']);
    expect(m.summaryItems.map((i) => i.targetId)).to.deep.equal(['id-nome', 'id-cf']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('error-summary');
  });

  it('removes a shown message once its value is valid, and never adds or rewords one afterwards', async () => {
    const el = await fixture<MsgHost>(html`<test-msg-host></test-msg-host>`);
    const m = el.messages;
    m.show([issue('nome', 'Inserisci il nome')]);
    // still wrong in another way: the message stays as it was (no change under the pointer)
    expect(m.settle({ nome: [issue('nome', 'Il nome è troppo corto')] })).to.equal(false);
    expect(m.errors.get('nome')).to.equal('Inserisci il nome');
    // a field never asked about stays quiet
    expect(m.settle({ cognome: [issue('cognome', 'Inserisci il cognome')] })).to.equal(false);
    expect(m.errors.has('cognome')).to.equal(false);
    expect(m.settle({ nome: [] })).to.equal(true);
    expect(m.errors.size).to.equal(0);
  });

  it('lets confirmed warnings through', async () => {
    const el = await fixture<MsgHost>(html`<test-msg-host></test-msg-host>`);
    const m = el.messages;
    const w = [issue('cf', 'Il codice fiscale non corrisponde', 'warning')];
    expect(m.blocks(w)).to.equal(true);
    m.show(w);
    expect(m.warningItems).to.have.length(1);
    m.confirm(w);
    expect(m.blocks(w)).to.equal(false);
  });
});
