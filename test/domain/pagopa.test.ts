import { expect } from '@open-wc/testing';
import { groupNoticeCode, pagoPaQrPayload, toCents } from '../../src/domain/pagopa.js';
import { checkoutOutcome, isSettledOutcome } from '../../src/domain/payment.js';

describe('pagoPA: notice code and QR payload', () => {
  it('groups an 18-digit notice code in fours like the paper avviso', () => {
    expect(groupNoticeCode('301000000000000144')).to.equal('3010 0000 0000 0001 44');
    expect(groupNoticeCode('3010 0000 0000 0001 44')).to.equal('3010 0000 0000 0001 44');
  });

  it('converts euros to integer cents without floating-point drift', () => {
    expect(toCents(16)).to.equal(1600);
    expect(toCents(1020.99)).to.equal(102099);
    expect(toCents(0.1 + 0.2)).to.equal(30);
    expect(toCents(Number.NaN)).to.equal(undefined);
    expect(toCents(-1)).to.equal(undefined);
  });

  it('builds the exact pagoPA QR payload of pa-domain.md §1.3', () => {
    expect(pagoPaQrPayload('301000000000000144', '00311260095', 16)).to.equal('PAGOPA|002|301000000000000144|00311260095|1600');
    expect(pagoPaQrPayload('3010 0000 0000 0001 44', '00311260095', 1020.99)).to.equal('PAGOPA|002|301000000000000144|00311260095|102099');
  });

  it('refuses to build a QR payload from a malformed notice, ente CF or amount', () => {
    expect(pagoPaQrPayload('3010000000000001', '00311260095', 16)).to.equal(undefined);
    expect(pagoPaQrPayload('301000000000000144', '0031126009', 16)).to.equal(undefined);
    expect(pagoPaQrPayload(undefined, '00311260095', 16)).to.equal(undefined);
    expect(pagoPaQrPayload('301000000000000144', '00311260095', 0)).to.equal(undefined);
  });

});

describe('checkoutOutcome: told from the backend state only', () => {
  it('is paid when the payment is complete, or the pratica reached 1520 or went on past 1900', () => {
    expect(checkoutOutcome({ status: 'pagato' })).to.equal('paid');
    expect(checkoutOutcome({ status: 'da-pagare' }, 1520, 1500)).to.equal('paid');
    expect(checkoutOutcome({ status: 'da-pagare' }, 2000, 1500)).to.equal('paid');
    // A pratica that was never waiting for this payment says nothing about it.
    expect(checkoutOutcome({ status: 'da-pagare' }, 2000, 2000)).to.equal('unpaid');
  });

  it('is failed when pagoPA refused it: a 1530 that was not there when the checkout began', () => {
    expect(checkoutOutcome({ status: 'da-pagare' }, 1530, 1500)).to.equal('failed');
    expect(checkoutOutcome({ status: 'da-pagare' }, 1530, undefined)).to.equal('failed');
    expect(checkoutOutcome({ status: 'da-pagare' }, 1530, 1530)).to.equal('unpaid');
    expect(checkoutOutcome({ status: 'errore' })).to.equal('failed');
  });

  it('is in progress while pagoPA works, and closed when the notice cannot be paid', () => {
    expect(checkoutOutcome({ status: 'in-corso' }, 1500, 1500)).to.equal('in-progress');
    expect(checkoutOutcome({ status: 'da-pagare' }, 1510, 1500)).to.equal('in-progress');
    expect(checkoutOutcome({ status: 'scaduto' })).to.equal('expired');
    expect(checkoutOutcome({ status: 'annullato' })).to.equal('annulled');
    expect(checkoutOutcome(undefined)).to.equal('unpaid');
  });

  it('settles only on outcomes that need the citizen to act', () => {
    expect(['paid', 'failed', 'expired', 'annulled'].every((o) => isSettledOutcome(o as never))).to.equal(true);
    expect(isSettledOutcome('unpaid')).to.equal(false);
    expect(isSettledOutcome('in-progress')).to.equal(false);
  });
});
