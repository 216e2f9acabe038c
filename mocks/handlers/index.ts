/**
 * Every handler of the embedded OpenCity tenant. Paths are matched as `*\/api/...` (and
 * `*\/:locale/upload`) so any base URL works: `/lang` in the demo and tests, a full
 * `https://servizi.comune.example.it/lang` elsewhere.
 */
import { tenantHandlers } from './tenant.js';
import { serviceHandlers } from './services.js';
import { sessionHandlers } from './session.js';
import { userHandlers } from './users.js';
import { applicationHandlers } from './applications.js';
import { messageHandlers } from './messages.js';
import { paymentHandlers } from './payments.js';
import { uploadHandlers } from './uploads.js';
import { calendarHandlers } from './calendars.js';
import { formServerHandlers } from './form-server.js';
import { unlistedHandlers } from './unlisted.js';

export {
  tenantHandlers, serviceHandlers, sessionHandlers, userHandlers, applicationHandlers, messageHandlers,
  paymentHandlers, uploadHandlers, calendarHandlers, formServerHandlers, unlistedHandlers,
};

export const handlers = [
  ...tenantHandlers,
  ...sessionHandlers,
  ...serviceHandlers,
  ...userHandlers,
  // Payments before applications: `/api/applications/:id/payment` must not fall into `/:id` routes.
  ...paymentHandlers,
  ...messageHandlers,
  ...applicationHandlers,
  ...uploadHandlers,
  ...calendarHandlers,
  ...formServerHandlers,
  // Last: anything under /api/ that no listed route answered is a 404, as on the platform.
  ...unlistedHandlers,
];
