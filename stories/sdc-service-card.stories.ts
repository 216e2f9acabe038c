import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { http, HttpResponse } from 'msw';
import { scenarios } from '../mocks/scenarios.js';
import { findService } from '../mocks/db.js';
import { serviceToWire } from '../mocks/wire.js';
import '../src/elements/sdc-service-card/define.js';

/**
 * The scheda servizio of the Comune di Esempio's services (mocks/fixtures/services.ts), in the light DOM
 * with every Modello Comuni voice and `data-element` hook of the PNRR checker (pa-domain.md §5.2).
 */
interface Args {
  serviceId: string;
  variant: 'full' | 'compact';
  locale: 'it' | 'en';
  /** The ente's general terms (`conditions-url`), empty for none. */
  conditionsUrl: string;
}

const meta: Meta<Args> = {
  title: 'Elementi/Scheda servizio',
  component: 'sdc-service-card',
  args: { serviceId: 'accesso-atti', variant: 'full', locale: 'it', conditionsUrl: '' },
  argTypes: {
    serviceId: {
      control: 'select',
      options: ['accesso-atti', 'certificati-anagrafici', 'iscrizione-mensa-scolastica', 'rinnovo-mensa-scolastica', 'occupazione-suolo-pubblico', 'trasporto-scolastico', 'inefficiencies', 'bookings'],
    },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
    conditionsUrl: { control: 'text' },
  },
  beforeEach() {
  },
  render: (args) => html`<div style=${args.variant === 'compact' ? 'max-width:420px' : ''}>
    <sdc-service-card
      base-url="/lang"
      service-id=${args.serviceId}
      variant=${args.variant}
      locale=${args.locale}
      conditions-url=${args.conditionsUrl || nothing}
      wizard-url="/richiesta.html?service={id}"
      booking-url="/prenota.html?service={id}"
      list-url="/index.html"
      service-url="/servizio.html?id={identifier}"
    ></sdc-service-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** An active service paid online at submission (diritti di segreteria), with two offices. */
export const Attivo: Story = {};

/**
 * The ente's general terms of its online services (`conditions-url`, also on `<sdc-provider>`): "Condizioni di
 * servizio" links its sentence to them and lists them first, as the checker's `data-element="service-file"`.
 */
export const ConCondizioniGenerali: Story = { args: { conditionsUrl: '/documenti/condizioni-generali-servizi-online.pdf' } };

/** A suspended service: the status says why, and there is no online access button. */
export const SospesoConMotivo: Story = { args: { serviceId: 'trasporto-scolastico' } };

/**
 * Costs from the payment configuration: imposta di bollo on the request plus fees paid online with
 * pagoPA at submission (a tenant that publishes `payment_parameters`).
 */
export const ConCosti: Story = {
  args: { serviceId: 'certificati-anagrafici' },
  parameters: {
    msw: {
      handlers: [
        http.get('*/api/services/:id', ({ params }) => {
          const s = findService(String(params.id));
          if (!s) return HttpResponse.json(['Service not found'], { status: 404 });
          return HttpResponse.json({
            ...serviceToWire(s, '/lang'),
            payment_required: 1,
            payment_parameters: { total_amounts: '0.52', gateways: [{ identifier: 'mypay' }], stamps: [{ amount: 16, reason: 'Una marca per ogni certificato in bollo.', when: 'richiesta' }] },
          });
        }),
      ],
    },
  },
};

/** Deferred payment: the office computes the amount and sends the pagoPA notice later. */
export const PagamentoSuccessivo: Story = { args: { serviceId: 'occupazione-suolo-pubblico' } };

/** The "Mensa scolastica" group: the other requests (rinnovo, interruzione, sospensione, modifica, voltura, subentro). */
export const ConAzioni: Story = { args: { serviceId: 'iscrizione-mensa-scolastica' } };

/** An anonymous service (segnalazione di disservizio): it can be used without SPID or CIE. */
export const SenzaAutenticazione: Story = { args: { serviceId: 'inefficiencies' } };

/** The compact card used in lists and "related services". */
export const Compatta: Story = { args: { variant: 'compact' } };

/** A compact card of a suspended service. */
export const CompattaSospesa: Story = { args: { variant: 'compact', serviceId: 'trasporto-scolastico' } };

/** While loading: a skeleton with the shape of the scheda. */
export const Caricamento: Story = { parameters: { msw: { handlers: [scenarios.hang('/api/services/:id', 'get')] } } };

/** A service that does not exist (404) or was withdrawn (403). */
export const NonTrovato: Story = { args: { serviceId: 'bonus-bici-2023' } };

/** The backend fails: what happened and "Riprova". */
export const Errore: Story = { parameters: { msw: { handlers: [scenarios.serverError('/api/services/:id', 'get')] } } };
