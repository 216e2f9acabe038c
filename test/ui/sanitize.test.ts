/**
 * The rich-text sanitizer on both of its engines (issue 15): the browser's HTML Sanitizer API where it
 * exists (this Chromium), DOMPurify loaded on demand elsewhere (forced here with `setNativeSanitizer(false)`).
 * The same XSS corpus runs through both; typical backend HTML comes out the same; in the fallback the
 * text shows as plain text first and as rich text once DOMPurify is in.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { richText, sanitizeHtml, sanitizerEngine, setNativeSanitizer } from '../../src/ui/sanitize.js';
import { XSS_PAYLOADS } from '../reliability/xss-corpus.js';
import { seedTenant, tenantState } from '../../mocks/db.js';
import { seedMessageThread } from '../../mocks/fixtures/message-thread.js';
import { BASE, SERVICE, addMessage, addPratica, loginAs } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-service-card/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import type { SdcMessageThread } from '../../src/elements/sdc-message-thread/sdc-message-thread.js';
import { renderNodes, type RenderContext } from '../../src/ui/fields/index.js';
import type { RenderNode } from '../../src/forms/index.js';

declare global {
  interface Window { __xss?: unknown }
}

const TAGS = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'span', 'div', 'abbr', 'sub', 'sup',
]);
const ATTRS = new Set(['href', 'title', 'lang', 'colspan', 'rowspan', 'scope', 'abbr', 'target', 'rel']);
const C = 'window.__xss=1';

/** Payloads that target the parser itself (mutation XSS), beyond the shared corpus. */
const MXSS = [
  `<svg><style><img src=x onerror=${C}></style></svg>`,
  `<svg></p><style><a id="</style><img src=1 onerror=${C}>">`,
  `<noscript><p title="</noscript><img src=x onerror=${C}>"></noscript>`,
  `<noscript><style></noscript><img src=x onerror=${C}>`,
  `<template><img src=x onerror=${C}></template>`,
  `<template><style></template><img src=x onerror=${C}></style></template>`,
  `<!--<img src=x onerror=${C}>-->`,
  `<!--><img src=x onerror=${C}>-->`,
  `<p><!--</p><img src=x onerror=${C}>--></p>`,
  `<!--a--!><img src=x onerror=${C}>-->`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror=${C}&gt;">`,
  `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${C}>`,
  `<p><marquee><div>blocco</div></marquee></p>`,
  `<a href="/uno"><marquee><a href="/due">dentro</a></marquee></a>`,
  `<table><marquee><tr><td>cella</td></tr></marquee></table>`,
  `<p title="</p><img src=x onerror=${C}>">attributo</p>`,
];

/** What a citizen's browser would do with the output: Lit renders it into the page. */
async function rendered(dirty: string): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(richText(dirty), host);
  // An <img onerror> that survived would fail its load and run now.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return host;
}

function problems(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (!TAGS.has(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`<${el.localName}>`);
    for (const a of el.attributes) if (!ATTRS.has(a.name)) out.push(`${el.localName}[${a.name}]`);
    const href = el.getAttribute('href');
    if (href !== null && !/^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i.test(href.replace(/[\u0000-\u0020]/g, ''))) out.push(`href=${href}`);
  }
  return out;
}

/** The mock's own rich texts: every service's HTML voices and every message of the seeded threads. */
function backendTexts(): string[] {
  const out = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') { if (/<[a-z]/i.test(v)) out.add(v); } else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  const seeded = seedTenant();
  collect(seeded.services);
  collect(seeded.messages.map((m) => m.message));
  for (const kind of ['actions', 'attachments', 'long'] as const) seedMessageThread(kind);
  collect(tenantState().messages.map((m) => m.message));
  return [...out];
}

/** A DOMPurify download held back until the test lets it through. */
function heldBack() {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  return { load: () => gate.then(() => import('dompurify')), release };
}

let realAlert: typeof window.alert;
beforeEach(() => {
  delete window.__xss;
  realAlert = window.alert;
  window.alert = () => { window.__xss = 'alert'; };
});
afterEach(async () => {
  window.alert = realAlert;
  await setNativeSanitizer(true);
});

describe('sanitizer: engine choice', () => {
  it('a browser with the HTML Sanitizer API uses it and never downloads DOMPurify', () => {
    expect(sanitizerEngine()).to.equal('native');
    expect(sanitizeHtml('<p><b>Ciao</b></p>')).to.equal('<p><b>Ciao</b></p>');
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /purify/i.test(n));
    expect(fetched).to.deep.equal([]);
  });
});

for (const engine of ['native', 'dompurify'] as const) {
  describe(`sanitizer (${engine})`, () => {
    beforeEach(async () => {
      await setNativeSanitizer(engine === 'native');
      expect(sanitizerEngine()).to.equal(engine);
    });

    it('renders every XSS corpus payload inert: nothing runs, only allowed markup, stable on re-parse', async () => {
      for (const payload of [...XSS_PAYLOADS, ...MXSS]) {
        const out = sanitizeHtml(payload);
        const host = await rendered(payload);
        expect(window.__xss, `ran: ${payload}`).to.equal(undefined);
        expect(problems(host), payload).to.deep.equal([]);
        // What Lit parses is what was checked: the output re-parses into itself and sanitizes into itself.
        const again = document.createElement('template');
        again.innerHTML = out;
        expect(again.innerHTML, `re-parse of ${payload}`).to.equal(out);
        expect(sanitizeHtml(out), `second pass of ${payload}`).to.equal(out);
        host.remove();
      }
    });

    it('drops javascript: and data: links, event handlers and styles, keeping the words', () => {
      const out = sanitizeHtml(
        '<p onclick="x()" style="position:fixed">Testo <a href="javascript:alert(1)">uno</a> <a href="data:text/html,<script>1</script>">due</a>'
        + ' <a href=" JaVaScRiPt:alert(1)">tre</a> <a href="java&#x09;script:alert(1)">quattro</a></p>',
      );
      expect(out).to.equal('<p>Testo <a>uno</a> <a>due</a> <a>tre</a> <a>quattro</a></p>');
    });

    it('opens links that leave the site in a new tab without window.opener, and no other', () => {
      const host = document.createElement('div');
      host.innerHTML = sanitizeHtml('<p><a href="https://www.comune.esempio.it" target="_self">sito</a> <a href="/lang/it/pratiche" target="_blank" rel="opener">pratiche</a>'
        + ' <a href="mailto:ufficio@comune.esempio.it">scrivi</a> <a href="tel:+39061234">chiama</a> <a href="#contatti">contatti</a></p>');
      const links = [...host.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]);
      expect(links).to.deep.equal([
        ['sito', 'https://www.comune.esempio.it', '_blank', 'noopener noreferrer'],
        ['pratiche', '/lang/it/pratiche', null, null],
        ['scrivi', 'mailto:ufficio@comune.esempio.it', null, null],
        ['chiama', 'tel:+39061234', null, null],
        ['contatti', '#contatti', null, null],
      ]);
    });

    it('keeps table spans, language and abbreviations with valid values only', () => {
      expect(sanitizeHtml('<table><tr><th scope="col" abbr="Imp.">Importo</th><td colspan="2" rowspan="x" lang="en">Fee</td><td scope="evil" lang="en us">x</td></tr></table>'))
        .to.equal('<table><tbody><tr><th scope="col" abbr="Imp.">Importo</th><td colspan="2" lang="en">Fee</td><td>x</td></tr></tbody></table>');
    });

    it('unwraps unknown elements keeping their text, and removes code, controls and comments with their content', () => {
      expect(sanitizeHtml('<p><font color="red">Importante</font>: <x-nota>entro il 30</x-nota><!-- bozza --></p>'
        + '<button>Invia</button><select><option>Uno</option></select><textarea>Testo</textarea><style>p{}</style><script>1</script><noscript>no</noscript><template>t</template>'
        + '<svg><text>grafico</text></svg><math><mi>x</mi></math><iframe>cornice</iframe><object>oggetto</object><form><p>Modulo</p></form>'))
        .to.equal('<p>Importante: entro il 30</p><p>Modulo</p>');
    });
  });
}

describe('sanitizer: the two engines agree', () => {
  it('typical backend HTML (the mock’s service texts and messages) comes out the same on both', async () => {
    const texts = backendTexts();
    expect(texts.length).to.be.above(20);
    await setNativeSanitizer(true);
    const native = texts.map(sanitizeHtml);
    await setNativeSanitizer(false);
    const purified = texts.map(sanitizeHtml);
    for (const [i, t] of texts.entries()) expect(native[i], t).to.equal(purified[i]);
    // And they are rich: formatting and links survive.
    expect(native.join('')).to.contain('<strong>').and.contain('<li>').and.contain('rel="noopener noreferrer"');
  });
});

describe('sanitizer: fallback before DOMPurify arrives', () => {
  it('shows escaped plain text, then rich text', async () => {
    const { load, release } = heldBack();
    const ready = setNativeSanitizer(false, load);
    expect(sanitizerEngine()).to.equal('text');
    expect(sanitizeHtml('<p>Uno &amp; <b>due</b></p><p>a &lt; b<img src=x onerror="window.__xss=1"></p><script>x</script>')).to.equal('Uno &#38; due a &#60; b');
    release();
    await ready;
    expect(sanitizerEngine()).to.equal('dompurify');
    expect(sanitizeHtml('<p>Uno &amp; <b>due</b></p>')).to.equal('<p>Uno &amp; <b>due</b></p>');
  });

  it('a service card shows its texts as plain text, then renders them rich when DOMPurify is in', async () => {
    const { load, release } = heldBack();
    const ready = setNativeSanitizer(false, load);
    const page = await fixture<HTMLDivElement>(html`<div><sdc-service-card base-url=${BASE} service-id="accesso-atti" no-feedback></sdc-service-card></div>`);
    const card = page.querySelector('sdc-service-card')!;
    await waitUntil(() => card.querySelector('[data-element="service-title"]'), 'the card did not load', { timeout: 5000 });
    const description = () => $(card, '[data-element="service-extended-description"]')!;
    const plain = text(description());
    expect(plain.length).to.be.above(20);
    // Readable, and no backend markup yet: the wrapper holds text only.
    expect(description().querySelectorAll('*')).to.have.length(0);
    await expect(page).to.be.accessible();

    release();
    await ready;
    await waitUntil(() => description().querySelector('p, ul, strong, a'), 'the description did not become rich text', { timeout: 5000 });
    expect(text(description()).replace(/\s+/g, '')).to.equal(plain.replace(/\s+/g, ''));
    await expect(page).to.be.accessible();
  });

  it('a form’s content block (kept by the engine, rendered once) turns rich when DOMPurify is in', async () => {
    const node = {
      kind: 'content', id: 'f-intro', type: 'htmlelement', key: 'intro', path: '~intro', label: '', hideLabel: true, visible: true,
      html: '<p>Leggi l’<a href="https://www.comune.esempio.it/privacy">informativa</a> prima di <strong>iniziare</strong>.</p>',
    } as unknown as RenderNode;
    const ctx = { locale: 'it' } as RenderContext;
    const { load, release } = heldBack();
    const ready = setNativeSanitizer(false, load);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderNodes([node], ctx), host);
    expect(text($(host, '.content'))).to.equal('Leggi l’informativa prima di iniziare.');
    expect($$(host, '.content a')).to.have.length(0);
    release();
    await ready;
    // The wizard renders again on the notifier with the very same node.
    render(renderNodes([node], ctx), host);
    expect($(host, '.content strong')?.textContent).to.equal('iniziare');
    expect($(host, '.content a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(host).to.be.accessible();
  });

  it('a message thread turns its bodies and their action links rich when DOMPurify is in', async () => {
    loginAs('giulia');
    const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: 4000 });
    addMessage({
      application: p.id, author: '5d0c0a7e-0000-4b1e-9c2d-0000000000aa', created_at: Date.now() - 3_600_000,
      message: '<p>Per concludere <a href="https://pagamenti.comune.esempio.it/online-payment/1">paghi online</a> il canone.</p>',
    });
    const { load, release } = heldBack();
    const ready = setNativeSanitizer(false, load);
    const el = await fixture<SdcMessageThread>(html`<sdc-message-thread base-url=${BASE} pratica-id=${p.id} poll-interval="0"></sdc-message-thread>`);
    await waitUntil(() => $(el, '.msg__body'), 'the thread did not load', { timeout: 5000 });
    expect(text($(el, '.msg__body'))).to.equal('Per concludere paghi online il canone.');
    expect($$(el, '.msg__body a')).to.have.length(0);
    await expect(el).to.be.accessible();

    release();
    await ready;
    await waitUntil(() => $(el, '.msg__body a'), 'the body did not become rich text', { timeout: 5000 });
    const link = $<HTMLAnchorElement>(el, '.msg__body a')!;
    expect([link.textContent, link.target, link.rel]).to.deep.equal(['paghi online', '_blank', 'noopener noreferrer']);
    // The payment link is recognised once the body is rich: the thread offers it as an action.
    expect($$(el, '.msg__actions a').map((a) => a.getAttribute('href'))).to.include('https://pagamenti.comune.esempio.it/online-payment/1');
    await expect(el).to.be.accessible();
  });
});
