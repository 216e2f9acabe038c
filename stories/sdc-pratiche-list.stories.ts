import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { CITIZEN, SERVICE, STATUS, addPratica, loginAs, logout, mutate } from '../mocks/state.js';
import '../src/elements/sdc-pratiche-list/define.js';

/**
 * The pratiche of the test citizens of the Comune di Esempio (mocks/fixtures/pratiche.ts): Giulia Bianchi
 * has one in most status groups. Each story arranges the mock tenant for one state.
 */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  /** Extra arrangement of the tenant. */
  arrange?: 'ogni-stato' | 'molte' | 'nessuna';
  /** The hash the page opens with (filters of a deep link). */
  hash?: string;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const DAY = 86_400_000;
const GROUP_SAMPLES = [
  STATUS.DRAFT, STATUS.PAYMENT_PENDING, STATUS.PAYMENT_ERROR, STATUS.SUBMITTED, STATUS.PENDING,
  STATUS.REQUEST_INTEGRATION, STATUS.COMPLETE, STATUS.CANCELLED, STATUS.WITHDRAW, STATUS.REVOKED,
];

function arrange(args: Args) {
  if (args.who === 'nessuno') logout();
  else loginAs(args.who);
  const id = args.who === 'nessuno' ? CITIZEN.giulia : CITIZEN[args.who];
  if (args.arrange) mutate((s) => { s.applications = s.applications.filter((a) => a.user !== id); });
  const now = Date.now();
  if (args.arrange === 'ogni-stato') {
    GROUP_SAMPLES.forEach((status, i) => addPratica({
      user: id, service_id: [SERVICE.certificati, SERVICE.accessoAtti, SERVICE.suoloPubblico, SERVICE.mensaIscrizione][i % 4]!, status,
      created_at: now - (i + 1) * DAY, submitted_at: status === STATUS.DRAFT ? null : now - (i + 1) * DAY,
      protocol_number: status >= STATUS.REGISTERED && status < STATUS.WITHDRAW ? `00${5400 + i}` : null,
    }));
  }
  if (args.arrange === 'molte') {
    for (let i = 0; i < 137; i++) {
      addPratica({ user: id, service_id: [SERVICE.disservizio, SERVICE.certificati, SERVICE.biblioteca][i % 3]!, status: [STATUS.SUBMITTED, STATUS.PENDING, STATUS.COMPLETE][i % 3]!, created_at: now - i * DAY / 2, submitted_at: now - i * DAY / 2 });
    }
  }
  if (args.handlers?.length) worker.use(...args.handlers);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${args.hash ?? ''}`);
}

const meta: Meta<Args> = {
  title: 'Elementi/Elenco pratiche',
  component: 'sdc-pratiche-list',
  args: { who: 'giulia', locale: 'it' },
  argTypes: {
    who: { control: 'inline-radio', options: ['giulia', 'marco', 'elena', 'nessuno'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    arrange(args);
    return () => {
      worker.resetHandlers();
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    };
  },
  render: (args) => html`<sdc-pratiche-list base-url="/lang" url-sync="hash" locale=${args.locale}
    wizard-url="/richiesta.html?service={service}&pratica={pratica}"></sdc-pratiche-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Giulia's pratiche, newest first: a draft to complete, a payment to make, one in progress, one accepted. */
export const Elenco: Story = {};

/** One pratica per status group: text and colour of each tag (red only for problems) and the next action. */
export const OgniStato: Story = { args: { arrange: 'ogni-stato' } };

/** 137 pratiche: the server gives 10 per page, the pager moves between them. */
export const MoltePagine: Story = { args: { arrange: 'molte' } };

/** Opened from a link with the filters in the URL (`#/pratiche?stato=accettata`). */
export const FiltriDalLink: Story = { args: { hash: '#/pratiche?stato=accettata' } };

/** A filter with no result: says so and offers to clear the filters. */
export const FiltroSenzaRisultati: Story = { args: { hash: '#/pratiche?stato=ritirata' } };

/** A citizen without pratiche: what they will find here. */
export const Vuoto: Story = { args: { arrange: 'nessuna' } };

/** Waiting for the server: skeleton the size of the list. */
export const Caricamento: Story = { args: { handlers: [http.get('*/api/applications', async () => { await delay('infinite'); })] } };

/** The server fails: what happened and "Riprova". */
export const Errore: Story = { args: { handlers: [scenarios.serverError('/api/applications', 'get')] } };

/** The server answers with something that is not a list of pratiche. */
export const RispostaNonValida: Story = {
  args: { handlers: [http.get('*/api/applications', () => HttpResponse.json({ meta: { count: 'tante' }, data: [{ id: 7 }] } as never))] },
};

/** Nobody logged in: "Accedi" to the SPID/CIE login, back to this page. */
export const NonAutenticato: Story = { args: { who: 'nessuno' } };

/** English. */
export const Inglese: Story = { args: { locale: 'en' } };
