import * as z from 'zod/mini';

/**
 * Building blocks of the OpenCity wire format. Fields the kit cannot work without are required;
 * descriptive fields are optional and nullable because PHP serialisers emit `null` freely. A field
 * with a wrong type is still an error (`invalid-response`), never silently coerced.
 */
export const optString = z.nullish(z.string());
export const optNumber = z.nullish(z.number());
/** Numbers PHP sometimes serialises as strings ("2000", "16.00"). */
export const numberish = z.union([z.number(), z.string().check(z.regex(/^\s*-?\d+([.,]\d+)?\s*$/))]);
export const optNumberish = z.nullish(numberish);
/** Booleans PHP sometimes serialises as 0/1. */
export const optBoolish = z.nullish(z.union([z.boolean(), z.number()]));
export const stringArray = z.array(z.string());
export const anyRecord = z.record(z.string(), z.unknown());

/** A file object (opencity-api.md §4.3): `originalName` camelCase, everything else snake_case. */
export const FileWire = z.object({
  id: z.union([z.string(), z.number()]),
  name: optString,
  url: optString,
  originalName: optString,
  original_name: optString,
  description: optString,
  mime_type: optString,
  type: optString,
  size: optNumberish,
  created_at: optString,
  protocol_required: optBoolish,
  protocol_number: z.nullish(z.union([z.string(), z.number()])),
});
export type FileWire = z.infer<typeof FileWire>;

/** A public service attachment `{name, url, original_name, created_at}` (no id). */
export const PublicFileWire = z.object({
  id: z.nullish(z.union([z.string(), z.number()])),
  name: optString,
  url: optString,
  original_name: optString,
  originalName: optString,
  created_at: optString,
});

export const PaginationMetaWire = z.object({
  count: optNumberish,
  total: optNumberish,
  parameter: z.nullish(z.object({ offset: optNumberish, limit: optNumberish })),
});

export const LinksWire = z.nullish(z.object({ self: optString, prev: optString, next: optString }));

/** A list that is either a plain array or a `{meta, links, data}` envelope (opencity-api.md §7.1). */
export function listOrEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.union([
    z.array(item),
    z.object({ data: z.array(item), meta: z.nullish(PaginationMetaWire), links: LinksWire }),
  ]);
}

/** An envelope (paginated endpoints). */
export function envelope<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), meta: z.nullish(PaginationMetaWire), links: LinksWire });
}

/** `["… Modified Successfully"]` and friends, or anything: bodies whose content the kit ignores. */
export const Ignored = z.unknown();
