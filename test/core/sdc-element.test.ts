import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { SdcElement } from '../../src/core/sdc-element.js';
import '../../src/elements/sdc-provider/define.js';

declare module '../../src/core/events.js' {
  interface SdcEventMap {
    'sdc-test-ping': { n: number };
  }
}

/** Shows what it resolved from attributes and context. */
class ProbeElement extends SdcElement {
  override render() {
    return litHtml`<p lang=${this.resolvedLocale}>${this.resolvedBaseUrl ?? 'none'}|${this.resolvedLocale}</p>`;
  }
  ping() { this.emit('sdc-test-ping', { n: 1 }); }
}
ProbeElement.define('sdc-test-probe');

/** Hosts a probe inside its own shadow root, as the area personale hosts the payment panel. */
class OuterElement extends SdcElement {
  override render() { return litHtml`<sdc-test-probe></sdc-test-probe>`; }
}
OuterElement.define('sdc-test-outer');

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('defineElement', () => {
  it('defines a free tag', () => {
    class A extends HTMLElement {}
    defineElement('sdc-test-free', A);
    expect(customElements.get('sdc-test-free')).to.equal(A);
  });

  it('warns with both versions and does not throw when another version holds the tag', async () => {
    class First extends HTMLElement { static version = '0.9.0'; }
    class Second extends HTMLElement { static version = '1.0.0'; }
    defineElement('sdc-test-twice', First);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      expect(() => defineElement('sdc-test-twice', Second)).not.to.throw();
      await Promise.resolve();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('sdc-test-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.9.0').and.to.contain('1.0.0').and.to.contain('<sdc-test-twice>');
  });

  it('prints one grouped line when a second copy of the same version refuses all its tags', async () => {
    const tags = Array.from({ length: 15 }, (_, i) => `sdc-test-copy-${i}`);
    for (const t of tags) defineElement(t, class extends HTMLElement { static version = '0.1.0'; });
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      for (const t of tags) defineElement(t, class extends HTMLElement { static version = '0.1.0'; });
      await Promise.resolve();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('15 elements').and.to.contain('loaded twice').and.to.contain('<sdc-test-copy-14>');
  });

  it('is silent when the same class is defined again', () => {
    class Same extends HTMLElement {}
    defineElement('sdc-test-same', Same);
    const original = console.warn;
    let warned = false;
    console.warn = () => { warned = true; };
    try { defineElement('sdc-test-same', Same); } finally { console.warn = original; }
    expect(warned).to.be.false;
  });
});

describe('SdcElement', () => {
  it('fires typed events that bubble out of shadow roots to the document', async () => {
    const outer = await fixture<OuterElement>(html`<sdc-test-outer></sdc-test-outer>`);
    const probe = outer.shadowRoot!.querySelector('sdc-test-probe') as ProbeElement;
    setTimeout(() => probe.ping());
    const event = await oneEvent(document, 'sdc-test-ping');
    expect(event.detail.n).to.equal(1);
    expect(event.composed).to.be.true;
    expect(event.bubbles).to.be.true;
  });

  it('works without a provider from its own base-url', async () => {
    const el = await fixture<ProbeElement>(html`<sdc-test-probe base-url="/lang/"></sdc-test-probe>`);
    expect(text(el)).to.equal('/lang|it');
  });

  it('takes base-url and locale from the provider', async () => {
    const root = await fixture(html`<sdc-provider base-url="https://servizi.example.it/lang" locale="en"><sdc-test-probe></sdc-test-probe></sdc-provider>`);
    const el = root.querySelector('sdc-test-probe')!;
    await waitUntil(() => text(el) !== 'none|it');
    expect(text(el)).to.equal('https://servizi.example.it/lang|en');
  });

  it('prefers its own attribute over the provider', async () => {
    const root = await fixture(html`<sdc-provider base-url="/a"><sdc-test-probe base-url="/b"></sdc-test-probe></sdc-provider>`);
    const el = root.querySelector('sdc-test-probe')!;
    await (el as ProbeElement).updateComplete;
    expect(text(el)).to.equal('/b|it');
  });

  it('reaches an element nested inside another element\'s shadow root', async () => {
    const root = await fixture(html`<sdc-provider base-url="/lang"><sdc-test-outer></sdc-test-outer></sdc-provider>`);
    const probe = root.querySelector('sdc-test-outer')!.shadowRoot!.querySelector('sdc-test-probe')!;
    await waitUntil(() => probe.shadowRoot?.querySelector('p')?.textContent === '/lang|it');
  });

  it('updates consumers when the provider changes', async () => {
    const root = await fixture<HTMLElement>(html`<sdc-provider base-url="/a"><sdc-test-probe></sdc-test-probe></sdc-provider>`);
    const el = root.querySelector('sdc-test-probe')!;
    await waitUntil(() => text(el) === '/a|it');
    root.setAttribute('base-url', '/b');
    root.setAttribute('locale', 'en');
    await waitUntil(() => text(el) === '/b|en');
  });

  it('gets its context when it was upgraded before the provider was defined', async () => {
    // A tag defined only after the consumer is connected and upgraded: the ContextRoot replays the request.
    const tag = 'sdc-test-late-provider';
    const wrap = await fixture(html`<div></div>`);
    wrap.innerHTML = `<${tag} base-url="/late"><sdc-test-probe></sdc-test-probe></${tag}>`;
    const el = wrap.querySelector('sdc-test-probe') as ProbeElement;
    await el.updateComplete;
    expect(text(el)).to.equal('none|it');
    const { SdcProvider } = await import('../../src/elements/sdc-provider/sdc-provider.js');
    class LateProvider extends SdcProvider {}
    LateProvider.define(tag);
    await waitUntil(() => text(el) === '/late|it');
  });

  it('follows the page language when no locale is set', async () => {
    const el = await fixture<ProbeElement>(html`<div lang="en"><sdc-test-probe></sdc-test-probe></div>`);
    const probe = el.querySelector('sdc-test-probe')!;
    await (probe as ProbeElement).updateComplete;
    expect(text(probe)).to.equal('none|en');
  });

  it('keeps the provider out of the layout and accessible', async () => {
    const root = await fixture<HTMLElement>(html`<sdc-provider base-url="/lang"><p>Contenuto</p></sdc-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
    expect(root.shadowRoot).to.be.null;
    await expect(root).to.be.accessible();
  });
});
