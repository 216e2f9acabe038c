import { expect } from '@open-wc/testing';
import type { SdcClient } from '../../src/api/http.js';
import { downloadPaymentDocument, isApiUrl } from '../../src/controllers/payment-documents.js';

describe('payment documents', () => {
  const client = {
    baseUrl: 'http://localhost:8000/lang',
    // What `download` (api/download.ts) asks of the client: the raw response of a GET.
    request: async (_method: string, url: string) => ({
      status: 200, ok: true, url, body: undefined, unparsable: false, text: '',
      headers: new Headers({ 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="avviso.pdf"' }),
      blob: new Blob(['%PDF-1.4'], { type: 'application/pdf' }),
    }),
  } as unknown as SdcClient;

  it('tells API URLs, which need the token, from proxy URLs', () => {
    expect(isApiUrl(client, 'http://localhost:8000/lang/api/applications/1/attachments/2')).to.equal(true);
    expect(isApiUrl(client, 'https://proxy.example.it/notice/pay-1')).to.equal(false);
    expect(isApiUrl(undefined, 'http://localhost:8000/lang/api/x')).to.equal(false);
  });

  it('opens a proxy avviso with a plain navigation', async () => {
    const visited: string[] = [];
    const r = await downloadPaymentDocument(client, 'https://proxy.example.it/notice/pay-1', { navigate: (u) => visited.push(u) });
    expect(r).to.equal('navigated');
    expect(visited).to.deep.equal(['https://proxy.example.it/notice/pay-1']);
  });

  it('downloads an API document through the client and saves it under its name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this); };
    try {
      const r = await downloadPaymentDocument(client, 'http://localhost:8000/lang/api/payments/pay-1/notice');
      expect(r).to.equal('downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('avviso.pdf');
    expect(clicked[0]!.href).to.match(/^blob:/);
  });
});
