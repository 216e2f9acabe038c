/**
 * Issue 14 item 2: an anonymous service (`access_level` 0) with a file field. The upload needs a
 * token, so the anonymous session (`POST /api/session-auth`) must exist before the first upload,
 * not only at submit; the mock refuses a missing token as OpenCity does.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { BASE, SERVICE, tenantState, worker } from '../support/mock.js';
import '../../src/elements/sdc-pratica-wizard/define.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $$ = <T extends HTMLElement = HTMLElement>(el: SdcPraticaWizard, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const heading = (el: SdcPraticaWizard) => text(el.shadowRoot!.querySelector('#step-heading'));

async function settle(el: SdcPraticaWizard) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

function field(el: SdcPraticaWizard, label: string): HTMLInputElement {
  const lab = $$(el, 'label, legend').find((l) => text(l).replace(/ \(facoltativo\)$/, '') === label);
  if (!lab) throw new Error(`no field "${label}" in: ${$$(el, 'label, legend').map((l) => text(l)).join(' | ')}`);
  return (lab.tagName === 'LEGEND' ? lab.parentElement!.querySelector('input, select, textarea') : el.shadowRoot!.getElementById(lab.getAttribute('for')!)) as HTMLInputElement;
}

async function type(el: SdcPraticaWizard, label: string, value: string) {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

async function press(el: SdcPraticaWizard, label: string) {
  $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === label)!.click();
  await settle(el);
}

let requests: string[] = [];
const onRequest = ({ request }: { request: Request }) => {
  const u = new URL(request.url);
  if (u.pathname.startsWith(BASE)) requests.push(`${request.method} ${u.pathname.slice(BASE.length)}`);
};
beforeEach(() => {
  requests = [];
  localStorage.clear();
  worker.events.on('request:start', onRequest);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

describe('anonymous service with a file field', () => {
  it('uploads a photo for a citizen who is not logged in: the anonymous session comes first', async () => {
    const node = document.createElement('sdc-pratica-wizard');
    node.setAttribute('base-url', BASE);
    node.setAttribute('service-id', SERVICE.disservizio);
    const el = await fixture<SdcPraticaWizard>(node);
    await waitUntil(() => heading(el) === 'Informativa sulla privacy', 'the wizard did not load', { timeout: 8000 });
    field(el, 'Ho letto e compreso l’informativa sulla privacy').click();
    await settle(el);
    await press(el, 'Avanti');
    await waitUntil(() => heading(el) === 'Chi segnala', 'applicant step', { timeout: 8000 });
    await type(el, 'Nome', 'Giulia');
    await type(el, 'Cognome', 'Bianchi');
    await type(el, 'Codice fiscale', 'BNCGLI85C52A944F');
    await type(el, 'Email', 'giulia@example.org');
    await press(el, 'Avanti');
    if (heading(el) !== 'Segnalazione') await press(el, 'Conferma e prosegui');
    await waitUntil(() => heading(el) === 'Segnalazione', 'report step', { timeout: 8000 });
    // The file question's code arrives by import() (issue 15), prefetched with the form.
    await waitUntil(() => !el.shadowRoot!.querySelector('.sdc-state--loading'), 'the file question never came', { timeout: 8000 });

    const input = field(el, 'Foto');
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'buca.jpg', { type: 'image/jpeg' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await waitUntil(() => $$(el, '.file-item--done').length === 1 || $$(el, '.file-item--error, [role=alert]').length > 0, 'upload ended', { timeout: 8000 });
    expect($$(el, '.file-item--done').map((li) => text(li))[0]).to.contain('buca.jpg');
    expect(requests.indexOf('POST /api/session-auth')).to.be.greaterThan(-1);
    expect(requests.indexOf('POST /api/session-auth')).to.be.lessThan(requests.indexOf('POST /it/upload'));
    const file = Object.values(tenantState().files).find((f) => f.originalName === 'buca.jpg')!;
    expect(file.upload_state).to.equal('finalized');
    await expect(el).to.be.accessible();
  });
});
