import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { loginAs, logout } from '../mocks/state.js';
import '../src/elements/sdc-provider/define.js';
import '../src/elements/sdc-login/define.js';
import '../src/elements/sdc-service-list/define.js';

/**
 * `<sdc-provider>` draws nothing: it configures every element inside it once (tenant, language, login, the
 * ente's links) and gives them one shared session. Here it wraps the header's login and the catalogue.
 */
interface Args {
  /** The OpenCity tenant (`base-url`). */
  baseUrl: string;
  locale: 'it' | 'en';
  /** The ente's privacy notice (`privacy-url`), linked from the wizard's first step. */
  privacyUrl: string;
  /** The ente's general terms of its online services (`conditions-url`). */
  conditionsUrl: string;
  /** The page with `<sdc-area-personale>` (`area-personale-url`), linked from the login menu. */
  areaPersonaleUrl: string;
  loggedIn: boolean;
}

const meta: Meta<Args> = {
  title: 'Elementi/Provider',
  component: 'sdc-provider',
  args: { baseUrl: '/lang', locale: 'it', privacyUrl: '/privacy', conditionsUrl: '', areaPersonaleUrl: '/area-personale.html', loggedIn: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  beforeEach({ args }) {
    if (args.loggedIn) loginAs('giulia');
    else logout();
  },
  render: (args) => html`<sdc-provider base-url=${args.baseUrl} locale=${args.locale} privacy-url=${args.privacyUrl || nothing}
      conditions-url=${args.conditionsUrl || nothing} area-personale-url=${args.areaPersonaleUrl || nothing}>
    <div style="display:flex;justify-content:flex-end;padding-bottom:16px">
      <sdc-login></sdc-login>
    </div>
    <sdc-service-list service-url="/servizio.html?id={identifier}"></sdc-service-list>
  </sdc-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One tenant for the login and the catalogue: neither element has a `base-url` of its own. */
export const UnaConfigurazionePerTutti: Story = {};

/** The citizen is logged in: the login shows the name; every element inside shares that session. */
export const ConCittadinoCollegato: Story = { args: { loggedIn: true } };

/** `locale="en"` on the provider: every element inside speaks English. */
export const InInglese: Story = { args: { locale: 'en' } };
