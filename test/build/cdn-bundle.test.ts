import { expect, waitUntil } from '@open-wc/testing';

/** The single-file bundle a CMS page loads with one script tag, in a plain page of its own. */
async function openPage(src: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

describe('CDN bundle', () => {
  // Each page runs its own elements and mock: close it when its test is done.
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers the provider, and an element inside it gets the configuration', async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    await waitUntil(() => win.document.querySelector('sdc-cdn-probe')?.shadowRoot?.textContent?.includes('|'), 'probe rendered', { timeout: 5000 });
    expect(win.customElements.get('sdc-provider')).to.exist;
    expect(win.document.querySelector('sdc-cdn-probe')!.shadowRoot!.textContent).to.equal('/lang|en|1.020,99\u00a0€');
  });

  for (const setup of ['own', 'provider', 'late'] as const) {
    it(`every element loads for a logged-in citizen: ${setup === 'own' ? 'own base-url' : setup === 'provider' ? 'inside <sdc-provider>' : 'provider defined after the bundle'}`, async function () {
      this.timeout(90000);
      const win = await openPage(`/test/fixtures/cdn-elements.html?setup=${setup}`);
      const warnings: string[] = [];
      const frameConsole = (win as Window & { console: Console }).console;
      const warn = frameConsole.warn.bind(frameConsole);
      frameConsole.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        warn(...args);
      };
      await waitUntil(() => win.document.querySelectorAll('section[aria-label^="sdc-"]').length === 13 && (win as Window & { __kit?: unknown }).__kit, 'page ready', { timeout: 25000 });
      const pending = () =>
        [...win.document.querySelectorAll('section[aria-label^="sdc-"] > *')].filter((el) => {
          const root: ParentNode = el.shadowRoot ?? el;
          const text = (root as Element).textContent?.replace(/\s+/g, ' ').trim() ?? '';
          if (root.querySelector('.sdc-state--loading, .sdc-skeleton, .sdc-state--error, .sdc-state--login')) return true;
          if (el.localName === 'sdc-login') return !text.includes('Giulia');
          if (el.localName === 'sdc-area-personale') return !root.querySelector('sdc-pratiche-list')?.shadowRoot?.querySelector('.card');
          return text.length < 20;
        }).map((el) => el.localName);
      await waitUntil(() => pending().length === 0, `still loading in the ${setup} set-up`, { timeout: 40000 }).catch((e: Error) => {
        throw new Error(`${e.message}: ${pending().join(', ')}`);
      });
      // A provider defined after the page's load is worth a console line (it may never come); before, silence.
      if (setup !== 'late') expect(warnings.filter((w) => w.includes('no base URL'))).to.deep.equal([]);
    });
  }

  it('is minified into one file with no dev-mode Lit', async () => {
    const source = await (await fetch('/dist/cdn/sdc-widgets.js')).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.match(/^import .* from ['"](lit|zod)/m);
    expect(source).not.to.contain('Registers a tag only when it is free'); // comments are stripped
  });
});
