// One fact, one wording (issue 19): a pratica's status reads the same in the list, in the detail
// (tag and "Stato") and in "Iter della pratica", in OpenCity's own words (opencity-api.md §5.1).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, SERVICE, STATUS_LABELS_IT, addCitizen, addPratica, loginAs } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-pratica-detail/define.js';

// The cases the citizen saw read differently: 4000 ("In lavorazione" in the list), 2000, 4300, 1530,
// and the long "waiting for the outcome document" ones.
const CODES = [1530, 2000, 4000, 4300, 4500, 6000, 9000];
/** The reference's label, with the typographic apostrophe of our copy style (CONTRIBUTING.md). */
const reference = (code: number) => STATUS_LABELS_IT[code]!.replace(/'/g, '’');

describe('pratica status wording', () => {

  it('shows each status with the same OpenCity words in the list, the detail and the iter', async () => {
    const citizen = addCitizen().id;
    const ids = new Map<number, string>();
    CODES.forEach((code, i) => {
      const at = Date.UTC(2026, 2, 1 + i, 10);
      ids.set(code, addPratica({ user: citizen, service_id: SERVICE.accessoAtti, status: code, created_at: at, submitted_at: at }).id);
    });
    loginAs(citizen);

    const list = await fixture<HTMLElement>(html`<sdc-pratiche-list base-url=${BASE} url-sync="none"></sdc-pratiche-list>`);
    await waitUntil(() => $$(list, '.card').length === CODES.length, 'the list did not show every pratica', { timeout: 5000 });
    for (const code of CODES) {
      expect(text($(list, `[data-pratica="${ids.get(code)}"] .sdc-tag`)), `list, ${code}`).to.equal(reference(code));
    }
    await expect(list).to.be.accessible();
    list.remove();

    for (const code of CODES) {
      const detail = await fixture<HTMLElement>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${ids.get(code)!}></sdc-pratica-detail>`);
      await waitUntil(() => $(detail, '#detail-title') && $(detail, '.timeline li'), `detail ${code} did not load`, { timeout: 5000 });
      const stato = $$(detail, '.facts dt').find((dt) => text(dt) === 'Stato')?.nextElementSibling;
      expect(text($(detail, '.head .sdc-tag')), `detail tag, ${code}`).to.equal(reference(code));
      expect(text(stato), `detail "Stato", ${code}`).to.equal(reference(code));
      const current = $(detail, '.timeline li[aria-current="step"] .status');
      expect(text(current), `iter, ${code}`).to.equal(`${reference(code)} (stato attuale)`);
      detail.remove();
    }
  });

  it('names the list filter’s categories with the words of the statuses in them', async () => {
    const { praticaGroupLabel, praticaStatusLabel } = await import('../../src/domain/labels.js');
    expect(praticaGroupLabel('in-lavorazione')).to.equal(praticaStatusLabel(4000));
    expect(praticaGroupLabel('richiesta-integrazione')).to.equal(praticaStatusLabel(4100));
  });
});
