import { listPratiche } from '../../api/applications.js';
import type { RequestOptions, SdcClient } from '../../api/http.js';
import type { Page } from '../../domain/page.js';
import { statusCodesOf, type Pratica, type PraticaQuery, type PraticaStatusGroup } from '../../domain/pratica.js';

const MAX_LIMIT = 100;

/**
 * One page of pratiche filtered by a citizen status group. The backend filters on one status code
 * (opencity-api.md §3.3), and a group spans several: instead of downloading every pratica of every code,
 * this asks each code only for its first `offset + limit` pratiche in the requested order (the page can
 * only come from those), merges them and cuts the page. Page 1 of a 4-code group is 4 small requests,
 * whatever the number of pratiche; totals come from each code's `meta.count`.
 */
export async function listPraticheOfGroup(
  client: SdcClient,
  query: Omit<PraticaQuery, 'status' | 'statusGroup'> & { statusGroup?: PraticaStatusGroup },
  opts: RequestOptions = {},
): Promise<Page<Pratica>> {
  const { statusGroup, ...rest } = query;
  const codes = statusGroup ? statusCodesOf(statusGroup) : [];
  if (codes.length <= 1) return listPratiche(client, { ...rest, status: codes[0] }, opts);
  const offset = Math.max(0, Math.trunc(rest.offset ?? 0));
  const limit = Math.min(Math.max(Math.trunc(rest.limit ?? 10), 1), MAX_LIMIT);
  const need = offset + limit;
  const heads = await Promise.all(
    codes.map(async (status) => {
      const items: Pratica[] = [];
      let total = Infinity;
      while (items.length < Math.min(need, total)) {
        const page = await listPratiche(client, { ...rest, status, offset: items.length, limit: Math.min(MAX_LIMIT, need - items.length) }, opts);
        total = page.total;
        items.push(...page.items);
        if (page.items.length === 0) break;
      }
      return { items, total: Number.isFinite(total) ? total : items.length };
    }),
  );
  const dir = rest.sort === 'DESC' ? -1 : 1;
  const merged = heads
    .flatMap((h) => h.items)
    .sort((a, b) => dir * (a.createdAt.getTime() - b.createdAt.getTime()) || a.id.localeCompare(b.id));
  return { items: merged.slice(offset, offset + limit), total: heads.reduce((n, h) => n + h.total, 0), offset, limit };
}
