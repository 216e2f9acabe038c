import { SdcError } from '../core/errors.js';
import { parseWire, type ApiResponse, type WireSchema } from './http.js';

/** Runs an adapter: a throw inside it (a shape the schema let through but the domain cannot use) is `invalid-response`. */
export function adapt<W, T>(wire: W, fn: (w: W) => T, url?: string): T {
  try {
    return fn(wire);
  } catch (e) {
    if (e instanceof SdcError) throw e;
    throw new SdcError('invalid-response', { url, cause: e, detail: e instanceof Error ? e.message : String(e) });
  }
}

/** Parse with the wire schema, then adapt. */
export function parseAndAdapt<W, T>(schema: WireSchema<W>, res: ApiResponse, fn: (w: W) => T): T {
  return adapt(parseWire(schema, res), fn, res.url);
}
