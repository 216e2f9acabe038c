// Office times read in Italian time on any device (issue 19): the browser runs in New York, and every
// element that shows a time or a day shows Rome's, saying "ora italiana" next to times.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CALENDAR, SERVICE, addCitizen, addMessage, addPayment, addPratica, loginAs, tenantState } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import { emulateTimeZone } from '../support/time-zone.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import { romeWallTime } from '../../src/domain/rome-time.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-meetings-list/define.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-messages-inbox/define.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import '../../src/elements/sdc-appointment-booking/define.js';
import '../../src/elements/sdc-pratica-wizard/define.js';
import { field, mountWizard, next, press, settle, type } from '../support/wizard.js';

const wait = (fn: () => unknown, message: string) => waitUntil(fn, message, { timeout: 8000 });
/** 23:30 UTC on 5 March: already 6 March in Rome (00:30), still 5 March in New York (18:30). */
const LATE = Date.UTC(2026, 2, 5, 23, 30);

describe('office times in Europe/Rome on a device in another zone', () => {
  before(async () => {
    await emulateTimeZone('America/New_York');
  });
  after(async () => {
    await emulateTimeZone(null);
  });

  it('runs this browser in New York', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
  });

  it('shows an appointment at the same Rome time in the pratica detail and in Appuntamenti', async () => {
    loginAs('giulia');
    const m = tenantState().meetings.find((x) => x.application === PRATICA.giuliaDieta)!;
    const from = romeWallTime(new Date(m.from_time)).time;
    const to = romeWallTime(new Date(m.to_time)).time;
    const expected = `dalle ${from} alle ${to} (ora italiana)`;

    const detail = await fixture<HTMLElement>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${PRATICA.giuliaDieta}></sdc-pratica-detail>`);
    await wait(() => $(detail, '[data-section="appuntamenti"] .meeting'), 'the detail did not show the appointment');
    expect(text($(detail, '[data-section="appuntamenti"] .meeting'))).to.contain(expected);
    // Status changes in "Iter della pratica" say it too.
    await wait(() => $(detail, '.timeline time'), 'no iter');
    expect(text($(detail, '.timeline time'))).to.match(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} \(ora italiana\)$/);
    await expect(detail).to.be.accessible();
    detail.remove();

    const list = await fixture<HTMLElement>(html`<sdc-meetings-list base-url=${BASE}></sdc-meetings-list>`);
    await wait(() => $(list, '.meeting'), 'the meetings list did not load');
    expect($$(list, '.meeting').map(text).join('\n')).to.contain(expected);
    await expect(list).to.be.accessible();
  });

  it('dates a pratica, its messages and its payment by the day in Rome', async () => {
    const citizen = addCitizen().id;
    const app = addPratica({ user: citizen, service_id: SERVICE.accessoAtti, status: 2000, created_at: LATE, submitted_at: LATE });
    addMessage({ application: app.id, message: '<p>Abbiamo ricevuto la sua richiesta.</p>', created_at: LATE, sent_at: LATE });
    addPayment({ user_id: citizen, service_id: app.service_id, remote_id: app.id, reason: 'Diritti di segreteria', amount: 10, created_at: LATE } as Parameters<typeof addPayment>[0]);
    loginAs(citizen);

    const list = await fixture<HTMLElement>(html`<sdc-pratiche-list base-url=${BASE} url-sync="none"></sdc-pratiche-list>`);
    await wait(() => $(list, `[data-pratica="${app.id}"]`), 'the pratiche list did not load');
    expect(text($(list, `[data-pratica="${app.id}"]`))).to.contain('06/03/2026').and.not.contain('05/03/2026');
    list.remove();

    const inbox = await fixture<HTMLElement>(html`<sdc-messages-inbox base-url=${BASE}></sdc-messages-inbox>`);
    await wait(() => $(inbox, '.row__meta time'), 'the inbox did not load');
    expect(text($(inbox, '.row__meta time'))).to.equal('06/03/2026');
    inbox.remove();

    const thread = await fixture<HTMLElement>(html`<sdc-message-thread base-url=${BASE} pratica-id=${app.id}></sdc-message-thread>`);
    await wait(() => $(thread, '.msg__time'), 'the thread did not load');
    expect(text($(thread, '.msg__time'))).to.equal('06/03/2026, 00:30 (ora italiana)');
    await expect(thread).to.be.accessible();
    thread.remove();

    const payments = await fixture<HTMLElement>(html`<sdc-payments-list base-url=${BASE}></sdc-payments-list>`);
    await wait(() => $(payments, '[data-payment]'), 'the payments list did not load');
    expect(text($(payments, '[data-payment]'))).to.contain('06/03/2026').and.not.contain('05/03/2026');
    await expect(payments).to.be.accessible();
  });

  it('says until when a slot is held, and when the appointment is, in Rome time', async () => {
    loginAs('giulia');
    const el = await fixture<HTMLElement>(html`<sdc-appointment-booking base-url=${BASE} calendar-id=${CALENDAR.anagrafe}></sdc-appointment-booking>`);
    await wait(() => $(el, 'button.first-available') && $(el, 'table.day-grid'), 'the month');
    $<HTMLButtonElement>(el, 'button.first-available')!.click();
    await wait(() => $(el, 'input[name=slot]'), 'slots');
    expect(text($(el, '.slots legend'))).to.match(/ \(ora italiana\)$/);
    const slot = $<HTMLInputElement>(el, 'input[name=slot]')!;
    const start = slot.id.replace('slot-', '');
    slot.click();
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await wait(() => $(el, '.held'), 'the slot was not held');
    const draft = tenantState().meetings.find((m) => m.status === 6 && m.draft_expiration)!;
    const until = romeWallTime(new Date(draft.draft_expiration!)).time;
    expect(text($(el, '.held'))).to.contain(`fino alle ${until} (ora italiana)`);
    // The slot the citizen picked is the Rome time the office gave.
    expect(romeWallTime(new Date(draft.from_time)).time).to.equal(start);
    await expect(el).to.be.accessible();
  });

  it('says the wizard’s save time is Italian time', async () => {
    loginAs('giulia');
    localStorage.clear();
    const el = await mountWizard({ 'service-id': SERVICE.biblioteca, 'url-sync': 'none' });
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await next(el);
    await type(el, 'Numero civico', '3');
    await press(el, 'Salva richiesta');
    await wait(() => text($(el, '.callout--success')).includes('Richiesta salvata'), 'no confirmation of the save');
    expect(text($(el, '.callout--success'))).to.match(/salvata alle \d{2}:\d{2} \(ora italiana\)/);
  });
});
