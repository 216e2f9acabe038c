import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, SERVICE, addPayment, addPratica, loginAs, mutate } from '../support/mock.js';
import { $, $$, buttonNamed, findButton, focused, text, waitForText } from '../support/dom.js';
import { renderStory, storiesOf, type StoryMeta } from '../support/stories.js';
import * as paymentStories from '../../stories/sdc-payments-list.stories.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-meetings-list/define.js';
import type { SdcPaymentsList } from '../../src/elements/sdc-payments-list/sdc-payments-list.js';
import type { SdcMeetingsList } from '../../src/elements/sdc-meetings-list/sdc-meetings-list.js';

// Issue 15: lists that grow for years (payments, appointments) come from plain arrays with no paging on the
// backend (opencity-api.md §7.1): each group shows 10, and "Mostra altri" adds 10 at a time.

const until = (fn: () => unknown, message?: string) => waitUntil(fn, message, { timeout: 5000 });
const DAY = 86_400_000;

beforeEach(() => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

describe('sdc-payments-list: many payments', () => {
  it('shows 10 paid payments, then 10 more on "Mostra altri", with focus on the first added and the count announced', async () => {
    loginAs('giulia');
    const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: 2000 });
    for (let i = 0; i < 25; i++) {
      addPayment({ user_id: CITIZEN.giulia, service_id: SERVICE.accessoAtti, remote_id: app.id, reason: `Diritti di segreteria n. ${i}`, amount: 16, status: 'COMPLETE' } as Parameters<typeof addPayment>[0]);
    }
    const el = await fixture<SdcPaymentsList>(html`<sdc-payments-list base-url=${BASE} url-sync="hash"></sdc-payments-list>`);
    await until(() => $(el, '[data-group="pagati"] .card'), 'payments did not load');
    const paid = () => $$(el, '[data-group="pagati"] .card');
    const total = Number(/\((\d+) pagamenti\)/.exec(text($(el, '#g-pagati')))![1]);
    expect(total).to.be.greaterThanOrEqual(25);
    expect(paid()).to.have.length(10);
    const more = buttonNamed(el, 'Mostra altri 10 pagamenti');
    expect(more.getAttribute('aria-describedby')).to.equal('g-pagati');
    await expect(el).to.be.accessible();

    more.click();
    await until(() => paid().length === 20, 'ten more not shown');
    await until(() => focused(el.shadowRoot!) === paid()[10]!.querySelector('.card__title'), 'focus not on the first added');
    await until(() => text($(el, '[role="status"][aria-live]')) === 'Aggiunti 10 pagamenti');
    await expect(el).to.be.accessible();

    while (findButton(el, /^Mostra (altri \d+ pagamenti|un altro pagamento)$/)) {
      findButton(el, /^Mostra (altri \d+ pagamenti|un altro pagamento)$/)!.click();
      await el.updateComplete;
    }
    expect(paid()).to.have.length(total);
  });
});

describe('sdc-meetings-list: many appointments', () => {
  it('shows 10 past appointments, then 10 more, with focus on the first added and the count announced', async () => {
    loginAs('marco');
    mutate((s) => {
      const past = s.meetings.find((m) => m.user === CITIZEN.marco && m.to_time < Date.now())!;
      for (let i = 1; i <= 24; i++) s.meetings.push({ ...past, id: `past-${i}`, from_time: past.from_time - i * DAY, to_time: past.to_time - i * DAY });
    });
    const el = await fixture<SdcMeetingsList>(html`<sdc-meetings-list base-url=${BASE}></sdc-meetings-list>`);
    await until(() => $(el, '.meeting'), 'meetings did not load');
    const pastHeading = $(el, '#m-past')!;
    expect(text(pastHeading)).to.equal('Appuntamenti passati');
    const shownPast = () => $$(el, '.meeting').length - $$(el, '.meeting').indexOf(pastHeading.nextElementSibling as HTMLElement);
    expect(shownPast()).to.equal(10);
    const more = buttonNamed(el, 'Mostra altri 10 appuntamenti');
    expect(more.getAttribute('aria-describedby')).to.equal('m-past');
    await expect(el).to.be.accessible();

    more.click();
    await until(() => shownPast() === 20, 'ten more not shown');
    const first = $$(el, '.meeting')[$$(el, '.meeting').length - 10]!;
    await until(() => focused(el.shadowRoot!) === first.querySelector('.meeting__title'), 'focus not on the first added');
    await until(() => text($(el, '[role="status"][aria-live]')) === 'Aggiunti 10 appuntamenti');
    buttonNamed(el, 'Mostra altri 5 appuntamenti').click();
    await until(() => shownPast() === 25, 'the last ones not shown');
    expect(findButton(el, /Mostra altr/)).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('sdc-payments-list story "MoltiPagamenti"', () => {
  it('shows ten paid payments and "Mostra altri 10 pagamenti", accessibly', async () => {
    const { el, cleanup } = await renderStory(paymentStories.default as StoryMeta, storiesOf(paymentStories).find(([n]) => n === 'MoltiPagamenti')![1], 'sdc-payments-list');
    try {
      await waitForText(el, /Mostra altri 10 pagamenti/);
      expect($$(el, '[data-group="pagati"] .card')).to.have.length(10);
      await expect(el).to.be.accessible();
    } finally {
      cleanup();
    }
  });
});
