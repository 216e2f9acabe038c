import { isSdcError } from '../../core/errors.js';

/**
 * Runs a load once more when it failed as `aborted` although our own signal was not aborted: the
 * client can hand a new caller an identical in-flight GET that another element has just cancelled.
 */
export async function retryIfJoinedAborted<T>(signal: AbortSignal, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (isSdcError(e) && e.kind === 'aborted' && !signal.aborted) return load();
    throw e;
  }
}
