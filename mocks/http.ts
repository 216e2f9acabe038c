/**
 * Response helpers in OpenCity's shapes (opencity-api.md §7.2) and request helpers (base URL,
 * `version`, Bearer auth per §2.3).
 */
import { HttpResponse } from 'msw';
import { decodeToken } from './jwt.js';
import { tenantState } from './db.js';
import type { UserRecord } from './fixtures/citizens.js';

/** Every OpenCity response carries `Access-Control-Allow-Origin: *` (opencity-api.md §2.4). */
const CORS = { 'Access-Control-Allow-Origin': '*' };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as never, { status, headers: { ...CORS, ...headers } });
}

/** `["Application not found"]`: 400/403/404/422 and PUT/PATCH successes. */
export function strings(status: number, ...messages: string[]): Response {
  return json(messages, status);
}

/** `{type:"validation_error", title, errors:[...]}` (form validation 400). */
export function validationError(errors: Array<string | unknown[]>): Response {
  return json({ type: 'validation_error', title: 'There was a validation error', errors }, 400);
}

/** `{type:"error", title, description}` (400 and 500). */
export function typedError(status: number, title: string, description: string): Response {
  return json({ type: 'error', title, description }, status);
}

/** `{status:"error", message}` (upload endpoints). */
export function uploadError(status: number, message: string): Response {
  return json({ status: 'error', message }, status);
}

/** Lexik JWT failures `{code: 401, message}`. */
export function jwtError(message: string): Response {
  return json({ code: 401, message }, 401);
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204, headers: CORS });
}

/**
 * The tenant base (`{origin}/{prefix}`) of a request to `{base}/api/...` or `{base}/{locale}/...`:
 * absolute URLs in responses (links, file urls) are built from it, like the real server does.
 */
export function baseOf(request: Request): string {
  const url = new URL(request.url);
  const path = url.pathname;
  for (const marker of ['/api/', '/payment-proxy/', '/mock-storage/']) {
    const i = path.indexOf(marker);
    if (i >= 0) return url.origin + path.slice(0, i);
  }
  const m = /^(.*)\/[a-z]{2}\/upload(\/.*)?$/.exec(path);
  if (m) return url.origin + m[1];
  return url.origin;
}

/** `?version=2` or `X-Accept-Version: 2`; default 1 (opencity-api.md §1). */
export function apiVersion(request: Request): 1 | 2 {
  const q = new URL(request.url).searchParams.get('version');
  const h = request.headers.get('X-Accept-Version');
  return (q ?? h) === '2' ? 2 : 1;
}

export function query(request: Request): URLSearchParams {
  return new URL(request.url).searchParams;
}

export type Auth = { user: UserRecord; response?: undefined } | { user?: undefined; response: Response };

/** Checks `Authorization: Bearer <jwt>`; answers 401 `{code,message}` as Lexik does. */
export function authenticate(request: Request): Auth {
  const header = request.headers.get('Authorization');
  if (!header || !/^Bearer\s+\S+/i.test(header)) return { response: jwtError('JWT Token not found') };
  const payload = decodeToken(header.replace(/^Bearer\s+/i, '').trim());
  if (!payload) return { response: jwtError('Invalid JWT Token') };
  if (payload.exp * 1000 <= Date.now()) return { response: jwtError('Expired JWT Token') };
  const user = tenantState().users.find((u) => u.id === payload.id);
  if (!user) return { response: jwtError('Invalid JWT Token') };
  return { user };
}

export async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (!text.trim()) return { ok: false, response: typedError(400, 'Bad Request', 'Request body is empty') };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: typedError(400, 'Bad Request', 'Invalid json message received') };
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function absolute(base: string, path: string): string {
  return /^https?:/.test(path) ? path : base + path;
}
