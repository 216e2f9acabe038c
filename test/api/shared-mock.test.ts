/**
 * The API layer against the shared embedded tenant (mocks/): the same code path the demo and the
 * elements use. Uses the shared worker from test/support/mock.ts (not the local one).
 */
import { expect } from '@open-wc/testing';
import { BASE, CALENDAR, CITIZEN, SERVICE, loginAs, scenarios, worker } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import { SdcClient } from '../../src/api/http.js';
import { SdcError } from '../../src/core/errors.js';
import {
  download,
  createMeeting,
  confirmMeeting,
  cancelMeeting,
  createPratica,
  getAvailableDays,
  getCitizen,
  getFirstAvailableDate,
  getPaymentSummary,
  getPratica,
  getPraticaHistory,
  getPraticaPayments,
  getService,
  getServiceFacets,
  getServiceForm,
  getSlots,
  getTenant,
  listAllPratiche,
  listCalendars,
  listMeetings,
  listMessages,
  listPayments,
  listPratiche,
  listServiceGroups,
  listServices,
  listTopics,
  markMessageRead,
  paymentFromPratica,
  sendMessage,
  submitPratica,
  updateCitizen,
  updatePratica,
  uploadFile,
  withdrawPratica,
} from '../../src/api/index.js';

function client(): SdcClient {
  return new SdcClient(BASE, { retryDelayMs: 1 });
}

async function loggedIn(who: 'giulia' | 'marco' | 'elena'): Promise<SdcClient> {
  loginAs(who);
  const c = client();
  expect(await c.session.ensure()).to.equal('authenticated');
  return c;
}

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(SdcError);
    return (e as SdcError).kind;
  }
  throw new Error('expected a rejection');
}

describe('shared mock tenant: catalogue', () => {
  it('reads the tenant', async () => {
    const t = await getTenant(client());
    expect(t.name).to.equal('Comune di Esempio');
  });

  it('lists at least 12 services in at least 5 topics', async () => {
    const list = await listServices(client());
    expect(list.length).to.be.at.least(12);
    expect(new Set(list.flatMap((s) => s.topics.map((t) => t.slug))).size).to.be.at.least(5);
  });

  it('searches services by text', async () => {
    const list = await listServices(client(), { q: 'mensa' });
    expect(list.length).to.be.greaterThan(0);
    expect(list.every((s) => /mensa/i.test(`${s.name} ${s.shortDescription} ${s.texts.descrizione}`))).to.equal(true);
  });

  it('reads the mensa service with its actions from the service group and its offices', async () => {
    const s = await getService(client(), SERVICE.mensaIscrizione);
    expect(s.texts.aChiERivolto).not.to.equal('');
    expect(s.action).to.equal('attivazione');
    expect(s.actions.map((a) => a.action).sort()).to.deep.equal(['interruzione', 'modifica', 'rinnovo', 'sospensione', 'subentro', 'voltura']);
    expect(s.offices?.length).to.be.greaterThan(0);
    expect(s.offices?.map((o) => o.id)).to.deep.equal(s.officeIds);
    expect(s.offices?.[0]?.contact.email).to.contain('@');
  });

  it('reads a service by its public identifier and its Form.io form', async () => {
    const s = await getService(client(), 'iscrizione-mensa-scolastica', { actions: false, offices: false });
    expect(s.id).to.equal(SERVICE.mensaIscrizione);
    expect(s.formioId).to.be.a('string');
    const form = await getServiceForm(client(), s.id);
    expect(form.components.length).to.be.greaterThan(0);
  });

  it('reads the 3.x services envelope', async () => {
    worker.use(scenarios.servicesEnvelope);
    expect((await listServices(client())).length).to.be.at.least(12);
  });

  it('reads topics, facets and service groups', async () => {
    const c = client();
    expect((await listTopics(c)).length).to.be.at.least(5);
    expect((await getServiceFacets(c)).topics.length).to.be.greaterThan(0);
    expect((await listServiceGroups(c)).map((g) => g.slug)).to.include('mensa-scolastica');
  });

  it('turns every catalogue failure scenario into a typed error', async () => {
    const c = client();
    worker.use(scenarios.servicesError500);
    expect(await kindOf(listServices(c))).to.equal('server');
    worker.resetHandlers();
    worker.use(scenarios.servicesMalformed);
    expect(await kindOf(listServices(c))).to.equal('invalid-response');
    worker.resetHandlers();
    worker.use(scenarios.servicesHtml502);
    expect(await kindOf(listServices(new SdcClient(BASE, { retryDelayMs: 1, retries: 0 })))).to.equal('server');
    worker.resetHandlers();
    worker.use(scenarios.truncatedJson('/api/services'));
    expect(await kindOf(listServices(c))).to.equal('invalid-response');
    worker.resetHandlers();
    worker.use(scenarios.emptyBody('/api/services'));
    expect(await kindOf(listServices(c))).to.equal('invalid-response');
    worker.resetHandlers();
    worker.use(scenarios.html('/api/services'));
    expect(await kindOf(listServices(c))).to.equal('invalid-response');
    worker.resetHandlers();
    worker.use(scenarios.networkError('/api/services'));
    expect(await kindOf(listServices(c))).to.equal('network');
  });

  it('retries through a flaky 503', async () => {
    worker.use(scenarios.flaky('/api/services', 2, 'get'));
    expect((await listServices(client())).length).to.be.at.least(12);
  });

  it('times out on a hanging backend', async () => {
    worker.use(scenarios.hang('/api/tenants/info'));
    expect(await kindOf(getTenant(new SdcClient(BASE, { timeoutMs: 100, retries: 0 })))).to.equal('timeout');
  });
});

describe('shared mock tenant: session and profile', () => {
  it('is anonymous without a login', async () => {
    expect(await client().session.ensure()).to.equal('anonymous');
  });

  it('is authenticated after the mock SPID login, with the citizen loaded', async () => {
    const c = await loggedIn('giulia');
    expect(c.session.citizen?.id).to.equal(CITIZEN.giulia);
    expect(c.session.citizen?.fullName).to.equal('Giulia Bianchi');
    expect(c.session.citizen?.readOnlyFields).to.include('fiscalCode');
  });

  it('updates the profile, keeping SPID fields', async () => {
    const c = await loggedIn('giulia');
    const updated = await updateCitizen(c, CITIZEN.giulia, { email: 'g.bianchi@example.org', givenName: 'Altro' });
    expect(updated.email).to.equal('g.bianchi@example.org');
    expect(updated.givenName).to.equal('Giulia');
    expect((await getCitizen(c, CITIZEN.giulia)).email).to.equal('g.bianchi@example.org');
  });

  it('refreshes an expired token from the cookie once', async () => {
    const c = await loggedIn('giulia');
    worker.use(scenarios.unauthorized('/api/tenants/info', 'get'));
    // The override keeps answering 401, so after the one refresh the call fails and the session expires.
    expect(await kindOf(getTenant(c))).to.equal('unauthorized');
    expect(c.session.state).to.equal('expired');
  });

  it('makes an anonymous user for booking', async () => {
    const c = client();
    const token = await c.session.createAnonymous();
    expect(token.split('.')).to.have.length(3);
  });
});

describe('shared mock tenant: pratiche', () => {
  it('lists the citizen’s pratiche in pages', async () => {
    const c = await loggedIn('giulia');
    const all = await listAllPratiche(c);
    expect(all.length).to.be.at.least(5);
    const first = await listPratiche(c, { limit: 2 });
    expect(first.items).to.have.length(2);
    expect(first.total).to.equal(all.length);
    const second = await listPratiche(c, { limit: 2, offset: 2 });
    expect(second.items.map((p) => p.id)).not.to.include.members(first.items.map((p) => p.id));
  });

  it('filters by status group', async () => {
    const c = await loggedIn('giulia');
    const drafts = await listPratiche(c, { statusGroup: 'bozza' });
    expect(drafts.items.length).to.be.greaterThan(0);
    expect(drafts.items.every((p) => p.statusCode === 1000)).to.equal(true);
  });

  it('reads a pratica with v2 data, compiled modules, history and a downloadable receipt', async () => {
    const c = await loggedIn('giulia');
    const p = await getPratica(c, PRATICA.giuliaMensa);
    expect(p.statusGroup).to.equal('accettata');
    expect(p.protocolNumber).to.equal('0004512');
    expect(Object.keys(p.data)).to.include('applicant');
    expect(JSON.stringify(p.data)).not.to.contain('"data":{"completename"');
    const h = await getPraticaHistory(c, p.id);
    expect(h[0]?.statusCode).to.equal(1000);
    expect(h.at(-1)?.statusCode).to.equal(7000);
    if (p.compiledModules[0]) {
      const d = await download(c, p.compiledModules[0].url);
      expect(d.blob.size).to.be.greaterThan(0);
    }
  });

  it('reads the physical bollo of a certificate request', async () => {
    const c = await loggedIn('giulia');
    const p = await getPratica(c, PRATICA.giuliaCertificato);
    expect(paymentFromPratica(p)?.bollo?.identifier).to.equal('01234567890123');
  });

  it('creates a draft, updates it, submits it and withdraws it', async () => {
    const c = await loggedIn('giulia');
    const data = {
      applicant: {
        data: {
          completename: { data: { name: 'Giulia', surname: 'Bianchi' } },
          fiscal_code: { data: { fiscal_code: 'BNCGLI85C52A944F' } },
          email_address: 'giulia.bianchi@example.org',
        },
      },
    };
    const draft = await createPratica(c, { service: SERVICE.biblioteca, data });
    expect(draft.statusCode).to.equal(1000);
    const updated = await updatePratica(c, draft.id, { data });
    expect(updated.id).to.equal(draft.id);
    const sent = await submitPratica(c, draft.id);
    expect(sent.statusGroup).to.equal('inviata');
    if (sent.allowedActions.includes('withdraw')) {
      const w = await withdrawPratica(c, draft.id);
      expect(w.statusGroup).to.equal('ritirata');
    }
  });

  it('refuses another citizen’s pratica', async () => {
    const c = await loggedIn('marco');
    expect(await kindOf(getPratica(c, PRATICA.giuliaMensa))).to.be.oneOf(['forbidden', 'not-found']);
  });
});

describe('shared mock tenant: messages and payments', () => {
  it('lists messages without internal notes and marks one read', async () => {
    const c = await loggedIn('giulia');
    const list = await listMessages(c, PRATICA.giuliaDieta);
    expect(list.length).to.be.greaterThan(0);
    expect(list.every((m) => m.visibility === 'applicant')).to.equal(true);
    await markMessageRead(c, PRATICA.giuliaDieta, list[0]!.id);
  });

  it('reads the office’s link to the next action from the mock’s call_to_actions', async () => {
    const c = await loggedIn('giulia');
    const list = await listMessages(c, PRATICA.giuliaDieta);
    const ctas = list.flatMap((m) => m.callToActions ?? []);
    expect(ctas.map((x) => x.label)).to.include('Prenota un appuntamento');
    const booking = ctas.find((x) => x.label === 'Prenota un appuntamento')!;
    // Absolute, as the real server sends it: sdc-message-thread turns it into a button as is.
    expect(booking.url).to.match(/^https?:\/\/[^/]+\/lang\/it\/prenota-appuntamento$/);
  });

  it('gives an empty list for a pratica without messages', async () => {
    const c = await loggedIn('giulia');
    expect(await listMessages(c, PRATICA.giuliaSospensione)).to.deep.equal([]);
  });

  it('sends a message with an attachment', async () => {
    const c = await loggedIn('giulia');
    const m = await sendMessage(c, PRATICA.giuliaDieta, {
      body: 'Allego il certificato aggiornato.',
      attachments: [{ name: 'certificato.txt', mimeType: 'text/plain', file: new Blob(['certificato'], { type: 'text/plain' }) }],
    });
    expect(m.body).to.contain('certificato aggiornato');
    const list = await listMessages(c, PRATICA.giuliaDieta);
    expect(list.some((x) => x.id === m.id)).to.equal(true);
  });

  it('lists payments, per pratica, and the payment summary', async () => {
    const c = await loggedIn('giulia');
    const all = await listPayments(c);
    expect(all.length).to.be.greaterThan(0);
    const atti = await getPraticaPayments(c, PRATICA.giuliaAccessoAtti);
    expect(atti[0]?.status).to.equal('da-pagare');
    expect(atti[0]?.amount).to.equal(10);
    expect(atti[0]?.links.payOnline).to.be.a('string');
    const summary = await getPaymentSummary(c, PRATICA.giuliaAccessoAtti);
    expect(summary?.status).to.equal('da-pagare');
    expect(await getPaymentSummary(c, PRATICA.giuliaSospensione)).to.equal(null);
  });
});

describe('shared mock tenant: uploads and appointments', () => {
  it('uploads a file through the presigned flow', async () => {
    const c = await loggedIn('giulia');
    let last = 0;
    const f = await uploadFile(c, new File(['%PDF-1.4 test'], 'documento.pdf', { type: 'application/pdf' }), {
      onProgress: (loaded) => (last = loaded),
    });
    expect(f.data.id).to.be.a('string');
    expect(last).to.equal(13);
  });

  it('books, confirms and cancels an appointment', async () => {
    const c = await loggedIn('giulia');
    const cals = await listCalendars(c);
    expect(cals.map((x) => x.id)).to.include(CALENDAR.anagrafe);
    const first = await getFirstAvailableDate(c, CALENDAR.anagrafe);
    expect(first).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const days = await getAvailableDays(c, CALENDAR.anagrafe, { from: first!, to: first! });
    expect(days[0]?.available).to.equal(true);
    const slots = (await getSlots(c, CALENDAR.anagrafe, first!)).filter((s) => s.available);
    expect(slots.length).to.be.greaterThan(0);
    const slot = slots[0]!;
    const draft = await createMeeting(c, {
      calendarId: CALENDAR.anagrafe, date: slot.date, startTime: slot.startTime, endTime: slot.endTime, openingHourId: slot.openingHourId,
      name: 'Giulia Bianchi', email: 'giulia.bianchi@example.org', fiscalCode: 'BNCGLI85C52A944F', userMessage: 'Rinnovo carta d’identità',
    });
    expect(draft.status).to.equal('bozza');
    const confirmed = await confirmMeeting(c, draft.id);
    expect(['confermato', 'in-attesa']).to.include(confirmed.status);
    expect((await listMeetings(c)).some((m) => m.id === draft.id)).to.equal(true);
    await cancelMeeting(c, draft.id);
  });
});
