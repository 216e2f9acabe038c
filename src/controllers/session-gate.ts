import { SdcError } from '../core/errors.js';
import type { SdcClient } from '../api/http.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Resolves when a citizen is logged in; otherwise throws an `unauthorized` SdcError, which the area
 * personale elements render as the "Accedi" panel (the same as a 401 from any call).
 */
export async function requireCitizen(client: SdcClient | undefined, signal: AbortSignal): Promise<SdcClient> {
  if (!client) throw new SdcError('validation', { detail: 'No base-url configured' });
  const state = await client.session.ensure({ signal });
  if (signal.aborted) throw new SdcError('aborted');
  if (state !== 'authenticated') throw new SdcError('unauthorized');
  return client;
}

export function needsLogin(error: unknown): boolean {
  return error instanceof SdcError && error.kind === 'unauthorized';
}

export function errorText(error: unknown, locale: Locale): string | undefined {
  return error instanceof SdcError ? error.userMessage(locale) : undefined;
}
