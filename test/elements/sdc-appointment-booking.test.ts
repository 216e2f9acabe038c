import { expect, fixture, html, oneEvent, waitUntil as wait } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BASE, CALENDAR, SERVICE, loginAs, mutate, scenarios, tenantState, worker } from '../support/mock.js';
import { $, typeInto } from '../support/dom.js';
import '../../src/elements/sdc-appointment-booking/define.js';
import type { SdcAppointmentBooking } from '../../src/elements/sdc-appointment-booking/sdc-appointment-booking.js';
import { buildIcs, romeLocal } from '../../src/elements/sdc-appointment-booking/ics.js';

type El = SdcAppointmentBooking;
const waitUntil = (fn: () => unknown, message?: string, _o?: unknown) => wait(fn, message, { timeout: 10000 });
const heading = (el: El) => $(el, 'h2[data-step-heading]')?.textContent?.trim() ?? '';

async function mount(attrs = '') {
  const el = await fixture<El>(html`<div></div>`);
  el.innerHTML = `<sdc-appointment-booking base-url="${BASE}" ${attrs}></sdc-appointment-booking>`;
  const booking = el.firstElementChild as El;
  await waitUntil(() => heading(booking) !== '' || $(booking, '.sdc-state--empty, .sdc-state--error'), 'booking rendered', { timeout: 8000 });
  return booking;
}

async function next(el: El) {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}

async function type(el: El, id: string, value: string) {
  typeInto($<HTMLInputElement>(el, `#${id}`)!, value);
  await el.updateComplete;
}

/** Picks the office (if asked), the first available day and its first slot, and goes on. */
async function chooseSlot(el: El) {
  // The current month may have no free day left (late in the month): use the shortcut, as a citizen would.
  await waitUntil(() => $(el, 'button.first-available') && $(el, 'table.day-grid'), 'the month');
  $<HTMLButtonElement>(el, 'button.first-available')!.click();
  await waitUntil(() => $(el, 'button.day[aria-pressed="true"]'), 'a day chosen');
  await waitUntil(() => $(el, 'input[name=slot]'), 'slots', { timeout: 8000 });
  const slot = $<HTMLInputElement>(el, 'input[name=slot]')!;
  slot.click();
  await el.updateComplete;
  return slot.id.replace('slot-', '');
}

async function toDetails(el: El) {
  const time = await chooseSlot(el);
  await next(el);
  await waitUntil(() => heading(el) === 'Dettagli appuntamento', 'details step', { timeout: 8000 });
  if (!$<HTMLInputElement>(el, '#f-reason')!.value) await type(el, 'f-reason', 'Carta d’identità');
  return time;
}

describe('<sdc-appointment-booking>', () => {

  it('starts from the choice of the office, with every office that takes appointments', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Luogo');
    expect(el.shadowRoot!.textContent).to.contain('Passo 1 di 5');
    const offices = [...el.shadowRoot!.querySelectorAll('input[name=office]')];
    expect(offices.length).to.equal(Object.keys(CALENDAR).length);
    await expect(el).to.be.accessible();
  });

  it('asks to choose an office with an error summary that takes focus', async () => {
    document.title = 'Prenota appuntamento';
    const el = await mount();
    await next(el);
    await waitUntil(() => $(el, '.error-summary'));
    expect($(el, '.error-summary')!.textContent).to.contain('Scegli l’ufficio');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.error-summary'), 'summary focused');
    expect(document.title, 'page title').to.match(/^Errore: /);
    await expect(el).to.be.accessible();
  });

  it('shows only the offices competent for a service and prefills the reason with its name', async () => {
    const el = await mount(`service-id="${SERVICE.certificati}"`);
    // One competent office: the "Luogo" step is skipped.
    expect(heading(el)).to.equal('Data e orario');
    expect(el.shadowRoot!.textContent).to.contain('Passo 1 di 4');
    await toDetails(el);
    expect($<HTMLInputElement>(el, '#f-reason')!.value).to.equal('Richiesta di certificati anagrafici');
  });

  it('skips the office choice when a calendar is given', async () => {
    const el = await mount(`calendar-id="${CALENDAR.tecnico}"`);
    expect(heading(el)).to.equal('Data e orario');
    await waitUntil(() => $(el, 'table.day-grid'));
    await expect(el).to.be.accessible();
  });

  it('books a confirmed appointment for a logged-in citizen, end to end', async () => {
    loginAs('giulia');
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    const time = await toDetails(el);
    expect($(el, '.held')!.textContent).to.contain('riservato per te fino alle');
    await type(el, 'f-details', 'Devo rinnovare la carta d’identità di mia figlia.');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiedente');
    // From SPID/CIE: readonly (not disabled), with the reason why.
    const name = $<HTMLInputElement>(el, '#f-givenName')!;
    expect(name.value).to.equal('Giulia');
    expect(name.readOnly).to.be.true;
    expect(name.disabled).to.be.false;
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('giulia.bianchi@example.org');
    await expect(el).to.be.accessible();
    await next(el);
    await waitUntil(() => heading(el) === 'Verifica dei dati');
    expect(el.shadowRoot!.textContent).to.contain(time).and.contain('Devo rinnovare');
    await expect(el).to.be.accessible();

    const confirmed = oneEvent(el, 'sdc-booking-confirmed');
    await next(el);
    const { detail } = await confirmed;
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    expect($(el, '.sdc-tag')!.textContent).to.equal('Confermato');

    const meeting = tenantState().meetings.find((m) => m.id === detail.meeting.id)!;
    expect(meeting.calendar).to.equal(CALENDAR.anagrafe);
    expect(meeting.status).to.equal(1);
    expect(meeting.user_message).to.equal('Devo rinnovare la carta d’identità di mia figlia.');
    expect(meeting.email).to.equal('giulia.bianchi@example.org');
    expect(romeLocal(new Date(meeting.from_time)).slice(9, 13)).to.equal(time.replace(':', ''));
    await expect(el).to.be.accessible();
  });

  it('offers the appointment as an .ics file in the office time zone', async () => {
    loginAs('giulia');
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    const time = await toDetails(el);
    await type(el, 'f-details', 'Cambio di residenza');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiedente');
    await next(el);
    await waitUntil(() => heading(el) === 'Verifica dei dati');
    await next(el);
    await waitUntil(() => heading(el) === 'Appuntamento confermato');
    const link = $<HTMLAnchorElement>(el, 'a[download="appuntamento.ics"]')!;
    const ics = decodeURIComponent(link.href.split(',')[1]!);
    expect(ics).to.contain('BEGIN:VEVENT').and.contain('END:VEVENT').and.contain('BEGIN:VTIMEZONE');
    expect(ics).to.match(new RegExp(`DTSTART;TZID=Europe/Rome:\\d{8}T${time.replace(':', '')}00`));
    expect(ics).to.contain('STATUS:CONFIRMED');
  });

  it('marks a moderated calendar\'s booking as awaiting approval', async () => {
    loginAs('marco');
    const el = await mount(`calendar-id="${CALENDAR.scuola}"`);
    await toDetails(el);
    await type(el, 'f-details', 'Colloquio per la mensa');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiedente');
    await next(el);
    await waitUntil(() => heading(el) === 'Verifica dei dati');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiesta di appuntamento inviata');
    expect($(el, '.sdc-tag')!.textContent).to.equal('In attesa di approvazione');
    await expect(el).to.be.accessible();
  });

  it('lets a citizen without SPID book with a short form and an anonymous session', async () => {
    const el = await mount(`calendar-id="${CALENDAR.tecnico}"`);
    await toDetails(el);
    await type(el, 'f-details', 'Accesso agli atti della mia casa');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiedente');
    expect($(el, '.login-hint a')!.getAttribute('href')).to.contain('/lang/login?return-url=');
    await next(el);
    await waitUntil(() => $(el, '.error-summary'));
    expect($(el, '#f-email')!.getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'f-givenName', 'Anna');
    await type(el, 'f-familyName', 'Neri');
    await type(el, 'f-email', 'anna.neri@example.org');
    await next(el);
    await waitUntil(() => heading(el) === 'Verifica dei dati');
    await next(el);
    await waitUntil(() => heading(el) === 'Appuntamento confermato', 'confirmed', { timeout: 8000 });
    const meeting = tenantState().meetings.find((m) => m.email === 'anna.neri@example.org');
    expect(meeting?.name).to.equal('Anna Neri');
  });

  it('says when the slot was taken meanwhile and goes back to the choice keeping what was typed', async () => {
    loginAs('giulia');
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await toDetails(el);
    await type(el, 'f-details', 'Testo da non perdere');
    await next(el);
    await waitUntil(() => heading(el) === 'Richiedente');
    await next(el);
    await waitUntil(() => heading(el) === 'Verifica dei dati');
    // The office frees the draft (or someone else took the slot): the confirmation finds nothing to confirm.
    mutate((s) => { s.meetings = s.meetings.filter((m) => m.status !== 6); });
    await next(el);
    await waitUntil(() => heading(el) === 'Data e orario', 'back to the slot choice', { timeout: 8000 });
    expect($(el, '.sdc-alert')!.textContent).to.contain('non è più riservato');
    await chooseSlot(el);
    await next(el);
    await waitUntil(() => heading(el) === 'Dettagli appuntamento');
    expect($<HTMLTextAreaElement>(el, '#f-details')!.value).to.equal('Testo da non perdere');
  });

  it('says so when the chosen time was booked by someone else before it could be held', async () => {
    loginAs('giulia');
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await chooseSlot(el);
    worker.use(http.post('*/api/meetings', () => HttpResponse.json({ type: 'error', title: 'There was an error during save process', description: 'L’orario scelto non è più disponibile: scegline un altro.' }, { status: 400 })));
    await next(el);
    await waitUntil(() => $(el, '.sdc-alert'), 'notice', { timeout: 8000 });
    expect($(el, '.sdc-alert')!.textContent).to.contain('prenotato da qualcun altro');
    expect(heading(el)).to.equal('Data e orario');
  });

  it('validates the details: required and at most 200 characters', async () => {
    loginAs('giulia');
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await toDetails(el);
    await type(el, 'f-details', 'x'.repeat(201));
    await next(el);
    await waitUntil(() => $(el, '.error-summary'));
    expect($(el, '.error-summary')!.textContent).to.contain('al massimo 200 caratteri');
    expect($(el, '#f-details')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('moves through the days with the arrow keys and picks one with Enter', async () => {
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await chooseSlot(el);
    const first = $<HTMLButtonElement>(el, 'button.day[tabindex="0"]')!;
    expect(first.classList.contains('day--free')).to.be.true;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset?.date !== undefined && el.shadowRoot!.activeElement !== first, 'focus moved');
    const moved = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(moved.dataset.date! > first.dataset.date!).to.be.true;
    expect(moved.getAttribute('aria-label')).to.match(/disponibile$/);
    expect([...el.shadowRoot!.querySelectorAll('button.day[tabindex="0"]')]).to.have.length(1);
  });

  it('jumps to the first available date', async () => {
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await waitUntil(() => $(el, 'button.first-available'));
    $<HTMLButtonElement>(el, 'button.first-available')!.click();
    await waitUntil(() => $(el, 'button.day[aria-pressed="true"]'), 'a day chosen', { timeout: 8000 });
    await waitUntil(() => $(el, 'input[name=slot]'), 'its slots', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('says when a month has no availability', async () => {
    worker.use(http.get('*/api/calendars/:id/availabilities', () => HttpResponse.json([])));
    const el = await mount(`calendar-id="${CALENDAR.anagrafe}"`);
    await waitUntil(() => $(el, '.sdc-state--empty'));
    expect($(el, '.sdc-state--empty')!.textContent).to.contain('Non ci sono date disponibili');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry that works when the offices cannot be loaded', async () => {
    worker.use(scenarios.serverError('/api/calendars', 'get'));
    const el = await mount();
    expect($(el, '.sdc-state--error')!.textContent).to.contain('Non è stato possibile caricare gli uffici');
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    $<HTMLButtonElement>(el, '.sdc-retry')!.click();
    await waitUntil(() => heading(el) === 'Luogo', 'loaded after retry', { timeout: 8000 });
  });
});

describe('buildIcs', () => {
  it('writes a valid VEVENT at the Rome wall-clock time whatever the device time zone', () => {
    const start = new Date('2026-03-05T08:30:00Z'); // 09:30 in Rome (CET)
    const ics = buildIcs({ uid: 'x@sdc', start, end: new Date('2026-03-05T09:00:00Z'), summary: 'Appuntamento – Anagrafe, piano terra', location: 'Piazza del Municipio 1', now: new Date('2026-03-01T10:00:00Z') });
    expect(ics).to.contain('DTSTART;TZID=Europe/Rome:20260305T093000\r\n');
    expect(ics).to.contain('DTEND;TZID=Europe/Rome:20260305T100000\r\n');
    expect(ics).to.contain('DTSTAMP:20260301T100000Z');
    expect(ics).to.contain('SUMMARY:Appuntamento – Anagrafe\\, piano terra');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.be.true;
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).to.be.true;
  });

  it('uses summer time in summer', () => {
    expect(romeLocal(new Date('2026-07-01T07:00:00Z'))).to.equal('20260701T090000');
  });

  it('folds long lines at 75 octets', () => {
    const ics = buildIcs({ uid: 'y', start: new Date(), end: new Date(), summary: 'a'.repeat(200) });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });
});
