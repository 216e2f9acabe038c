import { toSdcError } from '../../core/errors.js';

/**
 * No answer, or a gateway/server failure: the backend may or may not have done the work. A module of
 * its own: the submission (late part) reads it without bringing the drafts' code along.
 */
export function isUncertain(e: unknown): boolean {
  const kind = toSdcError(e).kind;
  return kind === 'network' || kind === 'timeout' || kind === 'server';
}
