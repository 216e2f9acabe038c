import { expect } from '@open-wc/testing';
import { romeInstant, romeIso, romeWallTime } from '../../src/domain/rome-time.js';

describe('Rome wall-clock time', () => {
  it('sends a winter slot with +01:00 and a summer one with +02:00', () => {
    expect(romeIso('2026-03-05', '09:30')).to.equal('2026-03-05T09:30:00+01:00');
    expect(romeIso('2026-07-01', '09:30')).to.equal('2026-07-01T09:30:00+02:00');
  });

  it('round-trips across the spring DST change', () => {
    const instant = romeInstant('2026-03-29', '10:00'); // the day clocks go forward
    expect(instant.toISOString()).to.equal('2026-03-29T08:00:00.000Z');
    expect(romeWallTime(instant)).to.deep.equal({ date: '2026-03-29', time: '10:00', seconds: '00' });
  });

  it('reads an instant as Rome time whatever the device zone', () => {
    expect(romeWallTime(new Date('2026-11-30T07:30:00Z')).time).to.equal('08:30');
  });
});
