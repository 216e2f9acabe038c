/**
 * Issue 19, "Host pages": an old-style CMS page with `.content-area *{all:unset;display:revert}` and
 * `body{font:12px Verdana}` (test/fixtures/host-reset-page.html). That reset reaches every host element
 * and beats `:host` rules, so the kit draws inside `.sdc-root`, a frame in the shadow root that no page
 * rule reaches. Here, at phone, tablet and desktop widths: body text stays ≥ 16px in the kit's font,
 * buttons keep their 48px height, every element lays out as a block as wide as the content area,
 * and nothing scrolls sideways.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PRATICA, SERVICE, loginAs } from '../support/mock.js';
import { deepElements, deepText } from '../support/dom.js';

const SHADOW = ['sdc-pratica-wizard', 'sdc-pratiche-list', 'sdc-payment-panel', 'sdc-pratica-detail'];
/** Light-DOM elements take the page's look, but keep their blocks in order. */
const LIGHT = ['sdc-service-card', 'sdc-feedback'];

/** Where an element draws: its box and every descendant's (an inline host's box does not hold its blocks). */
function drawn(el: Element): { top: number; bottom: number } {
  const boxes = [el, ...deepElements(el)].map((n) => n.getBoundingClientRect()).filter((r) => r.height > 0);
  return { top: Math.min(...boxes.map((r) => r.top)), bottom: Math.max(...boxes.map((r) => r.bottom)) };
}

async function openPage(width: number): Promise<{ win: Window & typeof globalThis; doc: Document; frame: HTMLIFrameElement }> {
  const q = new URLSearchParams({ wizard: SERVICE.biblioteca, payment: PRATICA.giuliaAccessoAtti, pratica: PRATICA.giuliaMensa, service: SERVICE.mensaIscrizione });
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.src = `/test/fixtures/host-reset-page.html?${q}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => SHADOW.every((t) => win.customElements.get(t)), 'the kit did not register', { timeout: 60000 });
  await waitUntil(() => [...SHADOW, ...LIGHT].every((t) => {
    const el = doc.querySelector(t)!;
    return deepText(el).trim() && ![...deepElements(el)].some((n) => n.matches('.sdc-state--loading, [aria-busy="true"]'));
  }), 'elements still loading', { timeout: 30000 });
  return { win, doc, frame };
}

const px = (v: string) => Number.parseFloat(v);

describe('reliability: a CMS reset (all:unset, 12px Verdana) on the host page', function () {
  this.timeout(120000);
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => loginAs('giulia'));
  afterEach(() => frame?.remove());

  for (const width of [390, 780, 1280]) {
    it(`keeps the kit's size, font and block layout at ${width}px`, async () => {
      const page = await openPage(width);
      frame = page.frame;
      const { win, doc } = page;
      const area = doc.querySelector<HTMLElement>('.content-area')!;
      // The reset really applies: the host is inline and the page's text is 12px Verdana.
      const wizard = doc.querySelector('sdc-pratica-wizard')!;
      expect(win.getComputedStyle(wizard).display).to.equal('inline');
      expect(win.getComputedStyle(doc.querySelector('#page-footer')!).fontSize).to.equal('12px');

      const problems: string[] = [];
      const areaWidth = area.clientWidth - px(win.getComputedStyle(area).paddingLeft) - px(win.getComputedStyle(area).paddingRight);
      for (const t of SHADOW) {
        const el = doc.querySelector(t)!;
        const frameEl = [...el.shadowRoot!.children].find((c) => c.classList.contains('sdc-root')) as HTMLElement;
        const cs = win.getComputedStyle(frameEl);
        if (cs.display !== 'block') problems.push(`${t}: frame display ${cs.display}`);
        if (cs.boxSizing !== 'border-box') problems.push(`${t}: frame box-sizing ${cs.boxSizing}`);
        if (/verdana/i.test(cs.fontFamily)) problems.push(`${t}: took the page's font ${cs.fontFamily}`);
        if (Math.abs(frameEl.getBoundingClientRect().width - areaWidth) > 1) problems.push(`${t}: ${frameEl.getBoundingClientRect().width}px wide in a ${areaWidth}px content area`);
        if (frameEl.scrollWidth > frameEl.clientWidth + 1) problems.push(`${t}: scrolls sideways (${frameEl.scrollWidth} > ${frameEl.clientWidth})`);
        for (const p of el.shadowRoot!.querySelectorAll<HTMLElement>('p')) {
          const size = px(win.getComputedStyle(p).fontSize);
          // Small print (hints, tags) is 14px by design; no text is the page's 12px.
          if (size < 14 || (!p.closest('.hint, .sdc-tag, small') && p.matches('.sdc-state__text, .lead, p:not([class])') && size < 16)) {
            problems.push(`${t}: «${(p.textContent ?? '').trim().slice(0, 40)}» is ${size}px`);
          }
        }
        for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('button.btn:not(.btn-sm), a.btn:not(.btn-sm)')) {
          const h = b.getBoundingClientRect().height;
          if (h && (h < 40 || h > 52)) problems.push(`${t}: button «${(b.textContent ?? '').trim().slice(0, 30)}» is ${h}px tall`);
        }
      }
      const avanti = [...wizard.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Avanti')!;
      expect(avanti.getBoundingClientRect().height).to.be.within(40, 52);
      expect(px(win.getComputedStyle(wizard.shadowRoot!.querySelector('.sdc-root p')!).fontSize)).to.be.at.least(16);
      if (doc.documentElement.scrollWidth > win.innerWidth) problems.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${win.innerWidth}`);
      // The stepper fits its box: no step title overflows to the right.
      const stepper = wizard.shadowRoot!.querySelector<HTMLElement>('.stepper')!;
      if (stepper.scrollWidth > stepper.clientWidth + 1) problems.push(`stepper overflows: ${stepper.scrollWidth} > ${stepper.clientWidth}`);
      // Each element, light-DOM ones included, sits below the previous one, and the footer below them all.
      const order = [...SHADOW, ...LIGHT, '#page-footer'];
      const boxes = order.map((s) => drawn(doc.querySelector(s)!));
      for (let i = 1; i < boxes.length; i++) if (boxes[i]!.top < boxes[i - 1]!.bottom - 1) problems.push(`${order[i]} overlaps ${order[i - 1]} (${boxes[i]!.top} < ${boxes[i - 1]!.bottom})`);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
