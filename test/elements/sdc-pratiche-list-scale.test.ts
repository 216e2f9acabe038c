/**
 * A citizen with 10 000 pratiche (a test-only tenant): the list asks the server for one page at a time
 * and keeps the DOM bounded. Prints the figures (time to first content, DOM nodes, requests) for the
 * report; asserts only what does not depend on the machine's speed.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, SERVICE, STATUS, loginAs, mutate, worker, addPratica } from '../support/mock.js';
import { $ } from '../support/dom.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import type { SdcPraticheList } from '../../src/elements/sdc-pratiche-list/sdc-pratiche-list.js';

const N = 10_000;
const CODES = [STATUS.DRAFT, STATUS.SUBMITTED, STATUS.REGISTERED, STATUS.PENDING, STATUS.COMPLETE, STATUS.CANCELLED, STATUS.PAYMENT_PENDING, STATUS.REQUEST_INTEGRATION];
const SERVICES = [SERVICE.accessoAtti, SERVICE.certificati, SERVICE.suoloPubblico, SERVICE.mensaIscrizione];
let requests: URL[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const u = new URL(request.url);
  if (u.pathname.endsWith('/api/applications')) requests.push(u);
};

beforeEach(() => {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  const start = Date.now() - N * 60_000;
  mutate((s) => { s.applications = s.applications.filter((a) => a.user !== CITIZEN.giulia); });
  for (let i = 0; i < N; i++) {
    const status = CODES[i % CODES.length]!;
    addPratica({ user: 'giulia', service_id: SERVICES[i % SERVICES.length]!, status, created_at: start + i * 60_000, submitted_at: status === STATUS.DRAFT ? null : start + i * 60_000 });
  }
  loginAs('giulia');
  requests = [];
  worker.events.on('request:start', onRequest);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

const nodes = (el: Element) => el.shadowRoot!.querySelectorAll('*').length;

async function measure(label: string, hash: string) {
  history.replaceState(null, '', hash);
  const t0 = performance.now();
  const el = await fixture<SdcPraticheList>(html`<sdc-pratiche-list base-url=${BASE} url-sync="hash"></sdc-pratiche-list>`);
  await waitUntil(() => $(el, '.card') || $(el, '.sdc-state--empty') || $(el, '.sdc-state--error'), `${label}: no content`, { timeout: 60_000 });
  const ms = performance.now() - t0;
  const figures = { label, firstContentMs: Math.round(ms), domNodes: nodes(el), cards: el.shadowRoot!.querySelectorAll('.card').length, requests: requests.length, status: $(el, '.results-status')?.textContent?.trim() };
  console.log(`[scale] ${JSON.stringify(figures)}`);
  return { el, figures };
}

describe('sdc-pratiche-list with 10 000 pratiche', () => {
  it('shows the first page from one server request, with a bounded DOM', async () => {
    const { el, figures } = await measure('unfiltered page 1', '#/pratiche');
    expect(figures.requests).to.equal(1);
    expect(requests[0]!.searchParams.get('limit')).to.equal('10');
    expect(figures.cards).to.equal(10);
    expect(figures.domNodes).to.be.below(400);
    expect(figures.status).to.equal('10000 pratiche trovate, pagina 1 di 1000');
    await expect(el).to.be.accessible();
  });

  it('opens a deep page with one request for that page only', async () => {
    const { figures } = await measure('unfiltered page 500', '#/pratiche?pagina=500');
    expect(figures.requests).to.equal(1);
    expect(requests[0]!.searchParams.get('offset')).to.equal('4990');
    expect(figures.domNodes).to.be.below(400);
  });

  it('filters on a single-code status group on the server', async () => {
    const { figures } = await measure('status bozza (1 code)', '#/pratiche?stato=bozza');
    expect(figures.requests).to.equal(1);
    expect(figures.cards).to.equal(10);
  });

  it('filters on a multi-code status group with a bounded DOM', async () => {
    const { figures } = await measure('status inviata (4 codes, merged)', '#/pratiche?stato=inviata');
    // One small request per status code of the group, not every pratica of every code.
    expect(figures.requests).to.equal(4);
    expect(requests.every((u) => u.searchParams.get('limit') === '10')).to.equal(true);
    expect(figures.cards).to.equal(10);
    expect(figures.domNodes).to.be.below(400);
  });
});
