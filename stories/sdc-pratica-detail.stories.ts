import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, type HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { loginAs, logout } from '../mocks/state.js';
import { PRATICA } from '../mocks/fixtures/pratiche.js';
import '../src/elements/sdc-pratica-detail/define.js';

/**
 * One pratica of the test citizens (mocks/fixtures/pratiche.ts). Messages and payments are the
 * `<sdc-message-thread>` and `<sdc-payment-panel>` elements, which the detail imports when it shows them.
 */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  pratica: keyof typeof PRATICA | 'sconosciuta';
  section?: string;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Dettaglio pratica',
  component: 'sdc-pratica-detail',
  args: { who: 'giulia', pratica: 'giuliaMensa', locale: 'it' },
  argTypes: {
    pratica: { control: 'select', options: Object.keys(PRATICA) },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.who === 'nessuno') logout();
    else loginAs(args.who);
    if (args.handlers?.length) worker.use(...args.handlers);
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-pratica-detail base-url="/lang" locale=${args.locale} back-url="#/pratiche"
    pratica-id=${args.pratica === 'sconosciuta' ? '00000000-0000-4000-8000-000000000000' : PRATICA[args.pratica]}
    section=${args.section ?? ''} wizard-url="/richiesta.html?service={service}&pratica={pratica}"></sdc-pratica-detail>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Accepted, with the outcome document, messages, and the service actions (rinnovo, sospensione, voltura…). */
export const Accettata: Story = {};

/** In lavorazione, with an attachment, an appointment waiting for confirmation, and "Ritira la pratica". */
export const InLavorazioneConAppuntamento: Story = { args: { pratica: 'giuliaDieta' } };

/** The withdraw confirmation dialog. */
export const RitiroConferma: Story = {
  args: { pratica: 'giuliaDieta' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('sdc-pratica-detail')!;
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[data-action="withdraw"]'); i++) await new Promise((r) => setTimeout(r, 100));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="withdraw"]')!.click();
  },
};

/** Waiting for payment: the Pagamenti section, opened there from the list's "Paga". */
export const DaPagare: Story = { args: { pratica: 'giuliaAccessoAtti', section: 'pagamenti' } };

/** A draft: "Completa la richiesta" resumes it in the wizard. */
export const Bozza: Story = { args: { pratica: 'giuliaSospensione' } };

/** The office asked for more information: the citizen's turn (Marco Esposito). */
export const RichiestaIntegrazioni: Story = { args: { who: 'marco', pratica: 'marcoContrassegno', section: 'messaggi' } };

/** Rejected, with the reason (Elena Colombo). */
export const Rifiutata: Story = { args: { who: 'elena', pratica: 'elenaSegnalazione' } };

/** Paid and concluded, with the authorisation and no open actions (Marco Esposito). */
export const ConclusaConPagamento: Story = { args: { who: 'marco', pratica: 'marcoSuolo' } };

/** Without the service form: the Riepilogo falls back to a labelled listing of the data. */
export const SenzaModulo: Story = { args: { handlers: [scenarios.notFound('/api/services/:id/form', 'get', 'Form not found')] } };

/** Loading. */
export const Caricamento: Story = { args: { handlers: [http.get('*/api/applications/:id', async () => { await delay('infinite'); })] } };

/** A pratica that does not exist (or is not the citizen's). */
export const NonTrovata: Story = { args: { pratica: 'sconosciuta' } };

/** The server fails: "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/applications/:id', 'get')] } };

/** Nobody logged in. */
export const NonAutenticato: Story = { args: { who: 'nessuno' } };
