import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/sdc-feedback/define.js';

/**
 * The Modello Comuni rating block, with the exact wording the PNRR checker compares (pa-domain.md §5.4).
 * Both follow-up fieldsets are always in the DOM; the one that does not apply is hidden.
 */
interface Args {
  kind: 'page' | 'service';
  locale: 'it' | 'en';
}

function clickStar(canvasElement: HTMLElement, n: number) {
  canvasElement.querySelector<HTMLElement>(`[data-element="feedback-rate-${n}"]`)?.click();
}

const meta: Meta<Args> = {
  title: 'Elementi/Valutazione della pagina',
  component: 'sdc-feedback',
  args: { kind: 'page', locale: 'it' },
  argTypes: {
    kind: { control: 'inline-radio', options: ['page', 'service'] },
    locale: { control: 'inline-radio', options: ['it', 'en'] },
  },
  render: (args) => html`<div style="background:#0066cc;padding:32px 16px">
    <sdc-feedback kind=${args.kind} locale=${args.locale}></sdc-feedback>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The question and the five stars. */
export const Iniziale: Story = {};

/** Four or five stars: "Quali sono stati gli aspetti che hai preferito?". */
export const Positiva: Story = { play: async ({ canvasElement }) => clickStar(canvasElement, 5) };

/** One to three stars: "Dove hai incontrato le maggiori difficoltà?". */
export const Negativa: Story = { play: async ({ canvasElement }) => clickStar(canvasElement, 2) };

/** After sending: the thank-you message takes focus. */
export const Inviata: Story = {
  play: async ({ canvasElement }) => {
    clickStar(canvasElement, 4);
    await canvasElement.querySelector('sdc-feedback')!.updateComplete;
    canvasElement.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** At the end of a service flow (criterion C.SE.1.7): "Quanto è stato facile usare questo servizio?". */
export const FineServizio: Story = { args: { kind: 'service' } };
