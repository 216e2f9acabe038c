/** Imports a module by URL: the default way a retry fetches it again. */
export type ImportUrl<T> = (url: string) => Promise<T>;

const importUrl = <T>(url: string): Promise<T> => import(/* @vite-ignore */ url) as Promise<T>;

/**
 * The URL a failed dynamic import names ("Failed to fetch dynamically imported module: https://…/x.js"
 * in Chromium; Firefox and Safari name it too), without the query of an earlier retry.
 */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /\bhttps?:\/\/[^\s'"]+?\.m?js(?:\?[^\s'"]*)?/.exec(message)?.[0]?.replace(/[?&]retry=\d+$/, '');
}

/**
 * A dynamic import (a lazily loaded part of an element) that can be asked again after it failed: the
 * one retry policy of the kit's lazy parts (`LazyElements`, the wizard's `LazyPart`).
 * Browsers that still keep a failed fetch in their module map (whatwg/html#10327 changed the spec in
 * 2024) fail the same `import()` again until the page reloads: after a failure that named its URL, each
 * call imports that URL with `?retry=n` (the module never ran, so no second copy of anything runs);
 * without a URL it calls `load` again. `importUrl` is the seam tests use in place of the network.
 */
export function retryingImport<T>(load: () => Promise<T>, byUrl: ImportUrl<T> = importUrl): () => Promise<T> {
  let failedUrl: string | undefined;
  let retries = 0;
  return () => {
    const url = failedUrl;
    const attempt = url ? byUrl(`${url}${url.includes('?') ? '&' : '?'}retry=${++retries}`) : load();
    return attempt.then(
      (m) => {
        failedUrl = undefined;
        return m;
      },
      (e: unknown) => {
        failedUrl = failedModuleUrl(e) ?? failedUrl;
        throw e;
      },
    );
  };
}
