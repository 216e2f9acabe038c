/**
 * Unsigned-but-well-formed JWTs for the mock session. Same claims as OpenCity's Lexik tokens
 * (`iat`, `exp`, `roles`, `username`, `id`, `tenant_id`; opencity-api.md §2.2); the signature
 * segment is a fixed placeholder: clients must never verify it, only decode the payload.
 */
import { TENANT_ID } from './fixtures/tenant.js';

export interface JwtPayload {
  iat: number;
  exp: number;
  roles: string[];
  username: string;
  id: string;
  tenant_id: string;
}

const enc = (s: string) => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const dec = (s: string) => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(s.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

/** Default TTL of OpenCity (`TOKEN_TTL` = 3600 s). */
export const TOKEN_TTL_SECONDS = 3600;

export function issueToken(user: { id: string; username: string; role?: string }, opts: { ttlSeconds?: number; now?: number } = {}): string {
  const now = Math.floor((opts.now ?? Date.now()) / 1000);
  const payload: JwtPayload = {
    iat: now,
    exp: now + (opts.ttlSeconds ?? TOKEN_TTL_SECONDS),
    roles: [user.role === 'operator' ? 'ROLE_OPERATORE' : user.role === 'admin' ? 'ROLE_ADMIN' : 'ROLE_USER'],
    username: user.username,
    id: user.id,
    tenant_id: TENANT_ID,
  };
  return `${enc(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: 'sdc-mock' }))}.${enc(JSON.stringify(payload))}.${enc('sdc-mock-signature')}`;
}

export function decodeToken(token: string): JwtPayload | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const payload = JSON.parse(dec(parts[1]!)) as JwtPayload;
    return typeof payload.id === 'string' && typeof payload.exp === 'number' ? payload : null;
  } catch {
    return null;
  }
}
