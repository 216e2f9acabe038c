/**
 * Issue 19: axe `landmark-unique` on the pratica detail's messages section. Every landmark of the
 * detail — its sections, the message thread and its composer, the payment panel — has its own name.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, PRATICA, loginAs } from '../support/mock.js';
import { deepAll, deepText } from '../support/dom.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import '../../src/elements/sdc-payment-panel/define.js';

/** The accessible name a screen reader's landmark list shows (aria-label, or the labelling element's text). */
function landmarkName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as ShadowRoot | Document;
  if (ids) return ids.split(/\s+/).map((id) => (root.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ');
  return '';
}

describe('pratica detail landmarks', function () {
  this.timeout(20000);
  for (const [name, id] of [['with messages', PRATICA.giuliaDieta], ['with a payment', PRATICA.giuliaAccessoAtti], ['asking for more documents', PRATICA.giuliaSospensione], ['mensa', PRATICA.giuliaMensa], ['integration (marco)', PRATICA.marcoRinnovo], ['contrassegno (marco)', PRATICA.marcoContrassegno]] as const) {
    it(`names every landmark once (${name})`, async () => {
      loginAs(name.includes('marco') ? 'marco' : 'giulia');
      const el = await fixture<HTMLElement>(html`<main><sdc-pratica-detail base-url=${BASE} pratica-id=${id}></sdc-pratica-detail></main>`);
      await waitUntil(() => deepAll(el, 'sdc-message-thread').length && !deepAll(el, '.sdc-state--loading').length && deepText(el).includes('Messaggi'),
        'detail still loading', { timeout: 10000 });
      const landmarks = deepAll(el, 'section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby], nav, aside, [role="region"], [role="search"], [role="form"]');
      const names = landmarks.map((l) => `${l.localName}:${landmarkName(l)}`);
      const dup = names.filter((n, i) => names.indexOf(n) !== i);
      expect(dup, names.join(' | ')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});

describe('area personale: a pratica’s messages', function () {
  this.timeout(20000);
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('names every landmark once, the area’s own included', async () => {
    await import('../../src/elements/sdc-area-personale/define.js');
    loginAs('giulia');
    history.replaceState(null, '', `${location.pathname}${location.search}#/pratiche/${PRATICA.giuliaDieta}/messaggi`);
    const el = await fixture<HTMLElement>(html`<main><sdc-area-personale base-url=${BASE}></sdc-area-personale></main>`);
    await waitUntil(() => deepAll(el, 'sdc-message-thread').length && !deepAll(el, '.sdc-state--loading').length && deepAll(el, '.msg').length,
      'thread still loading', { timeout: 10000 });
    const landmarks = deepAll(el, 'section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby], nav, aside, [role="region"], [role="search"], [role="form"]');
    const names = landmarks.map((l) => `${l.localName}:${landmarkName(l)}`);
    const dup = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dup, names.join(' | ')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
