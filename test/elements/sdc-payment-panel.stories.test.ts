import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { worker } from '../support/mock.js';
import { applicationHandlers } from '../../mocks/handlers/applications.js';
import { paymentHandlers } from '../../mocks/handlers/payments.js';
import meta, * as stories from '../../stories/sdc-payment-panel.stories.js';

/**
 * Every story is a state of the panel: each one renders what it promises and is axe clean
 * (STYLE.md "a state that has a story is a state that is tested").
 */
type Story = { args?: Record<string, unknown>; play?: (ctx: { canvasElement: HTMLElement }) => Promise<void> };

/** What each story must show once settled: a selector that proves the state. */
const EXPECT: Record<string, string> = {
  DaPagare: '.pay-online',
  InCorso: '[data-status="in-corso"]',
  Pagato: 'a[data-doc=receipt]',
  Scaduto: '[data-status="scaduto"] .sdc-alert--danger',
  Annullato: '[data-status="annullato"]',
  Errore: '[data-status="errore"] .sdc-alert--danger',
  InCreazione: '[data-status="in-creazione"]',
  StatoSconosciuto: '.sdc-alert--warning',
  SoloOnline: '.pay-online',
  SoloOffline: 'a[data-doc=avviso]',
  OnlineEOffline: 'svg.qr',
  Differito: '.sdc-alert--info',
  PiuVoci: '.items',
  ImportoComeTesto: '.payment__amount',
  BolloRegistrato: '.bollo-facts',
  BolloInserimento: '.bollo-card form',
  BolloErrori: '.error-summary',
  ApertoInNuovaScheda: '.verify[data-phase=open]',
  VerificaInCorso: '.verify[data-phase=checking]',
  VerificaPagato: '.verify[data-phase=paid]',
  VerificaAnnullato: '.verify[data-phase=not-completed]',
  VerificaFallito: '.verify[data-phase=failed]',
  VerificaTempoScaduto: '.verify[data-phase=timeout]',
  Caricamento: '.sdc-state--loading',
  Vuoto: '.sdc-state--empty',
  ErroreDiCaricamento: '.sdc-state--error',
};

const named = Object.entries(stories).filter(([k]) => k !== 'default') as Array<[string, Story]>;

describe('sdc-payment-panel stories', () => {
  let cleanup: (() => void) | void;
  beforeEach(() => worker.use(...applicationHandlers, ...paymentHandlers));
  afterEach(() => {
    if (typeof cleanup === 'function') cleanup();
  });

  it('has an expectation for every story', () => {
    expect(named.map(([k]) => k).sort()).to.deep.equal(Object.keys(EXPECT).sort());
  });

  for (const [name, story] of named) {
    it(`renders the "${name}" story accessibly`, async () => {
      const args = { ...meta.args, ...story.args } as Parameters<NonNullable<typeof meta.render>>[0];
      cleanup = (meta.beforeEach as unknown as (ctx: { args: unknown }) => (() => void) | void)({ args });
      const wrapper = await fixture<HTMLElement>((meta.render as unknown as (a: unknown) => TemplateResult)(args));
      const host = wrapper.matches('sdc-payment-panel') ? wrapper : wrapper.querySelector('sdc-payment-panel')!;
      const canvas = host.parentElement!;
      if (story.play) await story.play({ canvasElement: canvas });
      await waitUntil(() => host.shadowRoot!.querySelector(EXPECT[name]!), `"${name}" did not reach its state`, { timeout: 6000 });
      await expect(host).to.be.accessible();
    });
  }
});
