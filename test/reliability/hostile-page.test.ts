/**
 * Hostile host page (issue 11): `test/fixtures/hostile-page.html` has a global `all: unset` reset and
 * aggressive `button`/`input` rules, Bootstrap 4 and Bootstrap Italia together, jQuery-era globals
 * (prototype extensions, a document click handler), a strict CSP (`script-src 'self'`, no
 * `unsafe-eval`, no inline script) and the kit loaded twice — `dist/cdn/sdc-widgets.js` and another
 * build of it with a different VERSION. Every element renders its content and works; the console
 * shows nothing but the expected double-load warnings.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bypass, http, HttpResponse } from 'msw';
import { BASE, PRATICA, SERVICE, loginAs, messagesOf, worker } from '../support/mock.js';
import { deepElements, deepText, errorState } from './helpers.js';

interface HostileLog { errors: string[]; warnings: string[]; violations: string[] }
type HostileWindow = Window & typeof globalThis & { __hostile: HostileLog };

const TAGS = [
  'sdc-provider', 'sdc-login', 'sdc-service-list', 'sdc-service-card', 'sdc-pratica-wizard', 'sdc-pratiche-list',
  'sdc-pratica-detail', 'sdc-payments-list', 'sdc-payment-panel', 'sdc-message-thread', 'sdc-profile',
  'sdc-appointment-booking', 'sdc-meetings-list', 'sdc-feedback',
];
/** Elements that draw in a shadow root: the page's CSS must not reach their controls. */
const SHADOW = TAGS.filter((t) => !['sdc-provider', 'sdc-login', 'sdc-service-list', 'sdc-service-card', 'sdc-feedback'].includes(t));

const PLUGIN_VERSION = '0.1.0-plugin';

/**
 * The second build: the CDN all-in-one file with another VERSION, served at a same-origin URL (allowed
 * by the CSP), next to the page's CDN loader.
 */
const secondBuild = http.get('*/test/fixtures/hostile-kit-copy.js', async () => {
  const src = await (await fetch(bypass('/dist/cdn/sdc-widgets.all.js'))).text();
  const copy = src.replaceAll('`0.1.0`', `\`${PLUGIN_VERSION}\``).replaceAll('"0.1.0"', `"${PLUGIN_VERSION}"`);
  return new HttpResponse(copy, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
});

async function openHostilePage(): Promise<{ win: HostileWindow; doc: Document; frame: HTMLIFrameElement }> {
  const q = new URLSearchParams({
    service: SERVICE.mensaIscrizione, wizard: SERVICE.biblioteca, pratica: PRATICA.giuliaMensa,
    payment: PRATICA.giuliaAccessoAtti, messages: PRATICA.giuliaDieta,
  });
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0';
  frame.src = `/test/fixtures/hostile-page.html?${q}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as HostileWindow;
  return { win, doc: frame.contentDocument!, frame };
}

const isLoading = (el: Element) => [...deepElements(el)].some((n) => n.matches('.sdc-state--loading, [aria-busy="true"]'))
  || /(Caricamento|Ricerca)[^.…]{0,40}in corso…/.test(deepText(el));

let page: Awaited<ReturnType<typeof openHostilePage>>;

describe('reliability: hostile host page', function () {
  this.timeout(90000);

  before(async () => {
    localStorage.clear();
  });

  beforeEach(async () => {
    worker.use(secondBuild);
    loginAs('giulia');
    page = await openHostilePage();
    const { win, doc } = page;
    await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'the kit did not register its elements under the CSP', { timeout: 20000 })
      .catch(() => { throw new Error(`missing: ${TAGS.filter((t) => !win.customElements.get(t)).join(', ')}; log: ${JSON.stringify(win.__hostile)}`); });
    await waitUntil(() => TAGS.filter((t) => t !== 'sdc-provider').every((t) => { const el = doc.querySelector(t)!; return !isLoading(el) && deepText(el).trim(); }),
      'elements still loading', { timeout: 30000 })
      .catch(() => { throw new Error(`still loading or blank: ${TAGS.filter((t) => t !== 'sdc-provider' && (isLoading(doc.querySelector(t)!) || !deepText(doc.querySelector(t)!).trim())).join(', ')}`); });
  });

  afterEach(() => {
    page.frame.remove();
  });

  it('renders every element with its content, and no error state', () => {
    const { doc } = page;
    const problems: string[] = [];
    for (const t of TAGS.filter((x) => x !== 'sdc-provider')) {
      const el = doc.querySelector(t)!;
      const err = errorState(el as HTMLElement);
      if (err) problems.push(`${t}: error state «${err.text.slice(0, 120)}»`);
      const box = el.getBoundingClientRect();
      if (box.height < 10 && [...deepElements(el)].every((n) => n.getBoundingClientRect().height < 10)) problems.push(`${t}: nothing visible (height ${box.height})`);
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(deepText(doc.querySelector('sdc-service-list')!)).to.match(/Mensa scolastica/i);
    expect(deepText(doc.querySelector('sdc-login')!)).to.contain('Giulia');
    expect(deepText(doc.querySelector('sdc-payment-panel')!)).to.contain('Paga online con pagoPA');
  });

  it('keeps the page’s CSS out of the shadow-DOM elements’ controls', () => {
    const { doc, win } = page;
    const problems: string[] = [];
    for (const t of SHADOW) {
      for (const b of [...deepElements(doc.querySelector(t)!)].filter((n) => n.tagName === 'BUTTON' && n.getRootNode() !== doc)) {
        const cs = win.getComputedStyle(b);
        if (cs.backgroundColor === 'rgb(255, 0, 255)' || cs.fontSize === '30px' || cs.borderStyle === 'dotted') {
          problems.push(`${t}: button «${(b.textContent ?? '').trim().slice(0, 30)}» took the page's button rule`);
        }
      }
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('prints nothing in the console but the double-load warnings', () => {
    const log = page.win.__hostile;
    expect(log.errors, 'console errors').to.deep.equal([]);
    const other = log.warnings.filter((w) => !/already defined by sdc-widgets/.test(w));
    expect(other, 'unexpected warnings').to.deep.equal([]);
    expect(log.warnings.some((w) => w.includes(PLUGIN_VERSION)), 'the double load is reported with both versions').to.equal(true);
  });

  // zod 4 probes `Function('')` for its JIT unless `jitless` is set: under `script-src 'self'` that probe is a
  // CSP violation ("Refused to evaluate a string as JavaScript"). src/core/zod-config.ts turns it off.
  it('violates no CSP directive (no eval)', () => {
    expect(page.win.__hostile.violations, 'CSP violations').to.deep.equal([]);
  });

  it('works: the wizard moves past the privacy step and a message is sent', async () => {
    const { doc } = page;
    const wizard = doc.querySelector('sdc-pratica-wizard')!;
    const root = wizard.shadowRoot!;
    const heading = () => (root.querySelector('#step-heading')?.textContent ?? '').trim();
    (root.querySelector('input[type=checkbox]') as HTMLInputElement).click();
    await (wizard as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const before = heading();
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Avanti')!.click();
    await waitUntil(() => heading() !== before, `Avanti did nothing: ${deepText(wizard).slice(0, 200)}`, { timeout: 10000 });
    expect(heading()).to.equal('Dati');

    const thread = doc.querySelector('sdc-message-thread')!;
    const count = messagesOf(PRATICA.giuliaDieta).length;
    const ta = thread.shadowRoot!.querySelector('#sdc-compose-text') as HTMLTextAreaElement;
    ta.value = 'Scrivo da una pagina ostile.';
    ta.dispatchEvent(new Event('input'));
    await (thread as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    (thread.shadowRoot!.querySelector('.composer__send') as HTMLButtonElement).click();
    await waitUntil(() => messagesOf(PRATICA.giuliaDieta).length === count + 1, 'the message was not sent', { timeout: 10000 });
    expect(BASE).to.equal('/lang');
  });
});
