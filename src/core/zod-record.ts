import * as z from 'zod/mini';

/**
 * A JSON object whose every value matches `value`: what `z.record(z.string(), value)` checks (plain
 * objects only, every value parsed), built on the object type every page already ships. zod/mini's
 * record type alone is 2.4 KB minified on every page (issue 15); the wire format's records all have
 * string keys, the only keys a JSON object has.
 */
export function recordOf<T extends z.ZodMiniType>(value: T) {
  return z.catchall(z.object({}), value);
}
