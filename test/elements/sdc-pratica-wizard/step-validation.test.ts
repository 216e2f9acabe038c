/** StepValidation: what "Avanti"/"Invia" does on each step, on a tiny host without the wizard. */
import { expect, fixture } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { Issue } from '../../../src/forms/index.js';
import { FieldMessages } from '../../../src/elements/sdc-pratica-wizard/field-messages.js';
import * as bolloRules from '../../../src/elements/sdc-pratica-wizard/bollo-step.js';
import { EMPTY_BOLLO } from '../../../src/elements/sdc-pratica-wizard/bollo-step.js';
import type { BolloEntry } from '../../../src/elements/sdc-pratica-wizard/local-draft.js';
import { StepValidation } from '../../../src/elements/sdc-pratica-wizard/step-validation.js';

const issue = (path: string, message: string, stepKey: string, severity: 'error' | 'warning' = 'error'): Issue =>
  ({ path, message, severity, rule: 'required', label: path, stepKey });

class StepHost extends LitElement {
  position = 'privacy';
  accepted = false;
  busy = false;
  bollo: BolloEntry = { ...EMPTY_BOLLO };
  withBollo = false;
  stepIssues: Record<string, Issue[]> = {};
  opened: string[] = [];
  messages = new FieldMessages(this, { targetId: (p) => `id-${p}`, onChange: () => undefined });
  steps = new StepValidation(this, {
    model: () => ({
      validateStep: (k: string) => this.stepIssues[k] ?? [],
      validateAll: () => Object.values(this.stepIssues).flat(),
      stepOf: (p: string) => Object.keys(this.stepIssues).find((k) => this.stepIssues[k]!.some((i) => i.path === p)),
      node: () => undefined,
    }),
    messages: this.messages,
    nav: {
      get position() { return host().position; },
      openFromSummary: (k: string) => { this.opened.push(k); this.position = `step:${k}`; },
    },
    locale: () => 'it',
    privacyAccepted: () => this.accepted,
    bollo: () => this.bollo,
    uploadsBusy: () => this.busy,
    needsBollo: () => this.withBollo,
    bolloRules: () => bolloRules,
  });
  override render() {
    return html`<div id="error-summary" tabindex="-1"></div><div id="warning-summary" tabindex="-1"></div>`;
  }
}
customElements.define('test-step-host', StepHost);
let current: StepHost;
const host = (): StepHost => current;

async function rig(): Promise<StepHost> {
  current = await fixture<StepHost>(html`<test-step-host></test-step-host>`);
  return current;
}

describe('StepValidation', () => {
  it('asks for the privacy consent before going on', async () => {
    const el = await rig();
    expect(el.steps.check('privacy')).to.equal('stay');
    expect(el.messages.summaryItems.map((i) => i.text)).to.deep.equal(['Dichiara di aver letto l’informativa sulla privacy per proseguire']);
    el.accepted = true;
    expect(el.steps.check('privacy')).to.equal('go');
  });

  it('holds a form step on errors, on unconfirmed warnings and while files upload', async () => {
    const el = await rig();
    el.stepIssues = { dati: [issue('nome', 'Inserisci il nome', 'dati')] };
    expect(el.steps.check('step:dati')).to.equal('stay');
    expect([...el.messages.errors.values()]).to.deep.equal(['Inserisci il nome']);
    el.stepIssues = { dati: [issue('cf', 'Il codice fiscale non corrisponde', 'dati', 'warning')] };
    el.position = 'step:dati';
    expect(el.steps.check('step:dati')).to.equal('stay');
    el.steps.confirmWarnings();
    expect(el.steps.check('step:dati')).to.equal('go');
    el.busy = true;
    expect(el.steps.check('step:dati')).to.equal('stay');
    expect(el.messages.general).to.deep.equal(['Attendi la fine del caricamento dei file prima di proseguire']);
  });

  it('sends from the Riepilogo only when every step is valid, opening the first wrong one', async () => {
    const el = await rig();
    el.stepIssues = { uno: [], due: [issue('via', 'Inserisci la via', 'due')] };
    expect(el.steps.check('riepilogo')).to.equal('stay');
    expect(el.opened).to.deep.equal(['due']);
    expect(el.messages.summaryItems.map((i) => i.targetId)).to.deep.equal(['id-via']);
    el.stepIssues = { uno: [] };
    expect(el.steps.check('riepilogo')).to.equal('send');
    el.withBollo = true;
    expect(el.steps.check('riepilogo')).to.equal('go');
  });

  it('checks the marca da bollo before sending', async () => {
    const el = await rig();
    expect(el.steps.check('bollo')).to.equal('stay');
    expect(el.messages.keyed('~bollo.')).to.have.property('identifier', 'Inserisci l’identificativo della marca da bollo');
    el.bollo = { identifier: '01234567890123', date: '2020-01-02', time: '10:35:12', declaration: true };
    expect(el.steps.check('bollo')).to.equal('send');
  });

  it('opens the step of a server error linked from the summary, keeping the messages of that step', async () => {
    const el = await rig();
    el.position = 'riepilogo';
    el.stepIssues = { uno: [issue('nome', 'x', 'uno')], due: [issue('via', 'y', 'due')] };
    el.messages.show([issue('nome', 'Nome rifiutato', 'uno'), issue('via', 'Via rifiutata', 'due')]);
    await el.steps.openStepOf({ targetId: 'id-via', text: 'Via rifiutata', path: 'via' });
    expect(el.position).to.equal('step:due');
    expect(el.messages.summaryItems.map((i) => i.text)).to.deep.equal(['Via rifiutata']);
    expect(el.messages.errors.get('nome')).to.equal('Nome rifiutato');
    await expect(el).to.be.accessible();
  });
});
