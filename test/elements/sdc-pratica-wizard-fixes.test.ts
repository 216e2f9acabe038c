/**
 * Issue 14 on the wizard: a backend draft that disappeared (item 5), a click right after fixing a
 * field (item 7, GOV.UK error timing) and the requests a journey costs the tenant.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { SERVICE, addCitizen, loginAs, scenarios, tenantState, worker } from '../support/mock.js';
import { $, $$, root, text } from '../support/dom.js';
import { field, mountWizard as mount, next, press, settle, stepHeading as heading, type, startFresh } from '../support/wizard.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

function option(el: SdcPraticaWizard, legend: string, label: string): HTMLInputElement {
  const lg = $$(el, 'legend').find((l) => text(l).replace(/ \(facoltativo\)$/, '') === legend)!;
  const lab = [...lg.parentElement!.querySelectorAll('label')].find((l) => text(l) === label)!;
  return el.shadowRoot!.getElementById(lab.getAttribute('for')!) as HTMLInputElement;
}

/** Every API request the page sends, as `METHOD /path?query`. */
function recordRequests(): { list: string[]; stop(): void } {
  const list: string[] = [];
  const on = ({ request }: { request: Request }) => {
    const u = new URL(request.url);
    if (u.pathname.includes('/api/')) list.push(`${request.method} ${u.pathname}${u.search}`);
  };
  worker.events.on('request:start', on);
  return { list, stop: () => worker.events.removeListener('request:start', on) };
}

/**
 * A citizen of this test alone: the device draft's key is per citizen, and other test files running
 * at the same time in the same browser share localStorage.
 */
let me = '';
const logIn = () => loginAs((me = addCitizen().id));
const appsOf = (serviceId: string) => tenantState().applications.filter((a) => a.user === me && a.service_id === serviceId);

beforeEach(startFresh);

describe('sdc-pratica-wizard: a backend draft that has disappeared (issue 14 item 5)', () => {
  it('makes a new draft from the answers, says so once, and never writes the dead draft again', async () => {
    logIn();
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    await toDocumenti(el);
    await waitUntil(() => appsOf(SERVICE.accessoAtti).some((a) => a.status === 1000), 'no backend draft');
    const dead = appsOf(SERVICE.accessoAtti)[0]!.id;

    // The office deletes the draft while the citizen fills in the next step.
    worker.use(scenarios.draftDeleted(dead));
    const requests = recordRequests();
    await type(el, 'Descrivi i documenti che vuoi consultare', 'Verbali del consiglio comunale 2024');
    await press(el, 'Salva richiesta');
    await waitUntil(() => appsOf(SERVICE.accessoAtti).length === 1, `no new draft: ${requests.list.join(', ')}`, { timeout: 8000 }).catch((e) => {
      throw new Error(`${(e as Error).message} ${requests.list.join(', ')} | ${text($(el, '.callout'))}`);
    });
    await waitUntil(() => text($(el, '.callout[role=status]')).includes('La bozza salvata sul portale non era più disponibile'), 'the citizen was not told');

    const fresh = appsOf(SERVICE.accessoAtti);
    expect(fresh).to.have.length(1);
    expect(fresh[0]!.id).not.to.equal(dead);
    expect(fresh[0]!.status).to.equal(1000);
    // nothing typed is lost: the answers of both steps are in the new draft
    const data = JSON.stringify(fresh[0]!.data);
    expect(data).to.contain('"house_number":"12"').and.contain('Verbali del consiglio comunale 2024');
    expect(field(el, 'Descrivi i documenti che vuoi consultare').value).to.equal('Verbali del consiglio comunale 2024');
    await expect(el).to.be.accessible();

    // Later saves go to the new draft; the dead id was written once and never again.
    await type(el, 'Per quale motivo li chiedi?', 'Ricerca storica');
    await press(el, 'Salva richiesta');
    await waitUntil(() => JSON.stringify(appsOf(SERVICE.accessoAtti)[0]!.data).includes('Ricerca storica'), 'second save did not reach the new draft');
    requests.stop();
    expect(requests.list.filter((r) => r.startsWith(`PUT /lang/api/applications/${dead}`))).to.have.length(1);
    expect(requests.list.filter((r) => r.startsWith('POST /lang/api/applications'))).to.have.length(1);
    expect(requests.list.filter((r) => r.startsWith(`PUT /lang/api/applications/${fresh[0]!.id}`))).to.have.length(1);
  });
});

describe('sdc-pratica-wizard: GOV.UK error timing (issue 14 item 7)', () => {
  it('counts a click on a radio right after fixing the field above it (no layout move on blur)', async () => {
    logIn();
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    await toDocumenti(el);
    await next(el, true);
    const motivo = field(el, 'Per quale motivo li chiedi?');
    expect(motivo.getAttribute('aria-invalid')).to.equal('true');
    expect(option(el, 'Come vuoi accedere ai documenti?', 'Copia digitale').getAttribute('aria-invalid')).to.equal('true');

    // The citizen types the missing reason; its error goes while typing, once the value is valid…
    motivo.focus();
    await sendKeys({ type: 'Ricerca storica' });
    await settle(el);
    // …and clicks a radio just below straight away: the click lands where the pointer is.
    const radio = option(el, 'Come vuoi accedere ai documenti?', 'Copia digitale');
    // A page with a footer, as in Safari (no scroll anchoring, which in Chromium hides a move above the pointer).
    document.documentElement.style.overflowAnchor = 'none';
    const footer = document.createElement('div');
    footer.style.height = '1500px';
    document.body.append(footer);
    radio.scrollIntoView({ block: 'center' });
    // On the option's label, near its lower edge: a shift of a line would put the pointer on the next option.
    const label = root(el).querySelector<HTMLElement>(`label[for="${radio.id}"]`)!.getBoundingClientRect();
    const row = radio.closest('.check')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(label.left + 8), Math.round(row.bottom - 3)] });
    await settle(el);
    await resetMouse();
    document.documentElement.style.overflowAnchor = '';
    footer.remove();
    expect(option(el, 'Come vuoi accedere ai documenti?', 'Copia digitale').checked).to.equal(true);
    expect(Object.values(localStorage).join()).to.contain('"modalita":"copia_digitale"').and.contain('Ricerca storica');
    // Errors still due stay as they were; none was added on blur.
    expect(field(el, 'Descrivi i documenti che vuoi consultare').getAttribute('aria-invalid')).to.equal('true');
    expect(motivo.getAttribute('aria-invalid')).not.to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows no error on blur for a field the citizen has not been asked about yet', async () => {
    logIn();
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    await toDocumenti(el);
    const motivo = field(el, 'Per quale motivo li chiedi?');
    motivo.focus();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Backspace' });
    motivo.blur();
    await settle(el);
    expect($$(el, '[aria-invalid=true]')).to.have.length(0);
    expect($(el, '.error-summary')).to.equal(null);
  });
});

/** Privacy → Richiedente (for oneself) → "Documenti richiesti". */
async function toDocumenti(el: SdcPraticaWizard) {
  field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
  await settle(el);
  await next(el);
  await type(el, 'Numero civico', '12');
  option(el, 'Presenti la domanda per conto di un’altra persona?', 'No, per me').click();
  await settle(el);
  await next(el);
  expect(heading(el)).to.equal('Documenti richiesti');
}
