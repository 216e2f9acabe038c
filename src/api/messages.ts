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

/** One page of the v2 list (`/api/v2/applications/{id}/messages`); the 404-when-empty quirk gives an empty page. */
export async function listMessagesPage(
  client: SdcClient,
  praticaId: string,
  page: { offset?: number; limit?: number } = {},
  opts: RequestOptions = {},
): Promise<Page<Message>> {
  const offset = page.offset ?? 0;
  const limit = Math.min(Math.max(page.limit ?? 10, 1), PAGE);
  try {
    const res = await client.request('GET', `/api/v2/applications/${encodeURIComponent(praticaId)}/messages`, {
      ...opts,
      query: { ...opts.query, offset, limit },
    });
    return parseAndAdapt(MessageListWire, res, (b) => {
      const p = pageOf(b, (w) => toMessage(w, praticaId), { offset, limit });
      // v2 does not filter internal notes in code (§3.5): never show them to the citizen.
      return { ...p, items: p.items.filter((m) => m.visibility !== 'internal') };
    });
  } catch (e) {
    if (isEmptyListQuirk(e)) return { items: [], total: 0, offset, limit };
    throw e;
  }
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
  let out: Message[];
  if (apiVersion === 1) {
    out = await listV1(client, praticaId, req);
  } else {
    try {
      out = [];
      for (let i = 0; i < 50; i++) {
        const p = await listMessagesPage(client, praticaId, { offset: i * PAGE, limit: PAGE }, req);
        out.push(...p.items);
        if (p.items.length < PAGE || p.offset + PAGE >= p.total) break;
      }
    } catch (e) {
      if (!(e instanceof SdcError) || e.kind !== 'not-found' || /applica|pratica/i.test(e.detail ?? '')) throw e;
      out = await listV1(client, praticaId, req);
    }
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
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
