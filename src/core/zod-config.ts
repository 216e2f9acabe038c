import * as z from 'zod/mini';

/**
 * Turns off zod's JIT for the whole page. Import it for its side effect, first, in every module
 * that builds or runs zod schemas at the kit's entry points (`src/api/http.ts`, `src/forms/parse.ts`).
 *
 * Why: zod 4 can compile object parsers with `new Function`, and before doing so probes once
 * whether `eval` is allowed (`allowsEval` in zod/v4/core/util.js). Under the strict CSP municipal
 * portals use (`script-src 'self'`, no `'unsafe-eval'`) the probe throws — zod swallows it — but
 * the browser still reports a `securitypolicyviolation` for every page that embeds the kit. With
 * `jitless` zod skips both the probe and the compilation.
 *
 * zod/mini (the only zod the kit ships) does not JIT in 4.6.7, so today this is a guarantee rather
 * than a fix: it keeps the kit CSP-clean if a schema built with classic zod (or a later zod that
 * JITs mini objects) ends up in the bundle. The setting is read when an object schema is built,
 * hence "import first". It is global: an app that shares our zod also runs jitless, which costs
 * it speed, never correctness.
 */
z.config({ jitless: true });
