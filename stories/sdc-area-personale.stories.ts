import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { HttpHandler } from 'msw';
import { worker } from '../mocks/browser.js';
import { scenarios } from '../mocks/scenarios.js';
import { loginAs, logout } from '../mocks/state.js';
import { PRATICA } from '../mocks/fixtures/pratiche.js';
import '../src/elements/sdc-area-personale/define.js';

/**
 * The whole personal area of a test citizen. Navigation is in the hash of the page (here the Storybook
 * iframe): `#/pratiche`, `#/pratiche/{id}`, `#/pagamenti`, `#/profilo`.
 */
interface Args {
  who: 'giulia' | 'marco' | 'elena' | 'nessuno';
  hash: string;
  labelPratiche?: string;
  labelPagamenti?: string;
  labelProfilo?: string;
  handlers?: HttpHandler[];
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Area personale',
  component: 'sdc-area-personale',
  args: { who: 'giulia', hash: '#/pratiche', locale: 'it' },
  argTypes: {
    who: { control: 'inline-radio', options: ['giulia', 'marco', 'elena', 'nessuno'] },
    hash: { control: 'select', options: ['#/pratiche', '#/pagamenti', '#/profilo', `#/pratiche/${PRATICA.giuliaMensa}`] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.who === 'nessuno') logout();
    else loginAs(args.who);
    if (args.handlers?.length) worker.use(...args.handlers);
    history.replaceState(history.state, '', `${location.pathname}${location.search}${args.hash}`);
    return () => {
      worker.resetHandlers();
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    };
  },
  render: (args) => html`<sdc-area-personale base-url="/lang" locale=${args.locale}
    wizard-url="/richiesta.html?service={service}&pratica={pratica}"
    label-pratiche=${args.labelPratiche ?? ''} label-pagamenti=${args.labelPagamenti ?? ''} label-profilo=${args.labelProfilo ?? ''}></sdc-area-personale>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Pratiche, the default section. */
export const Pratiche: Story = {};

/** A pratica opened from a link (deep link). */
export const DettaglioPratica: Story = { args: { hash: `#/pratiche/${PRATICA.giuliaMensa}` } };

/** Pagamenti. */
export const Pagamenti: Story = { args: { hash: '#/pagamenti' } };

/** Profilo. */
export const Profilo: Story = { args: { hash: '#/profilo' } };

/** Section names as the ente's site calls them. */
export const EtichettePersonalizzate: Story = {
  args: { labelPratiche: 'Le mie richieste', labelPagamenti: 'Pagamenti e avvisi', labelProfilo: 'I miei dati' },
};

/** Not logged in: "Accedi" returns to the same section. */
export const NonAutenticato: Story = { args: { who: 'nessuno' } };

/** The session expired (401): the area asks to log in again. */
export const SessioneScaduta: Story = { args: { handlers: [scenarios.unauthorized('/api/applications', 'get'), scenarios.loggedOut] } };
