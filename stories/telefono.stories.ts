import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { loginAs } from '../mocks/state.js';
import '../src/index.js';

/**
 * The elements at a phone's width (Storybook's "Large mobile", 414 × 896), where most citizens meet them:
 * one column, controls at least 44 px, nothing wider than the screen.
 */
const phone = { viewport: { value: 'mobile2', isRotated: false } };

const meta: Meta = {
  title: 'Telefono',
  globals: phone,
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

// Italian as on an ente’s page (Storybook’s own page says `lang="en"`, which the elements would follow).
const page = (content: unknown) => html`<div lang="it" style="padding:16px">${content}</div>`;

/** The Servizi catalogue: search, categories, cards. */
export const CatalogoServizi: Story = {
  render: () => page(html`<sdc-service-list base-url="/lang" service-url="/servizio.html?id={identifier}"></sdc-service-list>`),
};

/** A scheda servizio with its page index and "Accedi al servizio". */
export const SchedaServizio: Story = {
  render: () => page(html`<sdc-service-card base-url="/lang" service-id="accesso-atti" wizard-url="/richiesta.html?service={id}"
    booking-url="/prenota.html?service={id}" list-url="/index.html"></sdc-service-card>`),
};

/** The header's login, logged in: the name and the menu. */
export const Accesso: Story = {
  beforeEach() { loginAs('giulia'); },
  render: () => page(html`<sdc-login base-url="/lang" area-personale-url="/area-personale.html"></sdc-login>`),
};

/** The online request, first step. */
export const Richiesta: Story = {
  beforeEach() { loginAs('giulia'); },
  render: () => page(html`<sdc-pratica-wizard base-url="/lang" service-id="accesso-atti" privacy-url="/privacy"></sdc-pratica-wizard>`),
};

/** The area personale: sections and the citizen's pratiche. */
export const AreaPersonale: Story = {
  beforeEach() { loginAs('giulia'); },
  render: () => page(html`<sdc-area-personale base-url="/lang"></sdc-area-personale>`),
};

/** The payments of the citizen: "Paga online" and "Scarica avviso". */
export const Pagamenti: Story = {
  beforeEach() { loginAs('giulia'); },
  render: () => page(html`<sdc-payments-list base-url="/lang" url-sync="none"></sdc-payments-list>`),
};

/** Booking an appointment: the office, then the day and time. */
export const PrenotaAppuntamento: Story = {
  beforeEach() { loginAs('giulia'); },
  render: () => page(html`<sdc-appointment-booking base-url="/lang"></sdc-appointment-booking>`),
};

/** The rating block at the bottom of a page. */
export const Valutazione: Story = {
  render: () => page(html`<sdc-feedback base-url="/lang"></sdc-feedback>`),
};
