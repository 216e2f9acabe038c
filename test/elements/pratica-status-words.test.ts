// One fact, one wording (issue 19): a pratica's status reads the same in the list, in the detail
// (tag and "Stato") and in "Iter della pratica", in OpenCity's own words (opencity-api.md §5.1).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, SERVICE, STATUS_LABELS_IT, addCitizen, addPayment, addPratica, loginAs } from '../support/mock.js';
import { paymentStatusLabel } from '../../src/domain/labels.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-payment-panel/define.js';

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

  it('shows each payment status with the same words in the payments list and in the pratica’s payment panel', async () => {
    const citizen = addCitizen().id;
    const WIRE = { PAYMENT_PENDING: 'da-pagare', COMPLETE: 'pagato', EXPIRED: 'scaduto', PAYMENT_FAILED: 'errore' } as const;
    const apps = new Map<string, string>();
    for (const [wire, i] of Object.keys(WIRE).map((w, n) => [w, n] as const)) {
      const app = addPratica({ user: citizen, service_id: SERVICE.accessoAtti, status: 1500, created_at: Date.UTC(2026, 2, 1 + i, 10) });
      const pay = addPayment({ user_id: citizen, service_id: app.service_id, remote_id: app.id, reason: `Diritti ${wire}`, amount: 10 + i, status: wire,
        expire_at: Date.UTC(2027, 0, 1), paid_at: wire === 'COMPLETE' ? Date.UTC(2026, 2, 2) : null } as Parameters<typeof addPayment>[0]);
      apps.set(wire, `${app.id}|${pay.id}`);
    }
    loginAs(citizen);
    const list = await fixture<HTMLElement>(html`<sdc-payments-list base-url=${BASE}></sdc-payments-list>`);
    await waitUntil(() => $$(list, '[data-payment]').length === 4, 'the payments list did not load', { timeout: 5000 });
    for (const [wire, status] of Object.entries(WIRE)) {
      const [app, pay] = apps.get(wire)!.split('|') as [string, string];
      const inList = text($(list, `[data-payment="${pay}"] .sdc-tag`));
      expect(inList, `list, ${wire}`).to.equal(paymentStatusLabel(status));
      const panel = await fixture<HTMLElement>(html`<sdc-payment-panel base-url=${BASE} pratica-id=${app}></sdc-payment-panel>`);
      await waitUntil(() => $(panel, '.payment .sdc-tag'), `panel ${wire} did not load`, { timeout: 5000 });
      expect(text($(panel, '.payment .sdc-tag')), `panel, ${wire}`).to.equal(inList);
      panel.remove();
    }
    await expect(list).to.be.accessible();
  });

  it('names the list filter’s categories with the words of the statuses in them', async () => {
    const { praticaGroupLabel, praticaStatusLabel } = await import('../../src/domain/labels.js');
    expect(praticaGroupLabel('in-lavorazione')).to.equal(praticaStatusLabel(4000));
    expect(praticaGroupLabel('richiesta-integrazione')).to.equal(praticaStatusLabel(4100));
  });
});
