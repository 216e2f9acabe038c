/**
 * A private msw worker for API-layer unit tests: only the handlers a test declares, every unmatched
 * `/api/` request fails the test. Independent of the shared mock tenant (tested in shared-mock.test.ts).
 */
import { setupWorker } from 'msw/browser';
import { SdcClient, type ClientOptions } from '../../src/api/http.js';

export const worker = setupWorker();

/** Base of the fake tenant in these tests (relative: resolved against the test page origin). */
export const BASE = '/lang';
export const ORIGIN = location.origin;
export const API = `${ORIGIN}${BASE}/api`;

before(async () => {
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.includes('/api/')) print.error();
    },
  });
});

afterEach(() => {
  worker.resetHandlers();
});

after(() => {
  worker.stop();
});

/** A fresh client (not the shared registry) with tiny delays so retries do not slow the suite. */
export function makeClient(options: ClientOptions = {}): SdcClient {
  return new SdcClient(BASE, { retryDelayMs: 1, timeoutMs: 3000, ...options });
}

function b64url(s: string): string {
  return btoa(unescape(encodeURIComponent(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned JWT with the given claims (the kit never verifies signatures). */
export function jwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;
}

/** Awaits a promise that must reject, returning what it rejected with. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}
