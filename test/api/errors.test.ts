import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SdcError, toSdcError } from '../../src/core/errors.js';
import { getTenant } from '../../src/api/tenant.js';
import { listServices } from '../../src/api/services.js';
import { API, makeClient, rejection, worker } from './local-worker.js';
import { loadMessages } from '../../src/i18n/messages.js';

async function errorOf(status: number, body: BodyInit | null, contentType = 'application/json'): Promise<SdcError> {
  worker.use(http.get(`${API}/tenants/info`, () => new HttpResponse(body, { status, headers: { 'Content-Type': contentType } })));
  const e = await rejection(getTenant(makeClient({ retries: 0 })));
  expect(e).to.be.instanceOf(SdcError);
  return e as SdcError;
}

describe('SdcError from every error body shape (opencity-api.md §7.2)', () => {
  it('reads a string array 404 as not-found with the backend text as detail', async () => {
    const e = await errorOf(404, JSON.stringify(['Application not found']));
    expect(e.kind).to.equal('not-found');
    expect(e.status).to.equal(404);
    expect(e.detail).to.equal('Application not found');
    expect(e.message).to.equal('Quello che cerchi non è stato trovato. Potrebbe essere stato rimosso.');
  });

  it('reads a string array 400 as validation with a form-level field message', async () => {
    const e = await errorOf(400, JSON.stringify(['Limit parameter is too high']));
    expect(e.kind).to.equal('validation');
    expect(e.fields).to.deep.equal({ '': ['Limit parameter is too high'] });
  });

  it('reads a string array 403 as forbidden', async () => {
    const e = await errorOf(403, JSON.stringify(['You are not allowed to view this application']));
    expect(e.kind).to.equal('forbidden');
    expect(e.retryable).to.equal(false);
  });

  it('reads {type,title,errors} with nested arrays into per-field messages', async () => {
    const body = {
      type: 'validation_error',
      title: 'There was a validation error',
      errors: ['This value should not be blank.: email_address', ['This value is not valid.: applicant.fiscal_code'], 'Generic problem'],
    };
    const e = await errorOf(400, JSON.stringify(body));
    expect(e.kind).to.equal('validation');
    expect(e.detail).to.equal('There was a validation error');
    expect(e.fields).to.deep.equal({
      email_address: ['This value should not be blank.'],
      'applicant.fiscal_code': ['This value is not valid.'],
      '': ['Generic problem'],
    });
    expect(e.fieldMessages()).to.have.length(3);
  });

  it('reads {type,title,description} 400 as validation with the description as detail', async () => {
    const e = await errorOf(400, JSON.stringify({ type: 'error', title: 'Errore', description: 'Fiscal code does not match the user' }));
    expect(e.kind).to.equal('validation');
    expect(e.detail).to.equal('Fiscal code does not match the user');
  });

  it('reads {type,title,description} 500 as a retryable server error', async () => {
    const e = await errorOf(500, JSON.stringify({ type: 'error', title: 'Internal', description: 'Boom' }));
    expect(e.kind).to.equal('server');
    expect(e.retryable).to.equal(true);
    expect(e.detail).to.equal('Boom');
  });

  it('reads a bare JSON string body', async () => {
    const e = await errorOf(400, JSON.stringify('Something is wrong'));
    expect(e.kind).to.equal('validation');
    expect(e.detail).to.equal('Something is wrong');
  });

  it('reads the Lexik {code,message} 401 as unauthorized', async () => {
    worker.use(http.get(`${API}/session-auth`, () => HttpResponse.json({ error: 'You are not logged in' }, { status: 401 })));
    const e = await errorOf(401, JSON.stringify({ code: 401, message: 'Expired JWT Token' }));
    expect(e.kind).to.equal('unauthorized');
    expect(e.detail).to.equal('Expired JWT Token');
  });

  it('reads the upload {status,message} shape', async () => {
    const e = await errorOf(422, JSON.stringify({ status: 'error', message: 'File type not allowed' }));
    expect(e.kind).to.equal('validation');
    expect(e.detail).to.equal('File type not allowed');
  });

  it('reads an HTML error page by its title', async () => {
    const e = await errorOf(502, '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>', 'text/html');
    expect(e.kind).to.equal('server');
    expect(e.detail).to.equal('502 Bad Gateway');
  });

  it('reads a 409 as conflict', async () => {
    const e = await errorOf(409, JSON.stringify(['Conflict']));
    expect(e.kind).to.equal('conflict');
  });

  it('reads a 418 bare string (non-unique count) as server', async () => {
    const e = await errorOf(418, 'Non unique result', 'text/plain');
    expect(e.kind).to.equal('server');
    expect(e.detail).to.equal('Non unique result');
  });

  it('reads a 504 as timeout', async () => {
    const e = await errorOf(504, null);
    expect(e.kind).to.equal('timeout');
  });

  it('gives the English message on request', async () => {
    await loadMessages('en');
    const e = await errorOf(404, JSON.stringify(['Service not found']));
    expect(e.userMessage('en')).to.equal('What you are looking for was not found. It may have been removed.');
  });
});

describe('malformed success bodies become invalid-response', () => {
  async function invalid(body: BodyInit | null, contentType = 'application/json'): Promise<SdcError> {
    worker.use(http.get(`${API}/services`, () => new HttpResponse(body, { status: 200, headers: { 'Content-Type': contentType } })));
    const e = await rejection(listServices(makeClient()));
    expect(e).to.be.instanceOf(SdcError);
    expect((e as SdcError).kind).to.equal('invalid-response');
    return e as SdcError;
  }

  it('rejects an HTML page served with 200', async () => {
    const e = await invalid('<html><body>Manutenzione in corso</body></html>', 'text/html');
    expect(e.message).to.equal('Il servizio ha inviato una risposta non valida. Riprova tra qualche minuto.');
  });

  it('rejects an empty body', async () => {
    await invalid(null);
  });

  it('rejects truncated JSON', async () => {
    await invalid('[{"id":"a","name":"Serv');
  });

  it('rejects an item without its id', async () => {
    const e = await invalid(JSON.stringify([{ name: 'Senza id', status: 1 }]));
    expect(e.detail).to.contain('0.id');
  });

  it('rejects a wrong type in a required field', async () => {
    await invalid(JSON.stringify([{ id: 'x', name: 42, status: 1 }]));
  });

  it('rejects an object where a list was expected', async () => {
    await invalid(JSON.stringify({ hello: 'world' }));
  });
});

describe('toSdcError', () => {
  it('passes SdcErrors through unchanged', () => {
    const e = new SdcError('conflict');
    expect(toSdcError(e)).to.equal(e);
  });

  it('maps a fetch TypeError to network', () => {
    expect(toSdcError(new TypeError('Failed to fetch')).kind).to.equal('network');
  });

  it('maps AbortError to aborted and TimeoutError to timeout', () => {
    expect(toSdcError(new DOMException('x', 'AbortError')).kind).to.equal('aborted');
    expect(toSdcError(new DOMException('x', 'TimeoutError')).kind).to.equal('timeout');
  });

  it('maps a SyntaxError to invalid-response and anything else to server', () => {
    expect(toSdcError(new SyntaxError('Unexpected end')).kind).to.equal('invalid-response');
    expect(toSdcError('weird').kind).to.equal('server');
    expect(toSdcError(undefined).kind).to.equal('server');
  });
});
