import { expect, waitUntil } from '@open-wc/testing';
import { CITIZEN, SERVICE, loginAs, tenantState, worker } from '../support/mock.js';
import { $, $$, buttonNamed as button, text } from '../support/dom.js';
// Journey vocabulary (what a citizen sees and does), shared with the other wizard tests.
import {
  check, choose, field, focusedIn as focused, mountWizard as mount, next, press, settle, startFresh, stepHeading as heading, summaryLinks, type, upload,
} from '../support/wizard.js';

beforeEach(startFresh);

// ---- tests ---------------------------------------------------------------------------------------

describe('sdc-pratica-wizard: opening', () => {
  it('asks to log in with SPID or CIE before a service that needs authentication', async () => {
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    expect(text($(el, 'h2'))).to.equal('Accedi per presentare la richiesta');
    const link = $<HTMLAnchorElement>(el, 'a.btn')!;
    expect(link.getAttribute('href')).to.match(/\/lang\/login\?return-url=/);
    expect(decodeURIComponent(link.getAttribute('href')!.split('return-url=')[1]!)).to.equal(location.href);
    await expect(el).to.be.accessible();
  });

  it('starts with the privacy notice as step 1 for a logged-in citizen', async () => {
    loginAs('giulia');
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    expect(heading(el)).to.equal('Informativa sulla privacy');
    expect(text($(el, '.stepper__count'))).to.contain('Passo 1 di 6');
    await expect(el).to.be.accessible();
  });
});

describe('sdc-pratica-wizard: accesso agli atti, from consent to payment', () => {
  it('walks the whole journey: errors, conditional delega, upload, grid, riepilogo round trip, submit, payment', async () => {
    loginAs('giulia');
    const steps: string[] = [];
    // Every API GET of the journey, to count what it costs the tenant (issue 14).
    const gets: string[] = [];
    const record = ({ request }: { request: Request }) => {
      const u = new URL(request.url);
      if (request.method === 'GET' && u.pathname.includes('/api/')) gets.push(`${u.pathname}${u.search}`);
    };
    worker.events.on('request:start', record);
    const el = await mount({ 'service-id': SERVICE.accessoAtti });
    el.addEventListener('sdc-step-change', (e) => steps.push(e.detail.step));

    // 1. Privacy: Avanti without consent → GOV.UK error summary that takes focus
    await press(el, 'Avanti');
    expect(text($(el, '#error-summary h2'))).to.equal('C’è un problema');
    expect(summaryLinks(el)).to.deep.equal(['Dichiara di aver letto l’informativa sulla privacy per proseguire']);
    expect(focused(el)?.id).to.equal('error-summary');
    expect(document.title.startsWith('Errore: ')).to.equal(true);
    const consent = field(el, 'Ho letto e compreso l’informativa sulla privacy');
    expect(consent.getAttribute('aria-invalid')).to.equal('true');
    const err = el.shadowRoot!.getElementById(consent.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(text(err)).to.equal('Errore: Dichiara di aver letto l’informativa sulla privacy per proseguire');
    await expect(el).to.be.accessible();
    await check(el, 'Ho letto e compreso l’informativa sulla privacy');
    await next(el);

    // 2. Richiedente: prefilled from SPID, locked fields readonly (not disabled), focus on the heading
    expect(heading(el)).to.equal('Richiedente');
    expect(focused(el)?.id).to.equal('step-heading');
    expect(text($(el, '.stepper__count'))).to.contain('Passo 2 di 6');
    expect(document.title.startsWith('Errore: ')).to.equal(false);
    const cf = field(el, 'Codice fiscale');
    expect(cf.value).to.equal('BNCGLI85C52A944F');
    expect(cf.readOnly).to.equal(true);
    expect(cf.disabled).to.equal(false);
    expect(cf.getAttribute('aria-readonly')).to.equal('true');
    await next(el, true);
    expect(summaryLinks(el)).to.include('Indica se presenti la domanda per conto di un’altra persona');
    // the link focuses the first option of the question
    $$<HTMLAnchorElement>(el, '#error-summary a').find((a) => text(a).startsWith('Indica se'))!.click();
    await settle(el);
    expect(focused(el)?.getAttribute('type')).to.equal('radio');
    await expect(el).to.be.accessible();

    // conditional section appears and disappears
    await choose(el, 'Presenti la domanda per conto di un’altra persona?', 'Sì, per conto di un’altra persona');
    expect($$(el, 'legend').map((l) => text(l))).to.include('Persona che rappresenti');
    await choose(el, 'Presenti la domanda per conto di un’altra persona?', 'No, per me');
    expect($$(el, 'legend').map((l) => text(l))).not.to.include('Persona che rappresenti');
    await choose(el, 'Presenti la domanda per conto di un’altra persona?', 'Sì, per conto di un’altra persona');
    await type(el, 'Numero civico', '12');
    await type(el, 'Nome', 'Mario');
    await type(el, 'Cognome', 'Rossi');
    await type(el, 'Codice fiscale o partita IVA', 'RSSMRA80A01H501U');
    await choose(el, 'In qualità di', 'Delegato');
    await upload(el, 'Delega firmata e documento d’identità del delegante', 'delega-rossi.pdf');
    await waitUntil(() => text($(el, '.file-item--done')).includes('delega-rossi.pdf'), 'upload did not finish', { timeout: 8000 });
    await expect(el).to.be.accessible();
    await next(el);

    // 3. Documenti richiesti: the grid appears with the choice "Pratica edilizia"
    expect(heading(el)).to.equal('Documenti richiesti');
    await choose(el, 'Tipo di documenti', 'Pratica edilizia');
    expect($$(el, 'legend').map((l) => text(l))).to.include('Pratiche edilizie');
    if (!$$(el, '.grid-row').length) await press(el, 'Aggiungi una pratica');
    await type(el, 'Numero della pratica', 'PE-2019-114');
    await type(el, 'Anno', '2019');
    await type(el, 'Descrivi i documenti che vuoi consultare', 'Progetto e varianti del condominio di via Verdi 3');
    await type(el, 'Per quale motivo li chiedi?', 'Acquisto di un appartamento');
    await choose(el, 'Come vuoi accedere ai documenti?', 'Copia digitale');
    await expect(el).to.be.accessible();
    await next(el);
    expect(heading(el)).to.equal('Diritti di segreteria');
    await next(el);

    // 4. Riepilogo with Modifica round trip
    expect(heading(el)).to.equal('Riepilogo');
    expect(text($(el, '.riepilogo'))).to.contain('Mario').and.contain('delega-rossi.pdf').and.contain('Copia digitale');
    await expect(el).to.be.accessible();
    const edit = $$<HTMLAnchorElement>(el, '.summary-list__edit').find((a) => text(a) === 'Modifica Per quale motivo li chiedi?')!;
    edit.click();
    await settle(el);
    expect(heading(el)).to.equal('Documenti richiesti');
    await waitUntil(() => focused(el)?.id === field(el, 'Per quale motivo li chiedi?').id, 'Modifica did not focus the field');
    await type(el, 'Per quale motivo li chiedi?', 'Acquisto di un appartamento nel condominio');
    await press(el, 'Torna al riepilogo');
    expect(heading(el)).to.equal('Riepilogo');
    expect(text($(el, '.riepilogo'))).to.contain('Acquisto di un appartamento nel condominio');

    // 5. Invia → the pratica is created with the right data and waits for payment
    let submitted: unknown;
    el.addEventListener('sdc-submitted', (e) => (submitted = e.detail.pratica));
    await press(el, 'Conferma e invia', () => heading(el) === 'Pagamento');
    expect(submitted).to.exist;
    const apps = tenantState().applications.filter((a) => a.user === CITIZEN.giulia && a.service_id === SERVICE.accessoAtti);
    const app = apps[apps.length - 1]!;
    expect(app.status).to.equal(1500);
    const data = app.data as Record<string, any>;
    expect(data.is_delegated).to.equal('si');
    expect(data.delegante_nome).to.equal('Mario');
    expect(data.motivazione).to.equal('Acquisto di un appartamento nel condominio');
    expect(data.pratiche[0].numero).to.equal('PE-2019-114');
    // files are stored by reference to the uploaded attachment (opencity-api.md §3.4 step 4)
    const fileId = data.delega[0].$file ?? data.delega[0].data?.id ?? data.delega[0].id;
    const file = tenantState().files[fileId]!;
    expect(file.originalName).to.equal('delega-rossi.pdf');
    expect(file.upload_state).to.equal('finalized');
    await waitUntil(() => !!$(el, '.payment-card'), 'no payment shown', { timeout: 8000 });
    // Its rules came with the payment part (payment-step.styles.ts): a card, not bare text.
    expect(getComputedStyle($(el, '.payment-card')!).borderTopStyle).to.equal('solid');
    expect(text($(el, '.payment-card'))).to.contain('10,00');
    expect(button(el, 'Paga online con pagoPA')).to.exist;
    expect(button(el, 'Scarica l’avviso e paga dopo')).to.exist;
    await expect(el).to.be.accessible();
    expect(steps).to.deep.equal(['step:richiedente_panel', 'step:richiesta_panel', 'step:pagamento_info_panel', 'riepilogo', 'step:richiesta_panel', 'riepilogo', 'pagamento']);

    // Requests: the draft saves on each step do not read the pratica back; no GET is sent more than twice.
    worker.events.removeListener('request:start', record);
    const counts = new Map<string, number>();
    for (const g of gets) counts.set(g, (counts.get(g) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 2);
    expect(repeated, `GETs sent more than twice: ${JSON.stringify(repeated)}`).to.deep.equal([]);
    expect(gets.filter((g) => /\/api\/applications\/[^/]+$/.test(g.split('?')[0]!)).length).to.be.at.most(2);
  });
});

