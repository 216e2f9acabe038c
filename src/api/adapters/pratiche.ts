import {
  normalizeStatusName,
  statusGroupOf,
  type CitizenPraticaAction,
  type Pratica,
  type PraticaIntegration,
  type StatusChange,
} from '../../domain/pratica.js';
import type * as z from 'zod/mini';
import type { ApplicationWire, TransitionWire } from '../schemas/pratiche.js';
import { FileWire } from '../schemas/files.js';
import { opt, toDate, toNumber } from './common.js';
import { toAttachment } from './attachments.js';
import { normalizeSubmissionData } from './submission-data.js';

const CITIZEN_ACTIONS: readonly CitizenPraticaAction[] = ['submit', 'withdraw'];

export function toPratica(w: ApplicationWire): Pratica {
  const statusCode = toNumber(w.status) ?? 0;
  const links = (w.links ?? []).map((l) => ({ action: l.action, description: opt(l.description), url: l.url ?? '' }));
  const outcomeFile = w.outcome_file && !Array.isArray(w.outcome_file) ? toAttachment(w.outcome_file) : undefined;
  const auth = w.authentication && !Array.isArray(w.authentication) ? opt(w.authentication.authentication_method) : undefined;
  return {
    id: w.id,
    serviceId: w.service_id ?? '',
    serviceSlug: w.service ?? '',
    serviceName: opt(w.service_name) ?? w.service ?? '',
    serviceGroupName: opt(w.service_group_name),
    subject: opt(w.subject),
    userId: w.user ?? '',
    userName: opt(w.user_name),
    statusCode,
    statusName: normalizeStatusName(w.status_name),
    statusGroup: statusGroupOf(statusCode),
    createdAt: toDate(w.created_at) ?? toDate(w.creation_time) ?? new Date(0),
    submittedAt: toDate(w.submitted_at) ?? toDate(w.submission_time),
    updatedAt: toDate(w.latest_status_change_at) ?? toDate(w.latest_status_change_time),
    protocolNumber: w.protocol_number === null || w.protocol_number === undefined || w.protocol_number === '' ? undefined : String(w.protocol_number),
    protocolledAt: toDate(w.protocolled_at) ?? toDate(w.protocol_time),
    data: normalizeSubmissionData(w.data),
    attachments: (w.attachments ?? []).map(toAttachment),
    compiledModules: (w.compiled_modules ?? []).map(toAttachment),
    outcome: w.outcome === null || w.outcome === undefined ? undefined : Boolean(w.outcome),
    outcomeMotivation: opt(w.outcome_motivation),
    outcomeFile,
    outcomeAttachments: (w.outcome_attachments ?? []).map(toAttachment),
    paymentType: opt(w.payment_type),
    paymentData: Array.isArray(w.payment_data) && w.payment_data.length === 0 ? undefined : (w.payment_data ?? undefined),
    links,
    allowedActions: CITIZEN_ACTIONS.filter((a) => links.some((l) => l.action === a)),
    meetingIds: (w.meetings ?? []).map((m) => (typeof m === 'string' ? m : m.id)),
    integrations: (w.integrations ?? []).map(toIntegration),
    userCompilationNotes: opt(w.user_compilation_notes),
    authenticationMethod: auth,
  };
}

function toIntegration(raw: unknown): PraticaIntegration {
  const file = (v: unknown) => {
    const r = v && typeof v === 'object' ? FileWire.safeParse(v) : undefined;
    return r?.success ? toAttachment(r.data) : undefined;
  };
  const o = raw && typeof raw === 'object' ? (raw as { outbound?: unknown; inbound?: unknown }) : {};
  return { request: file(o.outbound), answer: file(o.inbound) };
}

export function toStatusChange(w: z.infer<typeof TransitionWire>): StatusChange {
  const statusCode = toNumber(w.status_code) ?? 0;
  return {
    statusCode,
    statusName: normalizeStatusName(w.status_name),
    statusGroup: statusGroupOf(statusCode),
    date: toDate(w.date) ?? new Date(0),
    message: opt(w.message),
    messageId: opt(w.message_id),
  };
}
