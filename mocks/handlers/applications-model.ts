/**
 * Pratica behaviour shared by the handlers, the seed and the arrange helpers: submit (with the
 * immediate-payment detour), the async 1900 → 2000 move, withdraw rules, operator moves, and the
 * compiled-module receipt.
 */
import type { ApplicationRecord, FileRecord, TenantState } from '../db.js';
import { saveTenant, tenantState, mutate } from '../db.js';
import { STATUS, STATUS_LABELS_IT, WITHDRAWABLE } from '../status.js';
import { buildPayment } from '../payment-model.js';
import type { ServiceRecord } from '../fixtures/services.js';
import type { UserRecord } from '../fixtures/citizens.js';
import { uuid } from '../time.js';

const DAY = 86_400_000;

function pushHistory(app: ApplicationRecord, code: number, at: number, message: string | null = null, messageId: string | null = null): void {
  app.status = code;
  app.latest_status_change_at = at;
  app.history.push({ status_code: code, message, message_id: messageId, date: at, user: null });
}

/**
 * After submit the real server moves 1900 → 2000 asynchronously, once the receipt PDF is built
 * (opencity-api.md §3.3). The mock does it at the next read, so tests stay deterministic.
 */
export function promote(app: ApplicationRecord): void {
  if (!app.pending_promotion || app.status !== STATUS.PRE_SUBMIT) return;
  const at = Math.max(Date.now(), app.latest_status_change_at + 1000);
  app.pending_promotion = false;
  pushHistory(app, STATUS.SUBMITTED, at);
  saveTenant();
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `applicant.data.<section>.data.<field>` of a raw Form.io submission. */
export function applicantField(data: Record<string, unknown>, section: string, field?: string): string | undefined {
  const a = (data.applicant as { data?: Record<string, unknown> } | undefined)?.data;
  if (!a) return undefined;
  const v = a[section];
  if (field === undefined) return typeof v === 'string' ? v : undefined;
  const inner = isPlain(v) ? (v.data as Record<string, unknown> | undefined)?.[field] : undefined;
  return typeof inner === 'string' ? inner : undefined;
}

/**
 * Replaces Form.io file values (`[{name, url, storage, data: {id}}]`, opencity-api.md §3.4) with
 * `{"$file": id}` markers. Returns the referenced ids, or the first unknown id.
 */
export function extractFiles(data: unknown, s: TenantState): { data: unknown; ids: string[]; missing?: string } {
  const ids: string[] = [];
  let missing: string | undefined;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      return v.map((item) => {
        if (isPlain(item) && isPlain(item.data) && typeof item.data.id === 'string' && ('storage' in item || 'originalName' in item || 'url' in item)) {
          const id = item.data.id;
          const f = s.files[id];
          if (!f) { missing ??= id; return item; }
          if (typeof item.fileType === 'string') f.description = item.fileType;
          ids.push(id);
          return { $file: id };
        }
        if (isPlain(item) && typeof item.$file === 'string') { ids.push(item.$file); return item; }
        return walk(item);
      });
    }
    if (isPlain(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(data);
  return { data: out, ids, missing };
}

export function subjectFor(service: ServiceRecord, user: UserRecord, data: Record<string, unknown>): string {
  if (typeof data.application_subject === 'string' && data.application_subject.trim()) return data.application_subject;
  return `${service.name} ${user.nome} ${user.cognome} ${user.codice_fiscale}`.replace(/\s+/g, ' ').trim();
}

/** Flattened `key: value` lines of a submission, for the receipt PDF. */
function summaryLines(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => summaryLines(x, `${prefix}[${i + 1}]`));
  if (isPlain(v)) {
    if (typeof v.$file === 'string') return [`${prefix}: allegato`];
    return Object.entries(v).flatMap(([k, x]) => summaryLines(x, prefix ? (k === 'data' ? prefix : `${prefix}.${k}`) : k));
  }
  if (v === '' || v === null || v === undefined || v === false) return [];
  return [`${prefix}: ${v === true ? 'sì' : String(v)}`];
}

export function compileModule(s: TenantState, app: ApplicationRecord, at: number): FileRecord {
  const service = s.services.find((x) => x.id === app.service_id);
  const id = uuid();
  const f: FileRecord = {
    id, name: `modulo-${id.slice(0, 8)}.pdf`, originalName: `Ricevuta ${service?.name ?? 'pratica'}.pdf`,
    description: `Modulo ${service?.name ?? ''}`.trim(), mime_type: 'application/pdf', size: 2048, created_at: at,
    protocol_required: true, protocol_number: null, owner: app.user, upload_state: 'finalized', hash: null,
    generated: {
      title: `Ricevuta di presentazione – ${service?.name ?? ''}`,
      lines: [`Comune di Esempio`, `Pratica n. ${app.id}`, `Oggetto: ${app.subject ?? ''}`, `Data di presentazione: ${new Date(at).toLocaleString('it-IT', { timeZone: 'Europe/Rome' })}`, '', 'Dati inseriti:', ...summaryLines(app.data)],
    },
  };
  s.files[id] = f;
  app.compiled_modules.push(id);
  return f;
}

/**
 * Submits a pratica (draft 1000, or 4200 integration answer → 4300). Immediate-payment services
 * go to 1500 with a pagoPA payment; others to 1900, then 2000 at the next read.
 */
export function submit(s: TenantState, app: ApplicationRecord, at = Date.now()): 'ok' | 'invalid' {
  const service = s.services.find((x) => x.id === app.service_id)!;
  if (app.status === STATUS.DRAFT_FOR_INTEGRATION) {
    pushHistory(app, STATUS.SUBMITTED_AFTER_INTEGRATION, at);
    return 'ok';
  }
  if (app.status !== STATUS.DRAFT) return 'invalid';
  if (service.payment_required === 1 && service._payment) {
    const existing = s.payments.find((p) => p.remote_id === app.id && p.type === 'PAGOPA');
    const pay = existing ?? buildPayment(s, {
      user_id: app.user, service_id: service.id, remote_id: app.id, reason: service._payment.reason, amount: service._payment.amount,
      created_at: at, split: service._payment.items?.map((i) => ({ label: i.label, amount: i.amount })),
    });
    if (!existing) s.payments.push(pay);
    app.payment_type = 'mypay';
    app.payment_data = paymentDataFor(app, service._payment.reason, service._payment.amount, at);
    pushHistory(app, STATUS.PAYMENT_PENDING, at);
    return 'ok';
  }
  app.submitted_at = at;
  app.flow_changed_at = at;
  pushHistory(app, STATUS.PRE_SUBMIT, at);
  if (app.compiled_modules.length === 0) compileModule(s, app, at);
  app.pending_promotion = true;
  return 'ok';
}

/** The proxy request the platform builds for a pagoPA payment (opencity-api.md §4.6 A). */
export function paymentDataFor(app: ApplicationRecord, reason: string, amount: number, at: number): Record<string, unknown> {
  return {
    reason, amount, split: [], expire_at: new Date(at + 90 * DAY).toISOString(),
    notify: { url: `/api/applications/${app.id}/payment`, method: 'POST' },
    landing: { url: `/it/pratiche/${app.id}/detail`, method: 'GET' },
    status: 'pending',
  };
}

export type WithdrawRefusal = 'not-allowed' | 'payment' | 'status';

/** `ApplicationVoter::canWithdraw` (opencity-api.md §3.3, D-withdraw). */
export function canWithdraw(s: TenantState, app: ApplicationRecord): WithdrawRefusal | null {
  const service = s.services.find((x) => x.id === app.service_id);
  if (!service?.allow_withdraw) return 'not-allowed';
  if (s.payments.some((p) => p.remote_id === app.id && p.type === 'PAGOPA')) return 'payment';
  if (!WITHDRAWABLE.includes(app.status)) return 'status';
  return null;
}

export function withdraw(app: ApplicationRecord, at = Date.now()): void {
  pushHistory(app, STATUS.WITHDRAW, at, 'Pratica ritirata dal cittadino');
}

/**
 * Arrange helper (tests, stories): moves a pratica as an operator would, e.g.
 * `advancePratica(id, STATUS.DRAFT_FOR_INTEGRATION, 'Allega il certificato')`. Moving to 1500
 * on a deferred-payment service creates its pagoPA payment.
 */
export function advancePratica(id: string, status: number, message: string | null = null): ApplicationRecord {
  return mutate((s) => {
    const app = s.applications.find((a) => a.id === id);
    if (!app) throw new Error(`advancePratica: no pratica ${id}`);
    const at = Math.max(Date.now(), app.latest_status_change_at + 1000);
    if (status === STATUS.PAYMENT_PENDING) {
      const service = s.services.find((x) => x.id === app.service_id)!;
      const amount = service._payment?.amount ?? 10;
      const reason = service._payment?.reason ?? service.name;
      s.payments.push(buildPayment(s, { user_id: app.user, service_id: service.id, remote_id: app.id, reason, amount, created_at: at }));
      app.payment_type = 'mypay';
      app.payment_data = paymentDataFor(app, reason, amount, at);
    }
    // An integration request passes through 4100 (request registered) before the citizen's 4200.
    if (status === STATUS.DRAFT_FOR_INTEGRATION && app.status !== STATUS.REQUEST_INTEGRATION) pushHistory(app, STATUS.REQUEST_INTEGRATION, at - 500, message);
    if (status === STATUS.COMPLETE) app.outcome = true;
    if (status === STATUS.CANCELLED) { app.outcome = false; app.outcome_motivation = message; }
    pushHistory(app, status, at, message);
    return app;
  });
}

export function statusLabel(code: number): string {
  return STATUS_LABELS_IT[code] ?? String(code);
}

export { tenantState };
