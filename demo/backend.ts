/**
 * Which backend the demo pages talk to. Default: the embedded msw mock at `/lang`.
 * `?backend=https://servizi.comune.example.it/lang` points the same pages at a real OpenCity tenant
 * (remembered for the browser tab); `?backend=mock` goes back to the mock.
 */
const KEY = 'sdc-demo-backend';
export const MOCK_BASE = '/lang';

export function backendUrl(): string {
  const param = new URLSearchParams(location.search).get('backend');
  if (param === 'mock') sessionStorage.removeItem(KEY);
  else if (param && /^https?:\/\//.test(param)) sessionStorage.setItem(KEY, param.replace(/\/+$/, ''));
  return sessionStorage.getItem(KEY) ?? MOCK_BASE;
}

export function isMockBackend(): boolean {
  return backendUrl() === MOCK_BASE;
}

/** Starts the mock service worker before any element fetches. */
export async function startBackend(): Promise<void> {
  if (!isMockBackend()) return;
  try {
    const mock = await import('../mocks/browser.js');
    await mock.startMockBackend();
  } catch (error) {
    console.error('[demo] The mock backend did not start', error);
  }
}

export async function resetMockTenant(): Promise<void> {
  const mock = await import('../mocks/browser.js');
  mock.resetTenant?.();
}
