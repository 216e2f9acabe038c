/**
 * Every resource × every kind of bad answer: the result is always a typed SdcError of the expected
 * kind, never another exception and never a half-adapted object.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { SdcError, type SdcErrorKind } from '../../src/core/errors.js';
import type { SdcClient } from '../../src/api/http.js';
import {
  createMeeting,
  createPratica,
  getAvailableDays,
  getCitizen,
  getFirstAvailableDate,
  getMeeting,
  getOpeningHours,
  getPaymentSummary,
  getPratica,
  getPraticaHistory,
  getService,
  getServiceFacets,
  getServiceForm,
  getSlots,
  getTenant,
  listCalendars,
  listMeetings,
  listMessages,
  listOffices,
  listPayments,
  listPratiche,
  listServiceGroups,
  listServices,
  listTopics,
  sendMessage,
  uploadFile,
} from '../../src/api/index.js';
import { BASE, ORIGIN, jwt, makeClient, worker } from './local-worker.js';

const calls: Record<string, (c: SdcClient) => Promise<unknown>> = {
  getTenant: (c) => getTenant(c),
  listServices: (c) => listServices(c, { q: 'x' }),
  getService: (c) => getService(c, 's1', { actions: false, offices: false }),
  getServiceForm: (c) => getServiceForm(c, 's1'),
  listTopics: (c) => listTopics(c),
  getServiceFacets: (c) => getServiceFacets(c),
  listServiceGroups: (c) => listServiceGroups(c),
  listOffices: (c) => listOffices(c),
  listPratiche: (c) => listPratiche(c),
  getPratica: (c) => getPratica(c, 'p1'),
  getPraticaHistory: (c) => getPraticaHistory(c, 'p1'),
  listMessages: (c) => listMessages(c, 'p1'),
  listPayments: (c) => listPayments(c),
  getPaymentSummary: (c) => getPaymentSummary(c, 'p1'),
  getCitizen: (c) => getCitizen(c, 'u1'),
  listCalendars: (c) => listCalendars(c),
  getOpeningHours: (c) => getOpeningHours(c, 'cal1'),
  getAvailableDays: (c) => getAvailableDays(c, 'cal1', { from: '2026-06-01', to: '2026-06-30' }),
  getSlots: (c) => getSlots(c, 'cal1', '2026-06-10'),
  getFirstAvailableDate: (c) => getFirstAvailableDate(c, ['cal1']),
  listMeetings: (c) => listMeetings(c),
  getMeeting: (c) => getMeeting(c, 'm1'),
  createPratica: (c) => createPratica(c, { service: 's1', data: { a: 1 } }),
  sendMessage: (c) => sendMessage(c, 'p1', { body: 'ciao' }),
  createMeeting: (c) => createMeeting(c, { calendarId: 'cal1', date: '2026-06-10', startTime: '09:00', endTime: '09:30' }),
  uploadFile: (c) => uploadFile(c, new File(['x'], 'a.txt', { type: 'text/plain' })),
};

const WRONG_TYPES = JSON.stringify({ id: 5, date: 5, data: 5, results: 5, components: 5, token: 5, uri: 5, topics_id: 5 });

const answers: Array<{ name: string; expected: SdcErrorKind; respond: () => Response | Promise<Response> }> = [
  { name: 'an HTML page with 200', expected: 'invalid-response', respond: () => new HttpResponse('<!doctype html><html><body><h1>Accedi</h1></body></html>', { headers: { 'Content-Type': 'text/html' } }) },
  { name: 'an empty 200 body', expected: 'invalid-response', respond: () => new HttpResponse('', { headers: { 'Content-Type': 'application/json' } }) },
  { name: 'truncated JSON', expected: 'invalid-response', respond: () => new HttpResponse('{"meta":{"count":3},"data":[{"id":"', { headers: { 'Content-Type': 'application/json' } }) },
  { name: 'wrong types', expected: 'invalid-response', respond: () => new HttpResponse(WRONG_TYPES, { headers: { 'Content-Type': 'application/json' } }) },
  { name: 'a JSON string where an object is expected', expected: 'invalid-response', respond: () => HttpResponse.json('ok') },
  { name: 'an HTML 500 page', expected: 'server', respond: () => new HttpResponse('<html><title>Internal Server Error</title></html>', { status: 500, headers: { 'Content-Type': 'text/html' } }) },
  { name: 'a {type,title,description} 500', expected: 'server', respond: () => HttpResponse.json({ type: 'error', title: 'x', description: 'y' }, { status: 500 }) },
  { name: 'a string-array 403', expected: 'forbidden', respond: () => HttpResponse.json(['Access Denied.'], { status: 403 }) },
  { name: 'a {code,message} 401 with no session to refresh', expected: 'unauthorized', respond: () => HttpResponse.json({ code: 401, message: 'JWT Token not found' }, { status: 401 }) },
  { name: 'a network failure', expected: 'network', respond: () => HttpResponse.error() },
  {
    name: 'no answer in time',
    expected: 'timeout',
    respond: async () => {
      await delay(1000);
      return HttpResponse.json({});
    },
  },
];

describe('bad answers from every resource', () => {
  for (const a of answers) {
    it(`turns ${a.name} into a ${a.expected} SdcError for every resource`, async () => {
      worker.use(
        http.all(`${ORIGIN}${BASE}/*`, ({ request }) => {
          // session-auth answers "not logged in" so that 401s end in unauthorized; POST gives the
          // anonymous token an upload asks for first (opencity-api.md §2.1), so the upload's own answer is tested.
          if (new URL(request.url).pathname.endsWith('/api/session-auth')) {
            if (request.method === 'POST') return HttpResponse.json({ token: jwt({ id: 'anon' }) });
            return HttpResponse.json({ error: 'You are not logged in' }, { status: 401 });
          }
          return a.respond();
        }),
      );
      // Only the timeout case uses a short timeout: the machine is shared and slow answers are not the point elsewhere.
      const c = makeClient({ retries: 0, timeoutMs: a.expected === 'timeout' ? 60 : 5000 });
      const results: Record<string, string> = {};
      for (const [name, call] of Object.entries(calls)) {
        try {
          await call(c);
          results[name] = 'resolved';
        } catch (e) {
          results[name] = e instanceof SdcError ? e.kind : `raw ${String(e)}`;
        }
      }
      const expected = Object.fromEntries(Object.keys(calls).map((k) => [k, a.expected]));
      expect(results).to.deep.equal(expected);
    });
  }
});
