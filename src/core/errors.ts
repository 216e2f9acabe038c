import type { Locale } from '../i18n/locale.js';
import { errorMessages } from './errors.messages.js';

export type SdcErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'validation'
  | 'conflict'
  | 'server'
  | 'invalid-response'
  | 'aborted';

export interface SdcErrorInit {
  status?: number;
  /** Field → messages, for `validation` (keys are backend field paths, `''` for form-level messages). */
  fields?: Record<string, string[]>;
  /** The backend's own text (English or Italian, technical): for logs and "details", not as the main message. */
  detail?: string;
  /** Overrides the default (network/timeout/server are retryable). */
  retryable?: boolean;
  cause?: unknown;
  /** Request URL, for logs. */
  url?: string;
}

const RETRYABLE: ReadonlySet<SdcErrorKind> = new Set(['network', 'timeout', 'server']);

/**
 * The one error type every API call rejects with. `message` is Italian and safe to show to a citizen;
 * `detail` carries the backend's text. Elements switch on `kind`, never on `message`.
 */
export class SdcError extends Error {
  override readonly name = 'SdcError';
  readonly kind: SdcErrorKind;
  readonly status?: number;
  readonly fields?: Record<string, string[]>;
  readonly detail?: string;
  readonly retryable: boolean;
  readonly url?: string;

  constructor(kind: SdcErrorKind, init: SdcErrorInit = {}) {
    super(errorMessages('it', kind), init.cause !== undefined ? { cause: init.cause } : undefined);
    this.kind = kind;
    this.status = init.status;
    this.fields = init.fields;
    this.detail = init.detail;
    this.url = init.url;
    this.retryable = init.retryable ?? RETRYABLE.has(kind);
  }

  /** The user-facing message in the given language. */
  userMessage(locale: Locale = 'it'): string {
    return errorMessages(locale, this.kind);
  }

  /** All field messages flattened, for an error summary when fields cannot be matched to inputs. */
  fieldMessages(): string[] {
    return this.fields ? Object.values(this.fields).flat() : [];
  }
}

export function isSdcError(e: unknown): e is SdcError {
  return e instanceof SdcError;
}

/** Kind of an HTTP status code. */
export function kindOfStatus(status: number): SdcErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412 || status === 423) return 'conflict';
  // 422 "not in the right status" for OpenCity is a conflict-like refusal but carries messages: treat as validation.
  if (status === 400 || status === 422 || status === 413 || status === 415) return 'validation';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return 'server';
}

/**
 * Normalises anything thrown into an SdcError: our own errors pass through, DOM aborts become
 * `aborted` (or `timeout` for TimeoutError), fetch TypeErrors become `network`, zod errors and
 * SyntaxErrors become `invalid-response`, anything else `server`.
 */
export function toSdcError(e: unknown, url?: string): SdcError {
  if (e instanceof SdcError) return e;
  if (e && typeof e === 'object' && 'name' in e) {
    const name = String((e as { name: unknown }).name);
    const msg = 'message' in e ? String((e as { message: unknown }).message) : undefined;
    if (name === 'TimeoutError') return new SdcError('timeout', { cause: e, detail: msg, url });
    if (name === 'AbortError') return new SdcError('aborted', { cause: e, detail: msg, url });
    if (name === 'TypeError') return new SdcError('network', { cause: e, detail: msg, url });
    if (name === 'SyntaxError' || name === 'ZodError' || name === '$ZodError')
      return new SdcError('invalid-response', { cause: e, detail: msg, url });
  }
  if (typeof e === 'string') return new SdcError('server', { detail: e, url });
  return new SdcError('server', { cause: e, detail: e instanceof Error ? e.message : undefined, url });
}
