import { expect } from '@open-wc/testing';
import { praticaNumber, praticaReference, praticaShortId } from '../../src/domain/pratica.js';

describe('praticaReference', () => {
  const id = 'b530c437-bb8c-4e5f-8a9b-0c1d2e3f4a52';
  it('is the protocol number when the ente registered one', () => {
    expect(praticaReference({ id, protocolNumber: 'PG-2026-0042' })).to.deep.equal({ kind: 'protocol', value: 'PG-2026-0042' });
  });
  it('is the first 8 hex digits of the id, upper case, otherwise', () => {
    expect(praticaShortId(id)).to.equal('B530C437');
    expect(praticaReference({ id })).to.deep.equal({ kind: 'number', value: 'B530C437' });
    expect(praticaNumber({ id, protocolNumber: '  ' })).to.equal('B530C437');
  });
});
