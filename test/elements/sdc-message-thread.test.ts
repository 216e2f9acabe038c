import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import {
  BASE, CITIZEN, ENTE, SERVICE, addFile, addMessage, addPratica, loginAs, messagesOf, scenarios, worker,
  type MessageRecord,
} from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import '../../src/elements/sdc-message-thread/define.js';
import type { SdcMessageThread } from '../../src/elements/sdc-message-thread/sdc-message-thread.js';

const OPERATOR = '5d0c0a7e-0000-4b1e-9c2d-0000000000aa';
const T0 = Date.UTC(2026, 2, 5, 9, 0);
const HOUR = 3_600_000;

type Seed = Partial<MessageRecord> & { message: string };

/** A pratica of Giulia's with the given messages, one hour apart; Giulia logged in. */
function arrange(messages: Seed[] = [], status = 4000) {
  loginAs('giulia');
  const p = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status, submitted_at: T0 - 24 * HOUR, latest_status_change_at: T0 });
  // Seeded out of order on purpose: the thread must sort.
  [...messages.entries()].reverse().forEach(([i, m]) => addMessage({ application: p.id, author: OPERATOR, created_at: T0 + i * HOUR, sent_at: T0 + i * HOUR, ...m }));
  return p;
}

async function mount(praticaId: string, extra: { poll?: number } = {}): Promise<SdcMessageThread> {
  const el = await fixture<SdcMessageThread>(
    html`<sdc-message-thread base-url=${BASE} pratica-id=${praticaId} poll-interval=${extra.poll ?? 0}></sdc-message-thread>`,
  );
  await until(() => el.shadowRoot!.querySelector('.thread, .sdc-state--empty, .sdc-state--error, .sdc-state--login'), 'the thread did not load');
  return el;
}

/** The machine is shared: give the mock and the browser time, the assertion is on what finally shows. */
const until = (fn: () => unknown, message?: string) => waitUntil(fn, message, { timeout: 5000 });
const items = (el: Element) => $$(el, '.thread__item');

async function type(el: SdcMessageThread, value: string): Promise<void> {
  const ta = $<HTMLTextAreaElement>(el, '#sdc-compose-text')!;
  ta.value = value;
  ta.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function attach(el: SdcMessageThread, files: File[]): Promise<void> {
  const input = $<HTMLInputElement>(el, '#sdc-compose-file')!;
  const dt = new DataTransfer();
  files.forEach((f) => dt.items.add(f));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Every request the page makes to the mock, as `METHOD path`. */
function recordRequests(): string[] {
  const seen: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

beforeEach(() => {
  // Each test starts from a fresh client: no session or token left over from the previous one.
  // Drafts kept across page loads must not leak from one test into the next.
  sessionStorage.clear();
  worker.events.removeAllListeners();
});

describe('sdc-message-thread: reading', () => {
  it('shows the thread oldest to newest, telling the citizen\'s messages from the office\'s', async () => {
    const p = arrange([
      { message: '<p>Abbiamo ricevuto la sua richiesta.</p>', subject: 'Presa in carico', read_at: T0 },
      { message: '<p>Grazie, attendo notizie.</p>', author: CITIZEN.giulia },
      { message: '<p>La pratica è in istruttoria.</p>', read_at: T0 },
    ]);
    const el = await mount(p.id);
    const list = items(el);
    expect(list.map((li) => text(li.querySelector('.msg__body')))).to.deep.equal([
      'Abbiamo ricevuto la sua richiesta.', 'Grazie, attendo notizie.', 'La pratica è in istruttoria.',
    ]);
    expect(list.map((li) => text(li.querySelector('.msg__author')))).to.deep.equal([ENTE.name, 'Tu', ENTE.name]);
    expect(text(list[0]!.querySelector('.msg__subject'))).to.equal('Presa in carico');
    expect(text(list[0]!.querySelector('time'))).to.match(/^05\/03\/2026, \d\d:00( \(ora italiana\))?$/);
    expect(list[1]!.querySelector('.msg--mine')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('announces the citizen’s own message as theirs, not as "Messaggio di Tu"', async () => {
    const p = arrange([{ message: 'Abbiamo ricevuto la sua richiesta.', read_at: T0 }, { message: 'Grazie, attendo notizie.', author: CITIZEN.giulia }]);
    const el = await mount(p.id);
    const names = items(el).map((li) => text(li.querySelector('.msg__meta .visually-hidden')));
    expect(names[0]).to.match(new RegExp(`^Messaggio di ${ENTE.name}, 05/03/2026`));
    expect(names[1]).to.match(/^Il tuo messaggio, 05\/03\/2026/);
  });

  it('never shows the office\'s internal notes', async () => {
    const p = arrange([{ message: 'Visibile', read_at: T0 }, { message: 'Nota interna: verificare ISEE', visibility: 'internal', read_at: T0 }]);
    const el = await mount(p.id);
    expect(items(el).map((li) => text(li.querySelector('.msg__body')))).to.deep.equal(['Visibile']);
  });

  it('tags unread office messages as new, under a "Nuovi messaggi" marker, and marks them read once seen', async () => {
    const p = arrange([
      { message: 'Letto', read_at: T0 },
      { message: 'Mio', author: CITIZEN.giulia },
      { message: 'Nuovo 1' },
      { message: 'Nuovo 2' },
    ]);
    const requests = recordRequests();
    const read: string[] = [];
    const el = document.createElement('sdc-message-thread');
    el.addEventListener('sdc-message-read', (e) => read.push(e.detail.message.body));
    el.setAttribute('base-url', BASE);
    el.setAttribute('pratica-id', p.id);
    el.setAttribute('poll-interval', '0');
    const el2 = await fixture<SdcMessageThread>(el);
    await until(() => items(el2).length === 4, 'thread not shown');
    const list = items(el2);
    expect(list[2]!.querySelector('.marker')).to.exist;
    expect(text(list[2]!.querySelector('.marker'))).to.equal('Nuovi messaggi');
    expect(el2.shadowRoot!.querySelectorAll('.marker')).to.have.length(1);
    expect(list.map((li) => !!li.querySelector('.msg__new'))).to.deep.equal([false, false, true, true]);
    expect(text($(el2, '.thread-summary'))).to.contain('4 messaggi, 2 nuovi');

    await until(() => messagesOf(p.id).filter((m) => m.read_at !== null).length === 3, 'the new messages were not marked read');
    const patched = requests.filter((r) => r.startsWith('PATCH'));
    expect(patched).to.have.length(2);
    expect(patched.every((r) => r.includes(`/api/applications/${p.id}/messages/`))).to.equal(true);
    expect(messagesOf(p.id).find((m) => m.message === 'Mio')!.read_at).to.equal(null);
    await until(() => read.length === 2);
    expect(read.sort()).to.deep.equal(['Nuovo 1', 'Nuovo 2']);
    // The "Nuovo" tags stay for this visit, so the citizen still sees what was new.
    expect(el2.shadowRoot!.querySelectorAll('.msg__new')).to.have.length(2);
    await expect(el2).to.be.accessible();
  });

  it('waits until an unread message is on screen before marking it read', async () => {
    const p = arrange([{ message: 'In fondo alla pagina' }]);
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px">Contenuto della pagina del Comune</div>
      <sdc-message-thread base-url=${BASE} pratica-id=${p.id} poll-interval="0"></sdc-message-thread>
    </div>`);
    const el = page.querySelector('sdc-message-thread')!;
    await until(() => items(el).length === 1, 'thread not shown');
    await aTimeout(300);
    expect(messagesOf(p.id)[0]!.read_at).to.equal(null);
    items(el)[0]!.scrollIntoView();
    await until(() => messagesOf(p.id)[0]!.read_at !== null, 'not marked read once on screen');
  });

  it('shows an empty state that invites the first message when the API answers 404', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    expect(text($(el, '.sdc-state--empty'))).to.contain('Non ci sono ancora messaggi');
    expect($(el, '#sdc-compose-text')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks to log in when no citizen is logged in', async () => {
    const p = arrange([]);
    const { logout } = await import('../support/mock.js');
    logout();
    const el = await mount(p.id);
    expect(text($(el, '.sdc-state--login'))).to.contain('Accedi');
    await expect(el).to.be.accessible();
  });

  it('says when the messages cannot be loaded and loads them on "Riprova"', async () => {
    const p = arrange([{ message: 'Eccomi', read_at: T0 }]);
    worker.use(http.get('*/api/v2/applications/:id/messages', () => HttpResponse.json({ type: 'error', title: 'Errore', description: 'x' }, { status: 500 }), { once: true }));
    const el = await mount(p.id);
    expect(text($(el, '.sdc-state--error'))).to.contain('Non è stato possibile caricare i messaggi');
    await expect(el).to.be.accessible();
    $(el, '.sdc-retry')!.click();
    await until(() => items(el).length === 1, 'retry did not load the thread');
  });

  it('is read-only when the pratica is closed, and says why', async () => {
    const p = arrange([{ message: 'La pratica è stata accettata.', read_at: T0 }], 7000);
    const el = await mount(p.id);
    await until(() => $(el, '.sdc-alert'), 'no closed notice');
    expect($(el, '#sdc-compose-text')).to.equal(null);
    expect(text($(el, '.sdc-alert'))).to.contain('Non è più possibile inviare messaggi');
    expect(text($(el, '.sdc-alert'))).to.contain('accettata');
    await expect(el).to.be.accessible();
  });
});

describe('sdc-message-thread: backend HTML', () => {
  it('removes scripts, event handlers, javascript: links and styles, and keeps the text', async () => {
    const p = arrange([{
      read_at: T0,
      message: `<p>Gentile cittadina,<script>window.__pwned = 1</script></p>
        <img src="x" onerror="window.__pwned = 2">
        <p onclick="window.__pwned = 3">Consulti <a href="javascript:window.__pwned=4">questo link</a>.</p>
        <style>:host, body { display: none !important }</style>
        <p style="position:fixed;inset:0;background:url(https://evil.example/x)">Testo</p>
        <a href="https://www.comune.esempio.it/regolamento">Regolamento</a>`,
    }]);
    const el = await mount(p.id);
    const body = $(el, '.msg__body')!;
    expect(body.querySelector('script, style, img, iframe')).to.equal(null);
    expect(body.querySelector('[onclick], [onerror], [style]')).to.equal(null);
    expect(Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'))).to.deep.equal([null, 'https://www.comune.esempio.it/regolamento']);
    expect(text(body)).to.contain('Gentile cittadina');
    expect(text(body)).to.contain('questo link');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(getComputedStyle(el).display).to.equal('block');
    const safe = body.querySelectorAll('a')[1]!;
    expect(safe.getAttribute('target')).to.equal('_blank');
    expect(safe.getAttribute('rel')).to.contain('noopener');
  });

  it('shows a link to a next action as a clear button', async () => {
    const p = arrange([{
      read_at: T0,
      message: `<p>Per completare la pratica paghi l'importo: <a href="https://pagamenti.example.it/online-payment/68dada78">pagamento online</a>.
        Poi <a href="/prenota.html?service=anagrafe">prenoti un appuntamento</a>.
        Riferimento: <a href="https://www.normattiva.it/">legge 241/1990</a>.</p>`,
    }]);
    const el = await mount(p.id);
    const buttons = Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.msg__actions a.btn'));
    expect(buttons.map((b) => [text(b), b.getAttribute('href')])).to.deep.equal([
      ['Paga online (si apre in una nuova finestra)', 'https://pagamenti.example.it/online-payment/68dada78'],
      ['Prenota un appuntamento', '/prenota.html?service=anagrafe'],
    ]);
    expect(buttons[0]!.rel).to.contain('noopener');
    expect($(el, '.msg__actions')!.getAttribute('aria-label')).to.equal('Azioni richieste');
    await expect(el).to.be.accessible();
  });
});

describe('sdc-message-thread: integration requests (4100/4200)', () => {
  const REQUEST = (id: string) => `<p>Per concludere l’istruttoria ci serve la dichiarazione dell’impresa esecutrice.
    <a href="/lang/it/pratiche/${id}/detail#integrazione">Invii le integrazioni dalla pagina della pratica</a>.</p>`;

  it('says plainly that the citizen can answer here with a message and attachments, and where else', async () => {
    const p = arrange([], 4200);
    addMessage({ application: p.id, author: OPERATOR, subject: 'Richiesta di integrazioni', message: REQUEST(p.id), created_at: T0, read_at: T0 });
    const el = await mount(p.id);
    await until(() => $(el, '.integration'), 'no integration notice');
    const notice = text($(el, '.integration'));
    expect(notice).to.contain('L’ufficio ti ha chiesto delle integrazioni');
    expect(notice).to.contain('scrivi un messaggio qui sotto e allega i documenti richiesti con «Allega file»');
    // No promise the backend does not keep: a message is not the formal integration form.
    expect(notice).to.contain('non il modulo delle integrazioni');
    const portal = $<HTMLAnchorElement>(el, '.integration a')!;
    expect(portal.getAttribute('href')).to.equal(`${location.origin}/lang/it/pratiche/${p.id}/detail`);
    expect(portal.target).to.equal('_blank');
    expect(portal.rel).to.contain('noopener');
    // The notice comes right before the composer, which offers attachments.
    expect($(el, '.integration')!.compareDocumentPosition($(el, '#sdc-compose-text')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '#sdc-compose-attach')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('puts a "Rispondi qui" button next to the link to the backend\'s integration page, which takes the citizen to the composer', async () => {
    const p = arrange([], 4200);
    addMessage({ application: p.id, author: OPERATOR, message: REQUEST(p.id), created_at: T0, read_at: T0 });
    const el = await mount(p.id);
    const actions = $$(el, '.msg__actions .btn').map(text);
    expect(actions).to.deep.equal(['Invia le integrazioni', 'Rispondi qui con un messaggio']);
    $<HTMLButtonElement>(el, '.msg__actions button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#sdc-compose-text'));
    await expect(el).to.be.accessible();
  });

  it('sends the answer with its documents as a message', async () => {
    const p = arrange([], 4100);
    const el = await mount(p.id);
    await type(el, 'Allego la dichiarazione richiesta.');
    await attach(el, [new File(['%PDF-1.4 dichiarazione'], 'dichiarazione.pdf', { type: 'application/pdf' })]);
    $(el, '.composer__send')!.click();
    await until(() => messagesOf(p.id).length === 1 && !$(el, '.msg--sending'), 'not sent');
    expect(messagesOf(p.id)[0]!.attachments).to.have.length(1);
  });

  it('says nothing about integrations while the office has asked for none', async () => {
    const p = arrange([{ message: 'La pratica è in istruttoria.', read_at: T0 }], 4000);
    const el = await mount(p.id);
    expect($(el, '.integration')).to.equal(null);
    expect($(el, '.msg__actions')).to.equal(null);
  });
});

describe('sdc-message-thread: attachments', () => {
  it('lists attachments with name and size and downloads them with the citizen\'s token', async () => {
    loginAs('giulia');
    const f = addFile({ originalName: 'Comunicazione avvio procedimento.pdf', mime_type: 'application/pdf', size: 24_576, base64: btoa('%PDF-1.4 prova') });
    const p = arrange([{ message: 'In allegato la comunicazione.', read_at: T0, attachments: [f.id] }]);
    const el = await mount(p.id);
    const button = $<HTMLButtonElement>(el, '.file__button')!;
    expect(text(button)).to.contain('Comunicazione avvio procedimento.pdf');
    // OpenCity's file object carries no size (opencity-api.md §4.3): the type is shown, and the size when known.
    expect(text(button)).to.contain('PDF');
    expect(text(button)).to.match(/^Scarica Comunicazione avvio procedimento\.pdf/);

    let auth: string | null = null;
    worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('/attachments/')) auth = request.headers.get('authorization');
    });
    const clicked: Array<{ download: string; href: string }> = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    };
    try {
      button.click();
      await until(() => clicked.length === 1, 'no download started');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked[0]!.download).to.equal('Comunicazione avvio procedimento.pdf');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(auth).to.match(/^Bearer /);
  });

  it('refuses files of the wrong type, too large or too many, and says why', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    el.maxFiles = 2;
    el.maxFileSize = 1024;
    await el.updateComplete;
    await attach(el, [new File(['x'], 'programma.exe'), new File([new Uint8Array(2048)], 'scansione.pdf'), new File(['ok'], 'delega.pdf')]);
    const errors = Array.from(el.shadowRoot!.querySelectorAll('.composer__file-errors li')).map(text);
    expect(errors).to.deep.equal([
      'Errore: Il file «programma.exe» non è di un tipo ammesso. Puoi allegare: PDF, P7M, JPG, PNG, ODT, DOCX, DOC, TXT',
      'Errore: Il file «scansione.pdf» è troppo grande (2 KB). La dimensione massima è 1 KB',
    ]);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.composer__file-name')).map(text)).to.deep.equal(['delega.pdf']);
    await attach(el, [new File(['a'], 'a.pdf'), new File(['b'], 'b.pdf')]);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.composer__file-errors li')).map(text)).to.deep.equal([
      'Errore: Puoi allegare al massimo 2 file a un messaggio',
    ]);
    expect(Array.from(el.shadowRoot!.querySelectorAll('.composer__file-name')).map(text)).to.deep.equal(['delega.pdf', 'a.pdf']);
    expect($(el, '#sdc-compose-attach')!.getAttribute('aria-describedby')).to.contain('sdc-compose-file-errors');
    await expect(el).to.be.accessible();
  });

  it('sends attached files base64-encoded with the message', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    await type(el, 'Allego la delega firmata.');
    await attach(el, [new File(['%PDF-1.4 delega'], 'delega.pdf', { type: 'application/pdf' })]);
    $(el, '.composer__send')!.click();
    await until(() => messagesOf(p.id).length === 1 && !$(el, '.msg--sending'), 'not sent');
    const sent = messagesOf(p.id)[0]!;
    expect(sent.attachments).to.have.length(1);
    const { tenantState } = await import('../support/mock.js');
    const stored = tenantState().files[sent.attachments[0]!]!;
    expect(stored.originalName ?? stored.name).to.contain('delega');
    expect(atob(stored.base64!)).to.equal('%PDF-1.4 delega');
    expect(text($(el, '.thread__item:last-child .file__name'))).to.contain('delega');
  });
});

describe('sdc-message-thread: sending', () => {
  it('shows the message at once as "invio in corso", then with its server id', async () => {
    const p = arrange([{ message: 'Ci serve la delega.', read_at: T0 }]);
    worker.use(scenarios.slow('/api/applications/:id/messages', 300, 'post'));
    const el = await mount(p.id);
    await type(el, 'Ecco la delega.\nCordiali saluti');
    const sent = oneEvent(el, 'sdc-message-sent');
    $(el, '.composer__send')!.click();
    await el.updateComplete;
    const pending = items(el).at(-1)!;
    expect(text(pending.querySelector('.msg__status'))).to.equal('Invio in corso…');
    expect(text(pending.querySelector('.msg__body'))).to.equal('Ecco la delega. Cordiali saluti');
    expect($<HTMLTextAreaElement>(el, '#sdc-compose-text')!.value).to.equal('');
    await expect(el).to.be.accessible();

    const { detail } = await sent;
    await el.updateComplete;
    const done = items(el).at(-1)!;
    expect(done.dataset.messageId).to.equal(detail.message.id);
    expect(messagesOf(p.id).map((m) => m.id)).to.include(detail.message.id);
    expect(done.querySelector('.msg__status')).to.equal(null);
    expect(text(done.querySelector('.msg__author'))).to.equal('Tu');
    await until(() => text($(el, '[role="status"][aria-live="polite"][aria-atomic]')) === 'Messaggio inviato', 'not announced');
  });

  it('sends one message on a double click', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    await type(el, 'Un solo messaggio, per favore.');
    const send = $(el, '.composer__send')!;
    send.click();
    send.click();
    await el.updateComplete;
    send.click();
    await until(() => messagesOf(p.id).length === 1 && !$(el, '.msg--sending'), 'not sent');
    await aTimeout(50);
    expect(messagesOf(p.id)).to.have.length(1);
    expect(items(el)).to.have.length(1);
  });

  it('keeps the text and files of a failed message and sends it once on "Riprova"', async () => {
    const p = arrange([]);
    worker.use(http.post('*/api/applications/:id/messages', () => HttpResponse.json({ type: 'error', title: 'Errore', description: 'Servizio non disponibile' }, { status: 503 }), { once: true }));
    const el = await mount(p.id);
    await type(el, 'Messaggio importante');
    await attach(el, [new File(['%PDF'], 'documento.pdf', { type: 'application/pdf' })]);
    $(el, '.composer__send')!.click();
    await until(() => $(el, '.msg--failed'), 'no failure shown');
    const failed = $(el, '.msg--failed')!;
    expect(text(failed.querySelector('.msg__status-text'))).to.match(/^Non inviato — /);
    expect(text(failed.querySelector('.msg__body'))).to.equal('Messaggio importante');
    expect(text(failed.querySelector('.file__name'))).to.equal('documento.pdf');
    expect(messagesOf(p.id)).to.have.length(0);
    await expect(el).to.be.accessible();

    const retry = failed.querySelector<HTMLButtonElement>('.msg__retry')!;
    retry.click();
    retry.click();
    await until(() => messagesOf(p.id).length === 1 && !$(el, '.msg--sending, .msg--failed'), 'retry did not send');
    expect(messagesOf(p.id)[0]!.attachments).to.have.length(1);
    expect(items(el)).to.have.length(1);
  });

  it('does not send a second copy when a retry finds that the first attempt arrived', async () => {
    const p = arrange([]);
    // The backend stores the message, but the answer never reaches the browser.
    worker.use(http.post('*/api/applications/:id/messages', async ({ request, params }) => {
      const body = (await request.json()) as { message: string };
      addMessage({ application: String(params.id), author: CITIZEN.giulia, message: body.message, read_at: null });
      return HttpResponse.error();
    }, { once: true }));
    const el = await mount(p.id);
    await type(el, 'Arrivato?');
    $(el, '.composer__send')!.click();
    await until(() => $(el, '.msg--failed'), 'no failure shown');
    $<HTMLButtonElement>(el, '.msg__retry')!.click();
    await until(() => !$(el, '.msg--failed, .msg--sending'), 'retry did not settle');
    expect(messagesOf(p.id)).to.have.length(1);
    expect(items(el)).to.have.length(1);
  });

  it('shows a message as sent when a check for new messages finds it arrived despite the error', async () => {
    const p = arrange([]);
    worker.use(http.post('*/api/applications/:id/messages', async ({ request, params }) => {
      const body = (await request.json()) as { message: string };
      addMessage({ application: String(params.id), author: CITIZEN.giulia, message: body.message, read_at: null });
      return HttpResponse.error();
    }, { once: true }));
    const el = await mount(p.id, { poll: 0.05 });
    const sent: string[] = [];
    el.addEventListener('sdc-message-sent', (e) => sent.push(e.detail.message.id));
    await type(el, 'Arrivato davvero');
    $(el, '.composer__send')!.click();
    await until(() => items(el).length === 1 && !$(el, '.msg--failed, .msg--sending'), 'the poll did not resolve the message');
    expect(items(el)[0]!.dataset.messageId).to.equal(messagesOf(p.id)[0]!.id);
    expect(sent).to.deep.equal([messagesOf(p.id)[0]!.id]);
    expect(messagesOf(p.id)).to.have.length(1);
  });

  it('puts a failed message back in the box on "Modifica"', async () => {
    const p = arrange([]);
    worker.use(scenarios.networkError('/api/applications/:id/messages', 'post'));
    const el = await mount(p.id);
    await type(el, 'Da correggere');
    $(el, '.composer__send')!.click();
    await until(() => $(el, '.msg--failed'));
    $<HTMLButtonElement>(el, '.msg--failed .btn-outline')!.click();
    await el.updateComplete;
    await el.updateComplete;
    const ta = $<HTMLTextAreaElement>(el, '#sdc-compose-text')!;
    expect(ta.value).to.equal('Da correggere');
    expect(el.shadowRoot!.activeElement).to.equal(ta);
    expect($(el, '.msg--failed')).to.equal(null);
  });

  it('says what is missing instead of sending an empty message', async () => {
    const p = arrange([]);
    const requests = recordRequests();
    const el = await mount(p.id);
    $(el, '.composer__send')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#sdc-compose-error'))).to.equal('Errore: Scrivi il testo del messaggio');
    const ta = $<HTMLTextAreaElement>(el, '#sdc-compose-text')!;
    expect(ta.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(ta);
    expect(requests.filter((r) => r.startsWith('POST'))).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('counts characters and refuses a message over the limit', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    el.maxLength = 10;
    await type(el, 'Dodici lettere');
    expect(text($(el, '#sdc-compose-count'))).to.equal('4 caratteri oltre il limite');
    $(el, '.composer__send')!.click();
    await el.updateComplete;
    expect(text($(el, '#sdc-compose-error'))).to.contain('al massimo 10 caratteri');
    await type(el, 'Breve');
    expect(text($(el, '#sdc-compose-count'))).to.equal('5 caratteri su 10');
    expect(messagesOf(p.id)).to.have.length(0);
  });

  it('can be used with the keyboard alone', async () => {
    const p = arrange([]);
    const el = await mount(p.id);
    $<HTMLTextAreaElement>(el, '#sdc-compose-text')!.focus();
    await sendKeys({ type: 'Scritto da tastiera' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('sdc-compose-attach');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.classList.contains('composer__send')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(() => messagesOf(p.id).length === 1, 'Enter on "Invia" did not send');
    expect(messagesOf(p.id)[0]!.message).to.contain('Scritto da tastiera');
  });
});

describe('sdc-message-thread: new messages', () => {
  it('polls while visible, announces new office messages and marks them "Nuovi messaggi"', async () => {
    const p = arrange([{ message: 'Primo', read_at: T0 }]);
    const el = await mount(p.id, { poll: 0.05 });
    addMessage({ application: p.id, author: OPERATOR, message: 'Risposta arrivata ora', created_at: Date.now() });
    await until(() => items(el).length === 2, 'the new message did not appear');
    const last = items(el)[1]!;
    expect(text(last.querySelector('.marker'))).to.equal('Nuovi messaggi');
    await until(() => text($(el, '[aria-live="polite"][aria-atomic]')) === 'È arrivato un nuovo messaggio dall’ufficio');
    await expect(el).to.be.accessible();
  });

  it('stops polling when the tab is hidden and resumes when it is shown', async () => {
    const p = arrange([]);
    const requests = recordRequests();
    const el = await mount(p.id, { poll: 0.03 });
    await until(() => requests.filter((r) => r.includes('/messages')).length >= 3, 'not polling');
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(150); // let a request already in flight finish
      const before = requests.filter((r) => r.includes('/messages')).length;
      await aTimeout(200);
      expect(requests.filter((r) => r.includes('/messages')).length).to.equal(before);
    } finally {
      // The own property shadows Document.prototype's getter; removing it restores the real one.
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    const resumed = requests.filter((r) => r.includes('/messages')).length;
    await until(() => requests.filter((r) => r.includes('/messages')).length > resumed, 'did not resume');
    el.remove();
  });

  it('leaves no timer behind when removed from the page', async () => {
    const p = arrange([]);
    const pending = new Map<number, number>();
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id: number = realSet(((...a: unknown[]) => { pending.delete(id); (fn as (...x: unknown[]) => void)(...a); }) as TimerHandler, ms, ...args);
      if (ms === 40) pending.set(id, ms);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => { if (id !== undefined) pending.delete(id); realClear(id); }) as typeof window.clearTimeout;
    const requests = recordRequests();
    try {
      const el = await mount(p.id, { poll: 0.04 });
      await until(() => requests.filter((r) => r.includes('/messages')).length >= 2, 'not polling');
      el.remove();
      await aTimeout(100);
      const after = requests.length;
      await aTimeout(150);
      expect(pending.size).to.equal(0);
      expect(requests.length).to.equal(after);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });
});

describe('sdc-message-thread: session expired while sending', () => {
  const expired = ['/api/applications/:id/messages', '/api/v2/applications/:id/messages'].map((path) =>
    http.post(`*${path}`, () => HttpResponse.json({ code: 401, message: 'Expired JWT Token' }, { status: 401 })));

  it('gives back the unsent text after logging in again, says the attachments must be added again, and forgets it once sent', async () => {
    const p = arrange();
    let el = await mount(p.id);
    worker.use(...expired);
    await type(el, 'Ecco la documentazione richiesta.');
    await attach(el, [new File(['%PDF-1.4'], 'ricevuta.pdf', { type: 'application/pdf' })]);
    $<HTMLButtonElement>(el, '.composer__send')!.click();
    await until(() => $(el, '.msg--failed, .sdc-state--login'), 'the send did not fail');
    await expect(el).to.be.accessible();
    const stored = JSON.stringify(Object.entries(sessionStorage));
    expect(stored).to.contain('Ecco la documentazione richiesta.');
    expect(stored, 'no token is stored').not.to.match(/token|Bearer|eyJ/i);
    if ($(el, '.sdc-state--login')) expect(text($(el, '.sdc-state--login'))).to.contain('Il testo è stato conservato');

    // The login is a full page load: a new element and a new client, nothing kept in memory.
    worker.resetHandlers();
    loginAs('giulia');
    el.remove();
    el = await mount(p.id);
    await until(() => $<HTMLTextAreaElement>(el, '#sdc-compose-text')?.value, 'the text was not restored');
    expect($<HTMLTextAreaElement>(el, '#sdc-compose-text')!.value).to.equal('Ecco la documentazione richiesta.');
    const notice = text($(el, '.sdc-alert'));
    expect(notice).to.contain('Messaggio non inviato recuperato');
    expect(notice).to.contain('ricevuta.pdf');
    expect(notice).to.contain('allegalo di nuovo');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.composer__send')!.click();
    await until(() => messagesOf(p.id).length === 1 && !$(el, '.msg--sending'), 'not sent after logging in again');
    await until(() => !$(el, '.sdc-alert'), 'the recovered-message notice stayed after sending');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('sdc-message-thread:'))).to.deep.equal([]);

    // Another page load shows an empty composer: the sent message is not offered again.
    el.remove();
    el = await mount(p.id);
    expect($<HTMLTextAreaElement>(el, '#sdc-compose-text')!.value).to.equal('');
  });

  it('keeps what the citizen is typing across a reload', async () => {
    const p = arrange();
    let el = await mount(p.id);
    await type(el, 'Bozza non ancora inviata');
    el.remove();
    el = await mount(p.id);
    expect($<HTMLTextAreaElement>(el, '#sdc-compose-text')!.value).to.equal('Bozza non ancora inviata');
    await expect(el).to.be.accessible();
  });
});
