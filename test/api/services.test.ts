import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import {
  getService,
  getServiceActions,
  getServiceFacets,
  getServiceForm,
  getServiceGroup,
  listServiceGroups,
  listServices,
  listTopics,
} from '../../src/api/services.js';
import { API, makeClient, rejection, worker } from './local-worker.js';
import { serviceWire } from './wire-fixtures.js';

const group = [
  serviceWire(),
  serviceWire({ id: 's-rinnovo', identifier: 'mensa-scolastica-rinnovo', name: 'Rinnovo iscrizione mensa', slug: 'rinnovo-mensa' }),
  serviceWire({ id: 's-disdetta', identifier: 'mensa-scolastica-disdetta', name: 'Disdetta mensa', slug: 'disdetta-mensa' }),
  serviceWire({ id: 's-sosp', identifier: 'mensa-scolastica-sospensione', name: 'Sospensione temporanea mensa', slug: 'sospensione-mensa', status: 2 }),
  serviceWire({ id: 's-priv', identifier: 'mensa-scolastica-modifica', name: 'Modifica dati mensa', slug: 'modifica-mensa', status: 3 }),
];

describe('services', () => {
  it('lists services from a plain array, passing q and topic filters', async () => {
    let url: URL | undefined;
    worker.use(
      http.get(`${API}/services`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json([serviceWire()]);
      }),
    );
    const list = await listServices(makeClient(), { q: ' mensa ', topicId: 'cat-edu' });
    expect(list).to.have.length(1);
    expect(url?.searchParams.get('q')).to.equal('mensa');
    expect(url?.searchParams.get('topics_id')).to.equal('cat-edu');
    expect(url?.searchParams.get('version')).to.equal('2');
  });

  it('lists services from a 3.x {meta,links,data} envelope', async () => {
    worker.use(http.get(`${API}/services`, () => HttpResponse.json({ meta: { count: 1 }, links: { self: 'x', next: null, prev: null }, data: [serviceWire()] })));
    const list = await listServices(makeClient());
    expect(list.map((s) => s.name)).to.deep.equal(['Iscrizione alla mensa scolastica']);
  });

  it('adapts the scheda servizio: Modello Comuni texts, status, access, payment, form, topics', async () => {
    worker.use(http.get(`${API}/services/s-mensa`, () => HttpResponse.json(serviceWire({ service_group_id: null, service_group: null }))));
    const s = await getService(makeClient(), 's-mensa');
    expect(s.texts.aChiERivolto).to.equal('<p>Genitori di alunni delle scuole comunali.</p>');
    expect(s.texts.comeFare).to.equal('<p>Compila la domanda online.</p>');
    expect(s.texts.cosaServe).to.contain('Codice fiscale');
    expect(s.texts.cosaSiOttiene).to.contain('iscrizione');
    expect(s.texts.tempiEScadenze).to.contain('31 agosto');
    expect(s.texts.costi).to.contain('5,00');
    expect(s.texts.condizioni).to.contain('Condizioni');
    expect(s.texts.contatti).to.contain('Ufficio scuola');
    expect(s.status).to.equal('attivo');
    expect(s.accessLevel).to.equal('spid-l2');
    expect(s.needsAuth).to.equal(true);
    expect(s.paymentMode).to.equal('immediate');
    expect(s.paymentAmount).to.equal(5);
    expect(s.formioId).to.equal('5d8c636c1953a2002b976f52');
    expect(s.topics).to.deep.equal([{ id: 'cat-edu', slug: 'educazione-e-formazione' }]);
    expect(s.costsAttachments[0]?.originalName).to.equal('Tariffe 2026.pdf');
    expect(s.createdAt?.toISOString()).to.equal('2023-01-20T09:47:33.000Z');
    expect(s.bookingUrl).to.equal('https://www.comune.example.it/prenota');
    expect(s.allowWithdraw).to.equal(true);
  });

  it('accepts a service by public identifier and the legacy howto/constraints fields', async () => {
    worker.use(
      http.get(`${API}/services/bookings`, () =>
        HttpResponse.json(serviceWire({ identifier: 'bookings', how_to_do: null, howto: '<p>vecchio</p>', conditions: null, constraints: '<p>vincoli</p>', service_group_id: null })),
      ),
    );
    const s = await getService(makeClient(), 'bookings');
    expect(s.texts.comeFare).to.equal('<p>vecchio</p>');
    expect(s.texts.condizioni).to.equal('<p>vincoli</p>');
  });

  it('reads a suspended service with its reason, and an anonymous free service', async () => {
    worker.use(
      http.get(`${API}/services/x`, () =>
        HttpResponse.json(serviceWire({ status: '2', status_reason: 'Sospeso per manutenzione', access_level: 0, payment_required: 0, payment_parameters: [], service_group_id: null })),
      ),
    );
    const s = await getService(makeClient(), 'x');
    expect(s.status).to.equal('sospeso');
    expect(s.statusReason).to.equal('Sospeso per manutenzione');
    expect(s.needsAuth).to.equal(false);
    expect(s.paymentMode).to.equal('none');
    expect(s.paymentAmount).to.equal(undefined);
  });

  it('reads the marca da bollo configuration (digital stamps and the physical bollo gateway)', async () => {
    worker.use(
      http.get(`${API}/services/digitale`, () =>
        HttpResponse.json(serviceWire({ service_group_id: null, payment_parameters: { stamps: [{ amount: '16.00', reason: 'Imposta di bollo' }] } })),
      ),
      http.get(`${API}/services/fisica`, () =>
        HttpResponse.json(serviceWire({ service_group_id: null, payment_required: 2, payment_parameters: { gateways: [{ identifier: 'bollo' }] } })),
      ),
    );
    const c = makeClient();
    expect((await getService(c, 'digitale')).bollo).to.deep.equal({ amount: 16, when: 'richiesta', mode: 'digitale', reason: 'Imposta di bollo' });
    const f = await getService(c, 'fisica');
    expect(f.bollo).to.deep.equal({ amount: 16, when: 'richiesta', mode: 'fisica' });
    expect(f.paymentMode).to.equal('deferred');
  });

  it('maps the other members of the service group to actions', async () => {
    let groupQuery: string | null = null;
    worker.use(
      http.get(`${API}/services/s-mensa`, () => HttpResponse.json(serviceWire())),
      http.get(`${API}/services`, ({ request }) => {
        groupQuery = new URL(request.url).searchParams.get('service_group_id');
        return HttpResponse.json(group);
      }),
    );
    const s = await getService(makeClient(), 's-mensa');
    expect(groupQuery).to.equal('g-mensa');
    expect(s.action).to.equal('attivazione');
    expect(s.actions.map((a) => [a.action, a.serviceId, a.status])).to.deep.equal([
      ['rinnovo', 's-rinnovo', 'attivo'],
      ['interruzione', 's-disdetta', 'attivo'],
      ['sospensione', 's-sosp', 'sospeso'],
    ]);
  });

  it('still gives the service when its group cannot be loaded', async () => {
    worker.use(
      http.get(`${API}/services/s-mensa`, () => HttpResponse.json(serviceWire())),
      http.get(`${API}/services`, () => HttpResponse.json({ type: 'error', title: 'x', description: 'y' }, { status: 500 })),
    );
    const s = await getService(makeClient(), 's-mensa');
    expect(s.name).to.equal('Iscrizione alla mensa scolastica');
    expect(s.actions).to.deep.equal([]);
  });

  it('loads the offices of the service (Contatti) in the service’s order', async () => {
    const office = (id: string, name: string) => ({
      id, name, description: '<p>Ufficio</p>', main_function: null, more_info: null,
      core_contact_point: { name, email: `${id}@comune.esempio.it`, pec: null, phone_number: '+39 051 000000', url: null },
      core_location: { name: 'Municipio', address: 'Piazza del Municipio', building_number: '1', postal_code: '40099', municipality: 'Esempio', county: 'BO' },
      opening_hours_text: 'Lun-Ven 9-12', calendar_ids: ['cal1'],
    });
    worker.use(
      http.get(`${API}/services/s-mensa`, () => HttpResponse.json(serviceWire({ service_group_id: null, user_group_ids: ['o2', 'o1'] }))),
      http.get(`${API}/user-groups`, () => HttpResponse.json([office('o1', 'Ufficio scuola'), office('o2', 'URP'), office('o3', 'Altro')])),
    );
    const s = await getService(makeClient(), 's-mensa');
    expect(s.offices?.map((o) => o.name)).to.deep.equal(['URP', 'Ufficio scuola']);
    expect(s.offices?.[1]).to.deep.include({ openingHoursText: 'Lun-Ven 9-12', calendarIds: ['cal1'] });
    expect(s.offices?.[1]?.contact).to.deep.equal({ name: 'Ufficio scuola', email: 'o1@comune.esempio.it', pec: undefined, phone: '+39 051 000000', url: undefined });
    expect(s.offices?.[1]?.location?.postalCode).to.equal('40099');
  });

  it('gives no actions for a service outside any group', async () => {
    expect(await getServiceActions(makeClient(), { id: 'x', serviceGroupId: undefined })).to.deep.equal([]);
  });

  it('reports a cancelled service (403) as forbidden and a missing one as not-found', async () => {
    worker.use(
      http.get(`${API}/services/gone`, () => HttpResponse.json(['Service is not available'], { status: 403 })),
      http.get(`${API}/services/none`, () => HttpResponse.json(['Service not found'], { status: 404 })),
    );
    const c = makeClient();
    expect(((await rejection(getService(c, 'gone'))) as SdcError).kind).to.equal('forbidden');
    expect(((await rejection(getService(c, 'none'))) as SdcError).kind).to.equal('not-found');
  });

  it('loads the Form.io form of a service unchanged', async () => {
    const form = { _id: 'f1', display: 'wizard', components: [{ type: 'panel', key: 'p1', components: [] }], title: 'Mensa' };
    worker.use(http.get(`${API}/services/s-mensa/form`, () => HttpResponse.json(form)));
    const f = await getServiceForm(makeClient(), 's-mensa');
    expect(f.components).to.deep.equal(form.components);
    expect(f.display).to.equal('wizard');
  });

  it('reports a form without components as invalid-response and a missing form as not-found', async () => {
    worker.use(
      http.get(`${API}/services/a/form`, () => HttpResponse.json({ title: 'x' })),
      http.get(`${API}/services/b/form`, () => HttpResponse.json(['Form not found'], { status: 404 })),
    );
    const c = makeClient();
    expect(((await rejection(getServiceForm(c, 'a'))) as SdcError).kind).to.equal('invalid-response');
    expect(((await rejection(getServiceForm(c, 'b'))) as SdcError).kind).to.equal('not-found');
  });

  it('lists topics (categories)', async () => {
    worker.use(
      http.get(`${API}/categories`, () =>
        HttpResponse.json([{ id: 'cat-edu', name: 'Educazione e formazione', slug: 'educazione-e-formazione', description: 'Scuola', parent_id: null }]),
      ),
    );
    expect(await listTopics(makeClient())).to.deep.equal([
      { id: 'cat-edu', name: 'Educazione e formazione', slug: 'educazione-e-formazione', description: 'Scuola', parentId: undefined },
    ]);
  });

  it('reads facets given as counts or as labelled objects', async () => {
    worker.use(
      http.get(`${API}/services/facets`, () =>
        HttpResponse.json({ topics_id: { 'cat-edu': { count: 3, name: 'Educazione' } }, recipient_id: { r1: 5 }, geographic_area_id: [] }),
      ),
    );
    const f = await getServiceFacets(makeClient());
    expect(f.topics).to.deep.equal([{ id: 'cat-edu', name: 'Educazione', count: 3 }]);
    expect(f.recipients).to.deep.equal([{ id: 'r1', name: 'r1', count: 5 }]);
    expect(f.geographicAreas).to.deep.equal([]);
  });

  it('lists and reads service groups', async () => {
    const g = { id: 'g-mensa', name: 'Mensa scolastica', slug: 'mensa-scolastica', description: '<p>d</p>', short_description: 'breve', services_count: 5 };
    worker.use(
      http.get(`${API}/services-groups`, () => HttpResponse.json([g])),
      http.get(`${API}/services-groups/g-mensa`, () => HttpResponse.json(g)),
    );
    const c = makeClient();
    expect((await listServiceGroups(c))[0]?.servicesCount).to.equal(5);
    expect((await getServiceGroup(c, 'g-mensa')).name).to.equal('Mensa scolastica');
  });
});
