import { expect } from '@open-wc/testing';
import { BASE, CALENDAR, PRATICA, SERVICE } from '../support/mock.js';

/**
 * The mock refuses what OpenCity refuses (opencity-api.md §2.3): every JWT route answers 401 to a
 * request without a token, and the routes anonymous citizens use accept the anonymous token of
 * `POST /api/session-auth`. Otherwise tests pass on code that never gets a token.
 */
const call = (method: string, path: string, token?: string, body?: unknown) =>
  fetch(`${BASE}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const JWT_ROUTES: Array<[string, string, unknown?]> = [
  ['POST', '/it/upload', { name: 'a.pdf', original_filename: 'a.pdf', size: 10, mime_type: 'application/pdf', protocol_required: false }],
  ['PUT', '/it/upload/00000000-0000-4000-8000-000000000000', { file_hash: 'x', check_signature: false }],
  ['GET', '/api/applications?version=2'],
  ['POST', '/api/applications?version=2', { service: SERVICE.disservizio, status: 1000, data: {} }],
  ['GET', `/api/applications/${PRATICA.giuliaMensa}?version=2`],
  ['GET', `/api/applications/${PRATICA.giuliaMensa}/messages?version=2`],
  ['GET', '/api/payments?version=2'],
  ['GET', '/api/meetings?version=2'],
  ['POST', '/api/meetings?version=2', { calendar: CALENDAR.anagrafe }],
  ['GET', '/api/users?version=2'],
];

describe('mock tenant: a missing token is refused like on the platform', () => {
  for (const [method, path, body] of JWT_ROUTES) {
    it(`${method} ${path.split('?')[0]} → 401 without a token`, async () => {
      const res = await call(method, path, undefined, body);
      expect(res.status).to.equal(401);
    });
  }

  it('accepts the anonymous token on the upload and on anonymous applications', async () => {
    const { token } = (await (await call('POST', '/api/session-auth')).json()) as { token: string };
    const up = await call('POST', '/it/upload', token, JWT_ROUTES[0]![2]);
    expect(up.status).to.equal(201);
    const list = await call('GET', '/api/applications?version=2', token);
    expect(list.status).to.equal(200);
  });
});
