import type { Page } from '../domain/page.js';
import {
  PRATICA_STATUS,
  statusCodesOf,
  type Pratica,
  type PraticaQuery,
  type PraticaStatusGroup,
  type StatusChange,
} from '../domain/pratica.js';
import { adapt, parseAndAdapt } from './adapt.js';
import { pageOf } from './adapters/common.js';
import { toPratica, toStatusChange } from './adapters/pratiche.js';
import { ymd } from './dates.js';
import type { QueryValue, RequestOptions, SdcClient } from './http.js';
import { ApplicationListWire, ApplicationWire, HistoryWire } from './schemas/pratiche.js';

const MAX_LIMIT = 100;

function codesOf(q: PraticaQuery): number[] | undefined {
  const codes = new Set<number>();
  const status = q.status === undefined ? [] : Array.isArray(q.status) ? q.status : [q.status];
  status.forEach((c) => codes.add(c));
  const groups: PraticaStatusGroup[] = q.statusGroup === undefined ? [] : Array.isArray(q.statusGroup) ? q.statusGroup : [q.statusGroup];
  groups.forEach((g) => statusCodesOf(g).forEach((c) => codes.add(c)));
  return codes.size ? [...codes] : undefined;
}

function dateParam(v: Date | string | undefined): string | undefined {
  return v === undefined ? undefined : ymd(v);
}

function baseQuery(q: PraticaQuery): Record<string, QueryValue> {
  return {
    service: q.service,
    service_id: q.serviceId,
    'createdAt[after]': dateParam(q.createdAfter),
    'createdAt[before]': dateParam(q.createdBefore),
    'submittedAt[after]': dateParam(q.submittedAfter),
    'submittedAt[before]': dateParam(q.submittedBefore),
    sort: q.sort,
  };
}

function clampLimit(limit: number | undefined): number {
  return Math.min(Math.max(Math.trunc(limit ?? 10), 1), MAX_LIMIT);
}

async function fetchPage(
  client: SdcClient,
  query: Record<string, QueryValue>,
  offset: number,
  limit: number,
  opts: RequestOptions,
): Promise<Page<Pratica>> {
  const res = await client.request('GET', '/api/applications', { ...opts, query: { ...query, offset, limit } });
  return parseAndAdapt(ApplicationListWire, res, (b) => pageOf(b, toPratica, { offset, limit }));
}

/**
 * The citizen's pratiche, one page: `{items, total, offset, limit}` (opencity-api.md §3.3, §7.1).
 * A status-group filter that spans several codes is resolved with one request per code (the backend
 * filters on one code) and merged in creation order (`sort: 'DESC'` for newest first, like the backend).
 */
export async function listPratiche(client: SdcClient, query: PraticaQuery = {}, opts: RequestOptions = {}): Promise<Page<Pratica>> {
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  const limit = clampLimit(query.limit);
  const codes = codesOf(query);
  const base = baseQuery(query);
  if (!codes || codes.length === 1) {
    return fetchPage(client, { ...base, status: codes?.[0] }, offset, limit, opts);
  }
  const all = (
    await Promise.all(codes.map((status) => collect(client, { ...base, status }, opts)))
  ).flat();
  const dir = query.sort === 'DESC' ? -1 : 1;
  all.sort((a, b) => dir * (a.createdAt.getTime() - b.createdAt.getTime()));
  return { items: all.slice(offset, offset + limit), total: all.length, offset, limit };
}

async function collect(client: SdcClient, query: Record<string, QueryValue>, opts: RequestOptions, maxPages = 50): Promise<Pratica[]> {
  const out: Pratica[] = [];
  for (let page = 0; page < maxPages; page++) {
    const p = await fetchPage(client, query, out.length, MAX_LIMIT, opts);
    out.push(...p.items);
    if (p.items.length === 0 || out.length >= p.total) break;
  }
  return out;
}

/** Every pratica matching the query, paging through `{meta,links,data}` until `meta.count` (S3's loop). */
export async function listAllPratiche(
  client: SdcClient,
  query: Omit<PraticaQuery, 'offset' | 'limit'> = {},
  opts: RequestOptions = {},
): Promise<Pratica[]> {
  const codes = codesOf(query);
  const base = baseQuery(query);
  if (!codes || codes.length === 1) return collect(client, { ...base, status: codes?.[0] }, opts);
  return (await Promise.all(codes.map((status) => collect(client, { ...base, status }, opts)))).flat();
}

export async function getPratica(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Pratica> {
  return adapt(await client.get(`/api/applications/${encodeURIComponent(id)}`, ApplicationWire, opts), toPratica);
}

export interface NewPratica {
  /** Service uuid or identifier. */
  service: string;
  /** The raw Form.io submission `data` (WITH the nested `{data: …}` wrappers: opencity-api.md §4.3 "Writes"). */
  data: Record<string, unknown>;
  /** true: create directly as 1900 (pre_submit) instead of a 1000 draft. */
  submit?: boolean;
}

const creating = new WeakMap<SdcClient, Map<string, Promise<Pratica>>>();

/**
 * `POST /api/applications` → 201 with the pratica; a draft (1000) unless `submit`. An identical call
 * while one is in flight returns the same promise, so a double click never makes two pratiche.
 */
export function createPratica(client: SdcClient, input: NewPratica, opts: RequestOptions = {}): Promise<Pratica> {
  const body = { service: input.service, status: input.submit ? PRATICA_STATUS.PRE_SUBMIT : PRATICA_STATUS.DRAFT, data: input.data };
  const key = JSON.stringify(body);
  let map = creating.get(client);
  if (!map) creating.set(client, (map = new Map()));
  const pending = map.get(key);
  if (pending) return pending;
  const p = client
    .json('POST', '/api/applications', ApplicationWire, { ...opts, body })
    .then((w) => adapt(w, toPratica))
    .finally(() => map.delete(key));
  map.set(key, p);
  return p;
}

/**
 * `PUT /api/applications/{id}` (replaces data and status; answers `["Application Modified Successfully"]`),
 * then reads the pratica back.
 */
export async function updatePratica(
  client: SdcClient,
  id: string,
  input: { data: Record<string, unknown>; status?: number },
  opts: RequestOptions = {},
): Promise<Pratica> {
  const path = `/api/applications/${encodeURIComponent(id)}`;
  await client.send('PUT', path, { ...opts, body: { status: input.status ?? PRATICA_STATUS.DRAFT, data: input.data } });
  return getPratica(client, id, { ...opts, dedupe: false });
}

/**
 * `PUT /api/applications/{id}` alone, without reading the pratica back: for a caller that already has
 * the answers it sent (the wizard's draft saves). 404/410 when the draft is gone.
 */
export async function replacePraticaData(client: SdcClient, id: string, data: Record<string, unknown>, opts: RequestOptions = {}): Promise<void> {
  await client.send('PUT', `/api/applications/${encodeURIComponent(id)}`, { ...opts, body: { status: PRATICA_STATUS.DRAFT, data } });
}

async function transition(client: SdcClient, id: string, action: string, opts: RequestOptions, body?: unknown): Promise<Pratica> {
  await client.send('POST', `/api/applications/${encodeURIComponent(id)}/transition/${action}`, { ...opts, body });
  return getPratica(client, id, { ...opts, dedupe: false });
}

/** Draft → 1900 (pre_submit), or 4200 → 4300 after an integration (204); returns the pratica as it is now. */
export function submitPratica(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Pratica> {
  return transition(client, id, 'submit', opts);
}

/** The citizen withdraws the pratica → 20000 (only when `allowedActions` has `withdraw`). */
export function withdrawPratica(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<Pratica> {
  return transition(client, id, 'withdraw', opts);
}

/** "Iter della pratica": `GET /api/applications/{id}/history`, oldest first. */
export async function getPraticaHistory(client: SdcClient, id: string, opts: RequestOptions = {}): Promise<StatusChange[]> {
  const list = adapt(await client.get(`/api/applications/${encodeURIComponent(id)}/history`, HistoryWire, opts), (l) => l.map(toStatusChange));
  return list.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** A physical marca da bollo as the citizen types it (pa-domain.md §2.1). */
export interface BolloStampInput {
  /** 14 digits. */
  identifier: string;
  /** `yyyy-mm-dd`. */
  date: string;
  /** `hh:mm:ss`. */
  time: string;
}

/**
 * Saves a physical marca da bollo on the pratica and returns the pratica as it is now.
 *
 * `PATCH /api/applications/{id}` with `data: {bollo_identifier, bollo_data_emissione, bollo_ora_emissione}`:
 * the field names of OpenCity's Bollo gateway form (pa-domain.md §2.1), from which the platform builds
 * `payment_type: "bollo"` and `payment_data` (opencity-api.md §4.6 A). Why this path:
 * - `payment_type` / `payment_data` are writable by operators only (§3.3 POST notes), so a citizen
 *   widget writes the submission `data`, like the platform's own payment step;
 * - PATCH and not PUT: PUT replaces the whole `data` and `status` (§3.3), so a PUT from here could
 *   clobber the submission; PATCH touches only these three keys. The keys are top-level, so the
 *   Form.io `{data: …}` wrappers of nested forms (§4.3 "Writes") are not involved.
 * The backend accepts edits only while the pratica is a draft (1000) or a draft for integration (4200).
 */
export async function saveBolloStamp(
  client: SdcClient,
  praticaId: string,
  stamp: BolloStampInput,
  opts: RequestOptions = {},
): Promise<Pratica> {
  await client.send('PATCH', `/api/applications/${encodeURIComponent(praticaId)}`, {
    ...opts,
    body: {
      data: {
        bollo_identifier: stamp.identifier,
        bollo_data_emissione: stamp.date,
        bollo_ora_emissione: stamp.time,
      },
    },
  });
  return getPratica(client, praticaId, { ...opts, dedupe: false });
}
