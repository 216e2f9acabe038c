/**
 * Which backend the demo pages talk to. Default: the embedded msw mock at `{demo root}/lang` (so the
 * static demo works from any host and sub-path). `?backend=https://servizi.comune.example.it/lang`
 * points the same pages at a real OpenCity tenant (remembered for the browser tab); `?backend=mock`
 * goes back to the mock.
 */
const KEY = 'sdc-demo-backend';

/** The demo's root folder, with its trailing slash: `<body data-root>` (vite.config.ts sets it: `./`, `../`). */
export function demoRoot(): string {
  return new URL(document.body?.dataset.root ?? './', location.href).href;
}

export function mockBase(): string {
  return `${demoRoot()}lang`;
}

export function backendUrl(): string {
  const param = new URLSearchParams(location.search).get('backend');
  if (param === 'mock') sessionStorage.removeItem(KEY);
  else if (param && /^https?:\/\//.test(param)) sessionStorage.setItem(KEY, param.replace(/\/+$/, ''));
  return sessionStorage.getItem(KEY) ?? mockBase();
}

export function isMockBackend(): boolean {
  return backendUrl() === mockBase();
}

/**
 * Starts the mock service worker before any element fetches (once per page, whoever asks). The demo's own worker
 * (public/demo-worker.js) wraps msw's and also serves the tenant's login and checkout pages.
 */
let started: Promise<void> | undefined;
/** `persist` (default true): keep the tenant in localStorage, shared with the login and checkout pages. */
export function startBackend(options: { persist?: boolean; reset?: boolean } = {}): Promise<void> {
  started ??= start(options);
  return started;
}

async function start({ persist = true, reset = false }: { persist?: boolean; reset?: boolean }): Promise<void> {
  if (!isMockBackend()) return;
  try {
    const [{ worker }, db] = await Promise.all([import('../mocks/browser.js'), import('../mocks/db.js')]);
    if (persist) db.enablePersistence();
    if (reset) db.resetTenant();
    else db.tenantState();
    await worker.start({
      serviceWorker: { url: `${demoRoot()}demo-worker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
  } catch (error) {
    console.error('[demo] The mock backend did not start', error);
  }
}

export async function resetMockTenant(): Promise<void> {
  const db = await import('../mocks/db.js');
  db.resetTenant();
}
