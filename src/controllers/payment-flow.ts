import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { systemClock, type Clock } from '../core/clock.js';
import type { Payment } from '../domain/payment.js';

/**
 * Where the pagoPA checkout opens. OpenCity's landing (`online_payment_landing`, opencity-api.md §4.6 A)
 * is the backend's pratica page `{base}/{locale}/pratiche/{id}/detail`, which the kit cannot change:
 * - `blank` (default): a new tab (`noopener`); the ente's page stays, watches the payment and shows the
 *   outcome in place;
 * - `self`: the same tab, for tenants whose landing points back to the ente's site; the checkout is
 *   remembered in sessionStorage so the page tells the outcome when the citizen lands back on it.
 */
export type CheckoutTarget = 'blank' | 'self';

export function checkoutTargetOf(value: string | null | undefined): CheckoutTarget {
  return value === 'self' || value === '_self' ? 'self' : 'blank';
}

/** Key of the sessionStorage entry listing the same-tab checkouts awaiting their outcome. */
export const PENDING_STORAGE_KEY = 'sdc-payment-pending';
/**
 * How long a remembered checkout counts as "just returned": a pagoPA checkout session lasts well
 * under an hour; after that a citizen coming back is not returning from the checkout.
 */
export const PENDING_TTL_MS = 60 * 60 * 1000;
/**
 * A second "Paga" for the same payment within this time is a double click, unless the citizen came
 * back to the page in between (then it is a new attempt).
 */
export const START_GUARD_MS = 30_000;

export interface PendingCheckout {
  paymentId: string;
  praticaId?: string;
  /** ms since epoch (client clock; compared with the client clock only). */
  startedAt: number;
  /** The page the citizen left from, hash included (`#/pagamenti`). */
  returnUrl?: string;
  /** The pratica's status when the checkout began (see `checkoutOutcome`). */
  baselineStatus?: number;
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // SecurityError when storage is blocked
  }
}

function readAll(storage: Storage | undefined): Record<string, PendingCheckout> {
  if (!storage) return {};
  try {
    const raw = storage.getItem(PENDING_STORAGE_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, PendingCheckout>) : {};
  } catch {
    return {}; // corrupt entry: behave as if nothing was pending
  }
}

function writeAll(storage: Storage | undefined, map: Record<string, PendingCheckout>): void {
  if (!storage) return;
  try {
    if (Object.keys(map).length === 0) storage.removeItem(PENDING_STORAGE_KEY);
    else storage.setItem(PENDING_STORAGE_KEY, JSON.stringify(map));
  } catch {
    /* quota or blocked storage: the page simply does not recognise the return */
  }
}

export function rememberPending(info: PendingCheckout, storage = defaultStorage()): void {
  const map = readAll(storage);
  map[info.paymentId] = info;
  writeAll(storage, map);
}

export function forgetPending(paymentId: string, storage = defaultStorage()): void {
  const map = readAll(storage);
  if (!(paymentId in map)) return;
  delete map[paymentId];
  writeAll(storage, map);
}

/** The remembered same-tab checkouts still recent enough to be a return, newest first. */
export function pendingCheckouts(
  options: { storage?: Storage; now?: number; paymentIds?: readonly string[]; praticaId?: string } = {},
): PendingCheckout[] {
  const now = options.now ?? Date.now();
  return Object.values(readAll(options.storage ?? defaultStorage()))
    .filter((p) => p && typeof p.paymentId === 'string' && typeof p.startedAt === 'number' && now - p.startedAt < PENDING_TTL_MS)
    .filter((p) => !options.paymentIds || options.paymentIds.includes(p.paymentId))
    .filter((p) => !options.praticaId || p.praticaId === options.praticaId)
    .sort((a, b) => b.startedAt - a.startedAt);
}

/** The most recent same-tab checkout this page is coming back from, if any. */
export function detectReturn(
  options: { storage?: Storage; now?: number; paymentIds?: readonly string[]; praticaId?: string } = {},
): PendingCheckout | undefined {
  return pendingCheckouts(options)[0];
}

export type StartResult = 'started' | 'already-started' | 'unavailable';

export interface PaymentFlowOptions {
  clock?: Clock;
  storage?: () => Storage | undefined;
  /** Opens the checkout. Default: `window.open(url, '_blank', 'noopener')` or `location.assign(url)`. */
  open?: (url: string, target: CheckoutTarget) => void;
  /** Where `pageshow`/`visibilitychange` are heard. Default `window` / `document`. */
  events?: { window?: EventTarget; document?: EventTarget & { readonly visibilityState: DocumentVisibilityState } };
}

export interface StartContext {
  praticaId?: string;
  baselineStatus?: number;
  /** Default `location.href`. */
  returnUrl?: string;
  /**
   * Last word before leaving (e.g. a cancelable `sdc-payment-started` event): false keeps the page
   * where it is; the guard still blocks a double start.
   */
  beforeOpen?: (url: string) => boolean;
}

function defaultOpen(url: string, target: CheckoutTarget): void {
  if (target === 'self') location.assign(url);
  // noopener: the checkout (another origin) gets no handle on the ente's page.
  else window.open(url, '_blank', 'noopener');
}

/**
 * Starts the pagoPA checkout (`links.online_payment_begin`, opencity-api.md §3.6) once per click:
 * a second press while the first is under way (double click, two buttons) does nothing. The guard is
 * released when the citizen comes back to the page (the tab is shown again, the window focused again
 * after the checkout window took the focus, or the page restored from the back-forward cache), when `release()` is called (an outcome arrived), or after `START_GUARD_MS`.
 * Holds no module state: each host has its own guard; listeners live only while the host is connected.
 */
export class PaymentFlow implements ReactiveController {
  target: CheckoutTarget = 'blank';

  readonly #host: ReactiveControllerHost;
  readonly #opts: PaymentFlowOptions;
  readonly #clock: Clock;
  readonly #starting = new Map<string, number>();
  #hiddenSinceStart = false;

  readonly #onPageshow = (e: Event): void => {
    // Back from the checkout through the browser's history: the page comes from bfcache as it was left.
    if ((e as PageTransitionEvent).persisted) this.releaseAll();
  };
  // A checkout opened as a separate window leaves this page visible but unfocused: coming back is a focus.
  readonly #onBlur = (): void => {
    if (this.#starting.size > 0) this.#hiddenSinceStart = true;
  };
  readonly #onFocus = (): void => {
    if (this.#hiddenSinceStart) this.releaseAll();
  };
  readonly #onVisibility = (): void => {
    const doc = this.#doc;
    if (!doc) return;
    if (doc.visibilityState === 'hidden') this.#hiddenSinceStart = this.#starting.size > 0;
    else if (this.#hiddenSinceStart) this.releaseAll();
  };

  constructor(host: ReactiveControllerHost, options: PaymentFlowOptions = {}) {
    this.#host = host;
    this.#opts = options;
    this.#clock = options.clock ?? systemClock;
    host.addController(this);
  }

  get #win(): EventTarget | undefined {
    return this.#opts.events?.window ?? (typeof window === 'undefined' ? undefined : window);
  }

  get #doc(): (EventTarget & { readonly visibilityState: DocumentVisibilityState }) | undefined {
    return this.#opts.events?.document ?? (typeof document === 'undefined' ? undefined : document);
  }

  hostConnected(): void {
    this.#win?.addEventListener('pageshow', this.#onPageshow);
    this.#win?.addEventListener('blur', this.#onBlur);
    this.#win?.addEventListener('focus', this.#onFocus);
    this.#doc?.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#win?.removeEventListener('pageshow', this.#onPageshow);
    this.#win?.removeEventListener('blur', this.#onBlur);
    this.#win?.removeEventListener('focus', this.#onFocus);
    this.#doc?.removeEventListener('visibilitychange', this.#onVisibility);
  }

  /** A checkout for this payment was just started and the citizen has not come back yet. */
  isStarting(paymentId: string): boolean {
    const t = this.#starting.get(paymentId);
    return t !== undefined && this.#clock.now() - t < START_GUARD_MS;
  }

  release(paymentId: string): void {
    if (this.#starting.delete(paymentId)) this.#host.requestUpdate();
  }

  releaseAll(): void {
    this.#hiddenSinceStart = false;
    if (this.#starting.size === 0) return;
    this.#starting.clear();
    this.#host.requestUpdate();
  }

  start(payment: Pick<Payment, 'id' | 'links' | 'praticaId'>, ctx: StartContext = {}): StartResult {
    const url = payment.links.payOnline;
    if (!url) return 'unavailable';
    if (this.isStarting(payment.id)) return 'already-started';
    this.#starting.set(payment.id, this.#clock.now());
    this.#hiddenSinceStart = false;
    this.#host.requestUpdate();
    if (ctx.beforeOpen && !ctx.beforeOpen(url)) return 'started';
    const praticaId = ctx.praticaId ?? payment.praticaId;
    if (this.target === 'self') {
      // The page is about to be left: remember what to verify when the citizen lands back on it.
      rememberPending(
        {
          paymentId: payment.id,
          praticaId,
          startedAt: this.#clock.now(),
          returnUrl: ctx.returnUrl ?? (typeof location === 'undefined' ? undefined : location.href),
          baselineStatus: ctx.baselineStatus,
        },
        this.#storage,
      );
    }
    (this.#opts.open ?? defaultOpen)(url, this.target);
    return 'started';
  }

  /** The same-tab checkout this page is coming back from, among these payments. */
  pendingReturn(filter: { paymentIds?: readonly string[]; praticaId?: string } = {}): PendingCheckout | undefined {
    return detectReturn({ ...filter, storage: this.#storage, now: this.#clock.now() });
  }

  /** The outcome is known: the return is handled, a reload must not look like another one. */
  settle(paymentId: string): void {
    forgetPending(paymentId, this.#storage);
    this.release(paymentId);
  }

  get #storage(): Storage | undefined {
    return this.#opts.storage ? this.#opts.storage() : defaultStorage();
  }
}

/**
 * Same-tab mode: the URL the citizen left from (hash included, e.g. `#/pagamenti` of the area
 * personale) when the tenant's landing brought them back to the same page without it. Undefined when
 * there is no recent checkout, the page is another one, or the URL already carries a hash.
 */
export function returnLocation(
  href: string = typeof location === 'undefined' ? '' : location.href,
  options: { storage?: Storage; now?: number } = {},
): string | undefined {
  if (!href) return undefined;
  const here = new URL(href);
  if (here.hash && here.hash !== '#') return undefined;
  for (const p of pendingCheckouts(options)) {
    if (!p.returnUrl) continue;
    try {
      const u = new URL(p.returnUrl, here);
      if (u.origin === here.origin && u.pathname === here.pathname && u.hash) return u.toString();
    } catch {
      /* a malformed entry is no return */
    }
  }
  return undefined;
}
