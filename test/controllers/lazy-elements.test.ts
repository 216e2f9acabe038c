import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { LazyElements } from '../../src/controllers/lazy-elements.js';
import { TestHost } from '../support/controller-host.js';

let n = 0;
/** A fresh tag and an "import" of it that the test settles: fetched, or failed like a dropped connection. */
function lazyTag() {
  const tag = `x-lazy-part-${++n}`;
  let settle!: { ok: () => void; fail: () => void };
  let calls = 0;
  const loader = () => {
    calls++;
    return new Promise<void>((resolve, reject) => {
      settle = {
        ok: () => { customElements.define(tag, class extends HTMLElement {}); resolve(); },
        fail: () => reject(new TypeError('Failed to fetch dynamically imported module')),
      };
    });
  };
  return { tag, loader, settle: () => settle, calls: () => calls };
}

describe('LazyElements', () => {
  async function setup() {
    const part = lazyTag();
    const host = new TestHost();
    const lazy = new LazyElements(host, { [part.tag]: part.loader } as Record<string, () => Promise<unknown>>);
    host.connect();
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = () => render(lazy.render(part.tag, 'it', () => html`<p class="view">Contenuto</p>`), box);
    return { part, host, lazy, box, show };
  }

  it('shows the loading state while the element is fetched, then the view', async () => {
    const { part, host, lazy, box, show } = await setup();
    show();
    expect(box.querySelector('[role="status"]')!.textContent).to.contain('Caricamento');
    expect(part.calls()).to.equal(1);
    show(); // another render while fetching asks once
    expect(part.calls()).to.equal(1);
    part.settle().ok();
    await lazy.whenDefined(part.tag);
    expect(host.updates, 'the host renders again').to.be.above(0);
    show();
    expect(box.querySelector('.view')!.textContent).to.equal('Contenuto');
    await expect(box).to.be.accessible();
  });

  it('says the connection failed, and "Riprova" fetches it again', async () => {
    const { part, lazy, box, show } = await setup();
    show();
    part.settle().fail();
    await lazy.whenDefined(part.tag).catch(() => undefined);
    show();
    const alert = box.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Impossibile contattare il servizio');
    await expect(box).to.be.accessible();
    box.querySelector<HTMLButtonElement>('.sdc-retry')!.click();
    show();
    expect(part.calls()).to.equal(2);
    expect(box.querySelector('[role="status"]')).not.to.equal(null);
    part.settle().ok();
    await lazy.whenDefined(part.tag);
    show();
    expect(box.querySelector('.view')).not.to.equal(null);
  });

  it('"Riprova" imports the chunk the failure named under a new URL, where the browser keeps failed fetches', async () => {
    const tag = `x-lazy-part-${++n}`;
    const url = `https://cdn.example.it/sdc/elements/${tag}.js`;
    const urls: string[] = [];
    const host = new TestHost();
    // The first import and the first retry fail as a dropped connection does; the second retry arrives.
    const lazy = new LazyElements(host, { [tag]: () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) } as Record<string, () => Promise<unknown>>,
      (u) => {
        urls.push(u);
        if (urls.length === 1) return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${u}`));
        customElements.define(tag, class extends HTMLElement {});
        return Promise.resolve();
      });
    host.connect();
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const show = () => render(lazy.render(tag, 'it', () => html`<p class="view">Contenuto</p>`), box);
    const retry = async () => {
      show();
      await expect(box).to.be.accessible();
      box.querySelector<HTMLButtonElement>('.sdc-retry')!.click();
      show();
      await lazy.whenDefined(tag).catch(() => undefined);
    };
    show();
    await lazy.whenDefined(tag).catch(() => undefined);
    await retry();
    expect(urls).to.deep.equal([`${url}?retry=1`]);
    show();
    expect(box.querySelector('[role="alert"]')!.textContent).to.contain('Impossibile contattare il servizio');
    await retry();
    expect(urls).to.deep.equal([`${url}?retry=1`, `${url}?retry=2`]);
    show();
    expect(box.querySelector('.view')!.textContent).to.equal('Contenuto');
    expect(box.querySelector('[role="alert"]')).to.equal(null);
    await expect(box).to.be.accessible();
  });

  it('costs nothing for a tag the page registered already', async () => {
    const part = lazyTag();
    customElements.define(part.tag, class extends HTMLElement {});
    const lazy = new LazyElements(new TestHost(), { [part.tag]: part.loader } as Record<string, () => Promise<unknown>>);
    expect(lazy.phase(part.tag)).to.equal('ready');
    await lazy.whenDefined(part.tag);
    expect(part.calls()).to.equal(0);
  });
});
