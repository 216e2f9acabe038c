import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import { worker, scenarios } from '../mocks/browser.js';
import { CITIZEN, SERVICE, STATUS, addPayment, addPratica, findService, loginAs, logout } from '../mocks/state.js';
import { serviceToWire } from '../mocks/wire.js';
import { baseOf } from '../mocks/http.js';
import { formServerFaults } from '../mocks/handlers/form-server.js';
import { ANAGRAFICA_FORM_IDS } from '../mocks/fixtures/forms/anagrafica.js';
import '../src/elements/sdc-pratica-wizard/define.js';

/**
 * `<sdc-pratica-wizard>` on the Comune di Esempio mock tenant, logged in as Giulia Bianchi (SPID).
 * Services: "Accesso agli atti" (delega section, file upload, grid, pagoPA payment at submission),
 * "Iscrizione alla biblioteca" (one step), "Segnalazione di disservizio" (no login needed).
 * Steps past the first are reached by a `play` function that clicks like a citizen.
 */
interface Args {
  service: string;
  locale: 'it' | 'en';
  /** Log in as Giulia Bianchi before the story. */
  loggedIn: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementi/Richiesta online (pratica)',
  component: 'sdc-pratica-wizard',
  args: { service: SERVICE.accessoAtti, locale: 'it', loggedIn: true },
  argTypes: { locale: { control: 'inline-radio', options: ['it', 'en'] } },
  beforeEach({ args }) {
    for (const k of Object.keys(localStorage)) if (k.startsWith('sdc-pratica-wizard:')) localStorage.removeItem(k);
    history.replaceState(null, '');
    if (args.loggedIn) loginAs('giulia');
    else logout();
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-pratica-wizard base-url="/lang" service-id=${args.service} locale=${args.locale} privacy-url="#privacy" no-history></sdc-pratica-wizard>`,
};
export default meta;
type Story = StoryObj<Args>;

// --- a citizen's hands -----------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function wizard(canvas: HTMLElement): Promise<ShadowRoot> {
  for (let i = 0; i < 100; i++) {
    const root = canvas.querySelector('sdc-pratica-wizard')?.shadowRoot;
    if (root?.querySelector('#step-heading, [role=alert], .login-gate')) return root;
    await sleep(50);
  }
  throw new Error('the wizard did not load');
}

function input(root: ShadowRoot, label: string): HTMLInputElement {
  const labs = [...root.querySelectorAll('label, legend')].filter((l) => text(l).replace(/ \(facoltativo\)$/, '') === label);
  const inputs = labs.map((l) => (l.tagName === 'LEGEND' ? l.parentElement!.querySelector('input, select, textarea') : root.getElementById(l.getAttribute('for')!)) as HTMLInputElement);
  return inputs.find((i) => i && !i.readOnly) ?? inputs[0]!;
}

async function fill(root: ShadowRoot, label: string, value: string) {
  const i = input(root, label);
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  i.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await sleep(30);
}

async function pick(root: ShadowRoot, question: string, option: string) {
  const box = [...root.querySelectorAll('legend')].find((l) => text(l) === question)?.parentElement;
  const lab = [...(box?.querySelectorAll('label') ?? [])].find((l) => text(l) === option);
  (root.getElementById(lab!.getAttribute('for')!) as HTMLInputElement).click();
  await sleep(30);
}

/** Waits for what a step renders (a slow machine renders later than a designer clicks). */
async function appear<T>(find: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await sleep(50);
  }
  throw new Error(`never appeared: ${what}`);
}

async function click(root: ShadowRoot, label: string, wait = 300) {
  (await appear(() => [...root.querySelectorAll('button')].find((b) => text(b) === label), label)).click();
  await sleep(wait);
}

async function consent(root: ShadowRoot, en = false) {
  const label = en ? 'I have read and understood the privacy notice' : 'Ho letto e compreso l’informativa sulla privacy';
  (await appear(() => input(root, label), label)).click();
  await sleep(30);
  await click(root, en ? 'Next' : 'Avanti');
}

async function delegaSection(root: ShadowRoot) {
  await consent(root);
  await fill(root, 'Numero civico', '12');
  await pick(root, 'Presenti la domanda per conto di un’altra persona?', 'Sì, per conto di un’altra persona');
  await fill(root, 'Nome', 'Mario');
  await fill(root, 'Cognome', 'Rossi');
  await fill(root, 'Codice fiscale o partita IVA', 'RSSMRA80A01H501U');
}

async function upload(root: ShadowRoot, label: string, name: string) {
  const i = input(root, label);
  const dt = new DataTransfer();
  dt.items.add(new File(['%PDF-1.4 prova'], name, { type: 'application/pdf' }));
  i.files = dt.files;
  i.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await sleep(100);
}

async function bibliotecaToSummary(root: ShadowRoot) {
  await consent(root);
  await fill(root, 'Numero civico', '12');
  input(root, 'Accetto il regolamento della biblioteca').click();
  await sleep(30);
  await click(root, 'Avanti');
}

const biblioteca = { service: SERVICE.biblioteca };

// --- states ---------------------------------------------------------------------------------------

/** Loading: a skeleton the height of the form while the service and its form arrive. */
export const Caricamento: Story = {
  beforeEach() { worker.use(scenarios.hang('/api/services/:id', 'get')); },
};

/** The service needs SPID/CIE and nobody is logged in: why, and "Accedi" back to this same page. */
export const AccessoRichiesto: Story = { args: { loggedIn: false } };

/** Step 1: the privacy notice with the consent checkbox. */
export const Informativa: Story = {};

/** "Avanti" without consent: the error summary takes focus, the same words inline, "Errore: " in the title. */
export const InformativaConErrore: Story = {
  play: async ({ canvasElement }) => click(await wizard(canvasElement), 'Avanti'),
};

/** Step 2: the Anagrafica prefilled from SPID/CIE; name, surname and codice fiscale readonly with the reason. */
export const Richiedente: Story = {
  play: async ({ canvasElement }) => consent(await wizard(canvasElement)),
};

/**
 * The form as the platform stores it: the service form holds `applicant` as a reference to the shared
 * Anagrafica, whose blocks (Nome e Cognome, Sesso, Nascita, Codice Fiscale, Indirizzo) are references
 * too; all are fetched from the form server of `flow_steps[].parameters.url`, resolved, prefilled.
 */
export const AnagraficaPerRiferimento: Story = {
  args: { service: SERVICE.mensaRinnovo },
  play: async ({ canvasElement }) => consent(await wizard(canvasElement)),
};

/** A block of the Anagrafica fails to load (500 from the form server): an error with "Riprova", never a form without it. */
export const SottomoduloNonCaricato: Story = {
  args: { service: SERVICE.mensaRinnovo },
  beforeEach() { worker.use(formServerFaults.error(ANAGRAFICA_FORM_IDS.address, 500)); },
};

/** "Avanti" on an incomplete step: summary with links to each field. */
export const RichiedenteConErrori: Story = {
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await consent(root);
    await click(root, 'Avanti');
  },
};

/** "Presenti la domanda per conto di un’altra persona?" → Sì: the delegante section and the delega file appear. */
export const SezioneCondizionaleDelega: Story = {
  play: async ({ canvasElement }) => delegaSection(await wizard(canvasElement)),
};

/** A file being uploaded: progress bar and "Annulla". */
export const CaricamentoInCorso: Story = {
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    // the bytes never finish going to the storage
    worker.use(http.put('*/mock-storage/:id', async () => { await delay('infinite'); }));
    await delegaSection(root);
    await upload(root, 'Delega firmata e documento d’identità del delegante', 'delega-firmata.pdf');
  },
};

/** An upload that failed: the message and "Riprova". */
export const CaricamentoFallito: Story = {
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    worker.use(http.post('*/:locale/upload', () => HttpResponse.json({ status: 'error', message: 'Spazio esaurito' }, { status: 500 })));
    await delegaSection(root);
    await upload(root, 'Delega firmata e documento d’identità del delegante', 'delega-firmata.pdf');
  },
};

/** A warning does not block: the codice fiscale does not match the name; "Conferma e prosegui". */
export const Avvertenza: Story = {
  args: { service: SERVICE.disservizio, loggedIn: false },
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await consent(root);
    await fill(root, 'Nome', 'Giulia');
    await fill(root, 'Cognome', 'Bianchi');
    await fill(root, 'Codice fiscale', 'RSSMRA80A01H501U');
    await fill(root, 'Email', 'giulia@example.org');
    await click(root, 'Avanti');
  },
};

/** The Riepilogo: every answer by section with "Modifica" links. */
export const Riepilogo: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => bibliotecaToSummary(await wizard(canvasElement)),
};

/** Sending: the button is disabled and says so; a second click does nothing. */
export const InvioInCorso: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await bibliotecaToSummary(root);
    worker.use(scenarios.hang('/api/applications/:id/transition/submit', 'post'));
    await click(root, 'Conferma e invia', 100);
  },
};

/** The backend answered 500: nothing is lost, "Riprova a inviare". */
export const InvioFallito: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await bibliotecaToSummary(root);
    worker.use(scenarios.serverError('/api/applications/:id/transition/submit', 'post'));
    await click(root, 'Conferma e invia', 600);
  },
};

/** The session expired while filling in: log in again, the answers stay on the device. */
export const SessioneScaduta: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await bibliotecaToSummary(root);
    logout();
    worker.use(scenarios.unauthorized('/api/applications/:id', 'put'), scenarios.unauthorized('/api/applications', 'post'));
    await click(root, 'Conferma e invia', 600);
  },
};

/**
 * The draft saved on the portal has disappeared (deleted by the office, expired, backend restored): the
 * next save makes a new one from the citizen's answers and says so in one sentence.
 */
export const BozzaRicreata: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await consent(root);
    await fill(root, 'Numero civico', '12');
    await click(root, 'Salva richiesta', 600);
    worker.use(scenarios.draftDeleted());
    await fill(root, 'Numero civico', '14');
    await click(root, 'Salva richiesta', 600);
  },
};

/** Marca da bollo at submission (the service's "bollo" gateway): identifier, emission date and time. */
export const MarcaDaBollo: Story = {
  args: biblioteca,
  beforeEach() {
    worker.use(http.get('*/api/services/:id', ({ request, params }) => {
      const rec = findService(String(params.id));
      if (!rec || rec.id !== SERVICE.biblioteca) return undefined;
      return HttpResponse.json({ ...serviceToWire(rec, baseOf(request)), payment_parameters: { gateways: [{ identifier: 'bollo', parameters: [] }] } } as never);
    }));
  },
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await bibliotecaToSummary(root);
    await click(root, 'Avanti');
  },
};

/** Pagamento at submission: the amount, its items and the two ways to pay with pagoPA. */
export const Pagamento: Story = {
  beforeEach() {
    const app = addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.PAYMENT_PENDING });
    addPayment({ user_id: CITIZEN.giulia, service_id: SERVICE.accessoAtti, remote_id: app.id, reason: 'Diritti di segreteria accesso agli atti', amount: 10 } as Parameters<typeof addPayment>[0]);
    const base = new URL('/lang', location.origin).toString();
    localStorage.setItem(`sdc-pratica-wizard:${base}|${SERVICE.accessoAtti}|${CITIZEN.giulia}`, JSON.stringify({
      v: 1, serviceId: SERVICE.accessoAtti, praticaId: app.id, position: 'pagamento', privacyAccepted: true, submitted: true,
      envelope: { version: 1, formId: '', formRevision: '', data: {}, currentStep: null, visitedSteps: [], savedAt: new Date().toISOString() },
      savedAt: new Date().toISOString(),
    }));
  },
};

/** "Richiesta inviata": number, date, e-mail, next steps, area personale, and the rating. */
export const Conferma: Story = {
  args: biblioteca,
  play: async ({ canvasElement }) => {
    const root = await wizard(canvasElement);
    await bibliotecaToSummary(root);
    await click(root, 'Conferma e invia', 800);
  },
};

/** A service id that does not exist. */
export const ServizioNonTrovato: Story = { args: { service: 'servizio-inesistente' } };

/** The form JSON is broken: an error state with "Riprova", never a blank. */
export const ModuloNonValido: Story = {
  beforeEach() {
    worker.use(http.get('*/api/services/:id/form', () => new HttpResponse('{"components": [{"type": "panel"', { headers: { 'Content-Type': 'application/json' } })));
  },
};

/** The same journey in English. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => consent(await wizard(canvasElement), true),
};
