import * as z from 'zod/mini';

/** `GET|POST {base}/api/session-auth` → `{"token": "<jwt>"}` (opencity-api.md §2.1). */
export const TokenResponseSchema = z.object({ token: z.string().check(z.refine((t) => t.length >= 10)) });
