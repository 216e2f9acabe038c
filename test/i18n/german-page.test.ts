/**
 * A German page end to end (issue 17 item 3): an ente in Südtirol sets `<html lang="de">` (or `lang`
 * on a container) and the citizen reads the list, the card, the wizard through to "Antrag gesendet" and
 * the area personale in German, in every state, against the mock tenant.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sdc-service-list/define.js';
import '../../src/elements/sdc-service-card/define.js';
import '../../src/elements/sdc-area-personale/define.js';
import { BASE, CITIZEN, SERVICE, loginAs, tenantState } from '../support/mock.js';
import { $, $$, deepText, text } from '../support/dom.js';
import { check, mountWizard, press, stepHeading, summaryLinks, type } from '../support/wizard.js';

const START = location.pathname + location.search;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', START);
});
afterEach(() => {
  document.documentElement.lang = 'it';
  history.replaceState(null, '', START);
});

/** No Italian sentence of the kit's own on screen (form labels come from the tenant and stay Italian). */
function noKitItalian(s: string): void {
  for (const w of ['Caricamento', 'Riprova', 'Avanti', 'Indietro', 'Accedi', 'Cerca', 'servizi trovati', 'Pratiche', 'Pagamenti']) {
    expect(s, `"${w}" is Italian`).not.to.contain(w);
  }
}

describe('a German page', () => {
  it('lists the services in German', async () => {
    document.documentElement.lang = 'de';
    const el = await fixture<HTMLElement>(html`<sdc-service-list base-url=${BASE} service-url="/servizio.html?id={identifier}"></sdc-service-list>`);
    await waitUntil(() => el.querySelector('[data-element="service-link"]') && /Dienste gefunden/.test(el.textContent ?? ''), 'no German list', { timeout: 8000 });
    const s = el.textContent!;
    expect(s).to.match(/\d+ Dienste gefunden, in alphabetischer Reihenfolge/);
    expect(s).to.contain('Dienst suchen').and.contain('Nach Kategorie durchsuchen');
    noKitItalian(s);
    await expect(el).to.be.accessible();
  });

  it('shows a service card in German', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="de"><sdc-service-card base-url=${BASE} service-id=${SERVICE.accessoAtti}
      wizard-url="/richiesta.html?service={service}" booking-url="/prenota.html"></sdc-service-card></div>`);
    const card = wrap.querySelector('sdc-service-card')!;
    await waitUntil(() => card.querySelector('[data-element="service-title"]') && /Zugang zum Dienst/.test(card.textContent ?? ''), 'no German card', { timeout: 8000 });
    const s = card.textContent!;
    // The service's own texts are the tenant's (Italian here); the card's frame is German.
    expect(s).to.contain('Auf dieser Seite').and.contain('Kosten').and.contain('Online beantragen').and.contain('Brauchen Sie Hilfe?');
    await expect(wrap).to.be.accessible();
  });

  it('takes a request through the wizard to “Antrag gesendet”, errors included', async () => {
    loginAs('giulia');
    const before = tenantState().applications.length;
    const el = await mountWizard({ 'service-id': SERVICE.biblioteca, lang: 'de' });
    await waitUntil(() => stepHeading(el) === 'Datenschutzerklärung', `not German: ${stepHeading(el)}`, { timeout: 8000 });
    expect(text($(el, '.stepper__count'))).to.match(/Schritt 1 von \d/);
    await expect(el).to.be.accessible();

    // Weiter without consent: the error summary speaks German too.
    await press(el, 'Weiter');
    await waitUntil(() => summaryLinks(el).length > 0);
    expect(text($(el, '#error-summary h2'))).to.equal('Es ist ein Problem aufgetreten');
    expect(summaryLinks(el)).to.deep.equal(['Bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben, um fortzufahren']);
    expect(document.title.startsWith('Fehler: ')).to.equal(true);
    await expect(el).to.be.accessible();

    await check(el, 'Ich habe die Datenschutzerklärung gelesen und verstanden');
    await press(el, 'Weiter', () => stepHeading(el) !== 'Datenschutzerklärung');
    // The form's own labels come from the tenant (Italian here); the kit's validation is German.
    await press(el, 'Weiter', () => summaryLinks(el).length > 0);
    expect(summaryLinks(el).some((l) => /^Geben Sie „.+“ ein$/.test(l) || /^Um fortzufahren, wählen Sie „.+“$/.test(l)), summaryLinks(el).join(' | ')).to.equal(true);
    await type(el, 'Numero civico', '12');
    await check(el, 'Accetto il regolamento della biblioteca');
    await press(el, 'Weiter', () => stepHeading(el) === 'Zusammenfassung');
    expect(deepText(el)).to.contain('Ihre Angaben gelten als Erklärung');
    expect($$(el, 'button').map(text)).to.include('Bestätigen und senden');
    await expect(el).to.be.accessible();

    await press(el, 'Bestätigen und senden', () => stepHeading(el) === 'Antrag gesendet');
    expect(deepText(el)).to.contain('Danke, wir haben Ihren Antrag').and.contain('Antragsnummer');
    const apps = tenantState().applications;
    expect(apps.length).to.equal(before + 1);
    expect(apps[apps.length - 1]!.user).to.equal(CITIZEN.giulia);
    noKitItalian(deepText(el));
    await expect(el).to.be.accessible();
  });

  it('opens the area personale in German: login, then applications and payments', async () => {
    document.documentElement.lang = 'de';
    let el = await fixture<HTMLElement>(html`<sdc-area-personale base-url=${BASE}></sdc-area-personale>`);
    await waitUntil(() => /Mit SPID oder CIE anmelden/.test(deepText(el)), 'no German login', { timeout: 8000 });
    expect(deepText(el)).to.contain('Um Ihre Anträge, Zahlungen, Termine und Ihr Profil zu sehen');
    await expect(el).to.be.accessible();
    el.remove();

    loginAs('giulia');
    el = await fixture<HTMLElement>(html`<sdc-area-personale base-url=${BASE}></sdc-area-personale>`);
    const list = () => el.shadowRoot?.querySelector('sdc-pratiche-list');
    await waitUntil(() => list()?.shadowRoot?.querySelector('.card'), 'no list of pratiche', { timeout: 10000 });
    expect($$(el, 'nav a').map(text)).to.deep.equal(['Anträge', 'Nachrichten', 'Zahlungen', 'Termine', 'Profil']);
    expect(text($(el, '.greeting'))).to.equal('Guten Tag, Giulia Bianchi');
    const s = deepText(el);
    expect(s).to.match(/\d+ Anträge? gefunden/).and.contain('Status: Eingegangen').and.contain('Nach Datum sortieren');
    noKitItalian(s);
    await expect(el).to.be.accessible();

    location.hash = '#/pagamenti';
    await waitUntil(() => el.shadowRoot?.querySelector('sdc-payments-list')?.shadowRoot?.querySelector('.group'), 'no payments', { timeout: 10000 });
    expect(text($(el, '.section-title'))).to.equal('Zahlungen');
    expect(deepText(el)).to.match(/Zu bezahlen|Bezahlt/);
    noKitItalian(deepText(el));
    await expect(el).to.be.accessible();
  });

  it('switches a rendered page from Italian to German when <html lang> changes', async () => {
    const el = await fixture<HTMLElement>(html`<sdc-service-list base-url=${BASE} service-url="/servizio.html?id={identifier}"></sdc-service-list>`);
    await waitUntil(() => /servizi trovati/.test(el.textContent ?? ''), 'no Italian list', { timeout: 8000 });
    document.documentElement.lang = 'de';
    await waitUntil(() => /Dienste gefunden/.test(el.textContent ?? ''), 'the list did not switch to German', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });
});
