/**
 * Ready-made override handlers for tests and stories: `worker.use(scenarios.servicesError500)`,
 * `worker.use(scenarios.networkError('/api/applications'))`. Paths are given from `/api` on and
 * matched under any base (`*${path}`), msw path params allowed (`/api/applications/:id`).
 * Each follows one of the real error body shapes (opencity-api.md §7.2) or a real failure mode.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { baseOf } from './http.js';
import { mutate, tenantState } from './db.js';
import { serviceToWire } from './wire.js';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';
const route = (path: string) => (path.startsWith('*') || path.startsWith('http') ? path : `*${path}`);
const on = (path: string, method: Method, resolver: Parameters<typeof http.all>[1]): HttpHandler => http[method](route(path), resolver);

const jsonError = (status: number, body: unknown) => HttpResponse.json(body as never, { status });

export const scenarios = {
  // --- services -------------------------------------------------------------------------------
  /** 500 with `{type:"error", title, description}`. */
  servicesError500: on('/api/services', 'get', () => jsonError(500, { type: 'error', title: 'Internal Server Error', description: 'An error occurred' })),
  /** 200 with a body that is not a list of services. */
  servicesMalformed: on('/api/services', 'get', () => HttpResponse.json([{ id: 42, name: null, status: 'published' }, 'not a service'] as never)),
  /** 200 with an empty catalogue. */
  servicesEmpty: on('/api/services', 'get', () => HttpResponse.json([])),
  /** The 3.x `{meta, links, data}` envelope for `version=2` (opencity-api.md §7.1 "handle both shapes"). */
  servicesEnvelope: on('/api/services', 'get', ({ request }) => {
    const base = baseOf(request);
    const data = tenantState().services.filter((s) => [1, 2, 4].includes(s.status)).map((s) => serviceToWire(s, base));
    return HttpResponse.json({ meta: { count: data.length, parameter: { version: 2 } }, links: { self: request.url, prev: null, next: null }, data } as never);
  }),
  /** An HTML error page from a proxy instead of JSON. */
  servicesHtml502: on('/api/services', 'get', () => new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),

  // --- empty lists, in each resource's own "empty" shape ---------------------------------------
  /** No pratiche: the envelope with `count: 0`. */
  applicationsEmpty: on('/api/applications', 'get', ({ request }) =>
    HttpResponse.json({ meta: { count: 0, parameter: { offset: 0, limit: 10 } }, links: { self: request.url, prev: null, next: null }, data: [] } as never)),
  /** No payments: 404 `["Payment data not found"]` (opencity-api.md §3.6). */
  paymentsEmpty: on('/api/payments', 'get', () => jsonError(404, ['Payment data not found'])),
  /** No messages: v1 `[]`, v2 404 `["Messages not found"]` (opencity-api.md §3.5). */
  messagesEmpty: [
    on('/api/applications/:id/messages', 'get', () => HttpResponse.json([])),
    on('/api/v2/applications/:id/messages', 'get', () => jsonError(404, ['Messages not found'])),
  ] as HttpHandler[],
  /** No meetings. */
  meetingsEmpty: on('/api/meetings', 'get', () => HttpResponse.json([])),
  /** A calendar with no free slot in its window. */
  availabilitiesEmpty: [
    on('/api/calendars/:id/availabilities', 'get', () => HttpResponse.json([])),
    on('/api/availabilities', 'get', () => HttpResponse.json({ data: [] })),
  ] as HttpHandler[],

  // --- drafts ---------------------------------------------------------------------------------
  /**
   * The office deleted the citizen's draft (or it expired, or the backend was restored from a backup):
   * at the next request for a draft (`id`, else any draft) the draft is removed from the tenant, so
   * that request and every later one for it answer 404 `["Application not found"]` as the platform
   * does. Once: drafts made afterwards stay.
   */
  draftDeleted: (id?: string) => {
    let done = false;
    return on('/api/applications/:id', 'all', ({ params }) => {
      const target = String(params.id);
      if (done || (id && target !== id)) return undefined;
      const app = tenantState().applications.find((a) => a.id === target && a.status === 1000);
      if (!app) return undefined;
      done = true;
      mutate((st) => { st.applications = st.applications.filter((a) => a !== app); });
      return undefined;
    });
  },

  // --- generic, for any path ------------------------------------------------------------------
  /** The connection fails (`TypeError: Failed to fetch`). */
  networkError: (path: string, method: Method = 'all') => on(path, method, () => HttpResponse.error()),
  /** Waits `ms` (default 1500), then the normal handler answers. */
  slow: (path: string, ms = 1500, method: Method = 'all') => on(path, method, async () => { await delay(ms); }),
  /** Never answers (loading states; the client's timeout fires). */
  hang: (path: string, method: Method = 'all') => on(path, method, async () => { await delay('infinite'); }),
  /** 401 as Lexik sends it for a missing/expired token. */
  unauthorized: (path: string, method: Method = 'all', message = 'Expired JWT Token') => on(path, method, () => jsonError(401, { code: 401, message })),
  /** 403 `["You are not allowed to view this application"]`. */
  forbidden: (path: string, method: Method = 'all', message = 'Access Denied.') => on(path, method, () => jsonError(403, [message])),
  /** 404 `["… not found"]`. */
  notFound: (path: string, method: Method = 'all', message = 'Not found') => on(path, method, () => jsonError(404, [message])),
  /** 500 `{type:"error", title, description}`. */
  serverError: (path: string, method: Method = 'all') => on(path, method, () => jsonError(500, { type: 'error', title: 'Internal Server Error', description: 'An error occurred' })),
  /** 503 from the ingress (retryable for GETs). */
  unavailable: (path: string, method: Method = 'all') => on(path, method, () => new HttpResponse('Service Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } })),
  /** Fails `times` times with 503, then the normal handler answers (retry/backoff tests). */
  flaky: (path: string, times = 1, method: Method = 'all') => {
    let left = times;
    return on(path, method, () => (left-- > 0 ? new HttpResponse('Service Unavailable', { status: 503 }) : undefined));
  },
  /** 400 `{type:"validation_error", title, errors}` (nested arrays allowed). */
  validationError: (path: string, errors: Array<string | unknown[]> = ['Questo valore non dovrebbe essere vuoto.: data'], method: Method = 'all') =>
    on(path, method, () => jsonError(400, { type: 'validation_error', title: 'There was a validation error', errors })),
  /** A bare JSON string body, e.g. an exception message. */
  bareString: (path: string, status = 400, message = 'Invalid argument', method: Method = 'all') => on(path, method, () => jsonError(status, message)),
  /** `{status:"error", message}` (upload endpoints). */
  statusMessage: (path: string, status = 400, message = 'File non valido', method: Method = 'all') => on(path, method, () => jsonError(status, { status: 'error', message })),
  /** An HTML page with status 200 (a login redirect or a misconfigured proxy). */
  html: (path: string, status = 200, method: Method = 'all') =>
    on(path, method, () => new HttpResponse('<!doctype html><html><body><h1>Accedi</h1></body></html>', { status, headers: { 'Content-Type': 'text/html; charset=UTF-8' } })),
  /** 200 with an empty body. */
  emptyBody: (path: string, status = 200, method: Method = 'all') => on(path, method, () => new HttpResponse('', { status, headers: { 'Content-Type': 'application/json' } })),
  /** 200 with cut-off JSON. */
  truncatedJson: (path: string, method: Method = 'all') => on(path, method, () => new HttpResponse('{"meta":{"count":3},"data":[{"id":"', { status: 200, headers: { 'Content-Type': 'application/json' } })),
  /** 200 with any JSON body. */
  body: (path: string, payload: unknown, status = 200, method: Method = 'all') => on(path, method, () => HttpResponse.json(payload as never, { status })),
  /** The session cookie is gone: `GET session-auth` answers 401. */
  loggedOut: on('/api/session-auth', 'get', () => jsonError(401, { error: 'You are not logged in' })),
};

export type Scenarios = typeof scenarios;
