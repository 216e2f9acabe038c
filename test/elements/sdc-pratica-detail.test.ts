import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { BASE, SERVICE, loginAs, worker, scenarios, findApplication } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import type { SdcPraticaDetail } from '../../src/elements/sdc-pratica-detail/sdc-pratica-detail.js';

const WIZARD = '/richiesta.html?service={service}&pratica={pratica}';

let requests: Request[] = [];
const onRequest = ({ request }: { request: Request }) => { requests.push(request.clone()); };
beforeEach(() => {
  requests = [];
  worker.events.on('request:start', onRequest);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

async function mount(id: string, extra: { section?: string } = {}): Promise<SdcPraticaDetail> {
  const el = await fixture<SdcPraticaDetail>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${id} wizard-url=${WIZARD}
    back-url="#/pratiche" section=${extra.section ?? ''}></sdc-pratica-detail>`);
  await waitUntil(() => $(el, '#detail-title') || $(el, '.sdc-state--error') || $(el, '.sdc-state--login'), 'detail did not load', { timeout: 5000 });
  return el;
}
/** Waits for the secondary sections (riepilogo, iter, appuntamenti) to leave their skeletons. */
async function allLoaded(el: SdcPraticaDetail) {
  await waitUntil(() => $$(el, 'section .sdc-state--loading').length === 0 && $(el, '.timeline, [data-section="iter"] p'), 'sections still loading', { timeout: 5000 });
}
const section = (el: Element, key: string) => $(el, `[data-section="${key}"]`)!;

describe('sdc-pratica-detail', () => {
  it('opens a pratica from its id (deep link) with status, number, dates and the Riepilogo from the service form', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaMensa);
    await allLoaded(el);
    expect(text($(el, '#detail-title'))).to.equal('Iscrizione al servizio di mensa scolastica');
    expect(text($(el, '.head .sdc-tag'))).to.equal('Accettata');
    expect(text($(el, '.facts'))).to.contain('0004512');
    const riepilogo = section(el, 'riepilogo');
    await waitUntil(() => riepilogo.querySelector('.summary'), 'no summary', { timeout: 5000 });
    const labels = [...riepilogo.querySelectorAll('.summary dt')].map(text);
    // Labels from the form, not the data keys; grid rows titled; formatted values.
    expect(labels).to.include('Scuola');
    expect(labels.some((l) => l.startsWith('Alunni da iscrivere – 1'))).to.equal(true);
    expect(labels).not.to.include('isee_valore');
    expect(text(riepilogo)).to.contain('Sofia');
    expect(text($(el, '.sdc-alert--success'))).to.contain('La richiesta è stata accettata');
    await expect(el).to.be.accessible();
  });

  it('shows the birth date the API sends as ISO 8601 the Italian way in the Riepilogo', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaDieta);
    await waitUntil(() => section(el, 'riepilogo').querySelector('.summary'), 'no summary', { timeout: 5000 });
    const rows = [...section(el, 'riepilogo').querySelectorAll('.summary .row')];
    const birth = rows.find((r) => text(r.querySelector('dt')) === 'Data di nascita');
    expect(text(birth?.querySelector('dd'))).to.equal('12/03/1985');
    expect(text(section(el, 'riepilogo'))).not.to.match(/T00:00/);
  });

  it('shows "Iter della pratica" as an ordered timeline with dates, statuses and messages', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaMensa);
    await allLoaded(el);
    const steps = $$(el, '.timeline li');
    expect(steps.map((li) => text(li.querySelector('.status')))).to.deep.equal([
      'Bozza', 'Inviata', 'Acquisita', 'Protocollata', 'Presa in carico', 'Accettata (stato attuale)',
    ]);
    expect(steps.at(-1)!.getAttribute('aria-current')).to.equal('step');
    expect(text(steps.at(-1)!.querySelector('.message'))).to.equal('Iscrizione confermata per l’anno scolastico.');
    expect(steps[0]!.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(text(steps[0]!.querySelector('time'))).to.match(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}( \(ora italiana\))?$/);
    expect($(el, '.timeline')!.getAttribute('aria-label')).to.equal('Iter della pratica');
  });

  it('downloads the compiled module with the citizen token, not as a bare link', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaMensa);
    const docs = section(el, 'documenti');
    expect(docs.querySelector('a[href*="/attachments/"]')).to.equal(null);
    const compiled = findApplication(PRATICA.giuliaMensa)!.compiled_modules[0]!;
    const button = docs.querySelector<HTMLButtonElement>(`[data-download="${compiled}"]`)!;
    expect(text(button.closest('li'))).to.contain('Modulo della richiesta (PDF)');
    requests = [];
    button.click();
    await waitUntil(() => requests.some((r) => r.url.includes(`/attachments/${compiled}`)), 'no download request');
    const req = requests.find((r) => r.url.includes(`/attachments/${compiled}`))!;
    expect(req.headers.get('authorization')).to.match(/^Bearer .+/);
    await waitUntil(() => !button.disabled, 'download did not finish');
    expect(docs.querySelector('.sdc-alert--danger')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says why a download failed and keeps the button usable', async () => {
    loginAs('giulia');
    worker.use(scenarios.serverError('/api/applications/:id/attachments/:file', 'get'));
    const el = await mount(PRATICA.giuliaMensa);
    const button = section(el, 'documenti').querySelector<HTMLButtonElement>('[data-download]')!;
    button.click();
    await waitUntil(() => section(el, 'documenti').querySelector('.sdc-alert--danger'), 'no error shown');
    expect(text(section(el, 'documenti').querySelector('.sdc-alert--danger'))).to.contain('Non è stato possibile scaricare');
    expect(button.disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('withdraws the pratica after an accessible confirmation', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaDieta);
    await allLoaded(el);
    const withdraw = $(el, '[data-action="withdraw"]') as HTMLButtonElement;
    expect(text(withdraw)).to.equal('Ritira la pratica');
    withdraw.click();
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'dialog not open');
    expect(text(dialog.querySelector('h2'))).to.equal('Vuoi ritirare la pratica?');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('withdraw-title');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Annulla');
    await expect(el).to.be.accessible();
    requests = [];
    (dialog.querySelector('[data-action="confirm-withdraw"]') as HTMLButtonElement).click();
    await waitUntil(() => text($(el, '.notice')).includes('La pratica è stata ritirata'), 'no confirmation');
    expect(requests.some((r) => r.method === 'POST' && r.url.includes(`/api/applications/${PRATICA.giuliaDieta}/transition/withdraw`))).to.equal(true);
    expect(dialog.open).to.equal(false);
    await waitUntil(() => text($(el, '.head .sdc-tag')) === 'Ritirata', 'status not updated');
    expect($(el, '[data-action="withdraw"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the dialog open with the reason when the withdrawal is refused', async () => {
    loginAs('giulia');
    worker.use(scenarios.forbidden('/api/applications/:id/transition/withdraw', 'post', 'The service does not allow the withdrawal of applications'));
    const el = await mount(PRATICA.giuliaDieta);
    ($(el, '[data-action="withdraw"]') as HTMLButtonElement).click();
    const dialog = $(el, 'dialog') as HTMLDialogElement;
    (dialog.querySelector('[data-action="confirm-withdraw"]') as HTMLButtonElement).click();
    await waitUntil(() => dialog.querySelector('.sdc-alert--danger'), 'no error in the dialog');
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('.sdc-alert--danger'))).to.contain('Non è stato possibile ritirare la pratica');
    expect(text($(el, '.head .sdc-tag'))).not.to.equal('Ritirata');
    await expect(el).to.be.accessible();
  });

  it('links the service actions of an accepted pratica to the wizard with action and ref', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaMensa);
    await waitUntil(() => $(el, '.service-actions'), 'no service actions');
    const rinnovo = $(el, '.service-actions [data-action="rinnovo"]') as HTMLAnchorElement;
    expect(text(rinnovo)).to.equal('Rinnovo');
    const url = new URL(rinnovo.getAttribute('href')!, location.origin);
    expect(url.pathname).to.equal('/richiesta.html');
    expect(url.searchParams.get('service')).to.equal(SERVICE.mensaRinnovo);
    expect(url.searchParams.get('action')).to.equal('rinnovo');
    expect(url.searchParams.get('ref')).to.equal(PRATICA.giuliaMensa);
    expect(url.searchParams.has('pratica')).to.equal(false);
    // A concluded pratica cannot be withdrawn, even if the backend's links still list the transition.
    expect($(el, '[data-action="withdraw"]')).to.equal(null);
    const actions = $$(el, '.service-actions a').map((a) => a.dataset.action);
    expect(actions).to.include.members(['interruzione', 'sospensione', 'voltura', 'subentro']);
    await expect(el).to.be.accessible();
  });

  it('offers to complete a draft in the wizard', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaSospensione);
    const resume = $(el, '[data-action="resume"]') as HTMLAnchorElement;
    expect(resume.getAttribute('href')).to.equal(`/richiesta.html?service=${SERVICE.mensaSospensione}&pratica=${PRATICA.giuliaSospensione}`);
    expect(text($(el, '.sdc-alert--info'))).to.contain('bozza');
    expect($(el, '[data-action="withdraw"]')).to.equal(null);
  });

  it('shows the appointments linked to the pratica', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaDieta);
    await allLoaded(el);
    const meetings = section(el, 'appuntamenti');
    expect(meetings.querySelectorAll('.meeting')).to.have.length(1);
    expect(text(meetings)).to.match(/dalle \d{2}:\d{2} alle \d{2}:\d{2}/);
    expect(text(meetings.querySelector('.sdc-tag'))).to.equal('In attesa di approvazione');
  });

  it('brings its own messages and payment elements: a page that registered only the detail shows them too', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaAccessoAtti);
    await waitUntil(() => section(el, 'messaggi').querySelector('sdc-message-thread') && section(el, 'pagamenti').querySelector('sdc-payment-panel'),
      'thread and panel not placed', { timeout: 5000 });
    expect(section(el, 'messaggi').querySelector('sdc-message-thread')!.getAttribute('pratica-id')).to.equal(PRATICA.giuliaAccessoAtti);
    expect(customElements.get('sdc-message-thread'), 'the thread is registered').not.to.equal(undefined);
    expect(customElements.get('sdc-payment-panel'), 'the panel is registered').not.to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('has no Pagamenti section for a pratica without payments', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaDieta);
    expect(section(el, 'pagamenti')).to.equal(null);
  });

  it('brings the requested section into focus (links from the list: Paga, Rispondi)', async () => {
    loginAs('giulia');
    const el = await mount(PRATICA.giuliaAccessoAtti, { section: 'pagamenti' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'sec-pagamenti', 'section not focused');
  });

  it('shows the login panel on 401', async () => {
    loginAs('giulia');
    worker.use(scenarios.unauthorized('/api/applications/:id', 'get'));
    const el = await mount(PRATICA.giuliaMensa);
    await waitUntil(() => $(el, '.sdc-state--login'), 'no login panel');
    await expect(el).to.be.accessible();
  });

  it('says the pratica was not found for an unknown id', async () => {
    loginAs('giulia');
    const el = await mount('00000000-0000-4000-8000-000000000000');
    expect(text($(el, '.sdc-state--error'))).to.contain('Pratica non trovata');
    await expect(el).to.be.accessible();
  });

  it('falls back to a labelled listing when the service form cannot be loaded', async () => {
    loginAs('giulia');
    worker.use(http.get('*/api/services/:id/form', () => HttpResponse.json(['Form not found'], { status: 404 })));
    const el = await mount(PRATICA.giuliaMensa);
    await waitUntil(() => section(el, 'riepilogo').querySelector('.summary'), 'no summary', { timeout: 5000 });
    expect(text(section(el, 'riepilogo'))).to.contain('Il modulo del servizio non è disponibile');
    expect([...section(el, 'riepilogo').querySelectorAll('dt')].map(text)).to.include('Isee valore');
    await expect(el).to.be.accessible();
  });
});
