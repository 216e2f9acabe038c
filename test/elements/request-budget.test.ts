import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, PRATICA, loginAs, worker } from '../support/mock.js';
import '../../src/elements/sdc-area-personale/define.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-profile/define.js';
import '../../src/elements/sdc-meetings-list/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import '../../src/elements/sdc-payment-panel/define.js';

/** What a first view costs the tenant (issue 14, "Requests a journey costs the tenant"). */
let requests: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const u = new URL(request.url);
  if (u.pathname.includes('/api/')) requests.push(`${request.method} ${u.pathname}${u.search}`);
};
beforeEach(() => {
  requests = [];
  worker.events.on('request:start', onRequest);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

const quiet = async () => {
  // Settled: no new request for a while (each wait lets pending answers arrive and follow-ups start).
  let n = -1;
  while (n !== requests.length) {
    n = requests.length;
    await new Promise((r) => setTimeout(r, 150));
  }
};

describe('requests a first view costs', () => {
  it('area personale: the first view of Pratiche takes at most 5 API calls', async () => {
    loginAs('giulia');
    const el = await fixture<HTMLElement>(html`<sdc-area-personale base-url=${BASE}></sdc-area-personale>`);
    await waitUntil(() => el.shadowRoot!.querySelector('sdc-pratiche-list')?.shadowRoot?.querySelector('.card'), 'list', { timeout: 8000 });
    await quiet();
    expect(requests.length, requests.join('\n')).to.be.at.most(5);
  });

  it('pratica detail, with its messages: reads the application once', async () => {
    loginAs('giulia');
    const el = await fixture<HTMLElement>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${PRATICA.giuliaMensa}></sdc-pratica-detail>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h2'), 'detail', { timeout: 8000 });
    await quiet();
    const reads = requests.filter((r) => r.startsWith(`GET ${BASE}/api/applications/${PRATICA.giuliaMensa}?`));
    expect(reads, requests.join('\n')).to.have.length(1);
  });
});
