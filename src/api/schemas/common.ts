import * as z from 'zod/mini';
import { recordOf } from '../../core/zod-record.js';

/**
 * Building blocks of the OpenCity wire format. Fields the kit cannot work without are required;
 * descriptive fields are optional and nullable because PHP serialisers emit `null` freely. A field
 * with a wrong type is still an error (`invalid-response`), never silently coerced.
 */
export const optString = z.nullish(z.string());
export const optNumber = z.nullish(z.number());
// Numbers in strings, as PHP serialisers and Italian back-offices send them. One rule: a comma is
// always the decimal separator.
// - `"2000"`, `"16.00"`, `"16,00"`, `"1020,99"`: one separator at most, and it is the decimal one
//   (PHP's `"16.00"` and the Italian `"16,00"` alike). So `"1.020"` is 1.02, never 1020.
// - `"1.020,99"`, `"1.000.000,00"`: Italian grouping. Dots are read as thousands separators only
//   before a decimal comma and only in groups of three, where they cannot be a decimal point.
// - Rejected (`invalid-response`): `"1,020.99"` (English grouping: it would make the comma mean two
//   different things, and `"1,020"` is 1,02 to an Italian office), `"1.020.000"` (dots without a
//   comma: grouping or a typo?), spaces inside, currency signs. On an amount a wrong guess is worse
//   than a visible error.
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const ITALIAN_GROUPED = /^-?\d{1,3}(?:\.\d{3})+,\d+$/;

/** The number a numberish string stands for (see the rules above), or undefined when it is not one. */
export function parseNumberString(raw: string): number | undefined {
  const s = raw.trim();
  let canonical: string;
  if (DECIMAL.test(s)) canonical = s.replace(',', '.');
  else if (ITALIAN_GROUPED.test(s)) canonical = s.replace(/\./g, '').replace(',', '.');
  else return undefined;
  const n = Number(canonical);
  return Number.isFinite(n) ? n : undefined;
}

/** Numbers PHP sometimes serialises as strings (`"2000"`, `"16.00"`, `"16,00"`, `"1.020,99"`). */
export const numberish = z.union([
  z.number(),
  z.string().check(z.refine((s) => parseNumberString(s) !== undefined, { message: 'Not a number (expected e.g. 16.00, 16,00 or 1.020,99)' })),
]);
export const optNumberish = z.nullish(numberish);
/** Booleans PHP sometimes serialises as 0/1. */
export const optBoolish = z.nullish(z.union([z.boolean(), z.number()]));
export const stringArray = z.array(z.string());
export const anyRecord = recordOf(z.unknown());

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
