import type { Attachment } from './attachment.js';

/** OpenCity application status codes (opencity-api.md §5.1). Unknown codes from newer backends are kept as numbers. */
export const PRATICA_STATUS = {
  DRAFT: 1000,
  PAYMENT_PENDING: 1500,
  PAYMENT_OUTCOME_PENDING: 1510,
  PAYMENT_SUCCESS: 1520,
  PAYMENT_ERROR: 1530,
  PRE_SUBMIT: 1900,
  SUBMITTED: 2000,
  REGISTERED: 3000,
  PENDING: 4000,
  REQUEST_INTEGRATION: 4100,
  DRAFT_FOR_INTEGRATION: 4200,
  SUBMITTED_AFTER_INTEGRATION: 4300,
  REGISTERED_AFTER_INTEGRATION: 4400,
  PENDING_AFTER_INTEGRATION: 4500,
  PROCESSING: 5000,
  COMPLETE_WAITALLEGATIOPERATORE: 6000,
  COMPLETE: 7000,
  CANCELLED_WAITALLEGATIOPERATORE: 8000,
  CANCELLED: 9000,
  WITHDRAW: 20000,
  REVOKED: 50000,
} as const;

export type PraticaStatusCode = number;

/**
 * What a citizen understands of a status (pa-domain.md §6.2, the citizen grouping of
 * OpenCity's PraticheController in §6.1): the filter of the pratiche list and the colour of the tag.
 */
export type PraticaStatusGroup =
  | 'bozza'
  | 'in-attesa-di-pagamento'
  | 'inviata'
  | 'in-lavorazione'
  | 'richiesta-integrazione'
  | 'accettata'
  | 'rifiutata'
  | 'ritirata'
  | 'annullata';

export const PRATICA_STATUS_GROUPS: readonly PraticaStatusGroup[] = [
  'bozza',
  'in-attesa-di-pagamento',
  'inviata',
  'in-lavorazione',
  'richiesta-integrazione',
  'accettata',
  'rifiutata',
  'ritirata',
  'annullata',
];

const GROUP_CODES: Record<PraticaStatusGroup, readonly number[]> = {
  bozza: [1000],
  'in-attesa-di-pagamento': [1500, 1510, 1530],
  inviata: [1520, 1900, 2000, 3000],
  'in-lavorazione': [4000, 4300, 4400, 4500, 5000],
  // 4100 is the operator's request being registered, 4200 is the citizen's turn: both ask the citizen to act.
  'richiesta-integrazione': [4100, 4200],
  accettata: [6000, 7000],
  rifiutata: [8000, 9000],
  ritirata: [20000],
  annullata: [50000],
};

/** The status codes of a group: what to send as `status` filters to `/api/applications` (one request per code). */
export function statusCodesOf(group: PraticaStatusGroup): readonly number[] {
  return GROUP_CODES[group];
}

/** The citizen status group of a code; unknown codes fall in the nearest range, never throw. */
export function statusGroupOf(code: PraticaStatusCode): PraticaStatusGroup {
  for (const g of PRATICA_STATUS_GROUPS) if (GROUP_CODES[g].includes(code)) return g;
  if (code < 1500) return 'bozza';
  if (code < 1900) return 'in-attesa-di-pagamento';
  if (code < 4000) return 'inviata';
  if (code < 7000) return 'in-lavorazione';
  if (code < 8000) return 'accettata';
  if (code < 20000) return 'rifiutata';
  if (code < 50000) return 'ritirata';
  return 'annullata';
}

/** Final states (opencity-api.md §5.1 `FINAL_STATES`): nothing more will happen unless an operator reopens. */
export function isFinalStatus(code: PraticaStatusCode): boolean {
  return code === 7000 || code === 9000 || code === 20000 || code === 50000;
}

/** The citizen has something to do: finish a draft, pay, or answer a request for integration. */
export function needsCitizenAction(code: PraticaStatusCode): boolean {
  return code === 1000 || code === 1500 || code === 1530 || code === 4100 || code === 4200;
}

/** Tag tone for a group (red only for problems: ARCHITECTURE.md §5). */
export type StatusTone = 'neutral' | 'info' | 'warning' | 'success' | 'danger';
export function statusToneOf(group: PraticaStatusGroup): StatusTone {
  switch (group) {
    case 'bozza': return 'neutral';
    case 'inviata':
    case 'in-lavorazione': return 'info';
    case 'in-attesa-di-pagamento':
    case 'richiesta-integrazione': return 'warning';
    case 'accettata': return 'success';
    case 'rifiutata': return 'danger';
    default: return 'neutral';
  }
}

/**
 * A transition offered by the backend in `links` (opencity-api.md §4.3, §5.1).
 * The list mixes operator and citizen actions; `Pratica.allowedActions` keeps only the citizen's.
 */
export interface PraticaLink {
  action: string;
  description?: string;
  url: string;
}
export type CitizenPraticaAction = 'submit' | 'withdraw';

export interface Pratica {
  id: string;
  serviceId: string;
  /** Service slug (`service` on the wire). */
  serviceSlug: string;
  serviceName: string;
  serviceGroupName?: string;
  subject?: string;
  userId: string;
  userName?: string;
  statusCode: PraticaStatusCode;
  /** `status_name` without the `status_` prefix, lower case: `submitted`, `payment_pending`… */
  statusName: string;
  statusGroup: PraticaStatusGroup;
  createdAt: Date;
  submittedAt?: Date;
  /** `latest_status_change_at`. */
  updatedAt?: Date;
  protocolNumber?: string;
  protocolledAt?: Date;
  /** Submission data, always in the v2 nested shape without Form.io `data` wrappers. */
  data: Record<string, unknown>;
  attachments: Attachment[];
  /** The compiled module(s): the receipt PDF of the request. */
  compiledModules: Attachment[];
  /** true accepted, false rejected, undefined undecided. */
  outcome?: boolean;
  outcomeMotivation?: string;
  outcomeFile?: Attachment;
  outcomeAttachments: Attachment[];
  /** Gateway identifier (`mypay`, `bollo`, …). */
  paymentType?: string;
  /** `payment_data` as given (shape depends on the gateway, §4.6 A). */
  paymentData?: unknown;
  /** All transitions the backend offers. */
  links: PraticaLink[];
  /** The transitions a citizen may perform (subset of links). */
  allowedActions: CitizenPraticaAction[];
  meetingIds: string[];
  /**
   * The office's requests for integration, oldest first (`integrations[]`, opencity-api.md §4.3): `request` is
   * the outbound document, `answer` the citizen's inbound one once registered. Absent when the backend omits it.
   */
  integrations?: PraticaIntegration[];
  userCompilationNotes?: string;
  authenticationMethod?: string;
}

export interface PraticaIntegration {
  request?: Attachment;
  answer?: Attachment;
}

/** One entry of "Iter della pratica" (`/history`, opencity-api.md §4.4). */
export interface StatusChange {
  statusCode: PraticaStatusCode;
  statusName: string;
  statusGroup: PraticaStatusGroup;
  date: Date;
  message?: string;
  messageId?: string;
}

/** Filters for the pratiche list. */
export interface PraticaQuery {
  /** Service slug. */
  service?: string;
  serviceId?: string;
  /** Exact status code(s). */
  status?: PraticaStatusCode | PraticaStatusCode[];
  /** Citizen status group(s): expanded to codes. */
  statusGroup?: PraticaStatusGroup | PraticaStatusGroup[];
  createdAfter?: Date | string;
  createdBefore?: Date | string;
  submittedAfter?: Date | string;
  submittedBefore?: Date | string;
  /** Default ASC as the backend; pass 'DESC' for newest first. */
  sort?: 'ASC' | 'DESC';
  offset?: number;
  /** Default 10, max 100 (opencity-api.md §3.3). */
  limit?: number;
}

/** `status_name` → lower case without prefix: `STATUS_SUBMITTED` / `status_submitted` → `submitted`. */
export function normalizeStatusName(name: string | null | undefined): string {
  return (name ?? '').toLowerCase().replace(/^status_/, '');
}

/**
 * The one identifier a citizen sees and quotes for a pratica (issue 19): its protocol number when the
 * ente has registered it, else the short form of its id. Every element (wizard confirmation, list,
 * detail, inbox) shows this, labelled by its kind, never the raw UUID.
 */
export interface PraticaReference { kind: 'protocol' | 'number'; value: string }

/** `b530c437-bb8c-…` → `B530C437`: the first 8 hex digits, upper case (a UUID's first group). */
export function praticaShortId(id: string): string {
  const hex = id.replace(/[^0-9a-f]/gi, '');
  return (hex.length >= 8 ? hex.slice(0, 8) : id).toUpperCase();
}

export function praticaReference(p: Pick<Pratica, 'id' | 'protocolNumber'>): PraticaReference {
  const protocol = p.protocolNumber?.trim();
  return protocol ? { kind: 'protocol', value: protocol } : { kind: 'number', value: praticaShortId(p.id) };
}

/** The value of {@link praticaReference}. */
export function praticaNumber(p: Pick<Pratica, 'id' | 'protocolNumber'>): string {
  return praticaReference(p).value;
}
