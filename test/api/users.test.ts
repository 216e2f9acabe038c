import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError } from '../../src/core/errors.js';
import { getCitizen, getCurrentCitizen } from '../../src/api/users.js';
import { updateCitizen } from '../../src/api/user-update.js';
import { getTenant } from '../../src/api/tenant.js';
import { API, jwt, makeClient, rejection, worker } from './local-worker.js';

const v1 = {
  id: 'u1', role: 'user', nome: 'Giulia', cognome: 'Bianchi', full_name: 'Giulia Bianchi', codice_fiscale: 'bncgli85c52a944f',
  data_nascita: '1985-03-12T00:00:00+01:00', luogo_nascita: 'Bologna', provincia_nascita: 'BO', stato_nascita: 'Italia', sesso: 'F',
  telefono: null, cellulare: '+39 347 1234567', email: 'giulia@example.org',
  indirizzo_residenza: 'Via Roma 12', cap_residenza: '40099', citta_residenza: 'Esempio', provincia_residenza: 'BO', stato_residenza: 'Italia',
  indirizzo_domicilio: null, cap_domicilio: null, citta_domicilio: null, provincia_domicilio: null, stato_domicilio: null,
};

const v2 = {
  id: 'u2', given_name: 'Marco', family_name: 'Verdi', full_name: 'Marco Verdi', tax_code: 'TINIT-VRDMRC70A01H501X',
  date_of_birth: '1970-01-01', place_of_birth: 'Roma', county_of_birth: null, gender: 'male', email: 'm@example.org',
  mobile_phone: '+393330000000', telephone: null, residency: { address: 'Via Po 1', post_code: '00100', municipality: 'Roma', county: 'RM', country: 'IT' },
  domicile: null, role: 'user',
};

describe('users (citizen profile)', () => {
  it('reads the v1 Italian-key profile', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(v1)));
    const c = await getCitizen(makeClient(), 'u1');
    expect(c.fullName).to.equal('Giulia Bianchi');
    expect(c.fiscalCode).to.equal('BNCGLI85C52A944F');
    expect(c.birthDate).to.equal('1985-03-12');
    expect(c.gender).to.equal('F');
    expect(c.mobilePhone).to.equal('+39 347 1234567');
    expect(c.phone).to.equal(undefined);
    expect(c.residence).to.deep.equal({ address: 'Via Roma 12', postalCode: '40099', municipality: 'Esempio', province: 'BO', country: 'Italia' });
    expect(c.readOnlyFields).to.deep.equal(['givenName', 'familyName', 'fiscalCode', 'gender', 'birthProvince']);
  });

  it('reads the v2 English-key profile and strips the TINIT- prefix', async () => {
    worker.use(http.get(`${API}/users/u2`, () => HttpResponse.json(v2)));
    const c = await getCitizen(makeClient(), 'u2');
    expect(c.givenName).to.equal('Marco');
    expect(c.fiscalCode).to.equal('VRDMRC70A01H501X');
    expect(c.gender).to.equal('M');
    expect(c.residence.municipality).to.equal('Roma');
    expect(c.readOnlyFields).to.deep.equal(['givenName', 'familyName', 'fiscalCode', 'gender']);
  });

  it('rejects a profile with a wrongly typed field as invalid-response', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json({ ...v1, email: 42 })));
    const e = (await rejection(getCitizen(makeClient(), 'u1'))) as SdcError;
    expect(e.kind).to.equal('invalid-response');
  });

  it('gets the current citizen from the JWT id', async () => {
    worker.use(http.get(`${API}/users/u1`, () => HttpResponse.json(v1)));
    const client = makeClient();
    await client.session.setToken(jwt({ id: 'u1' }));
    expect((await getCurrentCitizen(client)).id).to.equal('u1');
  });

  it('reports unauthorized for the current citizen when nobody is logged in', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })));
    const e = (await rejection(getCurrentCitizen(makeClient()))) as SdcError;
    expect(e.kind).to.equal('unauthorized');
  });

  it('patches only editable fields with v1 keys and reads the profile back into the session', async () => {
    let patch: Record<string, unknown> | undefined;
    let current = { ...v1 };
    worker.use(
      http.get(`${API}/users/u1`, () => HttpResponse.json(current)),
      http.patch(`${API}/users/u1`, async ({ request }) => {
        patch = (await request.json()) as Record<string, unknown>;
        current = { ...current, ...(patch as object) };
        return HttpResponse.json(['Object Patched Successfully']);
      }),
    );
    const client = makeClient();
    await client.session.setToken(jwt({ id: 'u1' }));
    const updated = await updateCitizen(client, 'u1', {
      givenName: 'Hacker',
      fiscalCode: 'XXXXXX00X00X000X',
      gender: 'M',
      email: 'nuova@example.org',
      phone: '',
      domicile: { address: 'Via Nuova 3', postalCode: '40100' },
    });
    expect(patch).to.deep.equal({ email: 'nuova@example.org', telefono: null, indirizzo_domicilio: 'Via Nuova 3', cap_domicilio: '40100' });
    expect(updated.email).to.equal('nuova@example.org');
    expect(updated.givenName).to.equal('Giulia');
    expect(client.session.citizen?.domicile.address).to.equal('Via Nuova 3');
  });
});

describe('tenant', () => {
  it('reads tenant info with the JSON-string meta', async () => {
    worker.use(
      http.get(`${API}/tenants/info`, () =>
        HttpResponse.json({
          id: 't1', name: 'Comune di Esempio', slug: 'comune-di-esempio', mechanographic_code: 'c_z999', site_url: 'https://www.comune.esempio.it',
          meta: [JSON.stringify({ theme: 'default', logo: 'https://x/logo.svg' })], io_enabled: false,
          gateways: [{ identifier: 'mypay', parameters: null }, { identifier: 'bollo', parameters: null }],
          backoffice_enabled_integrations: ['calendars'], linkable_application_meetings: true,
        }),
      ),
    );
    const t = await getTenant(makeClient());
    expect(t.slug).to.equal('comune-di-esempio');
    expect(t.meta).to.deep.equal({ theme: 'default', logo: 'https://x/logo.svg' });
    expect(t.gateways).to.deep.equal(['mypay', 'bollo']);
    expect(t.backofficeIntegrations).to.deep.equal(['calendars']);
    expect(t.linkableApplicationMeetings).to.equal(true);
  });

  it('tolerates an unparsable meta string', async () => {
    worker.use(http.get(`${API}/tenants/info`, () => HttpResponse.json({ id: 't1', name: 'X', meta: ['{not json'] })));
    expect((await getTenant(makeClient())).meta).to.equal(undefined);
  });
});
