// Say only what happened (issue 19): the confirmation promises no e-mail the backend never said it
// sent, offers no area personale to an anonymous citizen, and shows the pratica's one identifier.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, SERVICE, loginAs, tenantState } from '../support/mock.js';
import { $, text } from '../support/dom.js';
import { acceptPrivacy, check, field, mountWizard, next, press, stepHeading, toDisservizioReport, fillDisservizioReport, type } from '../support/wizard.js';
import { praticaShortId } from '../../src/domain/pratica.js';
import '../../src/elements/sdc-provider/define.js';
import '../../src/elements/sdc-pratica-wizard/define.js';

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '');
});

describe('sdc-pratica-wizard: the confirmation says only what happened', () => {
  it('an anonymous report: the short number, no "we e-mailed you", no area personale', async () => {
    const provider = await fixture<HTMLElement>(html`<sdc-provider base-url=${BASE} area-personale-url="/area-personale.html">
      <sdc-pratica-wizard service-id=${SERVICE.disservizio}></sdc-pratica-wizard></sdc-provider>`);
    const el = provider.querySelector('sdc-pratica-wizard')!;
    await waitUntil(() => stepHeading(el) === 'Informativa sulla privacy', 'the wizard did not load', { timeout: 8000 });
    await toDisservizioReport(el);
    await fillDisservizioReport(el);
    await next(el);
    await waitUntil(() => stepHeading(el) === 'Riepilogo', 'summary', { timeout: 8000 });
    await press(el, /Invia|Conferma e invia/);
    await waitUntil(() => stepHeading(el) === 'Richiesta inviata', 'not sent', { timeout: 10000 });

    const app = tenantState().applications.filter((a) => a.service_id === SERVICE.disservizio).sort((a, b) => b.created_at - a.created_at)[0]!;
    expect(text($(el, '.confirmation__facts'))).to.contain(`Numero della pratica${praticaShortId(app.id)}`);
    // Our own words only: the service's "indicazioni finali" are the ente's text, shown as written.
    const ours = $(el, '.confirmation')!.cloneNode(true) as HTMLElement;
    ours.querySelectorAll('.rich').forEach((r) => r.remove());
    const all = text(ours);
    expect(all).not.to.contain(app.id);
    expect(all).not.to.match(/abbiamo inviato|email di riepilogo/i);
    expect(all).not.to.contain('area personale');
    expect($(el, 'a[href^="/area-personale.html"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('sdc-pratica-wizard: drafts say where they are', () => {
  const biblioteca = { 'service-id': SERVICE.biblioteca };
  const drafts = () => tenantState().applications.filter((a) => a.user === CITIZEN.giulia && a.service_id === SERVICE.biblioteca && a.status === 1000);
  /** Like a page reload: the element goes away and a new one starts from the same URL. */
  async function reload(el: Element): Promise<HTMLElement> {
    el.remove();
    return mountWizard(biblioteca);
  }

  it('drops "Abbiamo ripristinato i dati… Ricomincia da capo" once the pratica is sent', async () => {
    loginAs('giulia');
    let el: HTMLElement = await mountWizard(biblioteca);
    await acceptPrivacy(el);
    await next(el);
    await type(el, 'Numero civico', '12');
    el = await reload(el);
    expect(text($(el, '.callout[role=status]'))).to.contain('Abbiamo ripristinato i dati');
    await check(el, 'Accetto il regolamento della biblioteca');
    await next(el);
    await press(el, 'Conferma e invia');
    await waitUntil(() => stepHeading(el) === 'Richiesta inviata', 'not sent', { timeout: 10000 });
    expect(text(el.shadowRoot!.querySelector('.wizard'))).not.to.contain('Abbiamo ripristinato').and.not.to.contain('Ricomincia da capo');
    expect(new URLSearchParams(location.search).has('pratica')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('puts the saved backend draft in the URL, so a reload on a device without the local copy resumes it', async () => {
    loginAs('giulia');
    let el: HTMLElement = await mountWizard(biblioteca);
    await acceptPrivacy(el);
    await next(el);
    await type(el, 'Numero civico', '7');
    await press(el, 'Salva richiesta');
    await waitUntil(() => text($(el, '.callout--success')).includes('Richiesta salvata'), 'not saved');
    const [draft] = drafts();
    expect(new URLSearchParams(location.search).get('pratica')).to.equal(draft!.id);

    // Another browser, or storage cleared: only the URL knows the draft.
    localStorage.clear();
    el = await reload(el);
    await waitUntil(() => stepHeading(el) !== 'Informativa sulla privacy' || field(el, 'Ho letto e compreso l’informativa sulla privacy').checked, 'did not resume', { timeout: 8000 });
    await next(el).catch(() => undefined);
    if (stepHeading(el) !== 'Dati') await waitUntil(() => stepHeading(el) === 'Dati', 'not on Dati', { timeout: 8000 });
    expect(field(el, 'Numero civico').value).to.equal('7');
    expect(el.getAttribute('pratica-id')).to.equal(draft!.id);
    await expect(el).to.be.accessible();
  });
});
