/**
 * Issue 19, "Phone and tablet": the area personale and its lists at 390px, the wizard's stepper at
 * tablet width. The elements follow their own width (container queries), so a 390px-wide wrapper is
 * the phone; a wider one is the tablet or desktop.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { BASE, CITIZEN, SERVICE, STATUS, addPratica, loginAs, mutate } from '../support/mock.js';
import { $, $$, text } from '../support/dom.js';
import { renderStepper, stepperStyles, type StepperStep } from '../../src/ui/stepper.js';
import '../../src/elements/sdc-pratiche-list/define.js';
import '../../src/elements/sdc-payments-list/define.js';
import '../../src/elements/sdc-area-personale/define.js';

const DAY = 86_400_000;
const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

async function mountList(width: number, hash = ''): Promise<HTMLElement> {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  const wrap = await fixture<HTMLElement>(html`<div style="width:${width}px"><sdc-pratiche-list base-url=${BASE} url-sync="hash"></sdc-pratiche-list></div>`);
  const el = wrap.firstElementChild as HTMLElement;
  await waitUntil(() => !$(el, '.sdc-state--loading') && ($(el, '.cards') || $(el, '.sdc-state')), 'list did not load', { timeout: 5000 });
  return el;
}

async function mountPayments(width: number): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div style="width:${width}px"><sdc-payments-list base-url=${BASE} url-sync="hash"></sdc-payments-list></div>`);
  const el = wrap.firstElementChild as HTMLElement;
  await waitUntil(() => !$(el, '.sdc-state--loading') && ($(el, '.group') || $(el, '.sdc-state')), 'payments did not load', { timeout: 5000 });
  return el;
}

/** The element that has focus, looked for through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

describe('phone layouts', function () {
  this.timeout(20000);
  beforeEach(() => {
    mutate((s) => { s.applications = s.applications.filter((a) => a.user !== CITIZEN.giulia); });
    const now = Date.now();
    for (const [i, service] of [SERVICE.accessoAtti, SERVICE.certificati, SERVICE.accessoAtti].entries()) {
      addPratica({ user: 'giulia', service_id: service, status: i ? STATUS.SUBMITTED : STATUS.DRAFT, created_at: now - (i + 1) * DAY, submitted_at: i ? now - (i + 1) * DAY : null });
    }
    loginAs('giulia');
  });
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('offers in the Servizio filter only the services the citizen has pratiche for', async () => {
    const el = await mountList(900);
    const select = $(el, '#f-service') as HTMLSelectElement;
    await waitUntil(() => select.options.length > 1, 'no service offered');
    const names = [...select.options].slice(1).map((o) => o.textContent!.trim());
    const wire = async (id: string) => (await (await fetch(`${BASE}/api/services/${id}?version=2`)).json()) as { name: string };
    expect(names).to.have.members([(await wire(SERVICE.accessoAtti)).name, (await wire(SERVICE.certificati)).name]);
    await expect(el).to.be.accessible();
  });

  it('reads the older pratiche’s services once, when the citizen first uses the filters', async () => {
    const now = Date.now();
    // Twelve newer pratiche of one service push the certificati one off the first page (10 a page).
    for (let i = 0; i < 12; i++) addPratica({ user: 'giulia', service_id: SERVICE.accessoAtti, status: STATUS.SUBMITTED, created_at: now - i * 3600_000, submitted_at: now - i * 3600_000 });
    const seen: URL[] = [];
    const { worker } = await import('../support/mock.js');
    const on = ({ request }: { request: Request }) => { const u = new URL(request.url); if (u.pathname.endsWith('/api/applications')) seen.push(u); };
    worker.events.on('request:start', on);
    try {
      const el = await mountList(900);
      const select = $(el, '#f-service') as HTMLSelectElement;
      expect(select.options.length, 'only the first page’s service').to.equal(2);
      const before = seen.length;
      select.focus();
      await waitUntil(() => select.options.length === 3, 'the older service was not offered');
      expect(seen.length - before).to.equal(1);
      expect(seen.at(-1)!.searchParams.get('limit')).to.equal('100');
      select.blur();
      select.focus();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(seen.length - before, 'read once').to.equal(1);
    } finally {
      worker.events.removeListener('request:start', on);
    }
  });

  it('collapses the pratiche filters behind "Filtri (n)" on a phone, with aria-expanded', async () => {
    const el = await mountList(390, '#/pratiche?stato=bozza');
    const toggle = $(el, '.filters-toggle')!;
    expect(visible(toggle)).to.equal(true);
    expect(text(toggle)).to.equal('Filtri (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible($(el, 'form.filters'))).to.equal(false);
    // The first pratica is on screen right under the button, not under three selects.
    expect($(el, '.card')!.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(250);
    await expect(el).to.be.accessible();
    toggle.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visible($(el, 'form.filters'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the filters without a toggle where the list is wide', async () => {
    const el = await mountList(900);
    expect(visible($(el, '.filters-toggle'))).to.equal(false);
    expect(visible($(el, 'form.filters'))).to.equal(true);
  });

  it('keeps focus in the filter area after "Rimuovi i filtri"', async () => {
    const el = await mountList(900, '#/pratiche?stato=inviata');
    const reset = $$(el, 'button').find((b) => text(b) === 'Rimuovi i filtri')!;
    reset.focus();
    reset.click();
    await waitUntil(() => !$$(el, 'button').some((b) => text(b) === 'Rimuovi i filtri'), 'filters not cleared');
    await waitUntil(() => deepActive() !== document.body && deepActive() !== null, 'focus dropped to <body>');
    expect(deepActive()!.closest('.filter-area'), `focus on ${deepActive()?.outerHTML.slice(0, 80)}`).to.exist;
  });

  it('collapses the payments date filter on a phone, so "Paga online" is above the fold', async () => {
    const el = await mountPayments(390);
    const toggle = $(el, '.filters-toggle')!;
    expect(visible(toggle)).to.equal(true);
    expect(text(toggle)).to.equal('Filtri');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(visible($(el, 'form.filters'))).to.equal(false);
    const pay = $$(el, 'button').find((b) => text(b) === 'Paga online');
    if (pay) expect(pay.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(600);
    await expect(el).to.be.accessible();
  });

  it('keeps focus in the payments filter area after "Rimuovi i filtri"', async () => {
    const el = await mountPayments(900);
    ($(el, '#f-from') as HTMLInputElement).value = '2020-01-01';
    ($(el, 'form.filters button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $$(el, 'button').some((b) => text(b) === 'Rimuovi i filtri'), 'filter not applied');
    const reset = $$(el, 'button').find((b) => text(b) === 'Rimuovi i filtri')!;
    reset.focus();
    reset.click();
    await waitUntil(() => !$$(el, 'button').some((b) => text(b) === 'Rimuovi i filtri'), 'filters not cleared');
    await waitUntil(() => deepActive() !== document.body && deepActive() !== null, 'focus dropped to <body>');
    expect(deepActive()!.closest('.filter-area')).to.exist;
  });

  it('shows every area personale tab at 390px, "Profilo" included', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#/pratiche`);
    const wrap = await fixture<HTMLElement>(html`<div style="width:390px"><sdc-area-personale base-url=${BASE}></sdc-area-personale></div>`);
    const el = wrap.firstElementChild as HTMLElement;
    await waitUntil(() => $$(el, 'nav a').length === 5, 'tabs not drawn', { timeout: 5000 });
    const nav = $(el, 'nav')!.getBoundingClientRect();
    expect(nav.right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
    for (const a of $$(el, 'nav a')) {
      const r = a.getBoundingClientRect();
      expect(r.left, text(a)).to.be.at.least(nav.left - 1);
      expect(r.right, text(a)).to.be.at.most(nav.right + 1);
      expect(r.height, text(a)).to.be.at.least(44);
    }
    expect($$(el, 'nav a').map(text)).to.include('Profilo');
    await expect(el).to.be.accessible();
  });
});

describe('stepper width', () => {
  const steps: StepperStep[] = ['Informativa sulla privacy', 'Dati del richiedente', 'Documenti', 'Pagamento', 'Riepilogo', 'Invio']
    .map((title, i) => ({ key: String(i), title, state: i === 0 ? 'current' : 'todo' }));

  async function mountStepper(width: number): Promise<ShadowRoot> {
    const host = await fixture<HTMLElement>(html`<div style="width:${width}px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [stepperStyles.styleSheet!];
    render(renderStepper({ locale: 'it', steps }), root);
    return root;
  }

  it('uses the compact "Passo 1 di 6" form at 780px, where the six titles would break inside words', async () => {
    const root = await mountStepper(756);
    expect(visible(root.querySelector('.stepper__list'))).to.equal(false);
    expect(text(root.querySelector('.stepper__count'))).to.equal('Passo 1 di 6 – Informativa sulla privacy');
    expect(visible(root.querySelector('.stepper__bar'))).to.equal(true);
  });

  it('lists the steps where every word of every title fits', async () => {
    const root = await mountStepper(1200);
    expect(visible(root.querySelector('.stepper__list'))).to.equal(true);
    for (const title of root.querySelectorAll('.stepper__title')) {
      const node = [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const words = [...(node.textContent ?? '').matchAll(/\S+/g)];
      for (const w of words) {
        const range = document.createRange();
        range.setStart(node, w.index!);
        range.setEnd(node, w.index! + w[0].length);
        expect(range.getClientRects().length, `«${w[0]}» breaks`).to.equal(1);
      }
    }
  });
});
