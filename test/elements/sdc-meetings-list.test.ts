import { expect, fixture, html, oneEvent, waitUntil as wait } from '@open-wc/testing';
import { BASE, loginAs, scenarios, tenantState, worker } from '../support/mock.js';
import { $$ } from '../support/dom.js';
import '../../src/elements/sdc-meetings-list/define.js';
import type { SdcMeetingsList } from '../../src/elements/sdc-meetings-list/sdc-meetings-list.js';

const waitUntil = (fn: () => unknown, message?: string) => wait(fn, message, { timeout: 10000 });

async function mount() {
  const el = await fixture<SdcMeetingsList>(html`<sdc-meetings-list base-url=${BASE} booking-url="/prenota.html"></sdc-meetings-list>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.meeting, .sdc-state--empty, .sdc-state--login, .sdc-state--error'), 'rendered');
  return el;
}

describe('<sdc-meetings-list>', () => {

  it('asks to log in when nobody is logged in', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.sdc-state--login a')!.getAttribute('href')).to.contain('/lang/login?return-url=');
    await expect(el).to.be.accessible();
  });

  it('lists upcoming and past appointments with their status', async () => {
    loginAs('marco');
    const el = await mount();
    const headings = $$(el, 'h2').map((h) => h.textContent);
    expect(headings).to.deep.equal(['Prossimi appuntamenti', 'Appuntamenti passati']);
    const tags = $$(el, '.sdc-tag').map((t) => t.textContent);
    expect(tags).to.include('Confermato').and.include('Avvenuto');
    await expect(el).to.be.accessible();
  });

  it('cancels an appointment after confirmation and tells the backend', async () => {
    loginAs('marco');
    const el = await mount();
    const button = $$(el, '.meeting__actions button')[0]!;
    expect(button.textContent).to.contain('Annulla appuntamento');
    button.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
    await expect(el).to.be.accessible();
    const cancelled = oneEvent(el, 'sdc-meeting-cancelled');
    (el.shadowRoot!.querySelector('dialog .btn-danger') as HTMLButtonElement).click();
    const { detail } = await cancelled;
    expect(tenantState().meetings.find((m) => m.id === detail.meeting.id)!.status).to.equal(5);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Appuntamento annullato.'), 'confirmation');
    await waitUntil(() => $$(el, '.sdc-tag').some((t) => t.textContent === 'Annullato'), 'status updated');
  });

  it('keeps the appointment when the citizen changes their mind', async () => {
    loginAs('marco');
    const el = await mount();
    $$(el, '.meeting__actions button')[0]!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'));
    (el.shadowRoot!.querySelector('dialog .btn-outline') as HTMLButtonElement).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'));
    expect(tenantState().meetings.filter((m) => m.status === 5)).to.have.length(0);
  });

  it('invites to book when there are none', async () => {
    loginAs('elena');
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.sdc-state--empty')!.textContent).to.contain('Non hai appuntamenti');
    expect(el.shadowRoot!.querySelector('.sdc-state--empty a')!.getAttribute('href')).to.equal('/prenota.html');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry', async () => {
    loginAs('marco');
    worker.use(scenarios.serverError('/api/meetings', 'get'));
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.sdc-state--error')).to.exist;
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    (el.shadowRoot!.querySelector('.sdc-retry') as HTMLButtonElement).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.meeting'), 'loaded after retry');
  });
});
