/**
 * WizardNavigator on a tiny host: positions, browser history (Back, reload resume), document title
 * and focus on step change, without the wizard.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { WizardNavigator, type NavigatorOptions } from '../../../src/elements/sdc-pratica-wizard/wizard-navigator.js';

class NavHost extends LitElement {
  nav!: WizardNavigator;
  override render() {
    return html`<h2 id="step-heading" tabindex="-1">${this.nav?.position}</h2><input id="field-nome" />`;
  }
}
customElements.define('test-nav-host', NavHost);

const POSITIONS = ['privacy', 'step:dati', 'riepilogo', 'conferma'];

async function rig(over: Partial<NavigatorOptions> = {}) {
  const host = document.createElement('test-nav-host') as NavHost;
  const entered: Array<[string, string | null]> = [];
  let submitted = false;
  host.nav = new WizardNavigator(host, {
    positions: () => POSITIONS,
    titleOf: (p) => ({ privacy: 'Informativa', 'step:dati': 'Dati', riepilogo: 'Riepilogo', conferma: 'Fatto' })[p] ?? p,
    serviceId: () => 'svc-1',
    locale: () => 'it',
    noHistory: () => false,
    active: () => true,
    submitted: () => submitted,
    hasErrors: () => false,
    fieldId: (p) => (p === 'nome' ? 'field-nome' : undefined),
    onEnter: () => undefined,
    onEntered: (p, prev) => entered.push([p, prev]),
    ...over,
  });
  const el = await fixture<NavHost>(host);
  return { el, nav: el.nav, entered, submit: () => (submitted = true) };
}

/** Entries added to the session history (history.length stops at 50 in a long test run). */
function countPushes(): { stop(): number } {
  const original = history.pushState;
  let n = 0;
  history.pushState = function (this: History, ...a: Parameters<History['pushState']>) {
    n++;
    return original.apply(this, a);
  };
  return { stop: () => ((history.pushState = original), n) };
}

const focusedId = (el: NavHost) => el.shadowRoot!.activeElement?.id;

let title = '';
beforeEach(() => {
  title = document.title;
  document.title = 'Comune di Esempio';
  history.replaceState(null, '');
});
afterEach(() => {
  document.title = title;
});

describe('WizardNavigator', () => {
  it('moves, adds a history entry, titles the page with the step count and focuses the heading', async () => {
    const { el, nav, entered } = await rig();
    nav.start('privacy');
    const pushes = countPushes();
    nav.goTo('step:dati');
    await el.updateComplete;
    expect(nav.position).to.equal('step:dati');
    expect(pushes.stop()).to.equal(1);
    expect(history.state.sdcWizard).to.deep.equal({ serviceId: 'svc-1', position: 'step:dati' });
    expect(document.title).to.equal('Dati – Passo 2 di 3 – Comune di Esempio');
    expect(focusedId(el)).to.equal('step-heading');
    expect(entered).to.deep.equal([['privacy', 'privacy'], ['step:dati', 'privacy']]);
    expect([...nav.visited]).to.deep.equal(['privacy', 'step:dati']);
  });

  it('follows the browser Back button', async () => {
    const { el, nav } = await rig();
    nav.start('privacy');
    nav.goTo('step:dati');
    nav.goTo('riepilogo');
    const pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    await el.updateComplete;
    expect(nav.position).to.equal('step:dati');
  });

  it('never reopens the form with Back once the pratica is sent', async () => {
    const { nav, submit } = await rig();
    nav.start('privacy');
    nav.goTo('riepilogo');
    submit();
    nav.goTo('conferma');
    const pop = oneEvent(window, 'popstate');
    history.back();
    await pop;
    expect(nav.position).to.equal('conferma');
  });

  it('resumes at the step history remembers (reload), and forgets it on "Ricomincia"', async () => {
    const first = await rig();
    first.nav.start('privacy');
    first.nav.goTo('riepilogo');
    first.el.remove();
    const again = await rig();
    again.nav.start('privacy');
    expect(again.nav.position).to.equal('riepilogo');
    again.nav.forget();
    const third = await rig();
    third.nav.start('privacy');
    expect(third.nav.position).to.equal('privacy');
  });

  it('focuses a field when asked (Riepilogo "Modifica") and falls back to the first position for an unknown one', async () => {
    const { el, nav } = await rig();
    nav.goTo('step:dati', { focus: 'nome' });
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(focusedId(el)).to.equal('field-nome');
    nav.goTo('nowhere', { focus: false });
    expect(nav.position).to.equal('privacy');
  });

  it('leaves history and title alone with no-history', async () => {
    const { nav } = await rig({ noHistory: () => true });
    const pushes = countPushes();
    nav.goTo('step:dati');
    expect(pushes.stop()).to.equal(0);
    expect(document.title).to.equal('Comune di Esempio');
    expect(history.state).to.equal(null);
  });

  it('puts the page title back when the host leaves', async () => {
    const { el, nav } = await rig();
    nav.goTo('step:dati');
    el.remove();
    expect(document.title).to.equal('Comune di Esempio');
  });
});
