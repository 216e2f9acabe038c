/**
 * XSS (issue 11): every human-readable string the mock backend sends — service texts, form labels,
 * messages, file names, payment causali, citizen names — carries a batch of payloads from
 * `xss-corpus.ts`, and every element renders it. Nothing runs (the `window.__xss` canary, `alert`,
 * uncaught errors) and nothing unsanitized reaches the light DOM or any shadow root.
 *
 * Payloads are batched (one render per batch per element, not one per payload) to keep the run short;
 * each batch starts with a harmless probe word that must be visible, proving the strings got through.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { worker, loginAs, PRATICA } from '../support/mock.js';
import { batches, PROBE, XSS_PAYLOADS, XSS_URLS } from './xss-corpus.js';
import { deepElements, deepText, ELEMENTS, ErrorWatch, mount, poisonLinks, poisonStrings, rewriteJson, settled, unsafeNodes, type ElementCase } from './helpers.js';

declare global {
  interface Window { __xss?: unknown }
}

const BATCH = 30;
const BATCHES = batches(BATCH);

/** The wizard shows the form only after the privacy consent: accept it and go to the first form step. */
async function openFirstFormStep(el: HTMLElement): Promise<void> {
  const root = el.shadowRoot!;
  const consent = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')][0];
  if (!consent) return;
  consent.click();
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const next = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Avanti');
  const before = root.querySelector('#step-heading')?.textContent;
  next?.click();
  await waitUntil(() => root.querySelector('#step-heading')?.textContent !== before, 'the wizard did not leave the privacy step', { timeout: 8000 })
    .catch(() => { throw new Error(`the wizard did not leave the privacy step: ${deepText(el).slice(0, 600)}`); });
  await settled(el);
}

/** Gives `<img onerror>`-style payloads (had they survived) the time to fail their load and run. */
async function letResourcesFail(el: HTMLElement): Promise<void> {
  const imgs = [...deepElements(el)].filter((n): n is HTMLImageElement => n instanceof HTMLImageElement);
  await Promise.all(imgs.map((i) => (i.complete ? undefined : new Promise((r) => { i.onload = r; i.onerror = r; }))));
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

async function renderPoisoned(c: ElementCase & { as?: 'marco' | 'elena' }, rewrite: (json: unknown) => unknown): Promise<HTMLElement> {
  worker.resetHandlers();
  worker.use(rewriteJson('/api/*', rewrite));
  // Each batch starts afresh (the wizard would otherwise resume its device draft past the privacy step).
  localStorage.clear();
  sessionStorage.clear();
  if (c.login) loginAs(c.as ?? 'giulia');
  const el = await mount(c);
  if (c.tag === 'sdc-pratica-wizard') await openFirstFormStep(el);
  await letResourcesFail(el);
  return el;
}

let watch: ErrorWatch;
const realAlert = window.alert;
beforeEach(() => {
  delete window.__xss;
  window.alert = () => { window.__xss = 'alert'; };
  localStorage.clear();
  sessionStorage.clear();
  watch = new ErrorWatch().start();
});
afterEach(() => {
  window.alert = realAlert;
  watch.stop();
});

describe('reliability: XSS corpus', () => {
  it('has at least 100 distinct payloads', () => {
    expect(new Set(XSS_PAYLOADS).size).to.be.at.least(100);
  });

  it('the checker itself flags most raw payloads (parsed inertly, never inserted)', () => {
    const flagged = XSS_PAYLOADS.filter((p) => unsafeNodes(new DOMParser().parseFromString(p, 'text/html')).length > 0);
    // Text-only payloads (template and encoded strings) contain no node to flag; every markup one must be.
    expect(flagged.length).to.be.at.least(Math.floor(XSS_PAYLOADS.length * 0.75));
  });

  // Issue 18: the inbox (rows and excerpts of every conversation) and the integration answer of a 4200 pratica.
  const EXTRA: Array<ElementCase & { as?: 'marco' | 'elena'; name: string }> = [
    { name: 'sdc-messages-inbox', tag: 'sdc-messages-inbox', attrs: { 'url-sync': 'none' }, login: true, as: 'elena' },
    { name: 'sdc-pratica-detail (integration answer)', tag: 'sdc-pratica-detail', attrs: { 'pratica-id': PRATICA.marcoContrassegno }, login: true, as: 'marco' },
  ];
  for (const c of EXTRA) {
    it(`${c.name} shows every payload as inert text: nothing runs, nothing unsanitized in its DOM`, async () => {
      for (const [i, batch] of BATCHES.entries()) {
        const el = await renderPoisoned(c, (json) => poisonStrings(json, batch));
        // Rows below the fold stay unloaded (lazy): the first ones carry the message excerpts.
        if (c.tag === 'sdc-messages-inbox') await waitUntil(() => el.shadowRoot!.querySelector('.row__meta'), 'no conversation loaded', { timeout: 8000 });
        await letResourcesFail(el);
        const label = `${c.name}, batch ${i + 1}/${BATCHES.length}`;
        expect(window.__xss, `${label}: a payload ran`).to.equal(undefined);
        expect(unsafeNodes(el), `${label}: unsanitized nodes`).to.deep.equal([]);
        expect(deepText(el), `${label}: the poisoned backend strings never reached the page`).to.contain(PROBE);
        el.remove();
      }
      expect(watch.errors, 'uncaught errors').to.deep.equal([]);
    });
  }

  for (const c of ELEMENTS) {
    it(`${c.tag} shows every payload as inert text: nothing runs, nothing unsanitized in its DOM`, async () => {
      for (const [i, batch] of BATCHES.entries()) {
        const el = await renderPoisoned(c, (json) => poisonStrings(json, batch));
        const label = `${c.tag}, batch ${i + 1}/${BATCHES.length}`;
        expect(window.__xss, `${label}: a payload ran`).to.equal(undefined);
        expect(unsafeNodes(el), `${label}: unsanitized nodes`).to.deep.equal([]);
        expect(deepText(el), `${label}: the poisoned backend strings never reached the page`).to.contain(PROBE);
        el.remove();
      }
      expect(watch.errors, 'uncaught errors').to.deep.equal([]);
    });
  }

  it('a message thread with script URLs in its call-to-action links renders no script link', async () => {
    const c = ELEMENTS.find((e) => e.tag === 'sdc-message-thread')!;
    for (const url of XSS_URLS) {
      const el = await renderPoisoned({ ...c, attrs: { 'pratica-id': PRATICA.giuliaMensa, 'poll-interval': '0' } }, (json) => poisonLinks(json, url));
      expect(unsafeNodes(el), `call_to_actions link ${JSON.stringify(url)}`).to.deep.equal([]);
      expect(window.__xss).to.equal(undefined);
      el.remove();
    }
  });

  it('a service card with script URLs in its links renders no script link', async () => {
    const c = ELEMENTS.find((e) => e.tag === 'sdc-service-card')!;
    for (const url of XSS_URLS.slice(0, 3)) {
      const el = await renderPoisoned(c, (json) => poisonLinks(json, url));
      expect(unsafeNodes(el), `service link ${JSON.stringify(url)}`).to.deep.equal([]);
      el.remove();
    }
  });
});
