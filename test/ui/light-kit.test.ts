/**
 * The light-DOM elements' CSS sits in `@layer sdc` (issue 19): the ente's theme wins over it whatever
 * the specificity, and the kit's own `sdc-` blocks keep border-box sizing on any page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { adoptLightStyles } from '../../src/core/light-styles.js';
import { lightKitStyles } from '../../src/ui/light-kit.js';

describe('light-DOM kit CSS', () => {
  let pageStyle: HTMLStyleElement;
  before(() => adoptLightStyles(lightKitStyles));
  afterEach(() => pageStyle?.remove());

  // The tag is never defined here: the test looks at the CSS only, on the markup the elements render.
  const mount = () => fixture<HTMLElement>(html`<sdc-feedback data-sdc-standalone>
    <div class="sdc-state" style="width:300px;padding:24px">Caricamento…</div>
    <button type="button" class="btn btn-primary">Invia</button>
  </sdc-feedback>`);

  it('styles Bootstrap Italia classes inside its tags when the page has no theme', async () => {
    const el = await mount();
    const btn = el.querySelector('button')!;
    expect(getComputedStyle(btn).minHeight).to.equal('48px');
    expect(getComputedStyle(btn).borderTopLeftRadius).to.equal('4px');
  });

  it('lets a rule of the ente’s theme win, even a less specific one', async () => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = 'button { border-radius: 0; min-height: 56px; } sdc-feedback { color: rgb(10, 20, 30); }';
    document.head.append(pageStyle);
    const el = await mount();
    const btn = el.querySelector('button')!;
    expect(getComputedStyle(btn).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(btn).minHeight).to.equal('56px');
    expect(getComputedStyle(el).color).to.equal('rgb(10, 20, 30)');
  });

  it('keeps border-box on the kit’s own sdc- blocks under a page’s content-box rule', async () => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = 'div { box-sizing: content-box !important; }';
    document.head.append(pageStyle);
    const el = await mount();
    const state = el.querySelector<HTMLElement>('.sdc-state')!;
    expect(getComputedStyle(state).boxSizing).to.equal('border-box');
    expect(state.getBoundingClientRect().width).to.equal(300);
  });
});
