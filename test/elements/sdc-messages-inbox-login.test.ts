import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sdc-login/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import type { SdcLogin } from '../../src/elements/sdc-login/sdc-login.js';
import { BASE, loginAs } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('sdc-login: unread messages', () => {

  it('shows the unread count in the menu, linking to the area personale’s Messaggi, with a badge that has an accessible name', async () => {
    loginAs('giulia');
    const wrapper = await fixture<HTMLElement>(html`<div><sdc-login base-url=${BASE} area-personale-url="/area-personale.html"></sdc-login></div>`);
    const el = wrapper.querySelector('sdc-login') as SdcLogin;
    await waitUntil(() => el.querySelector('.sdc-login__messages'), 'no unread item', { timeout: 8000 });
    const item = el.querySelector<HTMLAnchorElement>('.sdc-login__messages')!;
    expect(text(item)).to.equal('2 messaggi non letti');
    expect(new URL(item.href).pathname + new URL(item.href).hash).to.equal('/area-personale.html#/messaggi');
    const toggle = el.querySelector('.sdc-login__toggle')!;
    expect(el.querySelector('.sdc-login__badge')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(toggle)).to.contain('Giulia Bianchi 2 , 2 messaggi non letti'.replace(' ,', ','));
    await expect(el).to.be.accessible();
  });

  it('updates the count when a message is read anywhere on the page', async () => {
    loginAs('giulia');
    const wrapper = await fixture<HTMLElement>(html`<div><sdc-login base-url=${BASE} area-personale-url="/area-personale.html"></sdc-login></div>`);
    const el = wrapper.querySelector('sdc-login') as SdcLogin;
    await waitUntil(() => text(el.querySelector('.sdc-login__messages')) === '2 messaggi non letti', 'not counted', { timeout: 8000 });
    // The thread of a pratica with an unread office message, elsewhere on the page: it marks it read once shown.
    const thread = document.createElement('sdc-message-thread');
    thread.setAttribute('base-url', BASE);
    thread.setAttribute('pratica-id', PRATICA.giuliaDieta);
    thread.setAttribute('poll-interval', '0');
    wrapper.append(thread);
    await waitUntil(() => text(el.querySelector('.sdc-login__messages')) === '1 messaggio non letto', 'count not updated', { timeout: 8000 });
  });
});
