import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { loginAs, logout } from '../mocks/state.js';
import '../src/elements/sdc-profile/define.js';

/** The profile of a test citizen: SPID/CIE data read-only, contacts and addresses editable. */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

async function shadow(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('sdc-profile')!;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[data-action="edit"]'); i++) await new Promise((r) => setTimeout(r, 100));
  return el.shadowRoot!;
}
async function openEdit(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await shadow(canvas);
  root.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
  await canvas.querySelector('sdc-profile')!.updateComplete;
  return root;
}
function type(root: ShadowRoot, id: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

const meta: Meta<Args> = {
  title: 'Elementi/Profilo',
  component: 'sdc-profile',
  args: { who: 'giulia', locale: 'it' },
  argTypes: {
    who: { control: 'inline-radio', options: ['giulia', 'marco', 'elena', 'nessuno'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.who === 'nessuno') logout();
    else loginAs(args.who);
    if (args.handlers?.length) worker.use(...args.handlers);
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-profile base-url="/lang" locale=${args.locale}></sdc-profile>`,
};
export default meta;
type Story = StoryObj<Args>;

/** What the Comune knows, by section; where each piece comes from. */
export const Vista: Story = {};

/** Editing: name, surname and codice fiscale readonly with "Dato fornito da SPID/CIE". */
export const Modifica: Story = { play: async ({ canvasElement }) => { await openEdit(canvasElement); } };

/** Errors found before sending: summary linked to each field, the same words inline. */
export const ErroriDiValidazione: Story = {
  play: async ({ canvasElement }) => {
    const root = await openEdit(canvasElement);
    type(root, 'p-email', 'giulia@');
    type(root, 'p-res-postalCode', '0014');
    type(root, 'p-res-province', 'Bologna');
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
  },
};

/** The server refuses a field: the message goes next to it, nothing typed is lost. */
export const ErroreDelServer: Story = {
  args: { handlers: [http.patch('*/api/users/:id', () => HttpResponse.json({ type: 'validation_error', title: 'There was a validation error', errors: ['Questo valore non è valido.: cellulare'] }, { status: 400 }))] },
  play: async ({ canvasElement }) => {
    const root = await openEdit(canvasElement);
    type(root, 'p-mobilePhone', '+39 333 0000000');
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
  },
};

/** Saved: the confirmation takes focus. */
export const Salvato: Story = {
  play: async ({ canvasElement }) => {
    const root = await openEdit(canvasElement);
    type(root, 'p-phone', '051 765 4321');
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
  },
};

/** Loading. */
export const Caricamento: Story = { args: { handlers: [http.get('*/api/users/:id', async () => { await delay('infinite'); })] } };

/** The profile cannot be loaded: "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/users/:id', 'get')] } };

/** Nobody logged in. */
export const NonAutenticato: Story = { args: { who: 'nessuno' } };
