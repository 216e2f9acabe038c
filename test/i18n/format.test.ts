import { expect } from '@open-wc/testing';
import { formatAmount, formatDate, formatDateTime, formatFileSize, formatLongDate, formatRelative, formatTime, timeZoneNote, withTimeZoneNote } from '../../src/i18n/format.js';

describe('i18n formatting', () => {
  it('formats amounts the Italian way with grouping always on', () => {
    expect(formatAmount(1020.99)).to.equal('1.020,99\u00a0€');
    expect(formatAmount(16)).to.equal('16,00\u00a0€');
    expect(formatAmount(1234567.5)).to.equal('1.234.567,50\u00a0€');
  });

  it('formats amounts in English as euro with a point for decimals', () => {
    expect(formatAmount(1020.99, 'en')).to.equal('€1,020.99');
  });

  it('formats a calendar day as dd/mm/yyyy without shifting it', () => {
    expect(formatDate('2026-03-05')).to.equal('05/03/2026');
    expect(formatDate('2026-03-05', 'en')).to.equal('05/03/2026');
    expect(formatDate(new Date(2026, 11, 31))).to.equal('31/12/2026');
  });

  it('returns an empty string for missing or invalid dates instead of "Invalid Date"', () => {
    expect(formatDate(null)).to.equal('');
    expect(formatDate('not a date')).to.equal('');
    expect(formatAmount(Number.NaN)).to.equal('');
  });

  it('formats date and time in Italian time, whatever the device’s zone', () => {
    // 13:30 UTC is 14:30 in Rome in winter (CET) and 15:30 in summer (CEST).
    expect(formatDateTime(new Date(Date.UTC(2026, 2, 5, 13, 30)))).to.equal('05/03/2026, 14:30');
    expect(formatTime('2026-07-05T13:30:00Z')).to.equal('15:30');
    expect(formatTime('2026-07-05T13:30:00Z', 'it', 'UTC')).to.equal('13:30');
    // Late evening UTC is already the next day in Rome.
    expect(formatDate('2026-03-05T23:30:00Z')).to.equal('06/03/2026');
    expect(formatLongDate('2026-03-05')).to.equal('giovedì 5 marzo 2026');
  });

  it('says "ora italiana" only when the device’s clock reads differently from Rome’s', () => {
    const at = new Date(Date.UTC(2026, 2, 5, 13, 30));
    const deviceIsRome = -at.getTimezoneOffset() === 60;
    expect(timeZoneNote(at)).to.equal(deviceIsRome ? '' : 'ora italiana');
    expect(timeZoneNote(at, 'en')).to.equal(deviceIsRome ? '' : 'Italian time');
    expect(withTimeZoneNote('14:30', at)).to.equal(deviceIsRome ? '14:30' : '14:30 (ora italiana)');
    // A calendar day has no time to qualify.
    expect(timeZoneNote('2026-03-05')).to.equal('');
  });

  it('formats relative times in both languages', () => {
    const now = new Date(2026, 2, 5, 12);
    expect(formatRelative(new Date(2026, 2, 2, 12), 'it', now)).to.equal('3 giorni fa');
    expect(formatRelative(new Date(2026, 2, 2, 12), 'en', now)).to.equal('3 days ago');
  });

  it('formats file sizes', () => {
    expect(formatFileSize(1536)).to.equal('1,5 KB');
    expect(formatFileSize(5 * 1024 * 1024)).to.equal('5 MB');
  });
});
