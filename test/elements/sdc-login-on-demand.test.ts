import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/elements/sdc-login/define.js';
import { SdcLogin } from '../../src/elements/sdc-login/sdc-login.js';
import { BASE, loginAs, worker } from '../support/mock.js';

type SignedInModule = Awaited<ReturnType<typeof SdcLogin.loadSignedIn>>;

const realLoad = SdcLogin.loadSignedIn;

/** Replaces the login's import of its signed-in menu (the seam), counting the calls. */
function stubMenuImport(load: () => Promise<SignedInModule> = realLoad): { calls: number } {
  const seen = { calls: 0 };
  SdcLogin.loadSignedIn = () => {
    seen.calls++;
    return load();
  };
  return seen;
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function mount(): Promise<SdcLogin> {
  const wrapper = await fixture<HTMLElement>(html`<div><sdc-login base-url=${BASE} area-personale-url="/area-personale.html"></sdc-login></div>`);
  return wrapper.querySelector('sdc-login') as SdcLogin;
}

const box = (el: SdcLogin) => {
  const r = el.querySelector('.sdc-login')!.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
};

describe('sdc-login: the signed-in menu comes on demand (issue 15)', () => {
  afterEach(() => {
    SdcLogin.loadSignedIn = realLoad;
  });

  it('an anonymous visitor’s page never imports the signed-in menu', async () => {
    const menu = stubMenuImport();
    const el = await mount();
    await waitUntil(() => el.api.state === 'anonymous', 'anonymous', { timeout: 5000 });
    await el.updateComplete;
    const link = el.querySelector<HTMLAnchorElement>('a[data-element="personal-area-login"]')!;
    expect(link.getAttribute('href')).to.contain('/lang/login');
    expect(el.querySelector('.sdc-login')!.getAttribute('aria-busy')).to.equal('false');
    expect(menu.calls).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a citizen’s token starts the import before her profile has answered', async () => {
    loginAs('giulia');
    const menu = stubMenuImport();
    let importsWhenProfileAsked: number | undefined;
    // Looks, then lets the tenant's own handler answer.
    worker.use(http.get(`${BASE}/api/users/:id`, () => {
      importsWhenProfileAsked ??= menu.calls;
    }));
    const el = await mount();
    await waitUntil(() => el.querySelector('.sdc-login__toggle')?.textContent?.includes('Giulia Bianchi'), 'the citizen’s name', { timeout: 5000 });
    expect(importsWhenProfileAsked).to.equal(1);
    expect(menu.calls).to.equal(1);
  });

  it('while the menu loads: the same box, busy, no login link; then her name', async () => {
    const anonymous = await mount();
    await waitUntil(() => anonymous.api.state === 'anonymous', 'anonymous', { timeout: 5000 });
    await anonymous.updateComplete;
    const anonymousBox = box(anonymous);
    fixtureCleanup();

    loginAs('giulia');
    const arrival = deferred<SignedInModule>();
    stubMenuImport(() => arrival.promise);
    const el = await mount();
    await waitUntil(() => el.api.state === 'authenticated', 'signed in', { timeout: 5000 });
    await el.updateComplete;
    const link = el.querySelector<HTMLAnchorElement>('.sdc-login__link')!;
    expect(link.hasAttribute('href')).to.equal(false);
    expect(link.getAttribute('aria-disabled')).to.equal('true');
    expect(el.querySelector('.sdc-login')!.getAttribute('aria-busy')).to.equal('true');
    expect(box(el)).to.deep.equal(anonymousBox);
    await expect(el).to.be.accessible();

    arrival.resolve(await realLoad());
    await waitUntil(() => el.querySelector('.sdc-login__toggle'), 'the menu', { timeout: 5000 });
    expect(el.querySelector('.sdc-login__toggle')!.textContent).to.contain('Giulia Bianchi');
    expect(el.querySelector('[data-element="personal-area-login"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a failed import: she stays signed in, reads what happened, and "Riprova" brings the menu', async () => {
    loginAs('giulia');
    let fail = true;
    const menu = stubMenuImport(() => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realLoad()));
    const el = await mount();
    await waitUntil(() => el.querySelector('[role="alert"]'), 'the error', { timeout: 5000 });
    expect(el.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Il menu dell’area personale non si è caricato.');
    expect(el.api.state).to.equal('authenticated');
    expect(el.api.session!.citizen?.fullName).to.equal('Giulia Bianchi');
    // Her area personale stays one click away, and nothing offers her to log in again.
    const area = [...el.querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Area personale')!;
    expect(area.getAttribute('href')).to.equal('/area-personale.html');
    expect(el.querySelector('[data-element="personal-area-login"]')).to.equal(null);
    await expect(el).to.be.accessible();

    fail = false; // the network is back
    const retry = [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riprova')!;
    retry.click();
    await waitUntil(() => el.querySelector('.sdc-login__toggle'), 'the menu after Riprova', { timeout: 5000 });
    expect(el.querySelector('.sdc-login__toggle')!.textContent).to.contain('Giulia Bianchi');
    expect(el.querySelector('[role="alert"]')).to.equal(null);
    expect(menu.calls).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
