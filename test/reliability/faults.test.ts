/**
 * Faults (issue 11): offline, timeouts, 500/502/503 and 401 at each step of the wizard's submit
 * (create → update → transition), of sending a message and of starting a payment. Nothing typed is
 * lost, and once the backend is back exactly one pratica / message / payment exists (counted in the
 * mock's tenant state).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getResponse, http, HttpResponse, delay, type HttpHandler } from 'msw';
import { setClientDefaults } from '../../src/controllers/client-scope.js';
import { handlers } from '../../mocks/handlers/index.js';
import { BASE, CITIZEN, PRATICA, SERVICE, addPratica, loginAs, messagesOf, tenantState, worker } from '../support/mock.js';
import { deepText, ErrorWatch, errorState, mount, settled } from './helpers.js';
import { findButton, text } from '../support/dom.js';
import { acceptPrivacy, check, next, startFresh, stepHeading, type } from '../support/wizard.js';

type Method = 'post' | 'put' | 'get';
type Fault = { name: string; make: (path: string, method: Method) => HttpHandler };

const FAULTS: Fault[] = [
  { name: 'offline', make: (p, m) => http[m](`*${p}`, () => HttpResponse.error()) },
  { name: 'timeout', make: (p, m) => http[m](`*${p}`, async () => { await delay('infinite'); }) },
  { name: '500', make: (p, m) => http[m](`*${p}`, () => HttpResponse.json({ type: 'error', title: 'Internal Server Error', description: 'An error occurred' }, { status: 500 })) },
  { name: '502', make: (p, m) => http[m](`*${p}`, () => new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })) },
  { name: '503', make: (p, m) => http[m](`*${p}`, () => new HttpResponse('Service Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } })) },
  { name: '401', make: (p, m) => http[m](`*${p}`, () => HttpResponse.json({ code: 401, message: 'Expired JWT Token' }, { status: 401 })) },
  {
    // The worst case for duplicates: the backend did the work, the answer never arrived.
    name: 'answer lost after the backend stored it',
    make: (p, m) => http[m](`*${p}`, async ({ request }) => {
      await getResponse(handlers, request.clone());
      return HttpResponse.error();
    }),
  },
];


function freshClient() {
  // A short timeout and backoff so "timeout" faults end quickly; the element code path is the same.
  setClientDefaults(document, { timeoutMs: 4000, retryDelayMs: 5 });
}

let watch: ErrorWatch;
beforeEach(() => {
  startFresh();
  freshClient();
  watch = new ErrorWatch().start();
});
afterEach(() => {
  watch.stop();
});

// ------------------------------------------------------------------------------------------------
// Wizard submit

async function wizardAt(attrs: Record<string, string>): Promise<HTMLElement> {
  return mount({ tag: 'sdc-pratica-wizard', attrs }, 15000);
}

/** The biblioteca request up to its Riepilogo, typing a house number the test looks for afterwards. */
async function toSummary(el: HTMLElement, civico: string) {
  await acceptPrivacy(el);
  await next(el);
  await type(el, 'Numero civico', civico);
  await check(el, 'Accetto il regolamento della biblioteca');
  await next(el);
  expect(stepHeading(el)).to.equal('Riepilogo');
}

const bibliotecaApps = () => tenantState().applications.filter((a) => a.user === CITIZEN.giulia && a.service_id === SERVICE.biblioteca);
const attrs = { 'service-id': SERVICE.biblioteca, 'no-history': '' };

const SUBMIT_STEPS: Array<{ step: string; path: string; method: Method; before: boolean }> = [
  // The draft is created silently on the first step change: the fault is there from the start.
  { step: 'create (POST /api/applications)', path: '/api/applications', method: 'post', before: true },
  { step: 'update (PUT /api/applications/:id)', path: '/api/applications/:id', method: 'put', before: false },
  { step: 'submit (POST …/transition/submit)', path: '/api/applications/:id/transition/submit', method: 'post', before: false },
];

describe('reliability: faults on the wizard submit', () => {
  for (const s of SUBMIT_STEPS) {
    for (const f of FAULTS) {
      it(`keeps the answers and ends with exactly one submitted pratica after "${f.name}" at ${s.step}`, async function () {
        this.timeout(60000);
        loginAs('giulia');
        if (s.before) worker.use(f.make(s.path, s.method));
        let el = await wizardAt(attrs);
        await toSummary(el, '77');
        if (!s.before) worker.use(f.make(s.path, s.method));
        findButton(el, /^Conferma e invia$/)!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('#submit-error, #session-expired') || stepHeading(el) === 'Richiesta inviata', 'the submit neither failed nor ended', { timeout: 30000 });

        if (stepHeading(el) !== 'Richiesta inviata') {
          // Nothing typed is lost: still on the Riepilogo, with the answers.
          expect(stepHeading(el)).to.equal('Riepilogo');
          expect(text(el.shadowRoot!.querySelector('.riepilogo'))).to.contain('77');
          worker.resetHandlers();
          if (el.shadowRoot!.querySelector('#session-expired')) {
            // Log in again and come back to the page (the wizard resumes from its device draft).
            loginAs('giulia');
            el.remove();
            freshClient();
            el = await wizardAt(attrs);
            expect(stepHeading(el)).to.equal('Riepilogo');
            expect(text(el.shadowRoot!.querySelector('.riepilogo'))).to.contain('77');
          }
          findButton(el, /^(Riprova a inviare|Conferma e invia)$/)!.click();
          await waitUntil(() => stepHeading(el) === 'Richiesta inviata', `the retry did not send: ${text(el.shadowRoot!.querySelector('#submit-error'))}`, { timeout: 30000 });
        }
        const apps = bibliotecaApps();
        expect(apps.map((a) => a.status), 'pratiche of the service').to.have.length(1);
        expect(apps[0]!.status).to.be.at.least(1900);
        expect(JSON.stringify(apps[0]!.data)).to.contain('77');
        expect(watch.errors).to.deep.equal([]);
      });
    }
  }
});

// ------------------------------------------------------------------------------------------------
// Message send

const MESSAGE_PATHS = ['/api/applications/:id/messages', '/api/v2/applications/:id/messages'];

describe('reliability: faults on sending a message', () => {
  for (const f of FAULTS) {
    it(`keeps the text and ends with exactly one message after "${f.name}"`, async function () {
      this.timeout(60000);
      loginAs('giulia');
      const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: 4000, submitted_at: Date.now() - 86_400_000 });
      let el = await fixture<HTMLElement>(html`<sdc-message-thread base-url=${BASE} pratica-id=${p.id} poll-interval="0"></sdc-message-thread>`);
      await settled(el, 15000);
      worker.use(...MESSAGE_PATHS.map((path) => f.make(path, 'post')));
      const ta = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#sdc-compose-text')!;
      ta.value = 'Allego la ricevuta richiesta, grazie.';
      ta.dispatchEvent(new Event('input'));
      await settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.composer__send')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.msg--failed, .sdc-state--login, #session-expired') || (messagesOf(p.id).length === 1 && !el.shadowRoot!.querySelector('.msg--sending')),
        'the send neither failed nor ended', { timeout: 15000 });
      if (!el.shadowRoot!.querySelector('.msg--failed') && !messagesOf(p.id).length) {
        // 401: the thread asks to log in again. After the login (a new page load) the text must still be there.
        worker.resetHandlers();
        loginAs('giulia');
        el.remove();
        freshClient();
        el = await fixture<HTMLElement>(html`<sdc-message-thread base-url=${BASE} pratica-id=${p.id} poll-interval="0"></sdc-message-thread>`);
        await settled(el, 15000);
        const kept = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#sdc-compose-text')?.value ?? '';
        expect(kept || text(el.shadowRoot!.querySelector('.msg--failed .msg__body')), `after logging in again: «${deepText(el).slice(0, 300)}»`)
          .to.contain('Allego la ricevuta richiesta, grazie.');
        const send = el.shadowRoot!.querySelector<HTMLButtonElement>('.msg--failed .msg__retry') ?? el.shadowRoot!.querySelector<HTMLButtonElement>('.composer__send')!;
        send.click();
        await waitUntil(() => messagesOf(p.id).length >= 1 && !el.shadowRoot!.querySelector('.msg--failed, .msg--sending'), 'not sent after logging in again', { timeout: 15000 });
      }
      const failed = el.shadowRoot!.querySelector('.msg--failed');
      if (failed) {
        expect(text(failed.querySelector('.msg__body')), 'the failed message keeps its text').to.equal('Allego la ricevuta richiesta, grazie.');
        worker.resetHandlers();
        loginAs('giulia');
        const retry = failed.querySelector<HTMLButtonElement>('.msg__retry')!;
        retry.click();
        retry.click();
        await waitUntil(() => !el.shadowRoot!.querySelector('.msg--failed, .msg--sending'), 'the retry did not settle', { timeout: 15000 });
      } else if (!messagesOf(p.id).length) {
        throw new Error(`no failed message and nothing sent: «${deepText(el).slice(0, 300)}»`);
      }
      expect(messagesOf(p.id).map((m) => m.message.replace(/<[^>]+>/g, '').trim())).to.deep.equal(['Allego la ricevuta richiesta, grazie.']);
      expect(watch.errors).to.deep.equal([]);
    });
  }
});

// ------------------------------------------------------------------------------------------------
// Payment start

describe('reliability: faults around starting a payment', () => {

  it('starts the pagoPA checkout once on a double click and creates no payment', async () => {
    loginAs('giulia');
    const before = tenantState().payments.length;
    const el = await mount({ tag: 'sdc-payment-panel', attrs: { 'pratica-id': PRATICA.giuliaAccessoAtti } }, 15000);
    const went: string[] = [];
    (el as HTMLElement & { openCheckout: (u: string) => void }).openCheckout = (u) => went.push(u);
    const pay = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].find((b) => /Paga online con pagoPA/.test(text(b)))!;
    expect(pay, deepText(el).slice(0, 300)).to.exist;
    pay.click();
    pay.click();
    await settled(el);
    expect(went).to.have.length(1);
    expect(tenantState().payments.length).to.equal(before);
  });

  for (const f of FAULTS.filter((x) => x.name !== 'answer lost after the backend stored it')) {
    it(`shows the payment again after "${f.name}" on reading it, with Riprova, and creates no payment`, async function () {
      this.timeout(60000);
      loginAs('giulia');
      const before = tenantState().payments.length;
      worker.use(f.make('/api/payments', 'get'), f.make('/api/applications/:id/payment', 'get'));
      const el = await mount({ tag: 'sdc-payment-panel', attrs: { 'pratica-id': PRATICA.giuliaAccessoAtti } }, 15000);
      const err = errorState(el);
      if (f.name === '401') {
        // The session is refreshed from the cookie and the read retried; a 401 again means "log in".
        expect(err || /Accedi/.test(deepText(el)), deepText(el).slice(0, 300)).to.be.ok;
      } else {
        expect(err, deepText(el).slice(0, 300)).to.exist;
        expect(err!.retry).to.exist;
        worker.resetHandlers();
        err!.retry!.click();
        await waitUntil(() => !errorState(el), 'Riprova did nothing', { timeout: 15000 });
        await settled(el, 15000);
        expect(deepText(el)).to.contain('Paga online con pagoPA');
      }
      expect(tenantState().payments.length).to.equal(before);
      expect(watch.errors).to.deep.equal([]);
    });
  }
});
