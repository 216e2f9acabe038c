/** The `address` component (issue 20.2): manual entry in Form.io's value shape, Italian checks, no geocoder. */
import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, lintForm, parseForm, checkCap, type GroupNode, type FieldNode } from '../../src/forms/index.js';
import { checkProvincia } from '../../src/forms/italian.js';

const NOMINATIM = {
  type: 'address', key: 'luogo', label: 'Luogo del disservizio', input: true, provider: 'nominatim', enableManualMode: true,
  providerOptions: { params: { autocompleteOptions: {} } }, validate: { required: true },
};

describe('forms: address', () => {
  it('asks Form.io’s manual fields in Italian and submits {mode: "manual", address: {…}}', () => {
    const m = createFormModel(parseForm({ components: [NOMINATIM] }).form);
    const group = m.renderStep(m.steps[0]!.key)[0] as GroupNode;
    expect(group.kind).to.equal('group');
    expect(group.title).to.equal('Luogo del disservizio');
    const fields = group.children as FieldNode[];
    expect(fields.map((f) => [f.path, f.label, f.required])).to.deep.equal([
      ['luogo.address.address1', 'Indirizzo', true],
      ['luogo.address.address2', 'Indirizzo (seconda riga)', false],
      ['luogo.address.city', 'Comune', true],
      ['luogo.address.state', 'Provincia', true],
      ['luogo.address.zip', 'CAP', true],
      ['luogo.address.country', 'Stato', false],
    ]);
    expect(fields.find((f) => f.key === 'zip')!.autocomplete).to.equal('postal-code');
    m.setValue('luogo.address.address1', 'Via Roma 1');
    m.setValue('luogo.address.city', 'Bologna');
    m.setValue('luogo.address.state', 'bo');
    m.setValue('luogo.address.zip', '40100');
    expect(m.validateStep(m.steps[0]!.key)).to.deep.equal([]);
    expect(submissionData(m)).to.deep.equal({
      luogo: { mode: 'manual', address: { address1: 'Via Roma 1', address2: '', city: 'Bologna', state: 'bo', zip: '40100', country: 'Italia' } },
    });
  });

  it('checks CAP and provincia with messages that say what to type', () => {
    const m = createFormModel(parseForm({ components: [NOMINATIM] }).form);
    m.setValue('luogo.address.address1', 'Via Roma 1');
    m.setValue('luogo.address.city', 'Bologna');
    m.setValue('luogo.address.state', 'XY');
    m.setValue('luogo.address.zip', '401');
    const messages = m.validateStep(m.steps[0]!.key).map((i) => i.message);
    expect(messages).to.deep.equal([
      'La provincia deve essere la sigla di una provincia italiana, ad esempio RM; EE se l’indirizzo è all’estero',
      'Il CAP deve avere 5 cifre, ad esempio 00144',
    ]);
    expect(checkProvincia('EE').ok).to.equal(true);
    expect(checkProvincia('Roma').ok).to.equal(false);
    expect(checkCap('00144').ok).to.equal(true);
  });

  it('keeps the platform’s own sub-fields and a value saved by the autocomplete', () => {
    const json = { components: [{ ...NOMINATIM, components: [
      { type: 'textfield', key: 'via', label: 'Via', input: true, customConditional: "show = _.get(instance, 'parent.manualMode', false);" },
      { type: 'textfield', key: 'postal_code', label: 'CAP', input: true },
    ] }] };
    const saved = { luogo: { lat: '44.49', lon: '11.34', display_name: 'Via Rizzoli, Bologna' } };
    const m = createFormModel(parseForm(json).form, { data: saved });
    expect(m.getValue('luogo')).to.deep.equal({ mode: 'manual', address: { lat: '44.49', lon: '11.34', display_name: 'Via Rizzoli, Bologna', via: '', postal_code: '' } });
    // The JS condition never runs: the manual fields are always shown (the lint says so).
    expect((m.node('luogo.address.via') as FieldNode).visible).to.equal(true);
    expect(lintForm(json).issues.map((i) => i.code)).to.include('js-code').and.not.to.include('unsupported-type');
  });
});
