import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { CITIZEN, loginAs, logout, mutate } from '../mocks/state.js';
import '../src/elements/sdc-meetings-list/define.js';

/**
 * The appointments of the test citizens (mocks/fixtures/pratiche.ts): Giulia has one awaiting the office's
 * confirmation; Marco a confirmed one coming up and one already held.
 */
interface Args {
  who: 'giulia' | 'marco' | 'nessuno';
  empty?: boolean;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
  /** The booking page the empty state links to (`booking-url`). */
  bookingUrl: string;
}

const meta: Meta<Args> = {
  title: 'Elementi/Appuntamenti',
  component: 'sdc-meetings-list',
  args: { who: 'marco', locale: 'it', bookingUrl: '/prenota.html' },
  argTypes: {
    who: { control: 'inline-radio', options: ['giulia', 'marco', 'nessuno'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
    bookingUrl: { control: 'text' },
  },
  beforeEach({ args }) {
    if (args.who === 'nessuno') logout();
    else loginAs(args.who);
    if (args.empty && args.who !== 'nessuno') mutate((s) => { s.meetings = s.meetings.filter((m) => m.user !== CITIZEN[args.who as 'marco']); });
    if (args.handlers?.length) worker.use(...args.handlers);
    return () => worker.resetHandlers();
  },
  render: (args) => html`<sdc-meetings-list base-url="/lang" locale=${args.locale}
    booking-url=${args.bookingUrl || nothing}></sdc-meetings-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A confirmed appointment coming up (with "Annulla appuntamento" when the office allows it) and one already held. */
export const ConfermatoEPassato: Story = {};

/** An appointment the office has not approved yet: “In attesa di approvazione”. */
export const InAttesaDiApprovazione: Story = { args: { who: 'giulia' } };

/** No appointments: what to do, with the link to the booking page. */
export const Vuoto: Story = { args: { empty: true } };

/** Nobody logged in: why, and "Accedi". */
export const AccessoRichiesto: Story = { args: { who: 'nessuno' } };

/** While loading: it stays here (the backend never answers). */
export const Caricamento: Story = { args: { handlers: [scenarios.hang('/api/meetings', 'get')] } };

/** The backend fails: what happened and "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/meetings', 'get')] } };

/** English. */
export const InInglese: Story = { args: { locale: 'en' } };
