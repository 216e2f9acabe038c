/**
 * Every Form.io form of the mock tenant, driven end to end the way a hurried citizen does it: press
 * "Avanti", read the error summary, follow each link and answer that question, until the Riepilogo;
 * then send and check the pratica the tenant received. axe runs on every step.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { BASE, CITIZEN, SERVICE, loginAs, tenantState } from '../support/mock.js';
import '../../src/elements/sdc-pratica-wizard/define.js';
import type { SdcPraticaWizard } from '../../src/elements/sdc-pratica-wizard/sdc-pratica-wizard.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: SdcPraticaWizard) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: SdcPraticaWizard, sel: string) => root(el).querySelector<T>(sel);
const heading = (el: SdcPraticaWizard) => text($(el, '#step-heading'));

async function settle(el: SdcPraticaWizard) {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

function fire(input: HTMLElement) {
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A plausible answer for a text input, from its data path (what a citizen would know to type). */
function answerFor(name: string, input: HTMLInputElement): string {
  const n = name.toLowerCase();
  if (/codice_fiscale|fiscal_code/.test(n)) return 'RSSMRA80A01H501U';
  if (/iban/.test(n)) return 'IT60X0542811101000000123456';
  if (/email/.test(n)) return 'prova@esempio.it';
  if (/telefono|phone|cell/.test(n)) return '3331234567';
  if (/postal_code|\bcap\b/.test(n)) return '00100';
  if (/bollo_identifier/.test(n)) return '01234567890123';
  if (/ora_emissione/.test(n)) return '10:30:00';
  if (/county|provincia/.test(n)) return 'RM';
  if (/protocollo_dsu/.test(n)) return 'INPS-ISEE-2026-00000000A-00';
  if (/anno/.test(n)) return '2020';
  if (/house_number|civico/.test(n)) return '12';
  if (/nascita|nato|data_/.test(n)) return '15/03/2015';
  if (input.inputMode === 'decimal' || input.inputMode === 'numeric') return '10';
  return 'Risposta di prova';
}

/** Answers the question whose input has this id. */
async function answer(el: SdcPraticaWizard, id: string) {
  const input = root(el).getElementById(id) as HTMLInputElement | null;
  if (!input) return; // an earlier answer hid this question (conditional section)
  if (input.tagName === 'BUTTON') {
    input.click(); // "Aggiungi" of an empty grid
  } else if (input.type === 'checkbox' || input.type === 'radio') {
    if (!input.checked) input.click();
  } else if (input.tagName === 'SELECT') {
    (input as unknown as HTMLSelectElement).selectedIndex = 1;
    fire(input);
  } else if (input.type === 'file') {
    const accept = input.accept.split(',').map((s) => s.trim()).find((s) => s.startsWith('.')) ?? '.pdf';
    const dt = new DataTransfer();
    dt.items.add(new File(['contenuto di prova'], `documento${accept}`, { type: accept === '.pdf' ? 'application/pdf' : 'image/jpeg' }));
    input.files = dt.files;
    fire(input);
    await settle(el);
    await waitUntil(() => !$(el, '.file-item--uploading'), 'upload did not finish', { timeout: 8000 });
  } else if (input.type === 'date') {
    input.value = '2026-01-15';
    fire(input);
  } else if (input.classList.contains('date-input__box')) {
    const boxes = [...input.closest('.date-input')!.querySelectorAll('input')] as HTMLInputElement[];
    ['15', '3', '1990'].forEach((v, i) => { boxes[i]!.value = v; fire(boxes[i]!); });
  } else if (input.tagName === 'TEXTAREA') {
    input.value = 'Testo di prova della richiesta, con abbastanza parole.';
    fire(input);
  } else {
    input.value = answerFor(input.name || id, input);
    fire(input);
  }
  await settle(el);
}

/** Presses the primary button and waits for a new step or an error summary. */
async function primary(el: SdcPraticaWizard): Promise<boolean> {
  const before = heading(el);
  const btn = root(el).querySelector<HTMLButtonElement>('.actions button[type=submit]')!;
  btn.click();
  await settle(el);
  await waitUntil(() => heading(el) !== before || !!$(el, '#error-summary') || !!$(el, '#warning-summary'), `nothing happened on "${before}"`, { timeout: 8000 });
  return heading(el) !== before;
}

/** Fills a step by following the error summary until Avanti goes through. */
async function completeStep(el: SdcPraticaWizard) {
  for (let round = 0; round < 6; round++) {
    if (await primary(el)) return;
    if ($(el, '#warning-summary') && !$(el, '#error-summary')) {
      // a warning (e.g. codice fiscale not matching the name): the citizen confirms it is right
      $(el, '#warning-summary button')!.click();
      await settle(el);
      await waitUntil(() => !$(el, '#warning-summary'), 'warning not confirmed', { timeout: 8000 });
      return;
    }
    const ids = [...root(el).querySelectorAll<HTMLAnchorElement>('#error-summary a')].map((a) => a.getAttribute('href')!.slice(1));
    if (!ids.length) throw new Error(`blocked on "${heading(el)}" without links: ${text($(el, '#error-summary'))}`);
    for (const id of ids) await answer(el, id);
  }
  throw new Error(`could not complete "${heading(el)}": ${text($(el, '#error-summary'))}`);
}

const FORMS: Array<[string, string, { anonymous?: boolean }?]> = [
  ['mensa scolastica (iscrizione)', SERVICE.mensaIscrizione],
  ['mensa: rinnovo', SERVICE.mensaRinnovo],
  ['mensa: rinuncia', SERVICE.mensaInterruzione],
  ['mensa: sospensione', SERVICE.mensaSospensione],
  ['mensa: modifica', SERVICE.mensaModifica],
  ['mensa: voltura', SERVICE.mensaVoltura],
  ['mensa: subentro', SERVICE.mensaSubentro],
  ['certificati anagrafici (marca da bollo nel modulo)', SERVICE.certificati],
  ['accesso agli atti (pagamento immediato)', SERVICE.accessoAtti],
  ['occupazione di suolo pubblico', SERVICE.suoloPubblico],
  ['contrassegno disabili', SERVICE.contrassegno],
  ['segnalazione di disservizio (senza accesso)', SERVICE.disservizio, { anonymous: true }],
  ['contributo libri di testo', SERVICE.libri],
  ['iscrizione alla biblioteca', SERVICE.biblioteca],
];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '');
});

describe('sdc-pratica-wizard: every mock form end to end', () => {
  for (const [name, serviceId, opts] of FORMS) {
    it(`sends the ${name} form and the tenant receives the pratica`, async () => {
      if (!opts?.anonymous) loginAs('giulia');
      const before = tenantState().applications.length;
      const node = document.createElement('sdc-pratica-wizard');
      node.setAttribute('base-url', BASE);
      node.setAttribute('service-id', serviceId);
      const el = await fixture<SdcPraticaWizard>(node);
      await waitUntil(() => !!$(el, '#step-heading'), 'the wizard did not load', { timeout: 8000 });
      const seen: string[] = [];
      for (let i = 0; i < 10 && heading(el) !== 'Riepilogo'; i++) {
        seen.push(heading(el));
        await expect(el).to.be.accessible();
        await completeStep(el);
      }
      expect(heading(el)).to.equal('Riepilogo');
      await expect(el).to.be.accessible();
      await completeStep(el);
      await waitUntil(() => ['Richiesta inviata', 'Pagamento'].includes(heading(el)), `not sent: ${heading(el)}`, { timeout: 8000 });
      await expect(el).to.be.accessible();
      const apps = tenantState().applications;
      // exactly one pratica, whatever the drafts saved on the way (created once, then updated)
      expect(apps.length).to.equal(before + 1);
      const app = apps[apps.length - 1]!;
      expect(app.service_id).to.equal(serviceId);
      expect(app.status).to.be.at.least(1500);
      if (!opts?.anonymous) expect(app.user).to.equal(CITIZEN.giulia);
      // the Anagrafica keeps its nested-form shape (opencity-api.md §6.2)
      const json = JSON.stringify(app.data);
      expect(json).to.contain(opts?.anonymous ? 'Risposta di prova' : 'BNCGLI85C52A944F');
      expect(seen[0]).to.equal('Informativa sulla privacy');
    });
  }
});
