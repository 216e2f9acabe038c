import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { loginAs } from '../mocks/state.js';
import { PRATICA } from '../mocks/fixtures/pratiche.js';
import '../src/elements/sdc-pratica-detail/define.js';

/**
 * The answer to a "Richiesta integrazioni" at the top of a pratica: Marco Esposito's contrassegno waits for a
 * medical certificate (4200, "In attesa di integrazioni"); Elena Colombo's trasporto scolastico has a request the
 * office is still registering (4100). Sending from 4200 uploads the files, posts the message and moves the
 * pratica to "Integrazioni concluse".
 */
interface Args {
  pratica: 'marcoContrassegno' | 'elenaTrasporto';
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const WHO = { marcoContrassegno: 'marco', elenaTrasporto: 'elena' } as const;

const meta: Meta<Args> = {
  title: 'Elementi/Dettaglio pratica/Integrazioni',
  component: 'sdc-pratica-detail',
  args: { pratica: 'marcoContrassegno', locale: 'it' },
  argTypes: { locale: { control: 'inline-radio', options: ['it', 'en'] } },
  beforeEach({ args }) {
    loginAs(WHO[args.pratica]);
    if (args.handlers?.length) worker.use(...args.handlers);
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-pratica-detail base-url="/lang" locale=${args.locale} pratica-id=${PRATICA[args.pratica]}></sdc-pratica-detail>`,
};
export default meta;
type Story = StoryObj<Args>;

async function fill(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector('sdc-pratica-detail')!;
  let ta: HTMLTextAreaElement | null = null;
  for (let i = 0; i < 100 && !ta; i++) {
    ta = el.shadowRoot?.querySelector<HTMLTextAreaElement>('#integration-text') ?? null;
    if (!ta) await new Promise((r) => setTimeout(r, 50));
  }
  if (!ta) return el;
  ta.value = 'Buongiorno, allego il certificato del medico curante.';
  ta.dispatchEvent(new Event('input'));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#integration-files')!;
  const dt = new DataTransfer();
  dt.items.add(new File([new Uint8Array(120_000)], 'Certificato medico curante.pdf', { type: 'application/pdf' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  return el;
}

/** 4200: what the office asked (message and request document) and the answer form. */
export const DaInviare: Story = {};

/** 4100: the request is still being registered; the answer goes as a message with the files. */
export const InRegistrazione: Story = { args: { pratica: 'elenaTrasporto' } };

/** Sending failed: the message and the file stay, the button says "Riprova". */
export const InvioNonRiuscito: Story = {
  args: { handlers: [scenarios.serverError('/api/applications/:id/messages', 'post')] },
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('#integration-send')?.click();
  },
};

/** A file of a type the office does not take, refused before any upload. */
export const FileNonAmmesso: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#integration-files')!;
    const dt = new DataTransfer();
    dt.items.add(new File(['MZ'], 'programma.exe', { type: 'application/x-msdownload' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
  },
};

/** Sent: the pratica reads "Integrazioni concluse", the iter shows the step, the form is gone. */
export const Inviate: Story = {
  play: async ({ canvasElement }) => {
    const el = await fill(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('#integration-send')?.click();
  },
};

/** On a phone. */
export const Telefono: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
