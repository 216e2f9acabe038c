/**
 * Space reserved before definition (issue 15, "No layout shift"): with `reserveSpace(document)` an
 * element that is not yet defined already takes its block and typical height, so the page's footer
 * stays where it is when the element arrives.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { reserveCss, reserveSpace } from '../../src/core/reserve-styles.js';

describe('reserveSpace', () => {
  it('adopts one sheet, once, whatever the number of calls or copies', () => {
    const before = document.adoptedStyleSheets.length;
    reserveSpace(document);
    reserveSpace(document);
    expect(document.adoptedStyleSheets.length).to.equal(before + 1);
    expect(reserveCss()).to.match(/^@layer sdc \{/);
  });

  it('gives an undefined element its block and height, and a page rule still wins', async () => {
    reserveSpace(document);
    const el = await fixture<HTMLElement>(html`<div><sdc-payment-panel></sdc-payment-panel><sdc-login></sdc-login></div>`);
    const panel = el.querySelector('sdc-payment-panel')!;
    expect(getComputedStyle(panel).display).to.equal('block');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(getComputedStyle(el.querySelector('sdc-login')!).display).to.equal('inline-block');
    const style = document.createElement('style');
    style.textContent = 'sdc-payment-panel { min-height: 10px; }';
    document.head.append(style);
    try {
      expect(panel.getBoundingClientRect().height).to.equal(10);
    } finally {
      style.remove();
    }
  });

  it('keeps the footer in place when the feedback block is defined and draws', async () => {
    reserveSpace(document);
    const page = await fixture<HTMLElement>(html`<div style="width:760px">
      <p>Contenuto della pagina</p>
      <sdc-feedback></sdc-feedback>
      <footer>Piè di pagina</footer>
    </div>`);
    const footer = page.querySelector('footer')!;
    const top = footer.getBoundingClientRect().top;
    expect(page.querySelector('sdc-feedback')!.getBoundingClientRect().height).to.be.greaterThan(100);
    await import('../../src/elements/sdc-feedback/define.js');
    await customElements.whenDefined('sdc-feedback');
    await (page.querySelector('sdc-feedback') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrame();
    expect(page.querySelector('sdc-feedback')!.textContent).to.match(/\S/);
    expect(Math.abs(footer.getBoundingClientRect().top - top), `the footer moved from ${top}px`).to.be.at.most(8);
  });
});

describe('reserveCss', () => {
  it('reserves only the tags asked for: the all-in-one bundle has defined every element already', () => {
    const css = reserveCss(['sdc-feedback']);
    expect(css).to.contain('sdc-feedback:not(:defined)');
    expect(css).not.to.contain('sdc-service-card');
  });
});
