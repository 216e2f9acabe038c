import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, type HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { CITIZEN, loginAs, logout, mutate } from '../mocks/state.js';
import '../src/elements/sdc-payments-list/define.js';

/** The payments of the test citizens: Giulia has one to pay and a marca da bollo paid; Marco a paid canone and an expired one. */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  empty?: boolean;
  hash?: string;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Elenco pagamenti',
  component: 'sdc-payments-list',
  args: { who: 'giulia', locale: 'it' },
  argTypes: {
    who: { control: 'inline-radio', options: ['giulia', 'marco', 'elena', 'nessuno'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.who === 'nessuno') logout();
    else loginAs(args.who);
    if (args.empty && args.who !== 'nessuno') mutate((s) => { s.payments = s.payments.filter((p) => p.user_id !== CITIZEN[args.who as 'giulia']); });
    if (args.handlers?.length) worker.use(...args.handlers);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${args.hash ?? ''}`);
    return () => {
      worker.resetHandlers();
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    };
  },
  render: (args) => html`<sdc-payments-list base-url="/lang" url-sync="hash" locale=${args.locale}></sdc-payments-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Da pagare (Paga online, Scarica avviso) and Pagati. */
export const DaPagareEPagati: Story = {};

/** A paid pagoPA payment with its receipt, and an expired one that can no longer be paid. */
export const RicevutaEScaduto: Story = { args: { who: 'marco' } };

/** Filtered by date from a link. */
export const FiltroPerData: Story = { args: { hash: '#/pagamenti?dal=2001-01-01&al=2001-12-31' } };

/** No payments yet. */
export const Vuoto: Story = { args: { empty: true } };

/** Loading. */
export const Caricamento: Story = { args: { handlers: [http.get('*/api/payments', async () => { await delay('infinite'); })] } };

/** The server fails: "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/payments', 'get')] } };

/** Nobody logged in. */
export const NonAutenticato: Story = { args: { who: 'nessuno' } };
