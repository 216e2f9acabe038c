import * as z from 'zod/mini';

/** `POST {base}/{locale}/upload` → 201 `{id, uri}` (opencity-api.md §3.4). */
export const UploadStartWire = z.object({ id: z.string(), uri: z.string() });
