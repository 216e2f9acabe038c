/**
 * `GET /api/tenants/info`, `GET /api/status/applications/{id}` (opencity-api.md §3.1, §4.9), and the
 * admin-only writes on public resources (§2.3: GET is public, POST/PUT/PATCH/DELETE need a JWT of
 * an admin): 401 without a token, 403 for a citizen.
 */
import { http } from 'msw';
import { tenantInfo } from '../fixtures/tenant.js';
import { findApplication } from '../db.js';
import { authenticate, json, strings } from '../http.js';
import { promote } from './applications-model.js';

const ADMIN_WRITES = [
  '*/api/services', '*/api/services/:id', '*/api/services-groups', '*/api/services-groups/:id', '*/api/categories', '*/api/categories/:id',
  '*/api/calendars', '*/api/calendars/:id', '*/api/tenants/:id', '*/api/user-groups', '*/api/user-groups/:id',
];

const adminOnly = ({ request }: { request: Request }) => {
  const auth = authenticate(request);
  return auth.response ?? strings(403, 'Access Denied.');
};

export const tenantHandlers = [
  http.get('*/api/tenants/info', () => json(tenantInfo)),
  http.get('*/api/status/applications/:id', ({ params }) => {
    const app = findApplication(String(params.id));
    if (app) promote(app);
    // 200 only when complete and accepted; 406 otherwise.
    return app && app.status === 7000 ? json({ result: true, status: 7000 }) : json({ result: false, status: app?.status ?? null }, 406);
  }),
  ...ADMIN_WRITES.flatMap((path) => [http.post(path, adminOnly), http.put(path, adminOnly), http.patch(path, adminOnly), http.delete(path, adminOnly)]),
];
