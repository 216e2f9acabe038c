import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CALENDAR, CITIZEN, PRATICA, SERVICE, issueToken, loginAs, mutate, tenantState, worker } from '../support/mock.js';
import '../../src/index.js';
import { SdcProvider } from '../../src/elements/sdc-provider/sdc-provider.js';
import type { SdcElement } from '../../src/core/sdc-element.js';
import type { ApiController } from '../../src/controllers/api-controller.js';

/**
 * Every element that talks to the backend works whatever the page's order (issue 14 item 1):
 * its own `base-url`; inside `<sdc-provider>`; inside a provider whose script is defined after the
 * element (the CDN bundle registers `sdc-provider` last; a CMS may load it later still).
 */
type Case = { tag: string; attrs: Record<string, string> };
const CASES: Case[] = [
  { tag: 'sdc-login', attrs: {} },
  { tag: 'sdc-service-list', attrs: {} },
  { tag: 'sdc-service-card', attrs: { 'service-id': 'accesso-atti' } },
  { tag: 'sdc-pratica-wizard', attrs: { 'service-id': SERVICE.accessoAtti } },
  { tag: 'sdc-payment-panel', attrs: { 'pratica-id': PRATICA.giuliaAccessoAtti } },
  { tag: 'sdc-message-thread', attrs: { 'pratica-id': PRATICA.giuliaMensa, 'poll-interval': '0' } },
  { tag: 'sdc-pratiche-list', attrs: { 'url-sync': 'none' } },
  { tag: 'sdc-pratica-detail', attrs: { 'pratica-id': PRATICA.giuliaMensa } },
  { tag: 'sdc-payments-list', attrs: { 'url-sync': 'none' } },
  { tag: 'sdc-profile', attrs: {} },
  { tag: 'sdc-meetings-list', attrs: {} },
  { tag: 'sdc-area-personale', attrs: {} },
  { tag: 'sdc-appointment-booking', attrs: { 'calendar-id': CALENDAR.anagrafe } },
];

type Api = SdcElement & { api: ApiController };
const root = (el: Element): ParentNode => el.shadowRoot ?? el;
const text = (el: Element) => (root(el) as Element).textContent?.replace(/\s+/g, ' ').trim() ?? '';

let requests: URL[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const u = new URL(request.url);
  if (u.pathname.includes('/api/')) requests.push(u);
};
beforeEach(() => {
  requests = [];
  worker.events.on('request:start', onRequest);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

let lateTags = 0;
/** A provider tag not defined yet: `define()` later is what a page gets when the provider's script runs last. */
function lateProvider(): { tag: string; define: () => void } {
  const tag = `sdc-provider-late-${++lateTags}`;
  return { tag, define: () => customElements.define(tag, class extends SdcProvider {}) };
}

function element(c: Case, ownBase: boolean): HTMLElement {
  const el = document.createElement(c.tag);
  if (ownBase) el.setAttribute('base-url', BASE);
  for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
  return el;
}

/** Loaded: the session is known, a backend call answered, nothing is loading or failing. */
async function loaded(el: Api, c: Case): Promise<void> {
  await waitUntil(
    () => {
      const publicOnly = c.tag === 'sdc-service-list' || c.tag === 'sdc-service-card';
      if (!publicOnly && el.api.state !== 'authenticated') return false;
      const r = root(el);
      if (r.querySelector('.sdc-state--loading, .sdc-skeleton, .sdc-state--error, .sdc-state--login')) return false;
      if (c.tag === 'sdc-login') return text(el).includes('Giulia');
      if (c.tag === 'sdc-area-personale') {
        const list = r.querySelector('sdc-pratiche-list');
        return !!list?.shadowRoot?.querySelector('.card');
      }
      return requests.some((u) => !u.pathname.endsWith('/session-auth')) && text(el).length > 20;
    },
    `${c.tag} did not load`,
    { timeout: 10000 },
  );
}

describe('every element, whatever the order of config and scripts', () => {
  beforeEach(() => loginAs('giulia'));

  for (const c of CASES) {
    describe(`<${c.tag}>`, () => {
      it('with its own base-url', async () => {
        const el = (await fixture(element(c, true))) as Api;
        await loaded(el, c);
        expect(requests.every((u) => u.pathname.startsWith(`${BASE}/api/`))).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('inside <sdc-provider base-url>', async () => {
        const provider = await fixture<HTMLElement>(html`<sdc-provider base-url=${BASE}></sdc-provider>`);
        const el = element(c, false) as Api;
        provider.append(el);
        await loaded(el, c);
        expect(requests.every((u) => u.pathname.startsWith(`${BASE}/api/`))).to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('inside a provider defined after the element (late script)', async () => {
        const late = lateProvider();
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const provider = document.createElement(late.tag);
        provider.setAttribute('base-url', BASE);
        const el = element(c, false) as Api;
        provider.append(el);
        wrapper.append(provider);
        await (el as SdcElement).updateComplete;
        expect(el.api.client).to.equal(undefined);
        // Defined later: only now does the configuration exist.
        late.define();
        await loaded(el, c);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('two providers, two tenants, one page', () => {
  it('each element calls its own tenant with its own citizen; the sessions stay apart', async () => {
    const token = (id: string) => issueToken(tenantState().users.find((u) => u.id === id)!);
    const seen: Array<{ path: string; auth: string | null }> = [];
    const record = ({ request }: { request: Request }) => {
      const u = new URL(request.url);
      if (u.pathname.includes('/api/')) seen.push({ path: u.pathname, auth: request.headers.get('Authorization') });
    };
    worker.events.on('request:start', record);
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <sdc-provider base-url=${BASE} token=${token(CITIZEN.giulia)}><sdc-login></sdc-login><sdc-pratiche-list url-sync="none"></sdc-pratiche-list></sdc-provider>
        <sdc-provider base-url="/altro" token=${token(CITIZEN.marco)}><sdc-login></sdc-login><sdc-pratiche-list url-sync="none"></sdc-pratiche-list></sdc-provider>
      </div>`);
      const [a, b] = [...page.querySelectorAll('sdc-provider')];
      const loginA = a!.querySelector('sdc-login') as Api;
      const loginB = b!.querySelector('sdc-login') as Api;
      await waitUntil(() => text(loginA).includes('Giulia') && text(loginB).includes('Marco'), 'two citizens', { timeout: 8000 });
      const listA = a!.querySelector('sdc-pratiche-list') as Api;
      const listB = b!.querySelector('sdc-pratiche-list') as Api;
      const lists = () => seen.filter((r) => r.path.endsWith('/api/applications'));
      await waitUntil(() => lists().length >= 2, 'two lists', { timeout: 8000 });
      await waitUntil(() => !listA.shadowRoot!.querySelector('.sdc-skeleton') && !listB.shadowRoot!.querySelector('.sdc-skeleton'), 'lists shown');
      expect(listA.api.client).to.equal(loginA.api.client);
      expect(listA.api.session).to.not.equal(listB.api.session);
      // Each tenant is asked for its own citizen's pratiche (the list, and the login's unread badge).
      expect([...new Set(lists().map((r) => r.path))].sort()).to.deep.equal(['/altro/api/applications', `${BASE}/api/applications`]);
      for (const r of seen) {
        if (!r.auth) continue;
        expect(r.auth).to.equal(`Bearer ${r.path.startsWith('/altro/') ? listB.api.session!.token : listA.api.session!.token}`);
      }
      // Each on its own: two identical lists on one page repeat their landmarks by construction.
      await expect(listA).to.be.accessible();
      await expect(listB).to.be.accessible();
    } finally {
      worker.events.removeListener('request:start', record);
    }
  });
});

describe('an element without a base URL', () => {
  it('says so once in the console after the page has loaded', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<HTMLElement>(html`<sdc-pratiche-list url-sync="none"></sdc-pratiche-list>`);
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      el.setAttribute('locale', 'en');
      await new Promise((r) => setTimeout(r, 0));
      const mine = warnings.filter((w) => w.includes('<sdc-pratiche-list>'));
      expect(mine).to.have.length(1);
      expect(mine[0]).to.contain('no base URL').and.contain('base-url');
    } finally {
      console.warn = warn;
    }
  });

  it('stays quiet when a provider defined later brings it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const late = lateProvider();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const provider = document.createElement(late.tag);
      provider.setAttribute('base-url', BASE);
      provider.append(document.createElement('sdc-service-list'));
      wrapper.append(provider);
      late.define();
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      expect(warnings.filter((w) => w.includes('no base URL'))).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<sdc-appointment-booking> applicant, when the session comes late', () => {
  const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T | null;
  const heading = (el: Element) => $(el, 'h2[data-step-heading]')?.textContent?.trim() ?? '';

  async function toApplicant(el: Element & { updateComplete: Promise<boolean> }) {
    const next = async () => {
      $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
      await el.updateComplete;
    };
    await waitUntil(() => $(el, 'button.first-available') && $(el, 'table.day-grid'), 'the month', { timeout: 10000 });
    $<HTMLButtonElement>(el, 'button.first-available')!.click();
    await waitUntil(() => $(el, 'input[name=slot]'), 'slots', { timeout: 10000 });
    $<HTMLInputElement>(el, 'input[name=slot]')!.click();
    await el.updateComplete;
    await next();
    await waitUntil(() => heading(el) === 'Dettagli appuntamento', 'details step', { timeout: 10000 });
    for (const [id, value] of [['f-reason', 'Carta d’identità'], ['f-details', 'Rinnovo della carta d’identità.']] as const) {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      if (input.value) continue;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }
    await next();
    await waitUntil(() => heading(el) === 'Richiedente', 'applicant step', { timeout: 10000 });
  }

  async function mountLate(): Promise<Api> {
    const late = lateProvider();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const provider = document.createElement(late.tag);
    provider.setAttribute('base-url', BASE);
    const el = document.createElement('sdc-appointment-booking') as Api;
    el.setAttribute('calendar-id', CALENDAR.anagrafe);
    provider.append(el);
    wrapper.append(provider);
    await el.updateComplete;
    late.define();
    return el;
  }

  it('prefills and locks the name SPID/CIE gave, when the provider is defined after the element', async () => {
    loginAs('giulia');
    const el = await mountLate();
    await toApplicant(el);
    const name = $<HTMLInputElement>(el, '#f-givenName')!;
    expect(name.value).to.equal('Giulia');
    expect(name.readOnly).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-familyName')!.readOnly).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('SPID o CIE');
    await expect(el).to.be.accessible();
  });

  it('never locks an empty field: a profile without a name leaves Nome and Cognome to the citizen', async () => {
    loginAs('giulia');
    mutate((s) => {
      const u = s.users.find((x) => x.id === CITIZEN.giulia)!;
      u.nome = '';
      u.cognome = '';
    });
    const el = await mountLate();
    await toApplicant(el);
    const name = $<HTMLInputElement>(el, '#f-givenName')!;
    expect(name.value).to.equal('');
    expect(name.readOnly).to.equal(false);
    expect($<HTMLInputElement>(el, '#f-familyName')!.readOnly).to.equal(false);
    expect(el.shadowRoot!.textContent).to.not.contain('provengono dalla tua identità digitale');
    await expect(el).to.be.accessible();
  });
});

