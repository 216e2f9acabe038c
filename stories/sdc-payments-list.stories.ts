import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, type HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { CITIZEN, SERVICE, addPayment, addPratica, loginAs, logout, mutate, settlePayment, tenantState } from '../mocks/state.js';
import { PENDING_STORAGE_KEY } from '../src/controllers/payment-flow.js';
import '../src/elements/sdc-payments-list/define.js';

/** The payments of the test citizens: Giulia has one to pay and a marca da bollo paid; Marco a paid canone and an expired one. */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  empty?: boolean;
  hash?: string;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
  /** `self`: the checkout in the same tab (tenants whose landing leads back here). */
  target?: 'blank' | 'self';
  /** Back in the same tab from a checkout that ended this way. */
  returning?: 'paid' | 'failed';
  /** Paid instalments added to Giulia's payments (years of a canone). */
  paidInstalments?: number;
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
    if (args.paidInstalments && args.who === 'giulia') {
      const app = addPratica({ user: 'giulia', service_id: SERVICE.suoloPubblico, status: 2000 });
      for (let i = 1; i <= args.paidInstalments; i++) {
        addPayment({ user_id: CITIZEN.giulia, service_id: SERVICE.suoloPubblico, remote_id: app.id, reason: `Canone occupazione suolo pubblico, rata n. ${i}`, amount: 36, status: 'COMPLETE' } as Parameters<typeof addPayment>[0]);
      }
    }
    if (args.returning) {
      const pay = tenantState().payments.find((p) => p.user_id === CITIZEN.giulia && p.status === 'PAYMENT_PENDING');
      if (pay) {
        sessionStorage.setItem(PENDING_STORAGE_KEY, JSON.stringify({ [pay.id]: { paymentId: pay.id, praticaId: pay.remote_id, startedAt: Date.now(), baselineStatus: 1500 } }));
        mutate((st) => settlePayment(st, pay.id, args.returning!));
      }
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}${args.hash ?? ''}`);
    return () => {
      worker.resetHandlers();
      sessionStorage.removeItem(PENDING_STORAGE_KEY);
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    };
  },
  // "Paga online" opens nothing in the catalogue: the state it leads to is shown in place.
  render: (args) => html`<sdc-payments-list base-url="/lang" url-sync="hash" locale=${args.locale}
    checkout-target=${args.target ?? 'blank'} .openCheckout=${() => undefined}></sdc-payments-list>`,
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

/** "Paga online" pressed: pagoPA is open in another tab; the list watches and will show the outcome here. */
export const PagamentoAperto: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('sdc-payments-list')!;
    const button = () => list.shadowRoot?.querySelector<HTMLButtonElement>('button[data-action="pay-online"]');
    for (let i = 0; i < 100 && !button(); i++) await new Promise((r) => setTimeout(r, 50));
    button()?.click();
  },
};

/** Back in the same tab from a checkout pagoPA refused: "Pagamento non riuscito", "Paga di nuovo". */
export const RitornoNonRiuscito: Story = { args: { target: 'self', returning: 'failed' } };

/** Back in the same tab from a paid checkout: the payment is among the "Pagati", with the outcome. */
export const RitornoPagato: Story = { args: { target: 'self', returning: 'paid' } };

/** Years of payments: each group shows 10, "Mostra altri 10 pagamenti" adds 10 more (focus on the first added). */
export const MoltiPagamenti: Story = { args: { paidInstalments: 24 } };
