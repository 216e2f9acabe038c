/** The tenant's inspect/arrange functions, one import for tests, stories and pages. */
export {
  tenantState, resetTenant, reloadTenant, loginAs, logout, tokenFor, currentUser, findUser, findService, findApplication,
  applicationsOf, paymentsOf, messagesOf, addPratica, addMessage, addPayment, addFile, addCitizen, mutate, STORAGE_KEY,
  enablePersistence, disablePersistence, isPersistent,
  type TenantState, type ApplicationRecord, type MessageRecord, type PaymentRecord, type MeetingRecord, type FileRecord,
} from './db.js';
export { CITIZEN, CITIZEN_PERSONAS, type CitizenAlias } from './fixtures/citizens.js';
export { PRATICA, OPERATOR_ID } from './fixtures/pratiche.js';
export { advancePratica } from './handlers/applications-model.js';
export { SERVICE, SERVICE_GROUP } from './fixtures/services.js';
export { CATEGORY } from './fixtures/categories.js';
export { CALENDAR, OFFICE } from './fixtures/offices.js';
export { FORM } from './fixtures/forms/index.js';
export { ENTE, TENANT_ID } from './fixtures/tenant.js';
export { STATUS, STATUS_LABELS_IT } from './status.js';
export { settlePayment } from './payment-model.js';
export { issueToken, decodeToken } from './jwt.js';
