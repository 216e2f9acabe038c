import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/sdc-feedback/define.js';
import type { SdcFeedback } from '../../src/elements/sdc-feedback/sdc-feedback.js';

const POSITIVE = [
  'Le indicazioni erano chiare',
  'Le indicazioni erano complete',
  'Capivo sempre che stavo procedendo correttamente',
  'Non ho avuto problemi tecnici',
  'Altro',
];
const NEGATIVE = [
  'A volte le indicazioni non erano chiare',
  'A volte le indicazioni non erano complete',
  'A volte non capivo se stavo procedendo correttamente',
  'Ho avuto problemi tecnici',
  'Altro',
];

/** The checker's own visibility test (pa-website-validator-ng `checkFeedbackComponent`). */
function visible(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  const r = el.getBoundingClientRect();
  return el.offsetParent !== null && getComputedStyle(el).visibility !== 'hidden' && r.height > 0 && r.width > 0;
}

const q = (sel: string) => document.querySelector(sel);
const texts = (sel: string) => [...document.querySelectorAll(sel)].map((e) => e.textContent!.trim());

async function mount() {
  return fixture<SdcFeedback>(html`<sdc-feedback></sdc-feedback>`);
}

describe('sdc-feedback', () => {
  it('renders the checker’s block in the light DOM with the exact question', async () => {
    const el = await mount();
    expect(el.shadowRoot).to.equal(null);
    const block = q('[data-element="feedback"]')!;
    expect(block).to.exist;
    const title = block.querySelector('[data-element="feedback-title"]')!;
    expect(title.tagName).to.equal('H2');
    expect(title.textContent!.trim()).to.equal('Quanto sono chiare le informazioni su questa pagina?');
    for (let i = 1; i <= 5; i++) {
      const label = block.querySelector(`[data-element="feedback-rate-${i}"]`)!;
      expect(label.tagName).to.equal('LABEL');
      expect((document.getElementById(label.getAttribute('for')!) as HTMLInputElement).value).to.equal(String(i));
    }
    expect(block.querySelector('input[data-element="feedback-input-text"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps both follow-up fieldsets in the DOM with the exact questions and answers', async () => {
    await mount();
    const pos = q('fieldset[data-element="feedback-rating-positive"]')!;
    const neg = q('fieldset[data-element="feedback-rating-negative"]')!;
    expect(pos.querySelector('legend[data-element="feedback-rating-question"]')!.textContent!.trim()).to.equal('Quali sono stati gli aspetti che hai preferito?');
    expect(neg.querySelector('legend[data-element="feedback-rating-question"]')!.textContent!.trim()).to.equal('Dove hai incontrato le maggiori difficoltà?');
    expect([...pos.querySelectorAll('label[data-element="feedback-rating-answer"]')].map((l) => l.textContent!.trim())).to.deep.equal(POSITIVE);
    expect([...neg.querySelectorAll('label[data-element="feedback-rating-answer"]')].map((l) => l.textContent!.trim())).to.deep.equal(NEGATIVE);
    expect(visible(pos)).to.equal(false);
    expect(visible(neg)).to.equal(false);
  });

  it('shows the negative follow-up for 1 to 3 stars and the positive one for 4 and 5, as the checker clicks them', async () => {
    const el = await mount();
    for (let i = 1; i <= 5; i++) {
      (q(`[data-element="feedback-rate-${i}"]`) as HTMLElement).click();
      await el.updateComplete;
      const pos = visible(q('[data-element="feedback-rating-positive"]'));
      const neg = visible(q('[data-element="feedback-rating-negative"]'));
      expect({ i, pos, neg }).to.deep.equal({ i, pos: i > 3, neg: i <= 3 });
    }
    await expect(el).to.be.accessible();
  });

  it('sends the rating, the chosen answer and the details, then thanks the citizen', async () => {
    const el = await mount();
    (q('[data-element="feedback-rate-2"]') as HTMLElement).click();
    await el.updateComplete;
    const answer = [...document.querySelectorAll<HTMLLabelElement>('[data-element="feedback-rating-negative"] label')].find((l) => l.textContent!.includes('non erano complete'))!;
    answer.click();
    const input = q('[data-element="feedback-input-text"]') as HTMLInputElement;
    input.value = 'Manca l’elenco dei documenti';
    const sent = oneEvent(el, 'sdc-feedback');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const { detail } = await sent;
    expect(detail).to.include({ rating: 2, positive: false, answer: 'negative2', answerLabel: 'A volte le indicazioni non erano complete', details: 'Manca l’elenco dei documenti' });
    await el.updateComplete;
    const thanks = el.querySelector('.sdc-feedback__thanks')!;
    expect(thanks.textContent).to.contain('Grazie, il tuo parere ci aiuterà a migliorare il servizio!');
    expect(document.activeElement).to.equal(thanks);
    await expect(el).to.be.accessible();
  });

  it('forgets an answer of the other fieldset when the rating crosses the threshold', async () => {
    const el = await mount();
    (q('[data-element="feedback-rate-5"]') as HTMLElement).click();
    await el.updateComplete;
    ([...document.querySelectorAll<HTMLLabelElement>('[data-element="feedback-rating-positive"] label')][0]).click();
    (q('[data-element="feedback-rate-1"]') as HTMLElement).click();
    await el.updateComplete;
    const sent = oneEvent(el, 'sdc-feedback');
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    const { detail } = await sent;
    expect(detail.rating).to.equal(1);
    expect(detail.answer).to.equal(undefined);
  });

  it('asks how easy the service was at the end of a service flow', async () => {
    await fixture(html`<sdc-feedback kind="service"></sdc-feedback>`);
    expect(texts('[data-element="feedback-title"]')).to.deep.equal(['Quanto è stato facile usare questo servizio?']);
  });
});
