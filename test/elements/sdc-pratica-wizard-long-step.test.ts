/**
 * Issue 15, typing on a very long step (a form editor put 60 questions on one page): the step is drawn
 * in runs that the browser skips while off screen, and the focused text box is laid out on its own.
 * What a citizen notices must not change: a keystroke touches no other question, focus and caret stay,
 * a question that appears moves no other one, the error summary's link to a question far below still
 * brings it on screen and focuses it, and the box being typed in does not change size on focus.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { worker } from '../support/mock.js';
import { $$, linkNamed, root } from '../support/dom.js';
import { openFormStep, field, focusedIn, next, settle, stepHeading as heading, summaryLinks, typeKeys, startFresh } from '../support/wizard.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

const COUNT = 60;
/** 60 questions on one page; "Domanda 3" shows only when "Domanda 2" is "si"; the last ten are required. */
const FORM = {
  _id: 'lungo', display: 'wizard', title: 'Modulo lungo', components: [
    { type: 'panel', key: 'pagina', title: 'Tutte le domande', components: Array.from({ length: COUNT }, (_, i) => ({
      type: 'textfield', key: `domanda_${i + 1}`, label: `Domanda ${i + 1}`, input: true,
      ...(i >= COUNT - 10 ? { validate: { required: true } } : {}),
      ...(i === 2 ? { conditional: { show: true, when: 'domanda_2', eq: 'si' } } : {}),
    })) },
  ],
};

beforeEach(startFresh);
afterEach(() => worker.resetHandlers());

async function open(): Promise<SdcPraticaWizard> {
  const el = await openFormStep(FORM);
  expect(heading(el)).to.equal('Tutte le domande');
  return el;
}

const inputs = (el: SdcPraticaWizard) => $$<HTMLInputElement>(el, '.form-step input');
const onScreen = (e: Element) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; };
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('sdc-pratica-wizard: a step of 60 questions (issue 15)', () => {
  it('a keystroke far down the step touches no other question; focus and caret stay', async () => {
    const el = await open();
    expect(inputs(el)).to.have.length(COUNT - 1); // "Domanda 3" waits for a "si"
    await expect(el).to.be.accessible();
    const d40 = field(el, 'Domanda 40');
    d40.scrollIntoView({ block: 'center' });
    const others = inputs(el).filter((i) => i !== d40);
    const records: MutationRecord[] = [];
    const obs = new MutationObserver((r) => records.push(...r));
    obs.observe(root(el).querySelector('.form-step')!, { subtree: true, childList: true, attributes: true, characterData: true });
    await typeKeys(el, d40, 'Via Roma');
    records.push(...obs.takeRecords());
    obs.disconnect();
    expect(records.filter((r) => !d40.closest('.field')!.contains(r.target)).length, 'DOM changes outside the typed question').to.equal(0);
    expect(inputs(el).filter((i) => i !== d40)).to.deep.equal(others);
    expect(d40.value).to.equal('Via Roma');
    expect([d40.selectionStart, d40.selectionEnd]).to.deep.equal([8, 8]);
    expect(focusedIn(el)).to.equal(d40);
    await expect(el).to.be.accessible();
  });

  it('the box being typed in keeps its size when it takes the focus', async () => {
    const el = await open();
    const d1 = field(el, 'Domanda 1');
    const before = d1.getBoundingClientRect();
    d1.focus();
    await frame();
    const after = d1.getBoundingClientRect();
    expect([after.width, after.height, after.top]).to.deep.equal([before.width, before.height, before.top]);
    await typeKeys(el, d1, 'Una risposta abbastanza lunga da riempire la casella e farla scorrere oltre il bordo destro');
    expect(d1.getBoundingClientRect().height).to.equal(before.height);
  });

  it('a question that appears moves no other question to new nodes', async () => {
    const el = await open();
    const before = inputs(el);
    const d2 = field(el, 'Domanda 2');
    await typeKeys(el, d2, 'si');
    d2.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    const d3 = field(el, 'Domanda 3');
    expect(inputs(el)).to.deep.equal([...before.slice(0, 2), d3, ...before.slice(2)]);
    expect(focusedIn(el)).to.equal(d2);
    await expect(el).to.be.accessible();
  });

  it('the error summary’s link brings a question far below on screen and focuses it', async () => {
    const el = await open();
    await next(el, true);
    expect(summaryLinks(el)).to.have.length(10);
    const last = field(el, `Domanda ${COUNT}`);
    expect(onScreen(last), 'the last question starts off screen').to.equal(false);
    await expect(el).to.be.accessible();
    linkNamed(el, `Inserisci la domanda ${COUNT}`).click();
    await waitUntil(() => focusedIn(el) === last, 'the link did not focus the question');
    await frame();
    const label = root(el).querySelector(`label[for="${last.id}"]`)!;
    expect(onScreen(label), 'the question’s label is on screen').to.equal(true);
    expect(onScreen(last), 'the question’s box is on screen').to.equal(true);
    await typeKeys(el, last, 'ok');
    expect(last.hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
