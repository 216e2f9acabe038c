import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SdcClient } from '../api/http.js';
import { getPraticaPaymentStatus, listPayments } from '../api/payments.js';
import { systemClock, type Clock } from '../core/clock.js';
import { SdcError, toSdcError } from '../core/errors.js';
import { checkoutOutcome, isSettledOutcome, type CheckoutOutcome, type Payment } from '../domain/payment.js';

/**
 * `watching`: reading now or waiting for the next read; `paused`: the page is hidden (nobody is looking,
 * and a background tab should not poll the tenant); `settled`: the outcome is final; `stalled`: the time
 * budget ran out without a final outcome (a visible-again page, a focus or `check()` resumes);
 * `error`: the session ended or the answer was not understood.
 */
export type WatchPhase = 'idle' | 'watching' | 'paused' | 'settled' | 'stalled' | 'error';

export interface WatchTarget {
  /** The payment to follow; without it, the pratica's pagoPA payment (the first one). */
  paymentId?: string;
  /** The pratica it belongs to: its status tells a refused payment (1530) and narrows the list. */
  praticaId?: string;
  /**
   * The pratica's status when the checkout began (see `checkoutOutcome`), or `first-read` when the
   * caller does not know it and the watch starts with the checkout (its first read is the baseline).
   */
  baselineStatus?: number | 'first-read';
  /** When the watch is done. Default: a settled outcome. */
  until?: (snapshot: WatchSnapshot) => boolean;
  /** Overrides the watch's `budgetMs` for this target. */
  budgetMs?: number;
}

export interface WatchSnapshot {
  payment?: Payment;
  /** The pratica's status code. */
  praticaStatus?: number;
  outcome: CheckoutOutcome;
}

/** The bits of `document`/`window` the watch listens to; tests pass their own. */
export interface VisibilitySource extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

export interface PaymentWatchOptions {
  client: () => SdcClient | undefined;
  clock?: Clock;
  /** Default `document` (`visibilitychange`). */
  visibility?: VisibilitySource;
  /** Default `window` (`focus`). */
  focusTarget?: EventTarget;
  /** First delay between reads; grows by `factor` up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  factor?: number;
  /**
   * Visible time without a final outcome after which the watch stops asking (`stalled`). 5 minutes:
   * a pagoPA checkout takes a couple of minutes, the receipt can lag a little more; past that the
   * citizen is told and can check again, and any return to the page checks again by itself.
   */
  budgetMs?: number;
  /** Every read that changed something. */
  onChange?: (watch: PaymentWatch) => void;
}

/** Reasons that no amount of waiting fixes. */
const FATAL = new Set(['unauthorized', 'forbidden', 'invalid-response', 'validation']);

/**
 * Follows one payment after its pagoPA checkout began, from the backend's state only: reads the
 * payment (`GET /api/payments?remote_id=`) and its pratica (`GET /api/applications/{id}`) with a
 * growing delay (2 s × 1.5, capped at 15 s) while the page is visible, pauses when it is hidden, and
 * checks at once when the citizen comes back (`visibilitychange`, `focus`): the checkout opens in
 * another tab, so coming back is the moment the outcome matters. Time comes from an injected `Clock`.
 *
 *   readonly watch = new PaymentWatch(this, { client: () => this.api.client });
 *   this.watch.watch({ paymentId, praticaId, baselineStatus: pratica.statusCode });
 *   … this.watch.phase, this.watch.outcome, this.watch.payment
 */
export class PaymentWatch implements ReactiveController {
  phase: WatchPhase = 'idle';
  payment: Payment | undefined;
  /** The pratica's status code at the last read. */
  praticaStatus: number | undefined;
  outcome: CheckoutOutcome | undefined;
  error: SdcError | undefined;
  /** Reads since the watch last (re)started: began, `check()`, or the citizen came back to the page. */
  reads = 0;

  readonly #host: ReactiveControllerHost;
  readonly #opts: PaymentWatchOptions;
  readonly #clock: Clock;
  #target: WatchTarget | undefined;
  #cancelTimer: (() => void) | undefined;
  #inFlight: AbortController | undefined;
  #delay = 0;
  #visibleSince = 0;
  #listening = false;
  #recheck = false;
  #firstStatus: number | undefined;
  #connected = false;

  readonly #onVisibility = (): void => {
    if (this.#hidden) this.#pause();
    else this.#resume();
  };
  readonly #onFocus = (): void => this.#resume();

  constructor(host: ReactiveControllerHost, options: PaymentWatchOptions) {
    this.#host = host;
    this.#opts = options;
    this.#clock = options.clock ?? systemClock;
    host.addController(this);
  }

  get target(): Readonly<WatchTarget> | undefined {
    return this.#target;
  }

  /** A read is under way. */
  get busy(): boolean {
    return this.#inFlight !== undefined;
  }

  /** Watching, paused or stalled: a checkout may still end. */
  get active(): boolean {
    return this.phase === 'watching' || this.phase === 'paused' || this.phase === 'stalled';
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.active) {
      this.#listen(true);
      this.#resume();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#halt();
    this.#listen(false);
  }

  /** Starts following a payment; the first read is immediate. */
  watch(target: WatchTarget): void {
    this.#halt();
    this.#target = target;
    this.#firstStatus = undefined;
    this.praticaStatus = undefined;
    this.outcome = undefined;
    this.error = undefined;
    this.reads = 0;
    this.#set('watching');
    this.#listen(true);
    this.#restart();
  }

  /** Reads now and restarts the backoff and the budget (a "Verifica di nuovo" button). */
  check(): void {
    if (!this.#target) return;
    this.error = undefined;
    this.#set('watching');
    this.#listen(true);
    this.#restart();
  }

  /** Stops reading; the last state stays readable. */
  stop(): void {
    this.#halt();
    this.#listen(false);
    if (this.active) this.#set('idle');
  }

  get #hidden(): boolean {
    return (this.#visibility?.visibilityState ?? 'visible') === 'hidden';
  }

  get #visibility(): VisibilitySource | undefined {
    return this.#opts.visibility ?? (typeof document === 'undefined' ? undefined : document);
  }

  #listen(on: boolean): void {
    const focus = this.#opts.focusTarget ?? (typeof window === 'undefined' ? undefined : window);
    if (on && !this.#listening && this.#connected) {
      this.#visibility?.addEventListener('visibilitychange', this.#onVisibility);
      focus?.addEventListener('focus', this.#onFocus);
      this.#listening = true;
    } else if (!on && this.#listening) {
      this.#visibility?.removeEventListener('visibilitychange', this.#onVisibility);
      focus?.removeEventListener('focus', this.#onFocus);
      this.#listening = false;
    }
  }

  #restart(): void {
    this.reads = 0;
    this.#delay = this.#opts.minDelayMs ?? 2_000;
    this.#visibleSince = this.#clock.now();
    if (!this.#connected) return;
    if (this.#hidden) return this.#pause();
    void this.#tick();
  }

  /** Coming back to the page (tab shown, window focused): the outcome matters now. */
  #resume(): void {
    if (!this.active || !this.#connected) return;
    if (this.phase !== 'watching') this.#set('watching');
    // A read under way may have started before the citizen acted on pagoPA: read again right after it.
    if (this.#inFlight) {
      this.#recheck = true;
      return;
    }
    this.#halt();
    this.#restart();
  }

  #pause(): void {
    if (!this.active) return;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    this.#set('paused');
  }

  #halt(): void {
    this.#recheck = false;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  async #tick(): Promise<void> {
    const target = this.#target;
    const client = this.#opts.client();
    if (!target || !client) return;
    this.#cancelTimer = undefined;
    const ctrl = new AbortController();
    this.#inFlight = ctrl;
    try {
      const snap = await this.#read(client, target, ctrl.signal);
      if (ctrl.signal.aborted) return;
      this.reads++;
      this.payment = snap.payment;
      this.praticaStatus = snap.praticaStatus ?? this.praticaStatus;
      this.outcome = snap.outcome;
      const done = target.until ? target.until(snap) : isSettledOutcome(snap.outcome);
      if (done) {
        this.#listen(false);
        return this.#set('settled');
      }
      this.#host.requestUpdate();
      this.#opts.onChange?.(this);
    } catch (e) {
      if (ctrl.signal.aborted) return;
      const err = toSdcError(e);
      if (err.kind === 'aborted') return;
      this.reads++;
      if (FATAL.has(err.kind)) {
        this.error = err;
        this.#listen(false);
        return this.#set('error');
      }
      // Transient (network, 5xx, the proxy has not created the position yet): ask again later.
    } finally {
      if (this.#inFlight === ctrl) this.#inFlight = undefined;
    }
    this.#next();
  }

  #next(): void {
    if (this.phase !== 'watching') return;
    if (this.#hidden) return this.#pause();
    const budget = this.#target?.budgetMs ?? this.#opts.budgetMs ?? 5 * 60_000;
    if (this.#clock.now() - this.#visibleSince >= budget) return this.#set('stalled');
    if (this.#recheck) {
      this.#recheck = false;
      return this.#restart();
    }
    const delay = this.#delay;
    this.#delay = Math.min(this.#opts.maxDelayMs ?? 15_000, this.#delay * (this.#opts.factor ?? 1.5));
    this.#cancelTimer = this.#clock.after(delay, () => void this.#tick());
  }

  async #read(client: SdcClient, target: WatchTarget, signal: AbortSignal): Promise<WatchSnapshot> {
    // Polling must see fresh state: never share an in-flight read with another caller (dedupe: false).
    const [list, praticaStatus] = await Promise.all([
      listPayments(client, { praticaId: target.praticaId }, { signal, dedupe: false }),
      target.praticaId
        ? getPraticaPaymentStatus(client, target.praticaId, { signal, dedupe: false }).catch((e: unknown) => {
            if (FATAL.has(toSdcError(e).kind)) throw e;
            return undefined; // the payment alone still tells most outcomes
          })
        : Promise.resolve(undefined),
    ]);
    const payment = target.paymentId
      ? list.find((p) => p.id === target.paymentId)
      : (list.find((p) => p.type === 'pagopa') ?? list[0]);
    // The proxy creates the position asynchronously: "not there yet" is transient.
    if (!payment && praticaStatus === undefined) throw new SdcError('not-found');
    if (target.baselineStatus === 'first-read' && this.#firstStatus === undefined) this.#firstStatus = praticaStatus;
    const baseline = target.baselineStatus === 'first-read' ? this.#firstStatus : target.baselineStatus;
    return { payment, praticaStatus, outcome: checkoutOutcome(payment, praticaStatus, baseline) };
  }

  #set(phase: WatchPhase): void {
    const changed = phase !== this.phase;
    this.phase = phase;
    this.#host.requestUpdate();
    if (changed || phase === 'settled') this.#opts.onChange?.(this);
  }
}

/**
 * What to tell the citizen about a checkout, from the watch and whether the checkout was just opened:
 * `open` (open in another tab, not back yet), `checking`, `paid`, `failed` (refused), `not-completed`
 * (still payable after coming back), `closed` (expired or annulled), `timeout`, `error`.
 */
export type CheckoutPhase = 'open' | 'checking' | 'paid' | 'failed' | 'not-completed' | 'closed' | 'timeout' | 'error';

/**
 * Reads that may still find a receipt on its way before "still payable" is told as "not completed":
 * pagoPA's receipt (paSendRT) usually reaches the Comune within seconds of the payment.
 */
export const UNPAID_READS_BEFORE_TELLING = 3;

export function checkoutPhase(watch: Pick<PaymentWatch, 'phase' | 'outcome' | 'reads'>, opened: boolean): CheckoutPhase | undefined {
  if (watch.phase === 'idle') return undefined;
  if (watch.phase === 'error') return 'error';
  switch (watch.outcome) {
    case 'paid': return 'paid';
    case 'failed': return 'failed';
    case 'expired':
    case 'annulled': return 'closed';
    case 'in-progress': return watch.phase === 'stalled' ? 'timeout' : 'checking';
    case 'unpaid':
      if (opened) return 'open';
      return watch.phase === 'stalled' || watch.reads >= UNPAID_READS_BEFORE_TELLING ? 'not-completed' : 'checking';
    default:
      if (opened) return 'open';
      return watch.phase === 'stalled' ? 'timeout' : 'checking';
  }
}
