import { SdcError } from '../core/errors.js';

export interface PollOptions {
  /** Delay between reads. Default 2000 ms. */
  intervalMs?: number;
  /** Give up after this long with a `timeout` SdcError. Default 60 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with every value read (progress UI). */
  onValue?: (value: unknown) => void;
}

/**
 * Reads `read()` until `done(value)` is true: e.g. after submission until the pratica leaves 1900
 * (the receipt is built asynchronously, opencity-api.md §3.3), or after the pagoPA return until the
 * payment is final (pa-domain.md §1.9: only the backend's state is authoritative).
 *
 *   const p = await poll((signal) => getPratica(client, id, { signal }), (p) => p.statusCode !== 1900);
 *
 * Transient read errors (network, timeout, 5xx) are retried on the next tick; others reject at once.
 */
export async function poll<T>(
  read: (signal: AbortSignal | undefined) => Promise<T>,
  done: (value: T) => boolean,
  opts: PollOptions = {},
): Promise<T> {
  const interval = opts.intervalMs ?? 2000;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (opts.signal?.aborted) throw new SdcError('aborted');
    try {
      const v = await read(opts.signal);
      opts.onValue?.(v);
      if (done(v)) return v;
    } catch (e) {
      if (!(e instanceof SdcError) || !e.retryable) throw e;
    }
    if (Date.now() + interval > deadline) throw new SdcError('timeout', { detail: 'polling gave up' });
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, interval);
      opts.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(t);
          reject(new SdcError('aborted'));
        },
        { once: true },
      );
    });
  }
}
