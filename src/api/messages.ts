import type { Message, NewMessage } from '../domain/message.js';
import type { Page } from '../domain/page.js';
import { SdcError } from '../core/errors.js';
import { adapt, parseAndAdapt } from './adapt.js';
import { itemsOf, pageOf } from './adapters/common.js';
import { toMessage } from './adapters/messages.js';
import type { RequestOptions, SdcClient } from './http.js';
import { MessageListWire, MessageWire } from './schemas/messages.js';

const PAGE = 100;

function isEmptyListQuirk(e: unknown): boolean {
  // opencity-api.md §3.5: v2 answers 404 ["Messages not found"] when a pratica has no messages.
  return e instanceof SdcError && e.kind === 'not-found' && /messag/i.test(e.detail ?? '');
}

/** One page of the v2 list with the number of rows the backend sent (internal notes included). */
async function fetchPage(
  client: SdcClient,
  praticaId: string,
  offset: number,
  limit: number,
  opts: RequestOptions,
): Promise<{ page: Page<Message>; rows: number }> {
  try {
    const res = await client.request('GET', `/api/v2/applications/${encodeURIComponent(praticaId)}/messages`, {
      ...opts,
      query: { ...opts.query, offset, limit },
    });
    return parseAndAdapt(MessageListWire, res, (b) => {
      const p = pageOf(b, (w) => toMessage(w, praticaId), { offset, limit });
      // v2 does not filter internal notes in code (§3.5): never show them to the citizen.
      return { page: { ...p, items: p.items.filter((m) => m.visibility !== 'internal') }, rows: p.items.length };
    });
  } catch (e) {
    if (isEmptyListQuirk(e)) return { page: { items: [], total: 0, offset, limit }, rows: 0 };
    throw e;
  }
}

/** One page of the v2 list (`/api/v2/applications/{id}/messages`); the 404-when-empty quirk gives an empty page. */
export async function listMessagesPage(
  client: SdcClient,
  praticaId: string,
  page: { offset?: number; limit?: number } = {},
  opts: RequestOptions = {},
): Promise<Page<Message>> {
  const offset = page.offset ?? 0;
  const limit = Math.min(Math.max(page.limit ?? 10, 1), PAGE);
  return (await fetchPage(client, praticaId, offset, limit, opts)).page;
}

/** A backend without the v2 route: a 404 that is neither the "Messages not found" quirk nor a missing pratica. */
function isMissingV2(e: unknown): boolean {
  return e instanceof SdcError && e.kind === 'not-found' && !/applica|pratica/i.test(e.detail ?? '');
}

/**
 * All the citizen-visible messages of a pratica, oldest first. Uses the v2 envelope (paging through it);
 * `{ apiVersion: 1 }` asks the v1 plain-array endpoint instead. A backend without the v2 route (a 404 that
 * is not the "Messages not found" quirk) falls back to v1.
 */
export async function listMessages(
  client: SdcClient,
  praticaId: string,
  opts: RequestOptions & { apiVersion?: 1 | 2 } = {},
): Promise<Message[]> {
  const { apiVersion = 2, ...req } = opts;
  if (apiVersion === 1) return byDate(await listV1(client, praticaId, req));
  try {
    return (await listMessagesRange(client, praticaId, 0, Infinity, req)).items;
  } catch (e) {
    if (!isMissingV2(e)) throw e;
    return byDate(await listV1(client, praticaId, req));
  }
}

/**
 * A stretch of a thread as the v2 list holds it (opencity-api.md §3.5, §7.1: `offset`/`limit`, oldest first).
 * `start`/`end` count the backend's rows, internal notes included, so the next request knows where to go on.
 */
export interface MessageRun {
  /** Citizen-visible messages, oldest first. */
  items: Message[];
  /** Row of the first message fetched: 0 when nothing older is left on the backend. */
  start: number;
  /** Row after the last message fetched. */
  end: number;
  /** Rows in the whole list (`meta.count`). */
  total: number;
}

/**
 * Rows `[start, end)` of the v2 list (`end` may be `Infinity`: up to the last), in pages of 100, the largest
 * the backend accepts (§7.1). A backend without v2 answers with the whole v1 list (start 0).
 */
export async function listMessagesRange(
  client: SdcClient,
  praticaId: string,
  start: number,
  end: number,
  opts: RequestOptions = {},
): Promise<MessageRun> {
  const from = Math.max(0, Math.floor(start));
  const items: Message[] = [];
  let at = from;
  let total = 0;
  try {
    for (let i = 0; i < 200 && at < end; i++) {
      const limit = Math.max(1, Math.min(PAGE, end - at));
      const { page, rows } = await fetchPage(client, praticaId, at, limit, opts);
      items.push(...page.items);
      total = page.total;
      at += rows;
      if (rows < limit || at >= total) break;
    }
  } catch (e) {
    if (!isMissingV2(e)) throw e;
    const all = byDate(await listV1(client, praticaId, opts));
    return { items: all, start: 0, end: all.length, total: all.length };
  }
  return { items: byDate(items), start: Math.min(from, at), end: at, total: Math.max(total, at) };
}

/**
 * The newest `limit` rows of a thread (a long pratica has thousands): one request when the thread is
 * short, two when it is longer (the first tells the count, §7.1).
 */
export async function listLatestMessages(
  client: SdcClient,
  praticaId: string,
  limit = 30,
  opts: RequestOptions = {},
): Promise<MessageRun> {
  const first = await listMessagesRange(client, praticaId, 0, limit, opts);
  if (first.end >= first.total) return first;
  const start = Math.max(0, first.total - limit);
  // Messages that arrive meanwhile come with the next poll (listMessagesSince).
  return listMessagesRange(client, praticaId, start, start + limit, opts);
}

/**
 * What was added since row `known` (the `end` of the last run): asks from the row before it, so the page is
 * never empty (the v2 list answers 404 when it has nothing, §3.5) and the count always comes back.
 */
export function listMessagesSince(client: SdcClient, praticaId: string, known: number, opts: RequestOptions = {}): Promise<MessageRun> {
  return listMessagesRange(client, praticaId, Math.max(0, known - 1), Infinity, opts);
}

function byDate(list: Message[]): Message[] {
  return list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

async function listV1(client: SdcClient, praticaId: string, opts: RequestOptions): Promise<Message[]> {
  try {
    const body = await client.get(`/api/applications/${encodeURIComponent(praticaId)}/messages`, MessageListWire, { ...opts, query: { ...opts.query, version: 1 } });
    return adapt(body, (b) => itemsOf(b).map((w) => toMessage(w, praticaId)).filter((m) => m.visibility !== 'internal'));
  } catch (e) {
    if (isEmptyListQuirk(e)) return [];
    throw e;
  }
}

/** Base64 of a Blob without the `data:` prefix. */
export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** `POST /api/applications/{id}/messages` with base64 attachments → 201 with the message. */
export async function sendMessage(client: SdcClient, praticaId: string, input: NewMessage, opts: RequestOptions = {}): Promise<Message> {
  const attachments = await Promise.all(
    (input.attachments ?? []).map(async (a) => ({
      name: a.name,
      mime_type: a.mimeType,
      file: typeof a.file === 'string' ? a.file.replace(/^data:[^,]*,/, '') : await blobToBase64(a.file),
    })),
  );
  const body = {
    message: input.body,
    ...(input.subject ? { subject: input.subject } : {}),
    visibility: 'applicant',
    attachments,
  };
  const w = await client.json('POST', `/api/applications/${encodeURIComponent(praticaId)}/messages`, MessageWire, { ...opts, body });
  return adapt(w, (x) => toMessage(x, praticaId));
}

/** `PATCH …/messages/{messageId}` with `read_at` (answers `["Message Patched Successfully"]`). */
export async function markMessageRead(
  client: SdcClient,
  praticaId: string,
  messageId: string,
  at: Date = new Date(),
  opts: RequestOptions = {},
): Promise<void> {
  await client.send('PATCH', `/api/applications/${encodeURIComponent(praticaId)}/messages/${encodeURIComponent(messageId)}`, {
    ...opts,
    body: { read_at: at.toISOString() },
  });
}
