import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { BASE, loginAs, worker, scenarios, tenantState } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import '../../src/elements/sdc-pratica-detail/define.js';
import '../../src/elements/sdc-message-thread/define.js';
import type { SdcPraticaDetail } from '../../src/elements/sdc-pratica-detail/sdc-pratica-detail.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

let requests: Request[] = [];
const onRequest = ({ request }: { request: Request }) => { requests.push(request.clone()); };
const sent = (method: string, re: RegExp) => requests.filter((r) => r.method === method && re.test(new URL(r.url).pathname));
beforeEach(() => {
  requests = [];
  worker.events.on('request:start', onRequest);
});
afterEach(() => worker.events.removeListener('request:start', onRequest));

async function mount(id: string): Promise<SdcPraticaDetail> {
  const el = await fixture<SdcPraticaDetail>(html`<sdc-pratica-detail base-url=${BASE} pratica-id=${id}></sdc-pratica-detail>`);
  await waitUntil(() => $(el, '#integration-title') || $(el, '#detail-title'), 'detail did not load', { timeout: 5000 });
  await waitUntil(() => $(el, '.integration__body, .integration__date + *'), 'request not read', { timeout: 5000 });
  return el;
}

function pick(el: SdcPraticaDetail, files: File[]): void {
  const input = $(el, '#integration-files') as HTMLInputElement;
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function type(el: SdcPraticaDetail, value: string): Promise<void> {
  const ta = $(el, '#integration-text') as HTMLTextAreaElement;
  ta.value = value;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const pdf = (name = 'certificato-medico.pdf') => new File(['%PDF-1.4 certificato'], name, { type: 'application/pdf' });
const statusOf = (id: string) => tenantState().applications.find((a) => a.id === id)!.status;
const send = () => ($(document.querySelector('sdc-pratica-detail')!, '#integration-send, #integration-confirm') as HTMLButtonElement).click();

describe('sdc-pratica-detail: answering a request for integrations', () => {
  it('shows what the office asked at the top of a 4200 pratica, with its document and the answer form', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    const cta = $(el, '.integration')!;
    expect(cta.compareDocumentPosition($(el, '.facts')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(text($(el, '#integration-title'))).to.equal('L’ufficio ti chiede delle integrazioni');
    expect(text($(el, '.integration__body'))).to.contain('certificato del medico curante');
    expect(text($(el, '.integration__docs'))).to.contain('Richiesta di integrazione.pdf');
    expect(text($(el, '#integration-send'))).to.equal('Invia le integrazioni');
    await expect(el).to.be.accessible();
  });

  it('uploads the files, posts the message, submits 4200 → 4300 and then shows "Integrazioni concluse" without the form', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    await type(el, 'Ecco il certificato richiesto.');
    pick(el, [pdf()]);
    await el.updateComplete;
    expect(text($(el, '.integration__files'))).to.contain('certificato-medico.pdf');
    send();
    await waitUntil(() => !$(el, '.integration') && text($(el, '.facts')).includes('Integrazioni concluse'), 'not moved on', { timeout: 8000 });
    expect(statusOf(PRATICA.marcoContrassegno)).to.equal(4300);
    expect(sent('POST', /\/it\/upload$/)).to.have.length(1);
    expect(sent('PUT', /\/it\/upload\//)).to.have.length(1);
    const patch = sent('PATCH', /\/api\/applications\/[^/]+$/);
    expect(patch).to.have.length(1);
    const patched = (await patch[0]!.json()) as { data: Record<string, Array<{ data: { id: string } }>> };
    expect(Object.values(patched.data)[0]![0]!.data.id).to.be.a('string');
    const posts = sent('POST', /\/messages$/);
    expect(posts).to.have.length(1);
    expect(((await posts[0]!.json()) as { message: string }).message).to.equal('<p>Ecco il certificato richiesto.</p>');
    expect(sent('POST', /\/transition\/submit$/)).to.have.length(1);
    await waitUntil(() => text($(el, '.timeline')).includes('Integrazioni concluse (stato attuale)'), 'iter without the step', { timeout: 5000 });
    expect(text($(el, '.notice'))).to.contain('Integrazioni inviate');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.notice'));
    await expect(el).to.be.accessible();
  });

  it('keeps the message and the files when sending fails, and "Riprova" sends them once', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    await type(el, 'Allego il certificato.');
    pick(el, [pdf()]);
    worker.use(scenarios.serverError('/api/applications/:id/messages', 'post'));
    send();
    await waitUntil(() => $(el, '.integration__failed'), 'no failure shown', { timeout: 5000 });
    expect(text($(el, '.integration__failed'))).to.contain('Le integrazioni non sono state inviate');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.integration__failed'));
    expect(($(el, '#integration-text') as HTMLTextAreaElement).value).to.equal('Allego il certificato.');
    expect(text($(el, '.integration__files'))).to.contain('certificato-medico.pdf');
    expect(text($(el, '#integration-send'))).to.equal('Riprova');
    expect(statusOf(PRATICA.marcoContrassegno)).to.equal(4200);
    await expect(el).to.be.accessible();
    worker.resetHandlers();
    send();
    await waitUntil(() => !$(el, '.integration'), 'not sent on retry', { timeout: 8000 });
    // The file went up once: the retry resumed after the upload.
    expect(sent('POST', /\/it\/upload$/)).to.have.length(1);
    expect(tenantState().messages.filter((m) => m.application === PRATICA.marcoContrassegno && m.message.includes('Allego il certificato'))).to.have.length(1);
  });

  it('keeps everything when the upload fails', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    await type(el, 'Certificato allegato.');
    pick(el, [pdf()]);
    worker.use(http.put('*/mock-storage/:id', () => new HttpResponse('<Error/>', { status: 500 })));
    send();
    await waitUntil(() => $(el, '.integration__failed'), 'no failure shown', { timeout: 5000 });
    expect(text($(el, '.integration__files'))).to.contain('certificato-medico.pdf');
    expect(sent('POST', /\/messages$/)).to.have.length(0);
    expect(statusOf(PRATICA.marcoContrassegno)).to.equal(4200);
  });

  it('answers by keyboard: type, Tab to the files and on to "Invia le integrazioni", Enter', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    ($(el, '#integration-text') as HTMLElement).focus();
    await sendKeys({ type: 'Scritto da tastiera' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('integration-files');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('integration-send');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '.integration'), 'not sent', { timeout: 8000 });
    expect(tenantState().messages.some((m) => m.application === PRATICA.marcoContrassegno && m.message.includes('Scritto da tastiera'))).to.equal(true);
  });

  it('sends one answer for a double click', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    await type(el, 'Certificato in arrivo.');
    send();
    send();
    await waitUntil(() => !$(el, '.integration'), 'not sent', { timeout: 8000 });
    expect(sent('POST', /\/messages$/)).to.have.length(1);
    expect(sent('POST', /\/transition\/submit$/)).to.have.length(1);
  });

  it('refuses a file of the wrong type or too large before anything is uploaded', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    pick(el, [new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }), new File([new Uint8Array(11 * 1024 * 1024)], 'scansione.pdf', { type: 'application/pdf' })]);
    await el.updateComplete;
    const errors = text($(el, '#integration-files-error'));
    expect(errors).to.contain('virus.exe non è di un formato ammesso');
    expect(errors).to.contain('scansione.pdf supera 10 MB');
    expect($(el, '.integration__files')).to.equal(null);
    expect(requests.filter((r) => /upload/.test(r.url))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('asks for a message or a document when the form is sent empty, and puts focus on the message', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    send();
    await waitUntil(() => $(el, '#integration-text-error'), 'no error');
    expect(text($(el, '#integration-text-error'))).to.contain('Scrivi un messaggio o allega almeno un documento');
    expect(el.shadowRoot!.activeElement?.id).to.equal('integration-text');
    expect(sent('POST', /\/messages$/)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('answers a 4100 pratica with a message carrying the files, without a transition the reference does not give the citizen', async () => {
    loginAs('elena');
    const el = await mount(PRATICA.elenaTrasporto);
    expect(text($(el, '.integration'))).to.contain('sta registrando la richiesta');
    expect(text($(el, '.integration__body'))).to.contain('attestazione ISEE');
    await type(el, 'Allego l’ISEE 2026.');
    pick(el, [pdf('isee-2026.pdf')]);
    send();
    await waitUntil(() => $(el, '.integration__waiting'), 'no waiting state', { timeout: 8000 });
    expect(text($(el, '.integration__waiting'))).to.contain('Risposta inviata');
    const body = (await sent('POST', /\/messages$/)[0]!.json()) as { attachments: Array<{ name: string; file: string }> };
    expect(body.attachments.map((a) => a.name)).to.deep.equal(['isee-2026.pdf']);
    expect(sent('POST', /\/transition\//)).to.have.length(0);
    expect(statusOf(PRATICA.elenaTrasporto)).to.equal(4100);
    await expect(el).to.be.accessible();
  });

  it('opens the form here when a link to the backend’s integration page is followed inside another shadow root (the thread)', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    // Stands in for <sdc-message-thread>: its action links live in its own shadow root, the click is composed.
    const host = document.createElement('div');
    $(el, '[data-section="messaggi"]')!.append(host);
    const thread = { shadowRoot: host.attachShadow({ mode: 'open' }) };
    const link = document.createElement('a');
    link.href = `${BASE}/it/pratiche/${PRATICA.marcoContrassegno}/detail#integrazione`;
    link.textContent = 'Invia le integrazioni';
    thread.shadowRoot!.append(link);
    link.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('integration-text');
    link.remove();
  });

  it('has the thread point to this form, not offer itself as the answer, and its link opens the form', async () => {
    loginAs('marco');
    const el = await mount(PRATICA.marcoContrassegno);
    const thread = () => el.shadowRoot!.querySelector('sdc-message-thread')?.shadowRoot;
    await waitUntil(() => thread()?.querySelector('.integration'), 'the thread shows no integration notice', { timeout: 8000 });
    const notice = text(thread()!.querySelector('.integration'));
    expect(notice).to.contain('usa il modulo in cima alla pratica');
    expect(notice).to.not.contain('scrivi un messaggio qui sotto e allega');
    expect([...thread()!.querySelectorAll('.msg__actions button')].map(text)).to.not.include('Rispondi qui con un messaggio');
    thread()!.querySelector<HTMLAnchorElement>('.integration a[href="#integrazione"]')!.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('integration-text');
    await expect(el).to.be.accessible();
  });

  it('renders the office’s message as sanitized text', async () => {
    loginAs('marco');
    const m = tenantState().messages.find((x) => x.application === PRATICA.marcoContrassegno)!;
    m.message = '<p>Allegare il certificato<img src=x onerror="window.__xss=1"><script>window.__xss=2</script></p>';
    const el = await mount(PRATICA.marcoContrassegno);
    expect(text($(el, '.integration__body'))).to.contain('Allegare il certificato');
    expect($(el, '.integration__body script, .integration__body [onerror]')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});
