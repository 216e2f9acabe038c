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
  it('registers the provider, and an element inside it gets the configuration', async () => {
    const win = await openPage('/test/fixtures/cdn-page.html');
    await waitUntil(() => win.document.querySelector('sdc-cdn-probe')?.shadowRoot?.textContent?.includes('|'), 'probe rendered', { timeout: 5000 });
    expect(win.customElements.get('sdc-provider')).to.exist;
    expect(win.document.querySelector('sdc-cdn-probe')!.shadowRoot!.textContent).to.equal('/lang|en|1.020,99\u00a0€');
  });

  it('is minified into one file with no dev-mode Lit', async () => {
    const source = await (await fetch('/dist/cdn/sdc-widgets.js')).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.match(/^import .* from ['"](lit|zod)/m);
    expect(source).not.to.contain('Registers a tag only when it is free'); // comments are stripped
  });
});
