import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { scenarios } from '../mocks/scenarios.js';
import '../src/elements/sdc-service-list/define.js';

/**
 * The "Servizi" catalogue of the Comune di Esempio (mocks/fixtures/services.ts): search, categories and
 * cards in the light DOM, with the PNRR checker's hooks (`service-link`, `service-category-link`,
 * `load-other-cards`). In the stories the filters do not touch the page URL (`no-url-sync`).
 */
interface Args {
  q: string;
  topic: string;
  pageSize: number;
  locale: 'it' | 'en';
}

const meta: Meta<Args> = {
  title: 'Elementi/Elenco dei servizi',
  component: 'sdc-service-list',
  args: { q: '', topic: '', pageSize: 6, locale: 'it' },
  argTypes: { locale: { control: 'inline-radio', options: ['it', 'en'] } },
  beforeEach() {
  },
  render: (args) => html`<sdc-service-list
    base-url="/lang"
    service-url="/servizio.html?id={identifier}"
    booking-url="/prenota.html"
    q=${args.q}
    topic=${args.topic || ''}
    page-size=${args.pageSize}
    locale=${args.locale}
    no-url-sync
  ></sdc-service-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every published service, six at a time, with "Carica altri risultati". */
export const Risultati: Story = {};

/** A search typed by the citizen: «mensa» finds the seven services of the mensa scolastica group. */
export const Ricerca: Story = { args: { q: 'mensa' } };

/** One category chosen (Educazione e formazione), with a suspended service among the results. */
export const Categoria: Story = { args: { topic: 'educazione-e-formazione' } };

/** While the backend answers: skeleton cards, "Ricerca dei servizi in corso…" announced. */
export const Caricamento: Story = { parameters: { msw: { handlers: [scenarios.hang('/api/services', 'get')] } } };

/** Nothing matches: what to do, and a button that clears the filters. */
export const NessunRisultato: Story = { args: { q: 'passaporto per Marte' } };

/** The backend fails: what happened and "Riprova". */
export const Errore: Story = { parameters: { msw: { handlers: [scenarios.servicesError500] } } };

/** The same catalogue in English. */
export const Inglese: Story = { args: { locale: 'en' } };
