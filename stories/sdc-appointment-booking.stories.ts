import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { CALENDAR, SERVICE, loginAs, logout, mutate, scenarios } from '../mocks/browser.js';
import '../src/elements/sdc-appointment-booking/define.js';

/**
 * "Prenota appuntamento" with the offices of the Comune di Esempio (mocks/fixtures/calendars.ts):
 * Anagrafe (immediate confirmation), Servizi Scolastici (moderated), Ufficio Tecnico.
 * Later steps are reached by a `play` function that fills the form as a citizen would.
 */
interface Args {
  calendarId: string;
  serviceId: string;
  citizen: 'giulia' | 'nessuno';
  locale: 'it' | 'en';
}

type Stop = 'dettagli' | 'richiedente' | 'riepilogo' | 'confermato';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function find<T extends Element>(root: ParentNode, selector: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
    await wait(50);
  }
  throw new Error(`not found: ${selector}`);
}

async function fill(root: ShadowRoot, id: string, value: string) {
  const input = await find<HTMLInputElement>(root, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

async function headingIs(root: ShadowRoot, text: string) {
  for (let i = 0; i < 200 && root.querySelector('h2[data-step-heading]')?.textContent?.trim() !== text; i++) await wait(50);
}

/** Chooses the first available slot and fills each step up to `stop`. */
async function driveTo(canvas: HTMLElement, stop: Stop) {
  const el = canvas.querySelector('sdc-appointment-booking')!;
  const root = el.shadowRoot!;
  const next = async () => (await find<HTMLButtonElement>(root, 'button[type=submit]')).click();
  (await find<HTMLButtonElement>(root, 'button.first-available')).click();
  (await find<HTMLInputElement>(root, 'input[name=slot]')).click();
  await next();
  await headingIs(root, 'Dettagli appuntamento');
  if (stop === 'dettagli') return;
  await fill(root, 'f-reason', 'Rinnovo carta d’identità');
  await fill(root, 'f-details', 'La mia carta d’identità scade il mese prossimo: vorrei rinnovarla.');
  await next();
  await headingIs(root, 'Richiedente');
  if (stop === 'richiedente') return;
  if (!(root.querySelector('#f-givenName') as HTMLInputElement).value) {
    await fill(root, 'f-givenName', 'Anna');
    await fill(root, 'f-familyName', 'Neri');
    await fill(root, 'f-email', 'anna.neri@example.org');
  }
  await next();
  await headingIs(root, 'Verifica dei dati');
  if (stop === 'riepilogo') return;
  await next();
}

const meta: Meta<Args> = {
  title: 'Elementi/Prenotazione appuntamento',
  component: 'sdc-appointment-booking',
  args: { calendarId: '', serviceId: '', citizen: 'giulia', locale: 'it' },
  argTypes: {
    calendarId: { control: 'select', options: ['', ...Object.values(CALENDAR)] },
    citizen: { control: 'inline-radio', options: ['giulia', 'nessuno'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.citizen === 'giulia') loginAs('giulia');
    else logout();
  },
  render: (args) => html`<sdc-appointment-booking
    base-url="/lang"
    calendar-id=${args.calendarId || undefined}
    service-id=${args.serviceId || undefined}
    locale=${args.locale}
    area-personale-url="#area-personale"
  ></sdc-appointment-booking>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Step 1: the offices that take appointments. */
export const Luogo: Story = {};

/** From a service's scheda: only the competent office, reason prefilled with the service name. */
export const DaUnServizio: Story = { args: { serviceId: SERVICE.certificati } };

/** Month view of available days and the free slots of the chosen day. */
export const DataEOrario: Story = {
  args: { calendarId: CALENDAR.anagrafe },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('sdc-appointment-booking')!.shadowRoot!;
    (await find<HTMLButtonElement>(root, 'button.first-available')).click();
    await find(root, 'input[name=slot]');
  },
};

export const Dettagli: Story = { args: { calendarId: CALENDAR.anagrafe }, play: ({ canvasElement }) => driveTo(canvasElement, 'dettagli') };

/** Logged in: name and surname from SPID/CIE, readonly. */
export const RichiedenteConSpid: Story = { args: { calendarId: CALENDAR.anagrafe }, play: ({ canvasElement }) => driveTo(canvasElement, 'richiedente') };

/** Not logged in: a short form, with the suggestion to log in. */
export const RichiedenteSenzaSpid: Story = {
  args: { calendarId: CALENDAR.tecnico, citizen: 'nessuno' },
  play: ({ canvasElement }) => driveTo(canvasElement, 'richiedente'),
};

export const VerificaDeiDati: Story = { args: { calendarId: CALENDAR.anagrafe }, play: ({ canvasElement }) => driveTo(canvasElement, 'riepilogo') };

/** Immediate confirmation, with "Aggiungi al calendario". */
export const Confermato: Story = { args: { calendarId: CALENDAR.anagrafe }, play: ({ canvasElement }) => driveTo(canvasElement, 'confermato') };

/** Moderated calendar: "In attesa di approvazione". */
export const InAttesaDiApprovazione: Story = { args: { calendarId: CALENDAR.scuola }, play: ({ canvasElement }) => driveTo(canvasElement, 'confermato') };

/** The office has no free day in the month shown. */
export const NessunaDisponibilita: Story = {
  args: { calendarId: CALENDAR.tecnico },
  parameters: { msw: { handlers: [http.get('*/api/calendars/:id/availabilities', () => HttpResponse.json([]))] } },
};

/** Someone else booked the time while the citizen was choosing it. */
export const OrarioNonPiuDisponibile: Story = {
  args: { calendarId: CALENDAR.anagrafe },
  parameters: {
    msw: {
      handlers: [http.post('*/api/meetings', () => HttpResponse.json(
        { type: 'error', title: 'There was an error during save process', description: 'L’orario scelto non è più disponibile: scegline un altro.' },
        { status: 400 },
      ))],
    },
  },
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('sdc-appointment-booking')!.shadowRoot!;
    (await find<HTMLButtonElement>(root, 'button.first-available')).click();
    (await find<HTMLInputElement>(root, 'input[name=slot]')).click();
    (await find<HTMLButtonElement>(root, 'button[type=submit]')).click();
    await find(root, '.sdc-alert');
  },
};

/** The hold on the slot ran out before the confirmation: back to the choice, details kept. */
export const PrenotazioneScaduta: Story = {
  args: { calendarId: CALENDAR.anagrafe },
  play: async ({ canvasElement }) => {
    await driveTo(canvasElement, 'riepilogo');
    mutate((s) => { s.meetings = s.meetings.filter((m) => m.status !== 6); });
    const root = canvasElement.querySelector('sdc-appointment-booking')!.shadowRoot!;
    (await find<HTMLButtonElement>(root, 'button[type=submit]')).click();
    await find(root, '.sdc-alert');
  },
};

/** The offices could not be loaded: what happened and "Riprova". */
export const Errore: Story = { beforeEach() { /* keeps the login */ }, parameters: { msw: { handlers: [scenarios.serverError('/api/calendars', 'get')] } } };

export const English: Story = { args: { locale: 'en' } };
