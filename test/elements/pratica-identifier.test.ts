// One citizen-facing identifier for a pratica (issue 19): its protocol number when there is one, else
// the short form of its id; the same in the list, the detail and the inbox, never the raw UUID.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, SERVICE, addCitizen, addMessage, addPratica, loginAs } from '../support/mock.js';
import { $, $$, deepText, text } from '../support/dom.js';
import { praticaShortId } from '../../src/domain/pratica.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-messages-inbox/define.js';

const wait = (fn: () => unknown, message: string) => waitUntil(fn, message, { timeout: 8000 });

describe('pratica identifier', () => {
  it('shows the protocol number, else one short number, the same in the list, the detail and the inbox', async () => {
    const citizen = addCitizen().id;
    const at = Date.UTC(2026, 2, 5, 10);
    const plain = addPratica({ user: citizen, service_id: SERVICE.accessoAtti, status: 2000, created_at: at, submitted_at: at });
    const registered = addPratica({ user: citizen, service_id: SERVICE.certificati, status: 3000, created_at: at - 86_400_000, submitted_at: at - 86_400_000, protocol_number: 'PG-2026-0042' });
    for (const p of [plain, registered]) addMessage({ application: p.id, message: '<p>Richiesta ricevuta.</p>', created_at: at, sent_at: at });
    loginAs(citizen);
    const short = praticaShortId(plain.id);
    expect(short).to.match(/^[0-9A-F]{8}$/);

    const list = await fixture<HTMLElement>(html`<sdc-pratiche-list base-url=${BASE} url-sync="none"></sdc-pratiche-list>`);
    await wait(() => $$(list, '.card').length === 2, 'the list did not load');
    expect(text($(list, `[data-pratica="${plain.id}"] .card__category`))).to.equal(`Pratica n. ${short}`);
    expect(text($(list, `[data-pratica="${registered.id}"] .card__category`))).to.equal('Protocollo n. PG-2026-0042');
    // The protocol is said once per card, not again in the card's facts.
    expect(text($(list, `[data-pratica="${registered.id}"]`)).split('PG-2026-0042')).to.have.length(2);
    expect(deepText(list)).not.to.contain(plain.id).and.not.to.contain(plain.id.toUpperCase());
    await expect(list).to.be.accessible();
    list.remove();

    for (const [p, label, value] of [[plain, 'Numero della pratica', short], [registered, 'Numero di protocollo', 'PG-2026-0042']] as const) {
      const detail = await fixture<HTMLElement>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${p.id}></sdc-pratica-detail>`);
      await wait(() => $(detail, '#detail-title'), 'the detail did not load');
      expect(text($(detail, '.head__kicker'))).to.equal(`${label} ${value}`);
      const facts = $$(detail, '.facts dt').map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
      expect(facts).to.include(`${label}: ${value}`);
      expect(facts.filter((f) => f.includes(value))).to.have.length(1);
      expect(text($(detail, '.facts'))).not.to.contain(p.id);
      await expect(detail).to.be.accessible();
      detail.remove();
    }

    const inbox = await fixture<HTMLElement>(html`<sdc-messages-inbox base-url=${BASE}></sdc-messages-inbox>`);
    await wait(() => $$(inbox, '.row__pratica').length === 2, 'the inbox did not load');
    expect($$(inbox, '.row__pratica').map(text)).to.have.members([`Pratica n. ${short}`, 'Protocollo n. PG-2026-0042']);
    await expect(inbox).to.be.accessible();
  });
});
