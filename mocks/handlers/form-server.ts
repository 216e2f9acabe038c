/**
 * The form server (`{formserver}/form/{id}`, opencity-api.md §6.1) at the `flow_steps[].parameters.url`
 * of every mock service (`https://form.stanzadelcittadino.it/form/`, or any host: only the path is
 * matched). It serves the service forms and the shared Anagrafica forms they reference by id, unchanged.
 * Only 24-hex ids, so other `/form/` paths pass through.
 */
import { http, HttpResponse } from 'msw';
import { forms } from '../fixtures/forms/index.js';

export const FORM_PATH = /\/form\/[0-9a-f]{24}$/;

export const formServerHandlers = [
  http.get(FORM_PATH, ({ request }) => {
    const id = new URL(request.url).pathname.split('/').pop()!;
    const def = forms().get(id);
    return def ? HttpResponse.json(def as never) : HttpResponse.json({ status: 404, message: 'Form not found' }, { status: 404 });
  }),
];

const one = (id: string) => new RegExp(`/form/${id}$`);

/** Faults of one form on the form server, for tests and stories: `worker.use(formServerFaults.error(id))`. */
export const formServerFaults = {
  /** `status` with the form server's JSON error body. */
  error: (id: string, status = 500) => http.get(one(id), () => HttpResponse.json({ status, message: 'Internal Server Error' }, { status })),
  /** 200 with an HTML page (a captive portal, a misconfigured proxy). */
  html: (id: string) => http.get(one(id), () => new HttpResponse('<!doctype html><html><body><h1>Benvenuto</h1></body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
  /** Never answers: the client's timeout fires. */
  hang: (id: string) => http.get(one(id), () => new Promise<Response>(() => undefined)),
};
