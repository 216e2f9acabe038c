import { expect } from '@open-wc/testing';
import {
  PRATICA_STATUS_GROUPS,
  isFinalStatus,
  needsCitizenAction,
  normalizeStatusName,
  statusCodesOf,
  statusGroupOf,
  statusToneOf,
} from '../../src/domain/pratica.js';
import { formatNoticeCode, isFinal, isKnownPaymentStatus, isPayable, paymentItemKindOf, paymentStatusOf } from '../../src/domain/payment.js';
import { accessLevelFromCode, actionFromText, canStartOnline, officeAddress, paymentModeFromCode, serviceStatusFromCode } from '../../src/domain/service.js';
import { isReadOnly, readOnlyFieldsOf } from '../../src/domain/citizen.js';
import { meetingStatusOf, slotStart } from '../../src/domain/meeting.js';
import { hasNextPage } from '../../src/domain/page.js';
import { attachmentName } from '../../src/domain/attachment.js';
import { loadMessages } from '../../src/i18n/messages.js';

describe('pratica status groups (pa-domain.md §6)', () => {
  it('maps every OpenCity code to the citizen group', () => {
    const table: Array<[number, string]> = [
      [1000, 'bozza'],
      [1500, 'in-attesa-di-pagamento'], [1510, 'in-attesa-di-pagamento'], [1530, 'in-attesa-di-pagamento'],
      [1520, 'inviata'], [1900, 'inviata'], [2000, 'inviata'], [3000, 'inviata'],
      [4000, 'in-lavorazione'], [4300, 'in-lavorazione'], [4400, 'in-lavorazione'], [4500, 'in-lavorazione'], [5000, 'in-lavorazione'],
      [4100, 'richiesta-integrazione'], [4200, 'richiesta-integrazione'],
      [6000, 'accettata'], [7000, 'accettata'],
      [8000, 'rifiutata'], [9000, 'rifiutata'],
      [20000, 'ritirata'], [50000, 'annullata'],
    ];
    for (const [code, group] of table) expect(statusGroupOf(code), String(code)).to.equal(group);
  });

  it('places unknown codes from newer backends in the nearest range', () => {
    expect(statusGroupOf(4600)).to.equal('in-lavorazione');
    expect(statusGroupOf(7500)).to.equal('accettata');
    expect(statusGroupOf(99999)).to.equal('annullata');
  });

  it('lists the codes of each group, consistent with statusGroupOf', () => {
    for (const g of PRATICA_STATUS_GROUPS) for (const c of statusCodesOf(g)) expect(statusGroupOf(c)).to.equal(g);
  });

  it('knows final states, citizen actions and tones', () => {
    expect([7000, 9000, 20000, 50000].every(isFinalStatus)).to.equal(true);
    expect(isFinalStatus(4000)).to.equal(false);
    expect(needsCitizenAction(4200)).to.equal(true);
    expect(needsCitizenAction(2000)).to.equal(false);
    expect(statusToneOf('rifiutata')).to.equal('danger');
    expect(statusToneOf('richiesta-integrazione')).to.equal('warning');
  });

  it('normalises status names', () => {
    expect(normalizeStatusName('STATUS_PAYMENT_PENDING')).to.equal('payment_pending');
    expect(normalizeStatusName('status_submitted')).to.equal('submitted');
    expect(normalizeStatusName(null)).to.equal('');
  });
});

describe('payment helpers', () => {
  it('maps legacy and GPD spellings too', () => {
    expect(paymentStatusOf('paid')).to.equal('pagato');
    expect(paymentStatusOf('pending')).to.equal('da-pagare');
    expect(paymentStatusOf('PAYMENT_CONFIRMED')).to.equal('pagato');
    expect(paymentStatusOf('NOTIFICATION_PENDING')).to.equal('in-corso');
    expect(paymentStatusOf(undefined)).to.equal('da-pagare');
  });

  it('says when polling can stop', () => {
    expect(isFinal('pagato')).to.equal(true);
    expect(isFinal({ status: 'scaduto' })).to.equal(true);
    expect(isFinal({ status: 'in-corso' })).to.equal(false);
  });

  it('says a payment is payable only when pending with a link', () => {
    expect(isPayable({ status: 'da-pagare', wireStatus: 'PAYMENT_PENDING', links: { avviso: 'x' } })).to.equal(true);
    expect(isPayable({ status: 'da-pagare', wireStatus: 'PAYMENT_PENDING', links: {} })).to.equal(false);
    expect(isPayable({ status: 'pagato', wireStatus: 'COMPLETE', links: { payOnline: 'x' } })).to.equal(false);
  });

  it('tells an unknown wire status apart and never calls it payable', () => {
    for (const wire of ['PAYMENT_PENDING', 'payment_pending', 'paid', 'Expired', ' COMPLETE ']) expect(isKnownPaymentStatus(wire), wire).to.equal(true);
    for (const wire of ['ON_HOLD_BY_PSP', '', undefined, null, 'toString', '__proto__']) expect(isKnownPaymentStatus(wire), String(wire)).to.equal(false);
    // Folded into "da pagare" so it stays on the citizen's to-do list…
    expect(paymentStatusOf('ON_HOLD_BY_PSP')).to.equal('da-pagare');
    // …but nothing offers "Paga" on it.
    expect(isPayable({ status: 'da-pagare', wireStatus: 'ON_HOLD_BY_PSP', links: { payOnline: 'x', avviso: 'y' } })).to.equal(false);
  });

  it('classifies item kinds and formats notice codes', () => {
    expect(paymentItemKindOf('Marca da bollo')).to.equal('imposta-di-bollo');
    expect(paymentItemKindOf('x', 'STAMP')).to.equal('imposta-di-bollo');
    expect(paymentItemKindOf('Diritti di segreteria')).to.equal('diritti-di-segreteria');
    expect(paymentItemKindOf('Costi di erogazione')).to.equal('costi-di-erogazione');
    expect(paymentItemKindOf('TARI')).to.equal('altro');
    expect(formatNoticeCode('301000000000000144')).to.equal('3010 0000 0000 0001 44');
  });
});

describe('service helpers', () => {
  it('maps codes of status, access level and payment mode', () => {
    expect([0, 1, 2, 3, 4].map(serviceStatusFromCode)).to.deep.equal(['cancellato', 'attivo', 'sospeso', 'privato', 'programmato']);
    expect([0, 1000, 2000, 3000, 4000].map(accessLevelFromCode)).to.deep.equal(['anonimo', 'social', 'spid-l1', 'spid-l2', 'cie']);
    expect([0, 1, 2, null].map(paymentModeFromCode)).to.deep.equal(['none', 'immediate', 'deferred', 'none']);
  });

  it('infers the action of a grouped service from its identifier or name', () => {
    expect(actionFromText('mensa-scolastica-rinnovo')).to.equal('rinnovo');
    expect(actionFromText(undefined, 'Rinnovo iscrizione mensa')).to.equal('rinnovo');
    expect(actionFromText('tari_voltura')).to.equal('voltura');
    expect(actionFromText('Subentro utenza TARI')).to.equal('subentro');
    expect(actionFromText('Cessazione utenza')).to.equal('interruzione');
    expect(actionFromText('Variazione dati')).to.equal('modifica');
    expect(actionFromText('Sospensione temporanea')).to.equal('sospensione');
    expect(actionFromText('Iscrizione al servizio')).to.equal('attivazione');
    expect(actionFromText('Certificato anagrafico')).to.equal(undefined);
  });

  it('says whether a service can be started online', () => {
    expect(canStartOnline({ status: 'attivo', formioId: 'f', externalUrl: undefined })).to.equal(true);
    expect(canStartOnline({ status: 'sospeso', formioId: 'f', externalUrl: undefined })).to.equal(false);
    expect(canStartOnline({ status: 'attivo', formioId: undefined, externalUrl: undefined })).to.equal(false);
  });

  it('writes an office address on one line, leaving out what the backend does not give', () => {
    expect(officeAddress({ location: { address: 'Piazza del Municipio', buildingNumber: '1', postalCode: '40099', municipality: 'Esempio', province: 'BO' } }))
      .to.equal('Piazza del Municipio 1, 40099 Esempio (BO)');
    expect(officeAddress({ location: { address: ' Via Roma ', municipality: 'Esempio', province: ' ' } })).to.equal('Via Roma, Esempio');
    expect(officeAddress({ location: { name: 'Palazzo comunale' } })).to.equal(undefined);
    expect(officeAddress({ location: undefined })).to.equal(undefined);
  });
});

describe('citizen, meeting, page, attachment helpers', () => {
  it('locks identity fields, and gender/birth province once set', () => {
    expect(readOnlyFieldsOf({ anonymous: false, gender: undefined, birthProvince: undefined })).to.deep.equal(['givenName', 'familyName', 'fiscalCode']);
    expect(readOnlyFieldsOf({ anonymous: true, gender: 'F', birthProvince: 'BO' })).to.deep.equal([]);
    expect(isReadOnly({ readOnlyFields: ['fiscalCode'] }, 'fiscalCode')).to.equal(true);
    expect(isReadOnly({ readOnlyFields: ['fiscalCode'] }, 'email')).to.equal(false);
  });

  it('maps meeting codes and slot starts', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(meetingStatusOf)).to.deep.equal(['in-attesa', 'confermato', 'rifiutato', 'mancato', 'concluso', 'annullato', 'bozza']);
    // Slot times are Rome wall-clock times (CEST in June), whatever the device zone.
    expect(slotStart({ date: '2026-06-10', startTime: '09:30' }).toISOString()).to.equal('2026-06-10T07:30:00.000Z');
  });

  it('knows whether a page has a next one and the display name of a file', () => {
    expect(hasNextPage({ items: [1, 2], total: 5, offset: 0, limit: 2 })).to.equal(true);
    expect(hasNextPage({ items: [5], total: 5, offset: 4, limit: 2 })).to.equal(false);
    expect(attachmentName({ name: 'doc-1.pdf', originalName: 'Certificato.pdf' })).to.equal('Certificato.pdf');
    expect(attachmentName({ name: 'doc-1.pdf', originalName: '' })).to.equal('doc-1.pdf');
  });
});

describe('labels', () => {
  it('gives OpenCity’s Italian label of each status code, English on request', async () => {
    const { praticaStatusLabel, praticaGroupLabel, paymentStatusLabel, serviceActionLabel, meetingStatusLabel, serviceStatusLabel } = await import(
      '../../src/domain/labels.js'
    );
    await loadMessages('en');
    expect(praticaStatusLabel(2000)).to.equal('Acquisita');
    expect(praticaStatusLabel(4200)).to.equal('In attesa di integrazioni');
    expect(praticaStatusLabel(2000, 'en')).to.equal('Received');
    expect(praticaStatusLabel(4300)).to.equal('Integrazioni concluse');
    expect(praticaStatusLabel(6000)).to.equal('Elaborata (in attesa di protocollazione del documento di esito)');
    expect(praticaStatusLabel(1510)).to.equal('In attesa dell’esito di pagamento');
    // An unknown code (a newer backend) reads as its group.
    expect(praticaStatusLabel(4600, 'it', 'in-lavorazione')).to.equal('Presa in carico');
    expect(praticaGroupLabel('richiesta-integrazione')).to.equal('Richiesta integrazioni');
    expect(paymentStatusLabel('da-pagare')).to.equal('Da pagare');
    expect(serviceActionLabel('voltura')).to.equal('Voltura');
    expect(meetingStatusLabel('confermato', 'en')).to.equal('Confirmed');
    expect(serviceStatusLabel('attivo')).to.equal('Servizio attivo');
  });
});
