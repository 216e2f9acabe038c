/**
 * The API layer: a client per tenant (elements get theirs from `<sdc-provider>` or from the
 * document's scope, src/controllers/client-scope.ts), its session, and one function per backend
 * operation. Functions take the client first so a page bundles only what its elements use:
 *
 *   const client = new SdcClient('https://servizi.comune.example.it/lang');
 *   await client.session.ensure();
 *   const page = await listPratiche(client, { statusGroup: 'in-lavorazione', limit: 10 });
 *
 * Every function rejects only with an `SdcError` (see src/core/errors.ts). See src/api/README.md.
 */
export {
  SdcClient,
  normalizeBaseUrl,
  parseWire,
  type ClientOptions,
  type RequestOptions,
  type ApiResponse,
  type QueryValue,
  type WireSchema,
} from './http.js';
export { download, type Download } from './download.js';
export { Session, decodeJwt, type SessionState, type SessionChangeDetail, type JwtClaims } from './session.js';
export { SdcError, isSdcError, toSdcError, type SdcErrorKind } from '../core/errors.js';

export { getTenant } from './tenant.js';
export {
  listServices,
  getService,
  getServiceActions,
  getServiceForm,
  listTopics,
  getTopic,
  getServiceFacets,
  listServiceGroups,
  getServiceGroup,
  listOffices,
  getOffice,
  type ServiceQuery,
  type GetServiceOptions,
} from './services.js';
export {
  listPratiche,
  listAllPratiche,
  getPratica,
  createPratica,
  updatePratica,
  submitPratica,
  withdrawPratica,
  getPraticaHistory,
  saveBolloStamp,
  type NewPratica,
  type BolloStampInput,
} from './applications.js';
export { uploadFile, type UploadOptions } from './upload.js';
export { listMessages, listMessagesPage, sendMessage, markMessageRead, blobToBase64 } from './messages.js';
export { listPayments, getPraticaPayments, getPaymentSummary, getPayment, getPraticaPaymentStatus } from './payments.js';
export { paymentFromPratica } from './adapters/payments.js';
export { getCitizen, getCurrentCitizen } from './users.js';
export { updateCitizen } from './user-update.js';
export {
  listCalendars,
  getCalendar,
  getOpeningHours,
  getAvailableDays,
  getSlots,
  getFirstAvailableDate,
  type DaysQuery,
} from './calendars.js';
export {
  listMeetings,
  getMeeting,
  createMeeting,
  confirmMeeting,
  cancelMeeting,
  updateMeetingDetails,
  deleteMeetingDraft,
  type MeetingDetails,
} from './meetings.js';
export { normalizeSubmissionData } from './adapters/submission-data.js';

// The domain model travels with the API: `import { type Pratica, statusGroupOf } from '.../api/index.js'` works too.
export * from '../domain/index.js';
export { poll, type PollOptions } from './poll.js';
