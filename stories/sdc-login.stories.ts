import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loginAs } from '../mocks/db.js';
import { scenarios } from '../mocks/scenarios.js';
import '../src/elements/sdc-login/define.js';

/**
 * The header's access to the personal area, shown in a Bootstrap Italia slim header. Logging in is a
 * navigation to the backend (the mock's SPID/CIE page in the demo); here the stories start logged in or out.
 */
interface Args {
  citizen: '' | 'giulia' | 'marco' | 'elena';
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Accesso area personale',
  component: 'sdc-login',
  args: { citizen: '', locale: 'it' },
  argTypes: {
    citizen: { control: 'select', options: ['', 'giulia', 'marco', 'elena'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    // A fresh client per story, so the session is looked up again for the citizen of the story.
    if (args.citizen) loginAs(args.citizen);
  },
  render: (args) => html`<div class="it-header-slim-wrapper" style="background:#004d99;padding:8px 16px;display:flex;justify-content:flex-end;min-height:180px;align-items:flex-start">
    <sdc-login base-url="/lang" area-personale-url="/area-personale.html" locale=${args.locale}></sdc-login>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nobody logged in: "Accedi all'area personale" (`data-element="personal-area-login"`). */
export const NonAutenticato: Story = {};

/** Giulia Bianchi is logged in: her name opens the menu. */
export const Autenticato: Story = { args: { citizen: 'giulia' } };

/** The menu open: "Area personale" and "Esci". */
export const MenuAperto: Story = {
  args: { citizen: 'giulia' },
  play: async ({ canvasElement }) => {
    let button: HTMLButtonElement | null = null;
    for (let i = 0; i < 100 && !button; i++) {
      button = canvasElement.querySelector<HTMLButtonElement>('.sdc-login__toggle');
      if (!button) await new Promise((r) => setTimeout(r, 50));
    }
    button?.click();
  },
};

/** The backend cannot tell who is there (session check fails): the login link stays available. */
export const BackendNonRaggiungibile: Story = { parameters: { msw: { handlers: [scenarios.networkError('/api/session-auth', 'get')] } } };
