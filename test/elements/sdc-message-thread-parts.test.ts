import { expect } from '@open-wc/testing';
import { actionKindOf, findActionLinks } from '../../src/elements/sdc-message-thread/action-links.js';
import { addFiles, checkAll, checkFile, DEFAULT_RULES, mimeTypeOf } from '../../src/elements/sdc-message-thread/attachment-rules.js';
import { textToHtml } from '../../src/elements/sdc-message-thread/outbox.js';
import { sanitizeHtml } from '../../src/ui/sanitize.js';

const file = (name: string, size: number, type = ''): File => new File([new Uint8Array(size)], name, { type, lastModified: 1 });

describe('sdc-message-thread action links', () => {
  it('recognises payment, notice, booking, completion and integration links', () => {
    expect(actionKindOf('https://pagamenti.example.it/online-payment/68dada78')).to.equal('pay');
    expect(actionKindOf('https://checkout.pagopa.it/dati-pagamento')).to.equal('pay');
    expect(actionKindOf('/lang/it/pratiche/3c81/payment')).to.equal('pay');
    expect(actionKindOf('https://pagamenti.example.it/notice/68dada78')).to.equal('notice');
    expect(actionKindOf('/prenota.html?service=anagrafe')).to.equal('book');
    expect(actionKindOf('https://servizi.comune.example.it/lang/it/pratiche/3c81/compila')).to.equal('complete');
    expect(actionKindOf('/richiesta.html?service=x&pratica=3c81')).to.equal('complete');
    expect(actionKindOf('/lang/it/pratiche/3c81/integrazione')).to.equal('integrate');
    expect(actionKindOf('/lang/it/pratiche/3c81/detail')).to.equal('view');
  });

  it('leaves ordinary links and unsafe schemes alone', () => {
    expect(actionKindOf('https://www.normattiva.it/legge-241-1990')).to.equal(undefined);
    expect(actionKindOf('mailto:urp@comune.esempio.it')).to.equal(undefined);
    expect(actionKindOf('javascript:alert(1)//online-payment/')).to.equal(undefined);
  });

  it('finds each action link of a body once, with its text, and tells external ones', () => {
    const body = sanitizeHtml(`<p>Per concludere <a href="https://pay.example.org/online-payment/1">paga qui</a>
      oppure <a href="https://pay.example.org/online-payment/1">qui</a>; <a href="/prenota.html">prenota</a>;
      <a href="https://www.gazzettaufficiale.it/">legge</a></p>`);
    const links = findActionLinks(body, location.origin);
    expect(links.map((l) => [l.kind, l.text, l.external])).to.deep.equal([
      ['pay', 'paga qui', true],
      ['book', 'prenota', false],
    ]);
  });
});

describe('sdc-message-thread attachment rules', () => {
  it('accepts office documents within the size limit', () => {
    expect(checkFile(file('delega.pdf', 1000), DEFAULT_RULES)).to.equal(undefined);
    expect(checkFile(file('DOCUMENTO.P7M', 1000), DEFAULT_RULES)).to.equal(undefined);
  });

  it('refuses other types, empty files and files over the limit', () => {
    expect(checkFile(file('virus.exe', 10), DEFAULT_RULES)).to.deep.equal({ code: 'type', name: 'virus.exe' });
    expect(checkFile(file('vuoto.pdf', 0), DEFAULT_RULES)).to.deep.equal({ code: 'empty', name: 'vuoto.pdf' });
    const big = file('scansione.pdf', DEFAULT_RULES.maxSize + 1);
    expect(checkFile(big, DEFAULT_RULES)).to.deep.equal({ code: 'size', name: 'scansione.pdf', size: DEFAULT_RULES.maxSize + 1 });
  });

  it('keeps at most the allowed number of files and ignores the same file chosen twice', () => {
    const rules = { ...DEFAULT_RULES, maxFiles: 2 };
    const a = file('a.pdf', 1);
    const { files, problems } = addFiles([a], [a, file('b.pdf', 1), file('c.pdf', 1)], rules);
    expect(files.map((f) => f.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(problems).to.deep.equal([{ code: 'too-many' }]);
    expect(checkAll([a, file('b.pdf', 1), file('c.pdf', 1)], rules)).to.deep.equal([{ code: 'too-many' }]);
  });

  it('derives the MIME type from the extension when the browser gives none', () => {
    expect(mimeTypeOf(file('firmato.p7m', 1))).to.equal('application/pkcs7-mime');
    expect(mimeTypeOf(file('foto.jpg', 1, 'image/jpeg'))).to.equal('image/jpeg');
  });
});

describe('sdc-message-thread outgoing text', () => {
  it('escapes what the citizen typed and keeps line breaks and paragraphs', () => {
    expect(textToHtml('Buongiorno,\nallego <b>la delega</b> & il documento.\n\nGrazie')).to.equal(
      '<p>Buongiorno,<br>allego &lt;b&gt;la delega&lt;/b&gt; &amp; il documento.</p><p>Grazie</p>',
    );
  });
});
