/**
 * The stateful in-memory tenant behind the msw handlers and the simulator pages.
 *
 * - Tests: in memory, `resetTenant()` before each test (test/support/mock.ts does it).
 * - Demo: `enablePersistence()` (called by `startMockBackend`) keeps it in localStorage under
 *   `sdc-mock-tenant`, so pratiche, payments and the login session survive reloads and are shared
 *   with the login and checkout pages that the Vite plugin serves.
 */
import { seedCitizens, CITIZEN, type CitizenAlias, type UserRecord } from './fixtures/citizens.js';
import { seedServices, type ServiceRecord } from './fixtures/services.js';
import { seedDynamic } from './fixtures/pratiche.js';
import { uuid } from './time.js';
import { issueToken } from './jwt.js';
import { buildPayment } from './payment-model.js';

export const STORAGE_KEY = 'sdc-mock-tenant';
/** Bump when the fixtures change shape: persisted tenants of an older version are reseeded. */
export const SEED_VERSION = 4;

export interface FileRecord {
  id: string;
  /** Stored name, e.g. `delega-3f2a.pdf`. */
  name: string;
  originalName: string;
  description: string;
  mime_type: string;
  size: number;
  created_at: number;
  protocol_required: boolean;
  protocol_number: string | null;
  owner: string | null;
  /** Upload flow state (opencity-api.md §3.4): created → uploaded (PUT bytes) → finalized. */
  upload_state: 'created' | 'uploaded' | 'finalized';
  hash: string | null;
  /** File bytes as base64 (uploads, message attachments). Large files are kept out of localStorage. */
  base64?: string;
  /** Or a PDF generated on download: title + lines. */
  generated?: { title: string; lines: string[] };
}

export interface HistoryRecord {
  status_code: number;
  message: string | null;
  message_id: string | null;
  date: number;
  user: string | null;
}

export interface ApplicationRecord {
  id: string;
  user: string;
  service_id: string;
  status: number;
  subject: string | null;
  /** The raw Form.io submission (`{applicant: {data: {...}}}`); uploaded files as `{"$file": id}`. */
  data: Record<string, unknown>;
  created_at: number;
  submitted_at: number | null;
  latest_status_change_at: number;
  flow_changed_at: number | null;
  protocol_folder_number: string | null;
  protocol_folder_code: string | null;
  protocol_number: string | null;
  protocol_document_id: string | null;
  protocolled_at: number | null;
  outcome: boolean | null;
  outcome_motivation: string | null;
  outcome_file: string | null;
  outcome_protocol_number: string | null;
  outcome_protocolled_at: number | null;
  compiled_modules: string[];
  attachments: string[];
  outcome_attachments: string[];
  payment_type: string | null;
  payment_data: Record<string, unknown> | unknown[];
  history: HistoryRecord[];
  meetings: string[];
  integrations: Array<{ outbound: string | null; inbound: string | null }>;
  user_compilation_notes: string | null;
  backoffice_data: Record<string, unknown> | null;
  authentication: Record<string, unknown>;
  /** The pratica was just submitted: it moves 1900 → 2000 at the next read (the async receipt job). */
  pending_promotion?: boolean;
}

export interface MessageRecord {
  id: string;
  application: string;
  /** User uuid of the author; an operator's uuid for back-office messages. */
  author: string | null;
  subject: string | null;
  message: string;
  visibility: 'applicant' | 'internal';
  email: string | null;
  created_at: number;
  sent_at: number | null;
  read_at: number | null;
  clicked_at: number | null;
  attachments: string[];
  protocol_required: boolean;
  protocolled_at: number | null;
  protocol_number: string | null;
  /** Links to the next action (OpenCity `Message::call_to_actions`; pa-domain.md §6.1). */
  call_to_actions: Array<{ label: string; link: string }>;
}

export type PaymentStatus =
  | 'CREATION_PENDING' | 'CREATION_FAILED' | 'PAYMENT_PENDING' | 'PAYMENT_STARTED'
  | 'COMPLETE' | 'PAYMENT_FAILED' | 'CANCELED' | 'EXPIRED';

export interface PaymentRecord {
  id: string;
  user_id: string;
  type: 'PAGOPA' | 'STAMP';
  service_id: string;
  remote_id: string;
  status: PaymentStatus;
  reason: string;
  created_at: number;
  updated_at: number;
  payment: {
    transaction_id: string | null;
    paid_at: number | null;
    expire_at: number | null;
    amount: number;
    currency: 'EUR';
    notice_code: string | null;
    iud: string;
    iuv: string | null;
    split: Array<{ code: string; amount: number; meta: Record<string, string> }>;
    type: 'PAGOPA' | 'STAMP';
    due_type: string | null;
    pagopa_category: string | null;
    document: { id: string; ref: string | null; hash: string | null } | null;
  };
  /** Mock-only: what the checkout page last did, for the demo. */
  checkout_attempts: number;
  links_opened: Partial<Record<'online_payment_begin' | 'offline_payment' | 'receipt', number>>;
}

export interface MeetingRecord {
  id: string;
  calendar: string;
  application: string | null;
  user: string;
  email: string | null;
  phone_number: string | null;
  fiscal_code: string | null;
  name: string | null;
  from_time: number;
  to_time: number;
  user_message: string | null;
  motivation_outcome: string | null;
  videoconference_link: string | null;
  status: number;
  rescheduled: number;
  draft_expiration: number | null;
  opening_hour: string | null;
  reason: string | null;
  created_at: number;
  updated_at: number;
}

export interface TenantState {
  version: number;
  seeded_at: number;
  /** The SPID/CIE cookie session of the mock login page (`GET session-auth` reads it). */
  session: { userId: string | null };
  users: UserRecord[];
  services: ServiceRecord[];
  applications: ApplicationRecord[];
  messages: MessageRecord[];
  payments: PaymentRecord[];
  meetings: MeetingRecord[];
  files: Record<string, FileRecord>;
  counters: { protocol: number; iuv: number };
}

let state: TenantState | null = null;
let persist = false;

function hasStorage(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage !== null;
  } catch {
    return false;
  }
}

export function seedTenant(): TenantState {
  const s: TenantState = {
    version: SEED_VERSION,
    seeded_at: Date.now(),
    session: { userId: null },
    users: seedCitizens(),
    services: seedServices(),
    applications: [],
    messages: [],
    payments: [],
    meetings: [],
    files: {},
    counters: { protocol: 1200, iuv: 1000 },
  };
  seedDynamic(s);
  return s;
}

function load(): TenantState | null {
  if (!persist || !hasStorage()) return null;
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as TenantState;
    return parsed.version === SEED_VERSION ? parsed : null;
  } catch {
    return null;
  }
}

const MAX_PERSISTED_FILE = 256 * 1024;

/** Writes the tenant to localStorage (demo only). Large file bytes are dropped to stay in quota. */
export function saveTenant(): void {
  if (!persist || !hasStorage() || !state) return;
  const files: Record<string, FileRecord> = {};
  for (const [id, f] of Object.entries(state.files)) {
    files[id] = f.base64 && f.base64.length > MAX_PERSISTED_FILE ? { ...f, base64: undefined, generated: { title: f.originalName, lines: ['Il contenuto del file non è conservato dal backend dimostrativo.'] } } : f;
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...state, files }));
  } catch {
    // Quota exceeded: keep working in memory.
  }
}

/** The live tenant (mutable). Tests read it: `tenantState().applications.length`. */
export function tenantState(): TenantState {
  if (!state) {
    state = load() ?? seedTenant();
    saveTenant();
  }
  return state;
}

/** Back to the seeded fixtures (and logged out). */
export function resetTenant(): TenantState {
  state = seedTenant();
  saveTenant();
  return state;
}

/** Demo mode: read/write the tenant in localStorage and follow changes made by other pages or tabs. */
export function enablePersistence(): void {
  if (persist) return;
  persist = true;
  state = null;
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (e) => {
      if (e.key === STORAGE_KEY) state = null;
    });
  }
}

/** Back to in-memory only (tests that exercised persistence). */
export function disablePersistence(): void {
  persist = false;
}

export function isPersistent(): boolean {
  return persist;
}

/** Re-reads the persisted tenant (the simulator pages call it before acting). */
export function reloadTenant(): TenantState {
  state = null;
  return tenantState();
}

/** Runs a change and saves it. */
export function mutate<T>(fn: (s: TenantState) => T): T {
  const out = fn(tenantState());
  saveTenant();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Arrange helpers for tests, stories and the simulator pages.

export function resolveUserId(who: string): string {
  return (CITIZEN as Record<string, string>)[who] ?? who;
}

/**
 * Logs a test citizen in (the SPID/CIE cookie session): `GET {base}/api/session-auth` then answers
 * with a JWT for them. Accepts an alias (`giulia`, `marco`, `elena`) or a user uuid. Returns a
 * ready token for callers that want to skip session-auth.
 */
export function loginAs(who: CitizenAlias | string): string {
  const id = resolveUserId(who);
  const user = tenantState().users.find((u) => u.id === id);
  if (!user) throw new Error(`loginAs: no user ${who}`);
  mutate((s) => { s.session.userId = id; });
  return issueToken(user);
}

export function logout(): void {
  mutate((s) => { s.session.userId = null; });
}

/** A JWT for a user without touching the session (e.g. an expired one: `{ ttlSeconds: -10 }`). */
export function tokenFor(who: CitizenAlias | string, opts: { ttlSeconds?: number } = {}): string {
  const id = resolveUserId(who);
  const user = tenantState().users.find((u) => u.id === id);
  if (!user) throw new Error(`tokenFor: no user ${who}`);
  return issueToken(user, opts);
}

export function currentUser(): UserRecord | null {
  const s = tenantState();
  return s.users.find((u) => u.id === s.session.userId) ?? null;
}

export function findUser(id: string): UserRecord | undefined {
  return tenantState().users.find((u) => u.id === id);
}

export function findService(idOrIdentifier: string): ServiceRecord | undefined {
  return tenantState().services.find((s) => s.id === idOrIdentifier || s.identifier === idOrIdentifier);
}

export function findApplication(id: string): ApplicationRecord | undefined {
  return tenantState().applications.find((a) => a.id === id);
}

export function applicationsOf(who: CitizenAlias | string): ApplicationRecord[] {
  const id = resolveUserId(who);
  return tenantState().applications.filter((a) => a.user === id);
}

export function paymentsOf(who: CitizenAlias | string): PaymentRecord[] {
  const id = resolveUserId(who);
  return tenantState().payments.filter((p) => p.user_id === id);
}

export function messagesOf(applicationId: string): MessageRecord[] {
  return tenantState().messages.filter((m) => m.application === applicationId);
}

export function addFile(f: Partial<FileRecord> & { originalName: string }): FileRecord {
  const id = f.id ?? uuid();
  const ext = f.originalName.includes('.') ? f.originalName.slice(f.originalName.lastIndexOf('.')) : '';
  const rec: FileRecord = {
    id,
    name: f.name ?? `${f.originalName.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id.slice(0, 8)}${ext}`,
    originalName: f.originalName,
    description: f.description ?? 'Allegato',
    mime_type: f.mime_type ?? 'application/pdf',
    size: f.size ?? 0,
    created_at: f.created_at ?? Date.now(),
    protocol_required: f.protocol_required ?? false,
    protocol_number: f.protocol_number ?? null,
    owner: f.owner ?? null,
    upload_state: f.upload_state ?? 'finalized',
    hash: f.hash ?? null,
    base64: f.base64,
    generated: f.generated,
  };
  mutate((s) => { s.files[id] = rec; });
  return rec;
}

/** Adds a pratica (defaults: a draft of "accesso-atti" for the citizen). Returns the record. */
export function addPratica(p: Partial<ApplicationRecord> & { user: string; service_id: string }): ApplicationRecord {
  const now = Date.now();
  const rec: ApplicationRecord = {
    id: uuid(), subject: null, data: {}, status: 1000,
    created_at: now, submitted_at: null, latest_status_change_at: now, flow_changed_at: null,
    protocol_folder_number: null, protocol_folder_code: null, protocol_number: null, protocol_document_id: null, protocolled_at: null,
    outcome: null, outcome_motivation: null, outcome_file: null, outcome_protocol_number: null, outcome_protocolled_at: null,
    compiled_modules: [], attachments: [], outcome_attachments: [], payment_type: null, payment_data: [],
    history: [], meetings: [], integrations: [], user_compilation_notes: null, backoffice_data: null,
    authentication: { authentication_method: 'spid', session_id: null, spid_code: null, spid_level: null, certificate_issuer: null, certificate_subject: null, certificate: null, instant: null, session_index: null },
    ...p,
    user: resolveUserId(p.user),
    service_id: findService(p.service_id)?.id ?? p.service_id,
  };
  if (rec.history.length === 0) rec.history = [{ status_code: rec.status, message: null, message_id: null, date: rec.created_at, user: null }];
  mutate((s) => { s.applications.push(rec); });
  return rec;
}

/**
 * Adds a SPID citizen with no pratiche (empty states): `const id = addCitizen({ nome: 'Luca' }).id; loginAs(id)`.
 */
export function addCitizen(u: Partial<UserRecord> = {}): UserRecord {
  const now = Date.now();
  const rec: UserRecord = {
    id: uuid(), role: 'user', username: 'VRDLCU90A01A944W', nome: 'Luca', cognome: 'Verdi', codice_fiscale: 'VRDLCU90A01A944W',
    data_nascita: '1990-01-01', luogo_nascita: 'Bologna', codice_nascita: 'A944', provincia_nascita: 'BO', stato_nascita: 'Italia', sesso: 'M',
    telefono: null, cellulare: '+39 333 0000000', email: 'luca.verdi@example.org',
    indirizzo_domicilio: 'Via Nuova 1', cap_domicilio: '40099', citta_domicilio: 'Esempio', provincia_domicilio: 'BO', stato_domicilio: 'Italia',
    indirizzo_residenza: 'Via Nuova 1', cap_residenza: '40099', citta_residenza: 'Esempio', provincia_residenza: 'BO', stato_residenza: 'Italia',
    spid_code: null, authentication_method: 'spid', spid_level: 'https://www.spid.gov.it/SpidL2', idp: 'posteid', created_at: now, updated_at: now,
    ...u,
  };
  if (!u.username) rec.username = rec.codice_fiscale;
  mutate((s) => { s.users.push(rec); });
  return rec;
}

export function addMessage(m: Partial<MessageRecord> & { application: string; message: string }): MessageRecord {
  const now = Date.now();
  const rec: MessageRecord = {
    id: uuid(), author: null, subject: null, visibility: 'applicant', email: null, created_at: now, sent_at: now,
    read_at: null, clicked_at: null, attachments: [], protocol_required: false, protocolled_at: null, protocol_number: null,
    call_to_actions: [], ...m,
  };
  mutate((s) => { s.messages.push(rec); });
  return rec;
}

export function addPayment(p: Partial<PaymentRecord> & Pick<PaymentRecord, 'user_id' | 'service_id' | 'remote_id' | 'reason'> & { amount: number }): PaymentRecord {
  const { amount, ...rest } = p;
  return mutate((s) => {
    const rec = buildPayment(s, { ...rest, amount });
    s.payments.push(rec);
    return rec;
  });
}
