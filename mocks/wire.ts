/**
 * Serializers from the tenant records to OpenCity's wire shapes (opencity-api.md §4). Each takes
 * the request's tenant base so URLs in the body are absolute, as the real server sends them.
 */
import type { ServiceRecord } from './fixtures/services.js';
import { GROUPS } from './fixtures/services.js';
import type { UserRecord } from './fixtures/citizens.js';
import { absolute } from './http.js';
import { iso, romeTime, unix, italianDateToIso } from './time.js';
import type { ApplicationRecord, FileRecord, MeetingRecord, MessageRecord, PaymentRecord, TenantState } from './db.js';
import { statusName, TRANSITIONS, TRANSITION_DESCRIPTIONS } from './status.js';
import { ENTE, TENANT_ID } from './fixtures/tenant.js';
import { PAYABLE } from './payment-model.js';

export function serviceToWire(s: ServiceRecord, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (!k.startsWith('_')) out[k] = v;
  out.conditions_attachments = (s.conditions_attachments as Array<Record<string, string>>).map((a) => ({ ...a, url: absolute(base, a.url!) }));
  out.costs_attachments = (s.costs_attachments as Array<Record<string, string>>).map((a) => ({ ...a, url: absolute(base, a.url!) }));
  // `payment_parameters` is emptied in public output (opencity-api.md §4.1).
  out.payment_parameters = [];
  return out;
}

export function groupToWire(g: (typeof GROUPS)[number], services: ServiceRecord[]): Record<string, unknown> {
  return { ...g, services_count: services.filter((s) => s.service_group_id === g.id && [1, 2, 4].includes(s.status)).length };
}

/** v1 user: Italian keys (opencity-api.md §4.8). */
export function userToWireV1(u: UserRecord): Record<string, unknown> {
  return {
    id: u.id, role: u.role, nome: u.nome, cognome: u.cognome, full_name: `${u.nome} ${u.cognome}`,
    codice_fiscale: u.codice_fiscale, data_nascita: u.data_nascita ? iso(romeTime(u.data_nascita)) : null,
    luogo_nascita: u.luogo_nascita, codice_nascita: u.codice_nascita, provincia_nascita: u.provincia_nascita, stato_nascita: u.stato_nascita,
    sesso: u.sesso, telefono: u.telefono, cellulare: u.cellulare, email: u.email,
    indirizzo_domicilio: u.indirizzo_domicilio, cap_domicilio: u.cap_domicilio, citta_domicilio: u.citta_domicilio,
    provincia_domicilio: u.provincia_domicilio, stato_domicilio: u.stato_domicilio,
    indirizzo_residenza: u.indirizzo_residenza, cap_residenza: u.cap_residenza, citta_residenza: u.citta_residenza,
    provincia_residenza: u.provincia_residenza, stato_residenza: u.stato_residenza,
  };
}

/** v2 user: English keys like the 3.x `users` event (opencity-api.md §4.8). */
export function userToWireV2(u: UserRecord): Record<string, unknown> {
  return {
    id: u.id, role: u.role, username: u.username, given_name: u.nome, family_name: u.cognome, full_name: `${u.nome} ${u.cognome}`,
    tax_code: u.codice_fiscale, date_of_birth: u.data_nascita, place_of_birth: u.luogo_nascita, county_of_birth: u.provincia_nascita,
    country_of_birth: u.stato_nascita, gender: u.sesso === 'M' ? 'male' : u.sesso === 'F' ? 'female' : null,
    email: u.email, mobile_phone: u.cellulare, telephone: u.telefono,
    residency: { address: u.indirizzo_residenza, country: u.stato_residenza, county: u.provincia_residenza, municipality: u.citta_residenza, post_code: u.cap_residenza },
    domicile: { address: u.indirizzo_domicilio, country: u.stato_domicilio, county: u.provincia_domicilio, municipality: u.citta_domicilio, post_code: u.cap_domicilio },
    spid_code: u.spid_code, authentication_method: u.authentication_method,
    created_at: iso(u.created_at), updated_at: iso(u.updated_at),
  };
}

// ---------------------------------------------------------------------------------------------
// Applications (opencity-api.md §4.3, §4.4)


export function fileToWire(f: FileRecord, url: string): Record<string, unknown> {
  return {
    id: f.id, name: f.name, url, originalName: f.originalName, description: f.description,
    created_at: iso(f.created_at), protocol_required: f.protocol_required, protocol_number: f.protocol_number,
  };
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replaces `{"$file": id}` markers with the wire file objects inside `data`. */
function resolveFiles(v: unknown, s: TenantState, fileUrl: (id: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveFiles(x, s, fileUrl));
  if (isPlain(v)) {
    if (typeof v.$file === 'string') {
      const f = s.files[v.$file];
      return f ? { id: f.id, name: f.name, url: fileUrl(f.id), originalName: f.originalName, description: f.description, protocol_required: f.protocol_required } : null;
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveFiles(x, s, fileUrl)]));
  }
  return v;
}

/** Any field whose last key is `natoAIl` is rewritten to ISO 8601 (opencity-api.md §4.3). */
function natoAIl(key: string, v: unknown): unknown {
  return key === 'natoAIl' && typeof v === 'string' ? italianDateToIso(v) ?? v : v;
}

/** v2: nested, with the Form.io `data` segments removed. */
export function nestData(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => nestData(x));
  if (isPlain(v)) {
    // A nested form value `{data: {...}, metadata?}` collapses to its data.
    if (isPlain(v.data) && !('id' in v.data && 'url' in v)) return nestData(v.data, key);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nestData(x, k)]));
  }
  return natoAIl(key, v);
}

/** v1: flat dotted keys that keep the `data` segments (`applicant.data.completename.data.name`). */
export function flattenData(v: Record<string, unknown>, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, x] of Object.entries(v)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlain(x) && !('url' in x && 'originalName' in x)) flattenData(x, key, out);
    else out[key] = natoAIl(k, x);
  }
  return out;
}

export function applicationLinks(app: ApplicationRecord, s: TenantState, base: string, version: number): Array<Record<string, string>> {
  const service = s.services.find((x) => x.id === app.service_id);
  return (TRANSITIONS[app.status] ?? [])
    .filter((a) => !(a === 'register' && !service?.protocol_required))
    .filter((a) => !(a === 'withdraw' && !service?.allow_reopening))
    .map((action) => ({ action, description: TRANSITION_DESCRIPTIONS[action] ?? action, url: `${base}/api/applications/${app.id}/transition/${action}?version=${version}` }));
}

export function applicationToWire(app: ApplicationRecord, s: TenantState, base: string, version: 1 | 2): Record<string, unknown> {
  const service = s.services.find((x) => x.id === app.service_id);
  const user = s.users.find((u) => u.id === app.user);
  const fileUrl = (id: string) => `${base}/api/applications/${app.id}/attachments/${id}?version=${version}`;
  const file = (id: string | null) => {
    const f = id ? s.files[id] : undefined;
    return f ? fileToWire(f, fileUrl(f.id)) : null;
  };
  const files = (ids: string[]) => ids.map(file).filter(Boolean);
  const data = resolveFiles(app.data, s, fileUrl) as Record<string, unknown>;
  const t = (ms: number | null) => (ms == null ? null : iso(ms));
  const group = service?.service_group_id ? (service.service_group as string) : null;
  return {
    id: app.id,
    user: app.user,
    user_name: user ? `${user.nome} ${user.cognome}`.trim() : null,
    tenant: TENANT_ID,
    service: service?.slug ?? null,
    service_id: app.service_id,
    service_name: service?.name ?? null,
    service_group_name: group ? 'Mensa scolastica' : null,
    subject: app.subject,
    data: version === 2 ? nestData(data) : flattenData(data),
    compiled_modules: files(app.compiled_modules),
    attachments: files(app.attachments),
    creation_time: unix(app.created_at),
    created_at: iso(app.created_at),
    submission_time: app.submitted_at == null ? null : unix(app.submitted_at),
    submitted_at: t(app.submitted_at),
    latest_status_change_time: unix(app.latest_status_change_at),
    latest_status_change_at: iso(app.latest_status_change_at),
    protocol_folder_number: app.protocol_folder_number,
    protocol_folder_code: app.protocol_folder_code,
    protocol_number: app.protocol_number,
    protocol_document_id: app.protocol_document_id,
    protocol_numbers: app.protocol_number ? [{ id: app.protocol_document_id, protocollo: app.protocol_number }] : [],
    protocol_time: app.protocolled_at == null ? null : unix(app.protocolled_at),
    protocolled_at: t(app.protocolled_at),
    outcome: app.outcome,
    outcome_motivation: app.outcome_motivation,
    outcome_file: file(app.outcome_file),
    outcome_attachments: files(app.outcome_attachments),
    outcome_protocol_number: app.outcome_protocol_number,
    outcome_protocol_document_id: null,
    outcome_protocol_numbers: [],
    outcome_protocol_time: app.outcome_protocolled_at == null ? null : unix(app.outcome_protocolled_at),
    outcome_protocolled_at: t(app.outcome_protocolled_at),
    payment_type: app.payment_type,
    payment_data: app.payment_data,
    // A string of digits on the wire (opencity-api.md §4.3).
    status: String(app.status),
    status_name: statusName(app.status),
    links: applicationLinks(app, s, base, version),
    meetings: app.meetings,
    integrations: app.integrations.map((i) => ({ outbound: file(i.outbound), inbound: file(i.inbound) })),
    backoffice_data: app.backoffice_data,
    flow_changed_at: t(app.flow_changed_at),
    user_compilation_notes: app.user_compilation_notes,
    authentication: app.authentication,
  };
}

export function historyToWire(app: ApplicationRecord): Array<Record<string, unknown>> {
  return app.history.map((h) => ({ status_code: h.status_code, status_name: statusName(h.status_code), message: h.message, message_id: h.message_id, date: iso(h.date), user: h.user }));
}

// ---------------------------------------------------------------------------------------------
// Messages (opencity-api.md §4.5)

export function messageToWire(m: MessageRecord, s: TenantState, base: string): Record<string, unknown> {
  const t = (ms: number | null) => (ms == null ? null : iso(ms));
  return {
    id: m.id,
    message: m.message,
    subject: m.subject,
    author: m.author,
    application: m.application,
    visibility: m.visibility,
    email: m.email,
    created_at: iso(m.created_at),
    sent_at: t(m.sent_at),
    read_at: t(m.read_at),
    clicked_at: t(m.clicked_at),
    attachments: m.attachments
      .map((id) => s.files[id])
      .filter((f): f is FileRecord => Boolean(f))
      .map((f) => fileToWire(f, `${base}/api/applications/${m.application}/messages/${m.id}/attachments/${f.id}?version=1`)),
    protocol_required: m.protocol_required,
    protocolled_at: t(m.protocolled_at),
    protocol_number: m.protocol_number,
    call_to_actions: m.call_to_actions.map((c) => ({ label: c.label, link: absolute(base, c.link) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Payments (opencity-api.md §4.6)

export function paymentLinks(p: PaymentRecord, base: string) {
  const proxy = `${base}/payment-proxy`;
  const payable = PAYABLE.includes(p.status) && p.type === 'PAGOPA';
  const opened = (k: 'online_payment_begin' | 'offline_payment' | 'receipt') => (p.links_opened[k] ? iso(p.links_opened[k]!) : null);
  return {
    online_payment_begin: { url: payable ? `${proxy}/online-payment/${p.id}` : null, last_opened_at: opened('online_payment_begin'), method: 'GET' },
    online_payment_landing: { url: `${base}/it/pratiche/${p.remote_id}/detail`, last_opened_at: null, method: 'GET' },
    offline_payment: { url: payable ? `${proxy}/notice/${p.id}` : null, last_opened_at: opened('offline_payment'), method: 'GET' },
    receipt: { url: p.status === 'COMPLETE' && p.type === 'PAGOPA' ? `${proxy}/receipt/${p.id}` : null, last_opened_at: opened('receipt'), method: 'GET' },
    notify: [{ url: `${base}/api/applications/${p.remote_id}/payment`, method: 'POST', sent_at: p.status === 'COMPLETE' ? iso(p.updated_at) : null }],
    update: { url: `${proxy}/update/${p.id}`, last_check_at: iso(p.updated_at), next_check_at: payable ? iso(Date.now() + 60_000) : null, method: 'GET' },
    confirm: { url: `${proxy}/payments/${p.id}/confirm`, method: 'PATCH' },
    cancel: { url: `${proxy}/payments/${p.id}/cancel`, method: 'PATCH' },
  };
}

export function payerOf(s: TenantState, userId: string) {
  const u = s.users.find((x) => x.id === userId);
  const street = u?.indirizzo_residenza ?? '';
  const m = /^(.*?)\s+(\d+\w*)$/.exec(street);
  return {
    type: 'human', tax_identification_number: u?.codice_fiscale ?? '', name: u?.nome ?? '', family_name: u?.cognome ?? '',
    street_name: m ? m[1] : street, building_number: m ? m[2] : '', postal_code: u?.cap_residenza ?? '', town_name: u?.citta_residenza ?? '',
    country_subdivision: u?.provincia_residenza ?? '', country: 'IT', email: u?.email ?? '',
  };
}

export function paymentToWire(p: PaymentRecord, s: TenantState, base: string): Record<string, unknown> {
  const payer = payerOf(s, p.user_id);
  const t = (ms: number | null) => (ms == null ? null : iso(ms));
  return {
    id: p.id,
    user_id: p.user_id,
    type: p.type,
    tenant_id: TENANT_ID,
    service_id: p.service_id,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
    status: p.status,
    reason: p.reason,
    remote_id: p.remote_id,
    payment: {
      type: p.payment.type,
      transaction_id: p.payment.transaction_id,
      paid_at: t(p.payment.paid_at),
      expire_at: t(p.payment.expire_at),
      amount: p.payment.amount,
      currency: p.payment.currency,
      notice_code: p.payment.notice_code,
      iud: p.payment.iud,
      iuv: p.payment.iuv,
      receiver: {
        tax_identification_number: ENTE.fiscalCode, name: ENTE.name, iban: ENTE.iban, address: ENTE.address, building_number: ENTE.buildingNumber,
        postal_code: ENTE.postalCode, town_name: ENTE.town, country_subdivision: ENTE.county, country: 'IT',
      },
      due_type: p.payment.due_type,
      pagopa_category: p.payment.pagopa_category,
      document: p.payment.document,
      split: p.payment.split,
    },
    links: paymentLinks(p, base),
    payer,
    debtor: payer,
    event_id: `${p.id.slice(0, 8)}-evt`,
    event_version: '2.0',
    event_created_at: iso(p.updated_at),
    app_id: 'mypay-payment-proxy:1.8.0',
  };
}

/** `GET /api/applications/{id}/payment` summary; `links` only while PAYMENT_PENDING (§3.6). */
export function paymentSummaryToWire(p: PaymentRecord, base: string): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, reason: p.reason, status: p.status, created_at: iso(p.created_at), updated_at: iso(p.updated_at) };
  if (p.status === 'PAYMENT_PENDING') {
    const l = paymentLinks(p, base);
    out.links = { online_payment_begin: { url: l.online_payment_begin.url, method: 'GET' }, online_payment_landing: { url: l.online_payment_landing.url, method: 'GET' }, offline_payment: { url: l.offline_payment.url, method: 'GET' } };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Meetings (opencity-api.md §4.7)

export function meetingToWire(m: MeetingRecord): Record<string, unknown> {
  const t = (ms: number | null) => (ms == null ? null : iso(ms));
  return {
    id: m.id, calendar: m.calendar, application: m.application, user: m.user, email: m.email, phone_number: m.phone_number,
    fiscal_code: m.fiscal_code, name: m.name, from_time: iso(m.from_time), to_time: iso(m.to_time), user_message: m.user_message,
    motivation_outcome: m.motivation_outcome, videoconference_link: m.videoconference_link, status: m.status, rescheduled: m.rescheduled,
    draft_expiration: t(m.draft_expiration), first_available_date: null, first_available_slot: null, first_availability_updated_at: null,
    opening_hour: m.opening_hour, reason: m.reason, created_at: iso(m.created_at), updated_at: iso(m.updated_at),
  };
}
