import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { worker } from '../mocks/browser.js';
import { PAYMENT_PANEL_KINDS, seedPaymentPanel, type PaymentPanelKind, type PaymentPanelSeed } from '../mocks/fixtures/payment-panel.js';
import { PENDING_STORAGE_KEY, rememberPending } from '../src/controllers/payment-flow.js';
import '../src/elements/sdc-payment-panel/define.js';

/**
 * Giulia Bianchi's payments with the Comune di Esempio (mocks/fixtures/payment-panel.ts): diritti di
 * segreteria for an accesso agli atti, a canone requested after submission, a marca da bollo on a
 * certificate request. One story per state of the panel. "Paga online" stays on the page here
 * (`sdc-payment-started` is cancelled); the demo preview page goes to the mock pagoPA checkout.
 */
interface Args {
  /** Which seeded situation to show. */
  kind: PaymentPanelKind;
  headingLevel: number;
  locale: 'it' | 'en';
}

let seed: PaymentPanelSeed | undefined;

const meta: Meta<Args> = {
  title: 'Elementi/Pannello pagamenti',
  component: 'sdc-payment-panel',
  args: { kind: 'da-pagare', headingLevel: 3, locale: 'it' },
  argTypes: {
    kind: { control: 'select', options: Object.keys(PAYMENT_PANEL_KINDS) },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    sessionStorage.removeItem(PENDING_STORAGE_KEY);
    seed = seedPaymentPanel(args.kind);
    if (seed.handlers.length) worker.use(...seed.handlers);
    // A same-tab return from the pagoPA checkout: the checkout remembered in sessionStorage.
    if (seed.returning && seed.paymentId) rememberPending({ paymentId: seed.paymentId, praticaId: seed.praticaId, startedAt: Date.now() });
    return () => {
      worker.resetHandlers();
      sessionStorage.removeItem(PENDING_STORAGE_KEY);
    };
  },
  render: (args) => html`<sdc-payment-panel
    base-url="/lang"
    pratica-id=${seed!.praticaId}
    heading-level=${args.headingLevel}
    locale=${args.locale}
    ?bollo-required=${!!seed!.bolloRequired}
    .watchTiming=${seed!.watchTiming ?? {}}
    @sdc-payment-started=${(e: Event) => e.preventDefault()}
  ></sdc-payment-panel>`,
};
export default meta;
type Story = StoryObj<Args>;

// --- Every status ---------------------------------------------------------------------------------

/** Da pagare: both ways to pay, pagoPA online and the avviso with its QR code. */
export const DaPagare: Story = { args: { kind: 'da-pagare' } };

/** In corso: a checkout was started and is not confirmed yet; the panel offers to check, not to pay twice. */
export const InCorso: Story = { args: { kind: 'in-corso' } };

/** Pagato: when it was paid and the receipt. */
export const Pagato: Story = { args: { kind: 'pagato' } };

/** Scaduto: it can no longer be paid; what to do. */
export const Scaduto: Story = { args: { kind: 'scaduto' } };

/** Annullato by the Comune: nothing to pay. */
export const Annullato: Story = { args: { kind: 'annullato' } };

/** Errore (CREATION_FAILED): the notice could not be created. */
export const Errore: Story = { args: { kind: 'errore' } };

/** In creazione (CREATION_PENDING): no link yet, "Aggiorna". */
export const InCreazione: Story = { args: { kind: 'in-creazione' } };

/** A status the kit does not know: explained, and no "Paga" button. */
export const StatoSconosciuto: Story = { args: { kind: 'sconosciuto' } };

// --- Ways to pay ---------------------------------------------------------------------------------

/** Only "Paga online": the backend offers no avviso and no notice code. */
export const SoloOnline: Story = { args: { kind: 'solo-online' } };

/** Only the avviso ("Paga offline"): no online payment link. */
export const SoloOffline: Story = { args: { kind: 'solo-offline' } };

/** Online and offline side by side (same as "Da pagare"). */
export const OnlineEOffline: Story = { args: { kind: 'da-pagare' } };

/** Deferred: the Comune asked for the payment after the request was sent, and by when. */
export const Differito: Story = { args: { kind: 'differito' } };

/** One payment made of several amounts (diritti di segreteria + imposta di bollo). */
export const PiuVoci: Story = { args: { kind: 'piu-voci' } };

/** An amount sent as the string "1020,99": read and shown as 1.020,99 €. */
export const ImportoComeTesto: Story = { args: { kind: 'importo-testo' } };

// --- Marca da bollo ------------------------------------------------------------------------------

/** A physical marca da bollo recorded on the pratica: type, causale, identifier, emission date. */
export const BolloRegistrato: Story = { args: { kind: 'bollo' } };

/** The request needs a marca da bollo and none is recorded: the entry form. */
export const BolloInserimento: Story = { args: { kind: 'bollo-inserimento' } };

/** The entry form after "Salva" with nothing typed: error summary and inline errors. */
export const BolloErrori: Story = {
  args: { kind: 'bollo-inserimento' },
  async play({ canvasElement }) {
    const el = canvasElement.querySelector('sdc-payment-panel')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.bollo-card'); i++) await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot?.querySelector<HTMLButtonElement>('.bollo-card button[type=submit]')?.click();
  },
};

// --- Back from the pagoPA checkout ---------------------------------------------------------------

/**
 * "Paga online" pressed (default, new tab): pagoPA is open in another tab; the panel watches the payment
 * while the page is visible and will show the outcome here.
 */
export const ApertoInNuovaScheda: Story = {
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('sdc-payment-panel')!;
    const button = () => panel.shadowRoot?.querySelector<HTMLButtonElement>('.pay-online');
    for (let i = 0; i < 100 && !button(); i++) await new Promise((r) => setTimeout(r, 50));
    button()?.click();
  },
};

/** "Verifica del pagamento in corso": back (same-tab mode) from pagoPA, waiting for the backend's confirmation. */
export const VerificaInCorso: Story = { args: { kind: 'verifica' } };

/** Back from pagoPA and confirmed by the backend: receipt. */
export const VerificaPagato: Story = { args: { kind: 'verifica-pagato' } };

/** Cancelled or closed on pagoPA: still payable, "Pagamento non completato", "Paga di nuovo". */
export const VerificaAnnullato: Story = { args: { kind: 'verifica-annullato' } };

/** Refused by pagoPA (the pratica went to 1530): says so, "Paga di nuovo". */
export const VerificaFallito: Story = { args: { kind: 'verifica-fallito' } };

/** The confirmation does not arrive within the time limit: explained, "Verifica di nuovo". */
export const VerificaTempoScaduto: Story = { args: { kind: 'verifica-tempo-scaduto' } };

// --- Data states ---------------------------------------------------------------------------------

/** Loading: a skeleton the height of a payment card, announced politely. */
export const Caricamento: Story = { args: { kind: 'caricamento' } };

/** A pratica with nothing to pay. */
export const Vuoto: Story = { args: { kind: 'vuoto' } };

/** The payments cannot be loaded: what happened, "Riprova". */
export const ErroreDiCaricamento: Story = { args: { kind: 'errore-caricamento' } };
