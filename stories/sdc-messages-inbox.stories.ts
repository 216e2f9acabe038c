import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { addCitizen, addPratica, loginAs, SERVICE } from '../mocks/state.js';
import '../src/elements/sdc-messages-inbox/define.js';

/**
 * Every conversation of a citizen with the Comune di Esempio (mocks/fixtures/pratiche.ts): Elena Colombo has four —
 * an integration request and a payment notice not read yet, a question of hers still unanswered, an answered
 * segnalazione. A row opens the pratica's thread in place.
 */
interface Args {
  who: 'elena' | 'giulia' | 'marco' | 'senza-messaggi';
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Messaggi',
  component: 'sdc-messages-inbox',
  args: { who: 'elena', locale: 'it' },
  argTypes: {
    who: { control: 'select', options: ['elena', 'giulia', 'marco', 'senza-messaggi'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.who === 'senza-messaggi') {
      const c = addCitizen();
      addPratica({ user: c.id, service_id: SERVICE.disservizio, status: 2000 });
      loginAs(c.id);
    } else loginAs(args.who);
    if (args.handlers?.length) worker.use(...args.handlers);
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-messages-inbox base-url="/lang" url-sync="none" locale=${args.locale}
    detail-url="/area-personale.html#/pratiche/{pratica}"></sdc-messages-inbox>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Unread first (dot, count badge), then the newest; each row says who wrote last and when. */
export const Conversazioni: Story = {};

/** While the pratiche are read: a skeleton the height of the rows. */
export const Caricamento: Story = { args: { handlers: [scenarios.hang('/api/applications')] } };

/** A citizen whose pratiche have no messages yet. */
export const Vuota: Story = { args: { who: 'senza-messaggi' } };

/** The pratiche could not be read: what happened and "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/applications', 'get')] } };

async function settledRows(canvasElement: HTMLElement): Promise<HTMLElement> {
  const el = canvasElement.querySelector('sdc-messages-inbox')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.row__meta'); i++) await new Promise((r) => setTimeout(r, 50));
  return el;
}

/** "Solo non letti" ticked: only the conversations waiting for the citizen. */
export const SoloNonLetti: Story = {
  play: async ({ canvasElement }) => {
    const el = await settledRows(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('#inbox-unread')?.click();
  },
};

/** A conversation opened in place, with "Torna ai messaggi". */
export const ConversazioneAperta: Story = {
  play: async ({ canvasElement }) => {
    const el = await settledRows(canvasElement);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.row__title a')?.click();
  },
};

/** On a phone: rows stack, the badge goes under the title. */
export const Telefono: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** English. */
export const InInglese: Story = { args: { locale: 'en' } };
