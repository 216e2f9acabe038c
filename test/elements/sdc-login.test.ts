import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/sdc-login/define.js';
import '../../src/elements/sdc-provider/define.js';
import type { SdcLogin } from '../../src/elements/sdc-login/sdc-login.js';
import { BASE, loginAs } from '../support/mock.js';

/** The backend has a logged-in citizen, as when the page comes back from the SPID/CIE login. */
function signIn() {
  loginAs('giulia');
}

async function mount(attrs = html`<sdc-login base-url=${BASE} area-personale-url="/area-personale.html"></sdc-login>`) {
  const wrapper = await fixture<HTMLElement>(html`<div>${attrs}</div>`);
  const el = wrapper.querySelector('sdc-login') as SdcLogin;
  // Signed in: until the menu's module has arrived the box stays busy (sdc-login-on-demand.test.ts).
  await waitUntil(() => ['authenticated', 'anonymous'].includes(el.api.state) && el.querySelector('a, button') && !el.querySelector('[aria-busy="true"]'), 'nothing rendered', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

describe('sdc-login', () => {
  it('offers "Accedi all\'area personale" to the backend login, back to this page', async () => {
    const el = await mount();
    expect(el.shadowRoot).to.equal(null);
    const link = document.querySelector<HTMLAnchorElement>('a[data-element="personal-area-login"]')!;
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Accedi all’area personale');
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/lang/login');
    expect(url.searchParams.get('return-url')).to.equal(location.href);
    await expect(el).to.be.accessible();
  });

  it('uses the provider’s login URL when it has one', async () => {
    const wrapper = await fixture<HTMLElement>(html`<sdc-provider base-url=${BASE} login-url="https://servizi.comune.example.it/auth">
      <sdc-login></sdc-login></sdc-provider>`);
    const el = wrapper.querySelector('sdc-login')!;
    await waitUntil(() => el.querySelector('a'), 'no link', { timeout: 5000 });
    expect(el.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/servizi\.comune\.example\.it\/auth\?return-url=/);
  });

  it('shows the citizen’s name and a menu that opens and closes with the keyboard', async () => {
    signIn();
    const el = await mount();
    const toggle = el.querySelector<HTMLButtonElement>('button.sdc-login__toggle')!;
    expect(toggle.textContent).to.contain('Giulia Bianchi');
    expect(document.querySelector('[data-element="personal-area-login"]')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const menu = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(menu.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.hidden).to.equal(false);
    const area = menu.querySelector('a')!;
    expect(area.textContent!.trim()).to.equal('Area personale');
    expect(area.getAttribute('href')).to.equal('/area-personale.html');
    expect(menu.querySelector('button')!.textContent!.trim()).to.equal('Esci');
    await expect(el).to.be.accessible();

    area.focus();
    area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await el.updateComplete;
    expect(menu.hidden).to.equal(true);
    expect(document.activeElement).to.equal(toggle);
  });

  it('closes the menu on a click elsewhere in the page', async () => {
    signIn();
    const el = await mount();
    el.querySelector<HTMLButtonElement>('button.sdc-login__toggle')!.click();
    await el.updateComplete;
    document.body.click();
    await el.updateComplete;
    expect(el.querySelector<HTMLElement>('.sdc-login__menu')!.hidden).to.equal(true);
  });

  it('logs out everywhere on the page with "Esci"', async () => {
    signIn();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sdc-login base-url=${BASE}></sdc-login><sdc-login base-url=${BASE}></sdc-login>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('sdc-login')];
    await waitUntil(() => second.querySelector('button'), 'second not logged in', { timeout: 5000 });
    first.querySelector<HTMLButtonElement>('button.sdc-login__toggle')!.click();
    await (first as SdcLogin).updateComplete;
    // The page keeps the citizen here instead of following the backend logout (tests cannot navigate).
    const out = oneEvent(first, 'sdc-logout');
    document.addEventListener('sdc-logout', (e) => e.preventDefault(), { once: true });
    first.querySelector<HTMLButtonElement>('.sdc-login__logout')!.click();
    await out;
    await (second as SdcLogin).updateComplete;
    expect((second as SdcLogin).api.state).to.equal('anonymous');
    expect(wrapper.querySelectorAll('a[data-element="personal-area-login"]')).to.have.length(2);
  });

  it('in a Bootstrap Italia slim header, every menu item reads dark on white, "Esci" too, all of one size', async () => {
    // Bootstrap Italia paints every <button> of the slim header's right zone dark blue, unlayered: it beat
    // the kit's layered rule, and "Esci" was a dark bar with a white box around its word.
    const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css' });
    document.head.append(sheet);
    await new Promise((r) => sheet.addEventListener('load', r, { once: true }));
    try {
      signIn();
      const el = await mount(html`<div class="it-header-slim-wrapper"><div class="it-header-slim-wrapper-content"><div class="it-header-slim-right-zone">
        <sdc-login base-url=${BASE} area-personale-url="/area-personale.html"></sdc-login></div></div></div>`);
      el.querySelector<HTMLButtonElement>('button.sdc-login__toggle')!.click();
      await el.updateComplete;
      const items = [...el.querySelectorAll<HTMLElement>('.sdc-login__menu .sdc-login__item')];
      expect(items.map((i) => i.textContent!.trim())).to.include('Esci');
      for (const item of items) expect(getComputedStyle(item).backgroundColor, item.textContent!.trim()).to.equal('rgb(255, 255, 255)');
      // One size for links and the button (Bootstrap Italia's link line height made the links taller).
      expect(new Set(items.map((i) => i.getBoundingClientRect().height)).size).to.equal(1);
      // As much room under the last item as over the first (the page's `ul` margin stays out).
      expect(getComputedStyle(el.querySelector('.sdc-login__menu ul')!).marginBottom).to.equal('0px');
      await expect(el).to.be.accessible();
    } finally {
      sheet.remove();
    }
  });

  it('renders nothing without a backend', async () => {
    const el = await fixture<SdcLogin>(html`<sdc-login></sdc-login>`);
    expect(el.textContent!.trim()).to.equal('');
  });
});
