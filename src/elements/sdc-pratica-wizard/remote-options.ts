import type { SdcClient } from '../../api/http.js';
import type { FieldNode, Option } from '../../forms/index.js';

type Entry = { state: 'loading' } | { state: 'done'; options: Option[] } | { state: 'error' };

const read = (o: unknown, path: string): unknown =>
  path.split('.').filter(Boolean).reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined), o);

/** Form.io select `dataSrc: "url"` items → options: `selectValues` path, `valueProperty`, `template` `{{ item.x }}`. */
export function optionsFromItems(body: unknown, component: Record<string, unknown>): Option[] {
  const selectValues = typeof component.selectValues === 'string' ? component.selectValues : '';
  const items = selectValues ? read(body, selectValues) : body;
  if (!Array.isArray(items)) return [];
  const valueProperty = typeof component.valueProperty === 'string' ? component.valueProperty : '';
  const template = typeof component.template === 'string' ? component.template : '';
  const labelProp = /\{\{\s*item\.([\w.]+)\s*\}\}/.exec(template)?.[1];
  return items.flatMap((item) => {
    const value = valueProperty ? read(item, valueProperty) : item && typeof item === 'object' ? read(item, 'value') ?? read(item, 'id') : item;
    if (!['string', 'number', 'boolean'].includes(typeof value)) return [];
    const label = labelProp ? read(item, labelProp) : item && typeof item === 'object' ? read(item, 'label') ?? read(item, 'name') : item;
    return [{ value: value as string | number | boolean, label: String(label ?? value) }];
  });
}

/**
 * Loads the options of URL selects once per URL, for the wizard's render (form-engines.md §5.1 "Should"):
 * the tenant's own API through the client (token, version), other hosts with a plain GET. A URL with
 * Form.io interpolations (`{{data.x}}`) depends on answers and is left to the server.
 */
export class RemoteOptions {
  readonly #cache = new Map<string, Entry>();

  constructor(
    private readonly client: () => SdcClient | undefined,
    private readonly onLoad: () => void,
  ) {}

  get(node: FieldNode): Option[] | undefined {
    const url = node.optionsUrl;
    if (!url || url.includes('{{')) return undefined;
    const hit = this.#cache.get(url);
    if (hit) return hit.state === 'done' ? hit.options : undefined;
    this.#cache.set(url, { state: 'loading' });
    void this.#load(url, node.component).then(
      (options) => this.#cache.set(url, { state: 'done', options }),
      () => this.#cache.set(url, { state: 'error' }),
    ).finally(this.onLoad);
    return undefined;
  }

  async #load(url: string, component: Record<string, unknown>): Promise<Option[]> {
    const client = this.client();
    const absolute = new URL(url, client?.baseUrl ? `${client.baseUrl}/` : location.href).toString();
    let body: unknown;
    if (client && new URL(absolute).origin === new URL(client.baseUrl).origin) {
      body = (await client.request('GET', absolute, { version: false })).body;
    } else {
      const res = await fetch(absolute, { headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(String(res.status));
      body = await res.json();
    }
    return optionsFromItems(body, component);
  }
}
