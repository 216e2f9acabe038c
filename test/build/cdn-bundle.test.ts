import { expect, waitUntil } from '@open-wc/testing';
import { filesFor, openPage, recordConsole, type KitWindow } from '../support/cdn-page.js';

/** Waits until every element of the page shows its content (the citizen is Giulia, logged in, unless `anonymous`). */
async function everyElementLoaded(win: KitWindow, count: number, what: string, anonymous = false): Promise<void> {
  await waitUntil(() => win.document.querySelectorAll('section[aria-label^="sdc-"]').length === count && win.__kit, 'page ready', { timeout: 25000 });
  const pending = () =>
    [...win.document.querySelectorAll('section[aria-label^="sdc-"] > *')].filter((el) => {
      const root: ParentNode = el.shadowRoot ?? el;
      const text = (root as Element).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (root.querySelector('.sdc-state--loading, .sdc-skeleton, .sdc-state--error, .sdc-state--login')) return true;
      if (el.localName === 'sdc-login') return !text.includes(anonymous ? 'Accedi' : 'Giulia') || !!el.querySelector('[aria-busy="true"]');
      if (el.localName === 'sdc-area-personale') return !root.querySelector('sdc-pratiche-list')?.shadowRoot?.querySelector('.card');
      return text.length < 20;
    }).map((el) => el.localName);
  await waitUntil(() => pending().length === 0, `still loading: ${what}`, { timeout: 40000 }).catch((e: Error) => {
    throw new Error(`${e.message}: ${pending().join(', ')}`);
  });
}

describe('CDN bundle', () => {
  // Each page runs its own elements and mock: close it when its test is done.
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('all-in-one file: registers the provider, and an element inside it gets the configuration', async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    await waitUntil(() => win.document.querySelector('sdc-cdn-probe')?.shadowRoot?.textContent?.includes('|'), 'probe rendered', { timeout: 5000 });
    expect(win.customElements.get('sdc-provider')).to.exist;
    expect(win.document.querySelector('sdc-cdn-probe')!.shadowRoot!.textContent).to.equal('/lang|en|1.020,99\u00a0€');
  });

  for (const setup of ['own', 'provider', 'late'] as const) {
    it(`loader: every element loads for a logged-in citizen: ${setup === 'own' ? 'own base-url' : setup === 'provider' ? 'inside <sdc-provider>' : 'provider defined after the bundle'}`, async function () {
      this.timeout(90000);
      const win = await openPage(`/test/fixtures/cdn-elements.html?setup=${setup}`);
      const log = recordConsole(win);
      await everyElementLoaded(win, 13, `the ${setup} set-up`);
      // A provider defined after the page's load is worth a console line (it may never come); before, silence.
      if (setup !== 'late') expect(log.warnings.filter((w) => w.includes('no base URL'))).to.deep.equal([]);
      expect(log.errors).to.deep.equal([]);
    });
  }

  it('loader: script before the elements, the folder hosted at another path', async function () {
    this.timeout(90000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&order=before&at=/assets/kit/v1/');
    const log = recordConsole(win);
    await everyElementLoaded(win, 13, 'script first, at /assets/kit/v1/');
    // Every chunk came from the loader's own folder.
    const requested = win.__requested!();
    expect(requested).to.include('sdc-widgets.js');
    expect(requested).to.include('elements/sdc-pratica-wizard.js');
    expect(log.errors).to.deep.equal([]);
  });

  it('all-in-one file: every element loads inside <sdc-provider>', async function () {
    this.timeout(90000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&file=sdc-widgets.all.js');
    await everyElementLoaded(win, 13, 'the all-in-one file');
    expect(win.__requested!()).to.deep.equal(['sdc-widgets.all.js']);
  });

  it('a catalogue page downloads only its elements’ chunks, as the chunk graph says', async function () {
    this.timeout(60000);
    const tags = ['sdc-login', 'sdc-service-list'];
    const win = await openPage(`/test/fixtures/cdn-elements.html?setup=provider&only=${tags.join(',')}`);
    await everyElementLoaded(win, 2, 'catalogue page');
    // Defined by the time their tag is on the page, through the usual API.
    await win.customElements.whenDefined('sdc-service-list');
    expect(win.customElements.get('sdc-pratica-wizard')).to.equal(undefined);
    // Giulia is signed in: the login also fetches its unread count's code, once she is known.
    const expected = await filesFor([...tags, 'sdc-provider'], true);
    expect(expected.length).to.be.above((await filesFor([...tags, 'sdc-provider'])).length);
    await waitUntil(() => win.__requested!().length >= expected.length, 'the unread count’s chunks', { timeout: 10000 }).catch(() => undefined);
    const requested = win.__requested!().sort();
    expect(requested).to.deep.equal(expected);
    expect(requested).not.to.include('elements/sdc-pratica-wizard.js');
    // Fetched in parallel: the loader knows each element's chunks and preloads them all at once.
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href);
    expect(preloads.some((h) => /\/chunks\/kit-/.test(h)), preloads.join(', ')).to.equal(true);
    // The catalogue shows plain text only: no sanitizer in any file it downloads.
    const texts = await Promise.all(requested.map((f) => fetch(`/dist/cdn/${f}`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${f}: ${r.status}`))))));
    expect(requested.filter((_, i) => texts[i]!.includes('DOMPurify'))).to.deep.equal([]);
  });

  it('an anonymous visitor’s catalogue page downloads no signed-in code: exactly the page’s static chunks', async function () {
    this.timeout(60000);
    const tags = ['sdc-login', 'sdc-service-list'];
    const win = await openPage(`/test/fixtures/cdn-elements.html?setup=provider&anonymous=1&only=${tags.join(',')}`);
    await everyElementLoaded(win, 2, 'anonymous catalogue page', true);
    const login = win.document.querySelector('sdc-login')!;
    expect(login.querySelector('a[data-element="personal-area-login"]')!.getAttribute('href')).to.contain('/lang/login');
    const requested = win.__requested!().sort();
    expect(requested).to.deep.equal(await filesFor([...tags, 'sdc-provider']));
    // The signed-in menu has a chunk of its own, and it did not come.
    const signedIn = (await filesFor([...tags, 'sdc-provider'], true)).filter((f) => !requested.includes(f));
    expect(signedIn.some((f) => /^chunks\/signed-in-/.test(f)), signedIn.join(', ')).to.equal(true);
    const texts = await Promise.all(requested.map((f) => fetch(`/dist/cdn/${f}`).then((r) => r.text())));
    // The menu ("Esci") is not in what it ran.
    expect(requested.filter((_, i) => texts[i]!.includes('sdc-login__logout'))).to.deep.equal([]);
  });

  it('loader: the ente’s wording, registered before any element has loaded, is what the citizen reads', async function () {
    this.timeout(60000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&order=before&wording=1&only=sdc-service-list');
    await everyElementLoaded(win, 1, 'service list');
    const list = win.document.querySelector('sdc-service-list')!;
    await waitUntil(() => list.querySelector('label')?.textContent?.includes('Che cosa ti serve?'), 'the overridden search label', { timeout: 10000 });
    expect(list.textContent).not.to.contain('Cerca un servizio');
  });

  it('a pratica detail alone still shows its messages: the detail imports the thread it delegates to', async function () {
    this.timeout(60000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&only=sdc-pratica-detail');
    await everyElementLoaded(win, 1, 'pratica detail');
    const detail = win.document.querySelector('sdc-pratica-detail')!;
    await waitUntil(() => detail.shadowRoot?.querySelector('sdc-message-thread')?.shadowRoot?.textContent?.trim(), 'the thread inside the detail renders', { timeout: 20000 });
    expect(win.__requested!()).to.include('elements/sdc-message-thread.js');
  });

  it('two copies of the loader on one page: elements work, one copy’s definitions win, no error', async function () {
    this.timeout(60000);
    const win = await openPage('/test/fixtures/cdn-elements.html?setup=provider&only=sdc-login,sdc-service-list&twice=/copy-of-the-kit/sdc-widgets.js');
    const log = recordConsole(win);
    await everyElementLoaded(win, 2, 'two copies');
    await waitUntil(() => win.__second, 'second copy evaluated');
    expect(log.errors).to.deep.equal([]);
    expect(log.warnings.filter((w) => !/already defined by sdc-widgets/.test(w))).to.deep.equal([]);
  });

  it('the loader is small and loads no Lit itself; the all-in-one file is minified with no dev-mode Lit', async () => {
    const loader = await (await fetch('/dist/cdn/sdc-widgets.js')).text();
    expect(loader).not.to.contain('lit-html');
    expect(loader).to.contain('./elements/sdc-service-list.js');
    const all = await (await fetch('/dist/cdn/sdc-widgets.all.js')).text();
    for (const source of [loader, all]) {
      expect(source).not.to.contain('Lit is in dev mode');
      expect(source).not.to.match(/^import .* from ['"](lit|zod)/m);
    }
    expect(all).not.to.contain('Registers a tag only when it is free'); // comments are stripped
    expect(all).to.contain('customElements');
  });
});
