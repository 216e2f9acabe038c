/**
 * The mock is as strict as the platform (issue 14): it serves only the routes opencity-api.md §3 lists
 * (plus the admin writes §2.3 names), and anything else under `/api/` answers 404. A kit call to an
 * unlisted endpoint then fails here as it would on a real OpenCity.
 */
import { expect } from '@open-wc/testing';
import type { HttpHandler } from 'msw';
import { BASE, loginAs, tokenFor, CITIZEN } from '../support/mock.js';
import {
  applicationHandlers, calendarHandlers, messageHandlers, paymentHandlers, serviceHandlers, tenantHandlers, userHandlers,
} from '../../mocks/handlers/index.js';

/** `METHOD path` of every route the reference lists under `{base}` (§3.1–§3.8), path params as `:x`. */
const LISTED = new Set([
  // §3.1
  'GET /api/tenants/info', 'PUT /api/tenants/:x', 'PATCH /api/tenants/:x', 'GET /api/status/applications/:x',
  // §3.2
  'GET /api/services', 'GET /api/services/facets', 'GET /api/services/:x', 'GET /api/services/:x/form',
  'GET /api/services/:x/attachments/:x/:x', 'POST /api/services', 'PUT /api/services/:x', 'PATCH /api/services/:x', 'DELETE /api/services/:x',
  'GET /api/services-groups', 'GET /api/services-groups/:x', 'GET /api/categories', 'GET /api/categories/:x',
  'GET /api/recipients', 'GET /api/geographic-areas', 'GET /api/user-groups', 'GET /api/places',
  // §3.3
  'GET /api/applications', 'POST /api/applications', 'GET /api/applications/:x', 'PUT /api/applications/:x', 'PATCH /api/applications/:x',
  'POST /api/applications/:x/transition/:x', 'GET /api/applications/:x/history', 'GET /api/applications/:x/attachments/:x',
  'GET /api/applications/:x/backoffice', 'PUT /api/applications/:x/backoffice', 'POST /api/applications/:x/backoffice',
  'GET /api/applications/:x/payment', 'POST /api/applications/:x/payment',
  // §3.5
  'GET /api/applications/:x/messages', 'GET /api/v2/applications/:x/messages', 'GET /api/applications/:x/messages/:x',
  'POST /api/applications/:x/messages', 'PATCH /api/applications/:x/messages/:x', 'GET /api/applications/:x/messages/:x/attachments/:x',
  // §3.6
  'GET /api/payments',
  // §3.7
  'GET /api/calendars', 'GET /api/calendars/:x', 'GET /api/calendars/:x/opening-hours', 'GET /api/calendars/:x/availabilities',
  'GET /api/calendars/:x/availabilities/:x', 'GET /api/availabilities', 'GET /api/availabilities/:x', 'GET /api/availabilities/:x/:x',
  'GET /api/availabilities/first-available-date', 'GET /api/meetings', 'POST /api/meetings',
  'GET /api/meetings/:x', 'PUT /api/meetings/:x', 'PATCH /api/meetings/:x', 'DELETE /api/meetings/:x',
  // §3.8
  'GET /api/users/:x', 'PUT /api/users/:x', 'PATCH /api/users/:x', 'GET /api/users', 'POST /api/users',
]);

/** §2.3: writes on these public resources exist and need an admin JWT (the mock answers 401/403). */
const ADMIN_WRITABLE = /^(POST|PUT|PATCH|DELETE) \/api\/(services|services-groups|categories|calendars|tenants|user-groups|recipients|geographic-areas)(\/:x)?$/;

function route(h: HttpHandler): string {
  const { method, path } = h.info;
  const p = typeof path === 'string' ? path.replace(/^\*/, '').replace(/:\w+/g, ':x') : String(path);
  return `${String(method).toUpperCase()} ${p}`;
}

describe('mock tenant: only the routes the reference lists', () => {
  // Session and uploads are UI routes outside /api/ (test/mocks/auth-strict.test.ts checks their tokens).
  const audited = [...tenantHandlers, ...serviceHandlers, ...userHandlers, ...applicationHandlers, ...messageHandlers, ...calendarHandlers, ...paymentHandlers];

  it('serves no /api route that opencity-api.md does not list', () => {
    const unlisted = audited.map(route).filter((r) => r.includes(' /api/') && !LISTED.has(r) && !ADMIN_WRITABLE.test(r));
    expect(unlisted).to.deep.equal([]);
  });

  it('answers 404 to a request for an unlisted endpoint, with or without a token', async () => {
    loginAs('giulia');
    const auth = { headers: { Authorization: `Bearer ${tokenFor(CITIZEN.giulia)}` } };
    for (const path of ['/api/user-groups/a0f1e2d3-0001-4b5c-8d9e-0f1a2b3c4d01', '/api/me', '/api/applications/x/notes', '/api/v2/services']) {
      const anonymous = await fetch(`${BASE}${path}`);
      expect(anonymous.status, path).to.equal(404);
      const body = await anonymous.json();
      expect(body.code, path).to.equal(404);
      expect((await fetch(`${BASE}${path}`, auth)).status, `${path} with a token`).to.equal(404);
    }
    expect((await fetch(`${BASE}/api/applications/x`, { method: 'DELETE', ...auth })).status).to.equal(404);
  });

  it('lets source modules under an api/ folder through, so elements imported after the worker starts still load', async () => {
    const res = await fetch('/src/api/http.ts');
    expect(res.status).to.equal(200);
    expect(await res.text()).to.contain('SdcClient');
  });
});
