import { expect } from '@open-wc/testing';
import { bolloEmittedAt, checkBolloIdentifier, isFutureEmission, normalizeBolloTime } from '../../src/domain/bollo.js';

describe('marca da bollo (one set of rules for the wizard and the panel)', () => {
  it('accepts the 14 digits printed under the barcode, spaces ignored', () => {
    expect(checkBolloIdentifier('0123 4567 8901 23')).to.deep.equal({ ok: true, value: '01234567890123' });
    expect(checkBolloIdentifier('')).to.deep.equal({ ok: false, problem: 'required' });
    expect(checkBolloIdentifier('0123456789012A')).to.deep.equal({ ok: false, problem: 'format' });
    expect(checkBolloIdentifier('0123456789012')).to.deep.equal({ ok: false, problem: 'length' });
  });

  it('normalises the emission time to hh:mm:ss as the Bollo gateway stores it', () => {
    expect(normalizeBolloTime('10.35')).to.equal('10:35:00');
    expect(normalizeBolloTime('9:05:07')).to.equal('09:05:07');
    expect(normalizeBolloTime('24:00')).to.equal(undefined);
    expect(normalizeBolloTime('dieci')).to.equal(undefined);
  });

  it('refuses an emission after now', () => {
    // The time printed on the marca is Italian time (CET in March: UTC+1), on any device.
    const now = new Date('2026-03-11T10:00:00+01:00');
    const at = bolloEmittedAt('2026-03-11', '10:30')!;
    expect(at.toISOString()).to.equal('2026-03-11T09:30:00.000Z');
    expect(bolloEmittedAt('2026-07-11', '10:30:15')!.toISOString()).to.equal('2026-07-11T08:30:15.000Z');
    expect(isFutureEmission(at, now)).to.equal(true);
    expect(isFutureEmission(bolloEmittedAt('2026-03-11', '09:59')!, now)).to.equal(false);
    expect(bolloEmittedAt('11/03/2026', '10:00')).to.equal(undefined);
  });
});
