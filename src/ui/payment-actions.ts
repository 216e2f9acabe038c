/**
 * Pay, poll and download: the one implementation of the pagoPA round trip, shared by
 * `<sdc-payment-panel>`, the pratica wizard's payment step and `<sdc-payments-list>`.
 * Pure logic, no rendering, no Lit; safe to import in Node/SSR (browser globals are touched only
 * when a function that needs them is called).
 *
 * ## API
 *
 * Starting a payment (opencity-api.md §3.6, pa-domain.md §1.9)
 * - `startOnlinePayment(payment, { navigate?, storage?, returnUrl?, now? })` →
 *   `'started' | 'already-started' | 'unavailable'`. Navigates top-level to `links.payOnline`
 *   (`online_payment_begin`), once: a second call for the same payment within `START_GUARD_MS` (double
 *   click, two buttons) returns `'already-started'` and does nothing. Before leaving it remembers in
 *   sessionStorage that this payment awaits verification, so the page can tell on return.
 *
 * Coming back
 * - `detectReturn({ url?, storage?, paymentIds?, now? })` → `PaymentReturn | undefined`. Reads the
 *   landing URL parameters (`RETURN_PARAMS`: `payment`/`payment_id`/`paymentId` + `outcome`/`esito`)
 *   or, when the citizen simply comes back to the page, the remembered pending verification (valid for
 *   `PENDING_TTL_MS`). The outcome in the URL is a hint for the wording only: the status always comes
 *   from the backend (`pollPayment`).
 * - `rememberPending(id, info?, storage?)`, `forgetPending(id, storage?)`, `pendingVerifications(storage?, now?)`.
 * - `cleanReturnParams(url?)` → the URL without the return parameters (for `history.replaceState`, so
 *   a reload does not look like another return).
 *
 * Polling
 * - `pollPayment({ load, signal?, onUpdate?, timeLimitMs?, firstDelayMs?, minDelayMs?, maxDelayMs?, factor?, isDone? })`
 *   → `Promise<PollResult>`. Calls `load(signal)` now, then again after growing delays
 *   (2 s × 1.5^n, capped at 10 s) until `isDone` (default `isFinal`: pagato, scaduto, annullato, errore),
 *   the time limit (default 2 minutes) or an abort. Transient errors (network, timeout, 5xx, 404 while the
 *   proxy catches up) are retried; `unauthorized`/`forbidden` end the poll with `{ kind: 'error' }`.
 *   Resolves `{ kind: 'aborted' }` on abort, leaving no timer and no request behind.
 *
 * Documents
 * - `isApiUrl(client, url)`: the avviso/receipt is served by the tenant's API (needs the token), else it
 *   is a proxy URL the browser opens itself.
 * - `downloadPaymentDocument(client, url, { signal?, filename?, navigate? })` → `'downloaded' | 'navigated'`:
 *   `client.download` + save for API URLs, a plain navigation for proxy URLs. Rejects with an `SdcError`.
 *
 * pagoPA notice helpers (pa-domain.md §1.1–§1.3)
 * - `groupNoticeCode('301000000000000144')` → `'3010 0000 0000 0001 44'`.
 * - `toCents(16)` → `1600` (integer math on the decimal string; undefined for NaN/negative).
 * - `pagoPaQrPayload(notice, enteCf, amountEuro)` → `'PAGOPA|002|301000000000000144|00311260095|1600'`
 *   or undefined when a part is not valid (18-digit notice, 11-digit CF, ≥ 1 cent).
 * - `paymentOutcomeOf(payment)` → `'paid' | 'failed' | 'cancelled' | 'expired' | 'pending'`.
 */
import type { SdcClient } from '../api/http.js';
import { toSdcError, type SdcError } from '../core/errors.js';
import { formatNoticeCode, isFinal, type Payment } from '../domain/payment.js';

// ------------------------------------------------------------------------------------------------
// Starting the checkout

/** Key of the sessionStorage entry listing the payments awaiting verification. */
export const PENDING_STORAGE_KEY = 'sdc-payment-pending';
/** A second "Paga online" for the same payment within this time is a double click, not a new attempt. */
export const START_GUARD_MS = 30_000;
/**
 * How long a remembered checkout counts as "just returned": a pagoPA checkout session lasts well
 * under an hour; after that a citizen coming back is not returning from the checkout.
 */
export const PENDING_TTL_MS = 60 * 60 * 1000;

export type StartResult = 'started' | 'already-started' | 'unavailable';

export interface PendingInfo {
  paymentId: string;
  praticaId?: string;
  /** ms since epoch. */
  startedAt: number;
  /** The page the citizen left from. */
  returnUrl?: string;
}

export interface StartOptions {
  /** Top-level navigation. Default `location.assign`. Tests and SPA hosts pass their own. */
  navigate?: (url: string) => void;
  /** Default `sessionStorage` (undefined when unavailable: sandboxed iframes, storage disabled). */
  storage?: Storage;
  returnUrl?: string;
  now?: () => number;
}

// Module state on purpose: two elements showing the same payment (panel + list) share one guard.
const starting = new Map<string, number>();
let pageshowHooked = false;

function defaultStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // SecurityError when storage is blocked
  }
}

/** Coming back with the browser's Back button restores this page from bfcache: the guard must not block a new attempt. */
function hookPageshow(): void {
  if (pageshowHooked || typeof window === 'undefined') return;
  pageshowHooked = true;
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) starting.clear();
  });
}

/** Clears the double-click guard (tests; a host that handled the navigation itself and came back). */
export function resetStartGuard(paymentId?: string): void {
  if (paymentId === undefined) starting.clear();
  else starting.delete(paymentId);
}

export function startOnlinePayment(
  payment: Pick<Payment, 'id' | 'links'> & { praticaId?: string },
  options: StartOptions = {},
): StartResult {
  const url = payment.links.payOnline;
  if (!url) return 'unavailable';
  const now = options.now ?? Date.now;
  const t = now();
  const last = starting.get(payment.id);
  if (last !== undefined && t - last < START_GUARD_MS) return 'already-started';
  starting.set(payment.id, t);
  hookPageshow();
  const returnUrl = options.returnUrl ?? (typeof location === 'undefined' ? undefined : location.href);
  rememberPending(payment.id, { praticaId: payment.praticaId, startedAt: t, returnUrl }, options.storage);
  const navigate = options.navigate ?? ((u: string) => location.assign(u));
  navigate(url);
  return 'started';
}

// ------------------------------------------------------------------------------------------------
// Pending verifications (sessionStorage)

function readPending(storage: Storage | undefined): Record<string, PendingInfo> {
  if (!storage) return {};
  try {
    const raw = storage.getItem(PENDING_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, PendingInfo>) : {};
  } catch {
    return {}; // corrupt entry: behave as if nothing was pending
  }
}

function writePending(storage: Storage | undefined, map: Record<string, PendingInfo>): void {
  if (!storage) return;
  try {
    if (Object.keys(map).length === 0) storage.removeItem(PENDING_STORAGE_KEY);
    else storage.setItem(PENDING_STORAGE_KEY, JSON.stringify(map));
  } catch {
    /* quota or blocked storage: the URL parameters still detect the return */
  }
}

export function rememberPending(paymentId: string, info: Partial<Omit<PendingInfo, 'paymentId'>> = {}, storage = defaultStorage()): void {
  const map = readPending(storage);
  map[paymentId] = { paymentId, startedAt: info.startedAt ?? Date.now(), praticaId: info.praticaId, returnUrl: info.returnUrl };
  writePending(storage, map);
}

export function forgetPending(paymentId: string, storage = defaultStorage()): void {
  const map = readPending(storage);
  if (!(paymentId in map)) return;
  delete map[paymentId];
  writePending(storage, map);
}

/** The remembered checkouts that are still recent enough to verify. */
export function pendingVerifications(storage = defaultStorage(), now = Date.now()): PendingInfo[] {
  return Object.values(readPending(storage)).filter(
    (p) => p && typeof p.paymentId === 'string' && typeof p.startedAt === 'number' && now - p.startedAt < PENDING_TTL_MS,
  );
}

// ------------------------------------------------------------------------------------------------
// Detecting the return

/**
 * Parameters read on the landing page. OpenCity's landing (`online_payment_landing`, opencity-api.md
 * §4.6 A) is the pratica detail page and adds nothing standard, so the names cover the proxies'
 * habits and the mock checkout; any of them is enough to trigger a verification.
 */
export const RETURN_PARAMS = {
  payment: ['payment', 'payment_id', 'paymentId', 'sdc-payment'],
  outcome: ['outcome', 'esito', 'payment_outcome'],
} as const;

/** The outcome pagoPA Checkout reported (returnOkUrl / returnCancelUrl / returnErrorUrl / waiting). */
export type ReturnHint = 'ok' | 'cancel' | 'error' | 'unknown';

export interface PaymentReturn {
  paymentId?: string;
  hint: ReturnHint;
  source: 'url' | 'storage';
  pending?: PendingInfo;
}

export interface DetectOptions {
  url?: string | URL;
  storage?: Storage;
  /** Only these payments (the ones the caller shows). */
  paymentIds?: readonly string[];
  now?: number;
}

function hintOf(value: string | null): ReturnHint {
  const v = (value ?? '').toLowerCase();
  if (/^(ok|success|paid|complete|completed|pagato|eseguito)$/.test(v)) return 'ok';
  if (/^(cancel|canceled|cancelled|annullato|annulla|back)$/.test(v)) return 'cancel';
  if (/^(ko|error|failed|failure|errore|fallito)$/.test(v)) return 'error';
  return 'unknown';
}

export function detectReturn(options: DetectOptions = {}): PaymentReturn | undefined {
  const href = options.url ?? (typeof location === 'undefined' ? undefined : location.href);
  const storage = options.storage ?? defaultStorage();
  const pending = pendingVerifications(storage, options.now);
  const wanted = (id: string | undefined) => id === undefined || !options.paymentIds || options.paymentIds.includes(id);
  if (href) {
    let params: URLSearchParams | undefined;
    try {
      params = new URL(String(href), 'http://localhost').searchParams;
    } catch {
      params = undefined;
    }
    if (params) {
      const id = RETURN_PARAMS.payment.map((k) => params.get(k)).find((v) => v) ?? undefined;
      const outcome = RETURN_PARAMS.outcome.map((k) => params.get(k)).find((v) => v) ?? null;
      if ((id || outcome) && wanted(id)) {
        const p = pending.find((x) => x.paymentId === id) ?? (id ? undefined : pending.find((x) => wanted(x.paymentId)));
        return { paymentId: id ?? p?.paymentId, hint: hintOf(outcome), source: 'url', pending: p };
      }
    }
  }
  const p = pending.filter((x) => wanted(x.paymentId)).sort((a, b) => b.startedAt - a.startedAt)[0];
  return p ? { paymentId: p.paymentId, hint: 'unknown', source: 'storage', pending: p } : undefined;
}

/** The URL without the return parameters: `history.replaceState(null, '', cleanReturnParams())`. */
export function cleanReturnParams(url: string | URL = typeof location === 'undefined' ? 'http://localhost/' : location.href): string {
  const u = new URL(String(url), 'http://localhost');
  for (const k of [...RETURN_PARAMS.payment, ...RETURN_PARAMS.outcome]) u.searchParams.delete(k);
  return u.toString();
}

// ------------------------------------------------------------------------------------------------
// Polling

export interface PollOptions {
  /** Reads the payment from the backend (e.g. `getPayment(client, id, { signal })`). */
  load: (signal: AbortSignal) => Promise<Payment>;
  signal?: AbortSignal;
  /** Every fresh read, final or not. */
  onUpdate?: (payment: Payment) => void;
  /**
   * Total budget. 2 minutes: pagoPA confirms most payments within seconds of the return, but the
   * receipt (paSendRT) can lag; past that we explain and let the citizen check again.
   */
  timeLimitMs?: number;
  /** Wait before the first read. Default 0: on return the first read is immediate. */
  firstDelayMs?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  isDone?: (payment: Payment) => boolean;
  now?: () => number;
}

export type PollResult =
  | { kind: 'final'; payment: Payment }
  | { kind: 'timeout'; payment?: Payment; error?: SdcError }
  | { kind: 'error'; error: SdcError; payment?: Payment }
  | { kind: 'aborted'; payment?: Payment };

/** Resolves after `ms`, or false at once when aborted; clears its timer either way. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

const FATAL = new Set(['unauthorized', 'forbidden', 'invalid-response', 'validation']);

export async function pollPayment(options: PollOptions): Promise<PollResult> {
  const {
    load,
    onUpdate,
    timeLimitMs = 120_000,
    firstDelayMs = 0,
    minDelayMs = 2_000,
    maxDelayMs = 10_000,
    factor = 1.5,
    isDone = (p: Payment) => isFinal(p),
    now = Date.now,
  } = options;
  // Own controller so an abort from the caller also cancels the request in flight.
  const controller = new AbortController();
  const outer = options.signal;
  const relay = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) return { kind: 'aborted' };
  outer?.addEventListener('abort', relay, { once: true });
  const signal = controller.signal;
  const deadline = now() + timeLimitMs;
  let delay = minDelayMs;
  let last: Payment | undefined;
  let lastError: SdcError | undefined;
  try {
    if (firstDelayMs > 0 && !(await wait(firstDelayMs, signal))) return { kind: 'aborted', payment: last };
    for (;;) {
      try {
        last = await load(signal);
        lastError = undefined;
        if (signal.aborted) return { kind: 'aborted', payment: last };
        onUpdate?.(last);
        if (isDone(last)) return { kind: 'final', payment: last };
      } catch (e) {
        if (signal.aborted) return { kind: 'aborted', payment: last };
        const err = toSdcError(e);
        if (err.kind === 'aborted') return { kind: 'aborted', payment: last };
        if (FATAL.has(err.kind)) return { kind: 'error', error: err, payment: last };
        lastError = err; // transient: the proxy may not have the event yet (404) or the network blipped
      }
      const left = deadline - now();
      if (left <= 0) return { kind: 'timeout', payment: last, error: lastError };
      if (!(await wait(Math.min(delay, left), signal))) return { kind: 'aborted', payment: last };
      delay = Math.min(maxDelayMs, delay * factor);
    }
  } finally {
    outer?.removeEventListener('abort', relay);
  }
}

// ------------------------------------------------------------------------------------------------
// Documents: avviso and receipt

/** True when the URL is served by the tenant's API (same origin, `/api/`): it needs the Bearer token. */
export function isApiUrl(client: Pick<SdcClient, 'baseUrl'> | undefined, url: string): boolean {
  if (!client) return false;
  try {
    const base = new URL(client.baseUrl);
    const u = new URL(url, base);
    return u.origin === base.origin && u.pathname.includes('/api/');
  } catch {
    return false;
  }
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Used when the response names no file. */
  filename?: string;
  navigate?: (url: string) => void;
}

/** Saves a blob with the browser's download UI. */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export async function downloadPaymentDocument(
  client: SdcClient | undefined,
  url: string,
  options: DownloadOptions = {},
): Promise<'downloaded' | 'navigated'> {
  if (client && isApiUrl(client, url)) {
    const file = await client.download(url, { signal: options.signal });
    const name = file.filename && file.filename !== 'download' ? file.filename : (options.filename ?? 'documento.pdf');
    saveBlob(file.blob, name);
    return 'downloaded';
  }
  // Proxy URLs (`/notice/{id}`, `/receipt/{id}`, opencity-api.md §3.6) are browser routes on another host.
  const navigate = options.navigate ?? ((u: string) => location.assign(u));
  try {
    navigate(url);
  } catch (e) {
    throw toSdcError(e, url);
  }
  return 'navigated';
}

// ------------------------------------------------------------------------------------------------
// pagoPA notice code and QR payload

/** `301000000000000144` → `3010 0000 0000 0001 44` (the 22-character AVVISO.CODICE, pa-domain.md §1.1). */
export function groupNoticeCode(code: string): string {
  return formatNoticeCode(code);
}

/**
 * Euros → integer cents without float drift: `1020.99 * 100` is `102098.99999999999`, so the
 * conversion goes through the decimal string (pa-domain.md §3.7 "integer math only").
 */
export function toCents(amountEuro: number): number | undefined {
  if (!Number.isFinite(amountEuro) || amountEuro < 0) return undefined;
  const [int, frac = ''] = amountEuro.toFixed(2).split('.');
  return Number(int) * 100 + Number(frac.padEnd(2, '0'));
}

/**
 * The QR payload printed on the avviso (pa-domain.md §1.3):
 * `PAGOPA|002|<18-digit notice>|<11-digit ente CF>|<cents>`. Undefined when a part is missing or
 * malformed, so no banking app is ever handed a code it would reject.
 */
export function pagoPaQrPayload(notice: string | undefined, enteCf: string | undefined, amountEuro: number): string | undefined {
  const n = (notice ?? '').replace(/\s/g, '');
  const cf = (enteCf ?? '').replace(/\s/g, '');
  const cents = toCents(amountEuro);
  if (!/^\d{18}$/.test(n) || !/^\d{11}$/.test(cf) || cents === undefined || cents < 1) return undefined;
  return `PAGOPA|002|${n}|${cf}|${cents}`;
}

export type PaymentOutcome = 'paid' | 'failed' | 'cancelled' | 'expired' | 'pending';

export function paymentOutcomeOf(payment: Pick<Payment, 'status'>): PaymentOutcome {
  switch (payment.status) {
    case 'pagato': return 'paid';
    case 'errore': return 'failed';
    case 'annullato': return 'cancelled';
    case 'scaduto': return 'expired';
    default: return 'pending';
  }
}

