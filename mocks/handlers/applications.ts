/**
 * Pratiche (opencity-api.md §3.3, §4.3, §4.4, §7.1): paginated `{meta, links, data}` list with
 * filters, detail (v1 flat / v2 nested `data`), create (201), PUT/PATCH (string arrays),
 * transitions (204), history, file downloads. All need a JWT; citizens see only their own.
 */
import { http, HttpResponse } from 'msw';
import { mutate, tenantState, type ApplicationRecord, type TenantState } from '../db.js';
import { ALL_STATUS_CODES, isKnownStatus, STATUS } from '../status.js';
import { apiVersion, authenticate, baseOf, isObject, json, noContent, query, readJson, strings, typedError, validationError } from '../http.js';
import { applicationToWire, historyToWire } from '../wire.js';
import { applicantField, canWithdraw, extractFiles, promote, subjectFor, submit, withdraw } from './applications-model.js';
import { buildPayment } from '../payment-model.js';
import type { UserRecord } from '../fixtures/citizens.js';
import { pdfResponse, simplePdf } from '../pdf.js';
import { uuid } from '../time.js';

type Loaded = { app: ApplicationRecord; user: UserRecord; response?: undefined } | { response: Response; app?: undefined; user?: undefined };

/** Auth + existence + ownership, with the real messages. */
export function loadOwnApplication(request: Request, id: string): Loaded {
  const auth = authenticate(request);
  if (auth.response) return { response: auth.response };
  const app = tenantState().applications.find((a) => a.id === id);
  if (!app) return { response: strings(404, 'Application not found') };
  if (app.user !== auth.user.id) return { response: strings(403, 'You are not allowed to view this application') };
  promote(app);
  return { app, user: auth.user };
}

const DATE_FILTERS: Array<[string, 'created_at' | 'latest_status_change_at' | 'submitted_at']> = [
  ['createdAt', 'created_at'], ['updatedAt', 'latest_status_change_at'], ['submittedAt', 'submitted_at'],
];

function parseDate(v: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$/.test(v)) return null;
  const t = Date.parse(v.length === 10 ? `${v}T00:00:00` : v);
  return Number.isNaN(t) ? null : t;
}

function list(request: Request): Response {
  const auth = authenticate(request);
  if (auth.response) return auth.response;
  const q = query(request);
  const s = tenantState();
  const version = apiVersion(request);
  const offset = q.has('offset') ? Number(q.get('offset')) : 0;
  const limit = q.has('limit') ? Number(q.get('limit')) : 10;
  if (!Number.isInteger(offset) || offset < 0) return strings(400, 'Offset parameter is not valid');
  if (!Number.isInteger(limit) || limit < 1) return strings(400, 'Limit parameter is not valid');
  if (limit > 100) return strings(400, 'Limit parameter is too high');
  const order = q.get('order') ?? 'creationTime';
  if (order !== 'creationTime') return strings(400, `Order parameter ${order} is not valid: only creationTime is allowed`);
  const sort = (q.get('sort') ?? 'ASC').toUpperCase();
  if (sort !== 'ASC' && sort !== 'DESC') return strings(400, 'Sort parameter is not valid: use ASC or DESC');

  let apps = s.applications.filter((a) => a.user === auth.user.id);
  apps.forEach(promote);
  const status = q.get('status');
  if (status !== null) {
    if (!/^\d+$/.test(status) || !isKnownStatus(Number(status))) {
      return strings(400, `Status code not present, chose one between: ${ALL_STATUS_CODES.join(', ')}`);
    }
    apps = apps.filter((a) => a.status === Number(status));
  }
  const service = q.get('service');
  if (service) apps = apps.filter((a) => s.services.find((x) => x.id === a.service_id)?.slug === service);
  const serviceIdentifier = q.get('service_identifier');
  if (serviceIdentifier) apps = apps.filter((a) => s.services.find((x) => x.id === a.service_id)?.identifier === serviceIdentifier);
  const serviceId = q.get('service_id');
  if (serviceId) apps = apps.filter((a) => a.service_id === serviceId);
  for (const [param, field] of DATE_FILTERS) {
    for (const op of ['after', 'before', 'strictly_after', 'strictly_before']) {
      const raw = q.get(`${param}[${op}]`);
      if (raw === null) continue;
      const t = parseDate(raw);
      if (t === null) return strings(400, `Date format not valid for ${param}[${op}]: use yyyy-mm-dd or yyyy-mm-ddTHH:ii:ssP`);
      apps = apps.filter((a) => {
        const v = a[field];
        if (v == null) return false;
        return op === 'after' ? v >= t : op === 'before' ? v <= t : op === 'strictly_after' ? v > t : v < t;
      });
    }
  }
  apps.sort((a, b) => (a.created_at - b.created_at) * (sort === 'ASC' ? 1 : -1));
  const count = apps.length;
  const page = apps.slice(offset, offset + limit);
  const base = baseOf(request);
  const url = new URL(request.url);
  const pageUrl = (o: number) => { const u = new URL(url); u.searchParams.set('offset', String(o)); u.searchParams.set('limit', String(limit)); return u.toString(); };
  const parameter: Record<string, unknown> = Object.fromEntries(q.entries());
  Object.assign(parameter, { offset, limit, version });
  return json({
    meta: { count, parameter },
    links: {
      self: pageUrl(offset),
      prev: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
      next: offset + limit < count ? pageUrl(offset + limit) : null,
    },
    data: page.map((a) => applicationToWire(a, s, base, version)),
  });
}

interface Checked { data: Record<string, unknown>; ids: string[] }

/** The create/update checks of `postApplicationAction` and `PraticaManager::validateUserData`. */
function checkData(s: TenantState, user: UserRecord, data: unknown): { ok: true; value: Checked } | { ok: false; response: Response } {
  if (!isObject(data) || Object.keys(data).length === 0) return { ok: false, response: typedError(400, 'Bad Request', 'Empty data') };
  if (user.authentication_method !== 'anonymous') {
    const cf = applicantField(data, 'fiscal_code', 'fiscal_code');
    const name = applicantField(data, 'completename', 'name');
    const surname = applicantField(data, 'completename', 'surname');
    const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
    if (!same(cf, user.codice_fiscale) || !same(name, user.nome) || !same(surname, user.cognome)) {
      return { ok: false, response: typedError(400, 'There was an error during save process', 'I dati del richiedente non corrispondono a quelli dell’utente autenticato (nome, cognome, codice fiscale)') };
    }
  }
  const files = extractFiles(data, s);
  if (files.missing) return { ok: false, response: typedError(400, 'There was an error during save process', `Allegato ${files.missing} non trovato`) };
  return { ok: true, value: { data: files.data as Record<string, unknown>, ids: files.ids } };
}

/** Anonymous citizens are enriched from the applicant block (opencity-api.md §4.3). */
function enrichAnonymous(user: UserRecord, data: Record<string, unknown>): void {
  if (user.authentication_method !== 'anonymous') return;
  user.nome = applicantField(data, 'completename', 'name') ?? user.nome;
  user.cognome = applicantField(data, 'completename', 'surname') ?? user.cognome;
  user.codice_fiscale = applicantField(data, 'fiscal_code', 'fiscal_code') ?? user.codice_fiscale;
  user.email = applicantField(data, 'email_address') ?? user.email;
  user.cellulare = applicantField(data, 'cell_number') ?? applicantField(data, 'phone_number') ?? user.cellulare;
}

/** Marca da bollo entered at request: payment_type `bollo`, paid at once (opencity-api.md §4.6 A, pa-domain.md §2.1). */
function applyBollo(s: TenantState, app: ApplicationRecord): void {
  const service = s.services.find((x) => x.id === app.service_id);
  const d = app.data;
  if (!service?._bollo || typeof d.bollo_identifier !== 'string' || !d.bollo_identifier) return;
  app.payment_type = 'bollo';
  app.payment_data = { status: 'paid', bollo_identifier: d.bollo_identifier, bollo_emission_date: d.bollo_data_emissione ?? null, bollo_emission_hour: d.bollo_ora_emissione ?? null };
  if (!s.payments.some((p) => p.remote_id === app.id && p.type === 'STAMP')) {
    const pay = buildPayment(s, { user_id: app.user, service_id: service.id, remote_id: app.id, reason: 'Imposta di bollo', amount: service._bollo.amount, type: 'STAMP', status: 'COMPLETE', paid_at: Date.now(), expire_at: null, split: [{ label: 'Imposta di bollo', amount: service._bollo.amount }] });
    pay.payment.document = { id: String(d.bollo_identifier), ref: null, hash: null };
    s.payments.push(pay);
  }
}

async function create(request: Request): Promise<Response> {
  const auth = authenticate(request);
  if (auth.response) return auth.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const b = body.body;
  if (!isObject(b)) return validationError(['Questo valore non è valido.']);
  const s = tenantState();
  const errors: string[] = [];
  const service = typeof b.service === 'string' ? s.services.find((x) => x.id === b.service || x.identifier === b.service) : undefined;
  if (!b.service) errors.push('Questo valore non dovrebbe essere vuoto.: service');
  else if (!service) errors.push('Questo valore non è valido.: service');
  if (b.status === undefined || b.status === null || b.status === '') errors.push('Questo valore non dovrebbe essere vuoto.: status');
  else if (![STATUS.DRAFT, STATUS.PRE_SUBMIT].includes(Number(b.status) as 1000 | 1900)) errors.push('Questo valore non è valido.: status');
  if (errors.length) return validationError(errors);
  if (service!.status !== 1) return typedError(400, 'Service not available', `Il servizio "${service!.name}" non è attivo`);
  const checked = checkData(s, auth.user, b.data);
  if (!checked.ok) return checked.response;
  const now = Date.now();
  const app = mutate((st) => {
    const user = st.users.find((u) => u.id === auth.user.id)!;
    enrichAnonymous(user, checked.value.data);
    const rec: ApplicationRecord = {
      id: uuid(), user: user.id, service_id: service!.id, status: STATUS.DRAFT, subject: subjectFor(service!, user, checked.value.data),
      data: checked.value.data, created_at: now, submitted_at: null, latest_status_change_at: now, flow_changed_at: null,
      protocol_folder_number: null, protocol_folder_code: null, protocol_number: null, protocol_document_id: null, protocolled_at: null,
      outcome: null, outcome_motivation: null, outcome_file: null, outcome_protocol_number: null, outcome_protocolled_at: null,
      compiled_modules: [], attachments: [...new Set(checked.value.ids)], outcome_attachments: [], payment_type: null, payment_data: [],
      history: [{ status_code: STATUS.DRAFT, message: null, message_id: null, date: now, user: null }],
      meetings: typeof checked.value.data.meeting_id === 'string' ? [checked.value.data.meeting_id] : [],
      integrations: [], user_compilation_notes: typeof b.user_compilation_notes === 'string' ? b.user_compilation_notes : null, backoffice_data: null,
      authentication: { authentication_method: user.authentication_method, session_id: uuid(), spid_code: user.spid_code, spid_level: user.spid_level, certificate_issuer: null, certificate_subject: null, certificate: null, instant: new Date(now).toISOString(), session_index: null },
    };
    for (const id of rec.attachments) if (st.files[id]) st.files[id]!.owner = user.id;
    st.applications.push(rec);
    applyBollo(st, rec);
    if (Number(b.status) === STATUS.PRE_SUBMIT) submit(st, rec, now);
    return rec;
  });
  return json(applicationToWire(app, s, baseOf(request), apiVersion(request)), 201);
}

async function update(request: Request, id: string, replace: boolean): Promise<Response> {
  const loaded = loadOwnApplication(request, id);
  if (loaded.response) return loaded.response;
  const { app, user } = loaded;
  if (app.status !== STATUS.DRAFT && app.status !== STATUS.DRAFT_FOR_INTEGRATION) return strings(403, 'You are not allowed to edit this application');
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const b = body.body;
  if (!isObject(b)) return validationError(['Questo valore non è valido.']);
  const s = tenantState();
  let next: Record<string, unknown> | undefined;
  if (b.data !== undefined) {
    const merged = replace ? b.data : isObject(b.data) ? { ...app.data, ...b.data } : b.data;
    const checked = checkData(s, user, merged);
    if (!checked.ok) return checked.response;
    next = checked.value.data;
    mutate(() => {
      app.data = next!;
      app.attachments = [...new Set(checked.value.ids)];
      app.subject = subjectFor(s.services.find((x) => x.id === app.service_id)!, user, next!);
      applyBollo(s, app);
    });
  } else if (replace) {
    return typedError(400, 'Bad Request', 'Empty data');
  }
  if (b.status !== undefined) {
    const st = Number(b.status);
    if (st === STATUS.PRE_SUBMIT && app.status === STATUS.DRAFT) mutate((x) => submit(x, app));
    else if (st !== app.status) return validationError(['Questo valore non è valido.: status']);
  }
  return replace ? strings(200, 'Application Modified Successfully') : strings(200, 'Object Patched Successfully');
}

function transition(request: Request, id: string, action: string): Response {
  const loaded = loadOwnApplication(request, id);
  if (loaded.response) return loaded.response;
  const { app } = loaded;
  if (action === 'submit') {
    const outcome = mutate((s) => submit(s, app));
    return outcome === 'ok' ? noContent() : strings(400, `Invalid transition from status ${app.status}`);
  }
  if (action === 'withdraw') {
    const refusal = canWithdraw(tenantState(), app);
    if (refusal === 'not-allowed') return strings(403, 'The service does not allow the withdrawal of applications');
    if (refusal === 'payment') return strings(403, 'An application with a payment can not be withdrawn');
    if (refusal === 'status') return strings(400, `Invalid transition from status ${app.status}`);
    mutate(() => withdraw(app));
    return noContent();
  }
  // Back-office transitions need an operator (opencity-api.md §3.3).
  return strings(403, 'Access Denied.');
}

function fileBody(s: TenantState, fileId: string): Response {
  const f = s.files[fileId]!;
  if (f.base64) {
    const bin = atob(f.base64);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new HttpResponse(bytes as unknown as BodyInit, {
      headers: { 'Content-Type': f.mime_type, 'Content-Length': String(bytes.length), 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.originalName)}`, 'Access-Control-Allow-Origin': '*' },
    });
  }
  const g = f.generated ?? { title: f.originalName, lines: [f.description] };
  return pdfResponse(simplePdf(g.title, g.lines), f.originalName);
}

export { fileBody };

export const applicationHandlers = [
  http.get('*/api/applications', ({ request }) => list(request)),
  http.post('*/api/applications', ({ request }) => create(request)),
  http.get('*/api/applications/:id', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    return json(applicationToWire(loaded.app, tenantState(), baseOf(request), apiVersion(request)));
  }),
  http.put('*/api/applications/:id', ({ request, params }) => update(request, String(params.id), true)),
  http.patch('*/api/applications/:id', ({ request, params }) => update(request, String(params.id), false)),
  http.post('*/api/applications/:id/transition/:action', ({ request, params }) => transition(request, String(params.id), String(params.action))),
  http.get('*/api/applications/:id/history', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    return json(historyToWire(loaded.app));
  }),
  http.get('*/api/applications/:id/attachments/:fileId', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    const { app } = loaded;
    const fid = String(params.fileId);
    const s = tenantState();
    const belongs = [...app.attachments, ...app.compiled_modules, ...app.outcome_attachments, app.outcome_file, ...app.integrations.flatMap((i) => [i.inbound, i.outbound])].includes(fid);
    if (!belongs || !s.files[fid]) return strings(404, 'Attachment not found');
    return fileBody(s, fid);
  }),
  http.get('*/api/applications/:id/backoffice', ({ request, params }) => {
    const loaded = loadOwnApplication(request, String(params.id));
    if (loaded.response) return loaded.response;
    return json({ backoffice_data: loaded.app.backoffice_data });
  }),
];
