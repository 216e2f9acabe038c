import { expect } from '@open-wc/testing';
import {
  checkCap, checkCodiceFiscale, checkEmail, checkIban, checkItalianDate, checkMarcaDaBollo, checkNoticeCode,
  checkPartitaIva, checkPhone, decodeCodiceFiscale,
} from '../../src/forms/index.js';
import { codiceFiscaleMismatches } from '../../src/forms/italian.js';

// Test vectors: pa-domain.md §7 (and §1.2, §3.x).
function results(check: (v: unknown) => { ok: boolean; code: string }, values: string[]) {
  return values.map((v) => [v, check(v).ok ? 'ok' : check(v).code]);
}

describe('Italian validators', () => {
  it('accepts the valid codici fiscali, including the omocodic variant', () => {
    for (const cf of ['RSSMRA80A01H501U', 'RSSMRA80A01H50MM', 'BNCGLI90E45F205C', 'BSCMTT83A12L719R']) {
      expect(checkCodiceFiscale(cf).ok, cf).to.equal(true);
    }
  });

  it('rejects codici fiscali with a wrong check character, an impossible day or a wrong month letter', () => {
    expect(results(checkCodiceFiscale, ['RSSMRA80A01H501A', 'RSSMRA80A32H501C', 'RSSMRA80Z01H501U', 'RSSMRA80A01H501'])).to.deep.equal([
      ['RSSMRA80A01H501A', 'check'], ['RSSMRA80A32H501C', 'date'], ['RSSMRA80Z01H501U', 'format'], ['RSSMRA80A01H501', 'length'],
    ]);
  });

  it('normalises a codice fiscale typed in lower case with spaces', () => {
    expect(checkCodiceFiscale(' rssmra80a01h501u ')).to.deep.include({ ok: true, normalized: 'RSSMRA80A01H501U' });
  });

  it('decodes birth date, sex and place from a codice fiscale, undoing omocodia', () => {
    expect(decodeCodiceFiscale('BNCGLI90E45F205C')).to.deep.include({ year: 90, month: 5, day: 5, sex: 'F', place: 'F205' });
    expect(decodeCodiceFiscale('RSSMRA80A01H50MM')).to.deep.include({ day: 1, sex: 'M', place: 'H501' });
  });

  it('reports which personal data disagree with a codice fiscale', () => {
    expect(codiceFiscaleMismatches('RSSMRA80A01H501U', { givenName: 'Mario', familyName: 'Rossi', birthDate: '1980-01-01', gender: 'maschio' })).to.deep.equal([]);
    expect(codiceFiscaleMismatches('RSSMRA80A01H501U', { givenName: 'Luigi', familyName: 'Bianchi', birthDate: '02/01/1980', gender: 'F' }))
      .to.deep.equal(['familyName', 'givenName', 'birthDate', 'gender']);
  });

  it('validates partite IVA and rejects the all-zero one that passes the checksum', () => {
    expect(results(checkPartitaIva, ['97735020584', '02342520158', '86334519757', '02342520150', '12345678901', '0234252015', '00000000000'])).to.deep.equal([
      ['97735020584', 'ok'], ['02342520158', 'ok'], ['86334519757', 'ok'], ['02342520150', 'check'], ['12345678901', 'check'],
      ['0234252015', 'length'], ['00000000000', 'zeros'],
    ]);
  });

  it('validates Italian IBANs with mod 97, spaced or not', () => {
    expect(results(checkIban, [
      'IT60X0542811101000000123456', 'IT25O0306909606100000012345', 'IT33I0760103200001234567890', 'IT60 X054 2811 1010 0000 0123 456',
      'IT60X0542811101000000123457', 'IT46X0831160020000000401370', 'IT60X054281110100000012345', 'DE89370400440532013000',
    ])).to.deep.equal([
      ['IT60X0542811101000000123456', 'ok'], ['IT25O0306909606100000012345', 'ok'], ['IT33I0760103200001234567890', 'ok'],
      ['IT60 X054 2811 1010 0000 0123 456', 'ok'], ['IT60X0542811101000000123457', 'check'], ['IT46X0831160020000000401370', 'check'],
      ['IT60X054281110100000012345', 'length'], ['DE89370400440532013000', 'country'],
    ]);
  });

  it('accepts a foreign IBAN only when asked to', () => {
    expect(checkIban('DE89370400440532013000', { foreign: true }).ok).to.equal(true);
  });

  it('validates CAP as five digits kept as a string', () => {
    expect(results(checkCap, ['00144', '20121', '47890', '0014', '001444', 'A0144'])).to.deep.equal([
      ['00144', 'ok'], ['20121', 'ok'], ['47890', 'ok'], ['0014', 'length'], ['001444', 'length'], ['A0144', 'format'],
    ]);
  });

  it('validates Italian and foreign phone numbers', () => {
    for (const v of ['+39 347 123 4567', '06 1234 5678', '00393400000000', '+44 7700 900123']) expect(checkPhone(v).ok, v).to.equal(true);
    for (const v of ['347-12', '+39 123 456', 'abc']) expect(checkPhone(v).ok, v).to.equal(false);
  });

  it('validates e-mail and PEC syntax', () => {
    expect(checkEmail('mario.rossi@pec.comune.esempio.it').ok).to.equal(true);
    expect(checkEmail('mario.rossi@esempio').ok).to.equal(false);
    expect(checkEmail('mario rossi@esempio.it').ok).to.equal(false);
  });

  it('checks pagoPA notice codes, with the mod-93 mismatch only a warning', () => {
    for (const v of ['301000000000000144', '312202400001234514', '001123456789012313', '212345678901234544']) expect(checkNoticeCode(v).ok, v).to.equal(true);
    expect(checkNoticeCode('301000000000000145')).to.deep.include({ ok: false, code: 'check', severity: 'warning' });
    expect(checkNoticeCode('30100000000000014')).to.deep.include({ ok: false, code: 'length', severity: 'error' });
    expect(checkNoticeCode('412345678901234567')).to.deep.include({ ok: false, code: 'aux', severity: 'error' });
  });

  it('checks the marca da bollo identifier is 14 digits', () => {
    expect(results(checkMarcaDaBollo, ['01234567890123', '0123456789012', '0123456789012A'])).to.deep.equal([
      ['01234567890123', 'ok'], ['0123456789012', 'length'], ['0123456789012A', 'format'],
    ]);
  });

  it('checks dd/mm/yyyy dates against the real calendar', () => {
    expect(results(checkItalianDate, ['29/02/2024', '01/01/2000', '29/02/2023', '31/04/2024', '2024-02-01', '1/2/2024'])).to.deep.equal([
      ['29/02/2024', 'ok'], ['01/01/2000', 'ok'], ['29/02/2023', 'date'], ['31/04/2024', 'date'], ['2024-02-01', 'format'], ['1/2/2024', 'format'],
    ]);
  });
});
