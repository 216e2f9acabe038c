import type { SdcClient } from '../../api/http.js';
import type { FieldNode, Option } from '../../forms/index.js';
// Not the index: it brings the JSONLogic evaluator (forms/with-logic.ts) onto the request page.
import { headersOf, optionsFromItems } from '../../forms/options.js';
import type { RemoteOptionsState } from '../../ui/fields/index.js';

type Entry = { state: 'loading' } | { state: 'done'; options: Option[] } | { state: 'error' };

/**
 * Loads the options of URL selects once per URL, for the wizard's render (form-engines.md §5.1 "Should"):
 * the tenant's own API through the client (token, version), other hosts with a plain GET and the
 * component's `data.headers`. Items become options in src/forms (`selectValues`, `valueProperty`,
 * `template` subset). A failure shows in the field with "Riprova"; a retry fetches again.
 * A URL built from the answers (`{{data.x}}`) never gets here: the engine asks it as text.
 */
export class RemoteOptions {
  readonly #cache = new Map<string, Entry>();

  constructor(
    private readonly client: () => SdcClient | undefined,
    private readonly onLoad: () => void,
  ) {}

  get(node: FieldNode): Option[] | RemoteOptionsState | undefined {
    const url = node.optionsUrl;
    if (!url || url.includes('{{')) return undefined;
    const hit = this.#cache.get(url);
    if (hit?.state === 'done') return hit.options;
    if (hit?.state === 'error') return { state: 'error', retry: () => { this.#cache.delete(url); this.onLoad(); } };
    if (hit) return { state: 'loading' };
    this.#cache.set(url, { state: 'loading' });
    void this.#load(url, node.component).then(
      (options) => this.#cache.set(url, { state: 'done', options }),
      () => this.#cache.set(url, { state: 'error' }),
    ).finally(this.onLoad);
    return { state: 'loading' };
  }

  async #load(url: string, component: Record<string, unknown>): Promise<Option[]> {
    const client = this.client();
    const absolute = new URL(url, client?.baseUrl ? `${client.baseUrl}/` : location.href).toString();
    const headers = headersOf(component.data);
    let body: unknown;
    if (client && new URL(absolute).origin === new URL(client.baseUrl).origin) {
      body = (await client.request('GET', absolute, { version: false, ...(headers ? { headers } : {}) })).body;
    } else {
      const res = await fetch(absolute, { headers: { Accept: 'application/json', ...headers } });
      if (!res.ok) throw new Error(String(res.status));
      body = await res.json();
    }
    const str = (k: string) => (typeof component[k] === 'string' ? (component[k] as string) : undefined);
    return optionsFromItems(body, { selectValues: str('selectValues'), valueProperty: str('valueProperty'), template: str('template') });
  }
}
