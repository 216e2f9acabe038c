// Say only what happened (issue 19): an anonymous citizen has no area personale, so the confirmation
// must not send them there for the payment notice or for the receipt.
import { expect, fixture, html } from '@open-wc/testing';
import { renderConfirmation, type ConfirmationOptions } from '../../src/elements/sdc-pratica-wizard/confirmation-step.js';
import type { Pratica } from '../../src/domain/pratica.js';
import type { Service } from '../../src/domain/service.js';
import type { Payment } from '../../src/domain/payment.js';

const pratica = { id: 'b530c437-bb8c-4c1e-9a0b-0f2d5c0e1a11', submittedAt: '2026-12-05T10:00:00Z', compiledModules: [] } as unknown as Pratica;
const service = { name: 'Segnalazione', texts: {}, maxResponseDays: undefined } as unknown as Service;
const payment = { status: 'da-pagare', amount: 16 } as unknown as Payment;

/** The page's text, with Intl's no-break space before € as a plain one. */
const textOf = (el: HTMLElement): string => (el.textContent ?? '').replace(/\u00a0/g, ' ');

function options(o: Partial<ConfirmationOptions>): ConfirmationOptions {
  return { locale: 'it', service, pratica, payment, rating: { text: '', sent: false }, onRating: () => undefined, ...o };
}

describe('sdc-pratica-wizard confirmation: anonymous citizen', () => {
  it('an unpaid payment does not point to an area personale the citizen does not have', async () => {
    const el = await fixture<HTMLElement>(html`<div>${renderConfirmation(options({}))}</div>`);
    expect(textOf(el)).to.contain('Il pagamento di 16,00 € non risulta ancora effettuato.');
    expect(textOf(el)).not.to.contain('area personale');
    await expect(el).to.be.accessible();
  });

  it('a signed-in citizen is told where the notice is', async () => {
    const el = await fixture<HTMLElement>(html`<div>${renderConfirmation(options({ areaUrl: '/area-personale.html' }))}</div>`);
    expect(textOf(el)).to.contain('Ricordati di pagare 16,00 €: trovi l’avviso nella tua area personale.');
    await expect(el).to.be.accessible();
  });
});
