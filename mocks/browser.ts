/**
 * Browser entry: the msw worker with every handler, and `startMockBackend()` for the demo,
 * stories and tests. Starts the worker once per page.
 */
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers/index.js';
import { enablePersistence, resetTenant, tenantState } from './db.js';

export const worker = setupWorker(...handlers);

let started: Promise<void> | null = null;

export interface StartOptions {
  /** Reseed the tenant (and log out) before starting. */
  reset?: boolean;
  /** Keep the tenant in localStorage (`sdc-mock-tenant`) across reloads. Default true (demo). */
  persist?: boolean;
  /** Silence msw's console lines. Default true. */
  quiet?: boolean;
  /** What to do with requests no handler matches. Default 'bypass'. */
  onUnhandledRequest?: 'bypass' | 'warn' | 'error' | ((request: Request, print: { warning(): void; error(): void }) => void);
}

export function startMockBackend(options: StartOptions = {}): Promise<void> {
  if (options.persist !== false) enablePersistence();
  if (options.reset) resetTenant();
  else tenantState();
  started ??= worker
    .start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest: options.onUnhandledRequest ?? 'bypass',
      quiet: options.quiet ?? true,
    })
    .then(() => undefined);
  return started;
}

export { handlers };
export { scenarios } from './scenarios.js';
export * from './state.js';
