/**
 * An Italian page downloads no other language (issue 15): English and German catalogues are separate
 * files, fetched only when an element renders in that language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sdc-service-list/define.js';
import { BASE, SERVICE, loginAs } from '../support/mock.js';
import { mountWizard, press, stepHeading, summaryLinks } from '../support/wizard.js';

/** Catalogue files of other languages this page has fetched. */
const foreign = () => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.messages\.(en|de)\b/.test(n));

describe('an Italian page', () => {
  it('loads neither English nor German, errors included', async () => {
    const list = await fixture<HTMLElement>(html`<sdc-service-list base-url=${BASE} service-url="/servizio.html?id={identifier}"></sdc-service-list>`);
    await waitUntil(() => /servizi trovati/.test(list.textContent ?? ''), 'no list', { timeout: 8000 });
    loginAs('giulia');
    const el = await mountWizard({ 'service-id': SERVICE.biblioteca });
    expect(stepHeading(el)).to.equal('Informativa sulla privacy');
    await press(el, 'Avanti');
    await waitUntil(() => summaryLinks(el).length > 0);
    expect(document.title.startsWith('Errore: ')).to.equal(true);
    expect(foreign()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
