import { expect } from '@open-wc/testing';
import { plainText } from '../../src/ui/plain-text.js';
import { sanitizeHtml } from '../../src/ui/sanitize.js';

type Probe = Window & { __pwned?: number };

describe('plainText (no sanitizer)', () => {
  afterEach(() => { delete (window as Probe).__pwned; });

  it('keeps the words of rich text, one space between blocks', () => {
    expect(plainText('<p>Uno</p>\n<p>due <b>tre</b></p>')).to.equal('Uno due tre');
    expect(plainText('<p>L’iscrizione &egrave; <a href="/x">online</a></p>')).to.equal('L’iscrizione è online');
    expect(plainText(null)).to.equal('');
  });

  it('runs nothing and loads nothing from hostile HTML, and drops code from the text', async () => {
    const before = performance.getEntriesByType('resource').length;
    const text = plainText('<img src="/never-fetched.png" onerror="window.__pwned=1">Ciao<script>window.__pwned=2</script>'
      + '<style>body{display:none}</style><svg><script>window.__pwned=3</script></svg><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    expect(text).to.equal('Ciao');
    expect((window as Probe).__pwned).to.equal(undefined);
    expect(performance.getEntriesByType('resource').slice(before).map((e) => e.name).filter((n) => n.includes('never-fetched'))).to.deep.equal([]);
  });

  it('gives the same text again without parsing again', () => {
    const html = `<p>Servizio ${Math.random()}</p>`;
    const first = plainText(html);
    const parse = DOMParser.prototype.parseFromString;
    let parsed = 0;
    DOMParser.prototype.parseFromString = function (...args: Parameters<typeof parse>) { parsed++; return parse.apply(this, args); };
    try {
      expect(plainText(html)).to.equal(first);
      expect(parsed).to.equal(0);
    } finally {
      DOMParser.prototype.parseFromString = parse;
    }
  });
});

describe('sanitizeHtml cache', () => {
  it('sanitizes a text once: the same clean HTML for the same message', () => {
    const html = `<p onclick="x()">Ciao <a href="https://www.comune.it">sito</a> ${Math.random()}</p>`;
    const a = sanitizeHtml(html);
    expect(a).not.to.contain('onclick');
    expect(a).to.contain('rel="noopener noreferrer"');
    expect(sanitizeHtml(html)).to.equal(a);
  });
});
