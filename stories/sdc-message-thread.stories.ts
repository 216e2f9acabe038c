import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { seedMessageThread, THREAD_PRATICA, type ThreadKind } from '../mocks/fixtures/message-thread.js';
import '../src/elements/sdc-message-thread/define.js';

/**
 * Giulia Bianchi's request to occupy public land and her conversation with the Ufficio Tributi of the
 * Comune di Esempio (mocks/fixtures/message-thread.ts), one story per state of the thread.
 */
interface Args {
  /** Which seeded conversation to show. */
  thread: ThreadKind;
  pollInterval: number;
  maxLength: number;
  headingLevel: number;
  locale: 'it' | 'en';
}

/** Types a message with an attachment and presses "Invia", as the citizen would. */
async function writeAndSend(canvasElement: HTMLElement): Promise<void> {
  const el = canvasElement.querySelector('sdc-message-thread')!;
  let ta: HTMLTextAreaElement | null = null;
  for (let i = 0; i < 100 && !ta; i++) {
    ta = el.shadowRoot?.querySelector<HTMLTextAreaElement>('#sdc-compose-text') ?? null;
    if (!ta) await new Promise((r) => setTimeout(r, 50));
  }
  if (!ta) return;
  ta.value = 'Buongiorno, allego la ricevuta del bonifico del canone.\nCordiali saluti, Giulia Bianchi';
  ta.dispatchEvent(new Event('input'));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#sdc-compose-file')!;
  const dt = new DataTransfer();
  dt.items.add(new File([new Uint8Array(84_000)], 'Ricevuta bonifico canone.pdf', { type: 'application/pdf' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.composer__send')!.click();
}

const meta: Meta<Args> = {
  title: 'Elementi/Messaggi della pratica',
  component: 'sdc-message-thread',
  args: { thread: 'long', pollInterval: 30, maxLength: 2000, headingLevel: 2, locale: 'it' },
  argTypes: {
    thread: { control: 'select', options: Object.keys(THREAD_PRATICA) },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    // A fresh client per story: the session is looked up again for the citizen the story logs in.
    seedMessageThread(args.thread);
  },
  render: (args) => html`<sdc-message-thread
    base-url="/lang"
    pratica-id=${THREAD_PRATICA[args.thread]}
    poll-interval=${args.pollInterval}
    max-length=${args.maxLength}
    heading-level=${args.headingLevel}
    locale=${args.locale}
  ></sdc-message-thread>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No messages yet (the API answers 404 "Messages not found"): an invitation to write the first one. */
export const Vuota: Story = { args: { thread: 'empty' } };

/** A conversation over two weeks, with the citizen's answers on the right. */
export const ConversazioneLunga: Story = { args: { thread: 'long' } };

/** Two office messages not read yet: "Nuovi messaggi" marker, "Nuovo" tags; they are marked read once on screen. */
export const NonLetti: Story = { args: { thread: 'unread' } };

/**
 * A pratica of more than a year, 99 messages: the thread opens on the latest 30; "Mostra i messaggi
 * precedenti" adds 30 at a time (v2 `offset`/`limit`), keeping the message being read in place.
 */
export const MoltiMessaggi: Story = { args: { thread: 'years' } };

/** Attachments from the office and from the citizen, downloaded with the citizen's token. */
export const ConAllegati: Story = { args: { thread: 'attachments' } };

/**
 * A request for integrations (status 4200) whose links (send integrations, pay, book) become buttons. The backend's
 * integration page is not the only way: "Rispondi qui con un messaggio" goes to the composer, and a notice above it
 * says plainly that a message with attachments reaches the office, and links the pratica on the portal.
 */
export const ConAzioni: Story = { args: { thread: 'actions' } };

/** The message appears at once with "Invio in corso…" while the backend has not answered. */
export const InInvio: Story = {
  args: { thread: 'long' },
  parameters: {
    msw: { handlers: [http.post('*/api/applications/:id/messages', async () => { await delay('infinite'); return HttpResponse.json({}); })] },
  },
  play: async ({ canvasElement }) => writeAndSend(canvasElement),
};

/** The connection dropped: the message stays with its text and file, "Non inviato", "Riprova", "Modifica". */
export const NonInviato: Story = {
  args: { thread: 'long' },
  parameters: { msw: { handlers: [http.post('*/api/applications/:id/messages', () => HttpResponse.error())] } },
  play: async ({ canvasElement }) => writeAndSend(canvasElement),
};

/** An accepted pratica: the thread can be read, not answered, and says why. */
export const PraticaChiusa: Story = { args: { thread: 'closed' } };

/** The messages cannot be loaded: what happened and "Riprova". */
export const Errore: Story = {
  parameters: {
    msw: { handlers: [http.get('*/api/v2/applications/:id/messages', () => HttpResponse.json({ type: 'error', title: 'Internal Server Error', description: 'An error occurred' }, { status: 500 }))] },
  },
};

/** English. */
export const InInglese: Story = { args: { thread: 'unread', locale: 'en' } };
