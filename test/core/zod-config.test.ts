import { expect } from '@open-wc/testing';
// Only zod itself is imported statically: the kit's modules are imported inside the tests, so the
// first test sees the state before and after the API client is loaded. Neither zod entry builds
// an object schema at import time, so nothing has probed `eval` yet.
import * as classic from 'zod';
import * as z from 'zod/mini';

/** Counts `new Function(...)` in this page while `run` executes (zod's eval probe and its JIT use it). */
async function countNewFunction(run: () => unknown): Promise<number> {
  const original = globalThis.Function;
  let count = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args, newTarget) {
      count += 1;
      return Reflect.construct(target, args, newTarget);
    },
  });
  try {
    await run();
  } finally {
    globalThis.Function = original;
  }
  return count;
}

describe('zod configuration (src/core/zod-config.ts)', () => {
  it('turns zod’s JIT off as soon as the API client is loaded', async () => {
    expect(z.config().jitless).to.not.equal(true);
    await import('../../src/api/http.js');
    expect(z.config().jitless).to.equal(true);
    expect(classic.config().jitless, 'classic and mini share one config').to.equal(true);
  });

  it('loads and runs the form engine and the draft reader without calling new Function', async () => {
    const calls = await countNewFunction(async () => {
      const { parseForm, createFormModel } = await import('../../src/forms/index.js');
      const { form } = parseForm({
        title: 'Prova',
        components: [{ type: 'textfield', key: 'nome', label: 'Nome', validate: { required: 'true' }, extra: 1 }],
      });
      const model = createFormModel(form);
      expect(model.steps).to.have.length(1);
    });
    expect(calls).to.equal(0);
  });

  it('parses a loose object jitless and keeps its unknown properties', async () => {
    let parsed: unknown;
    const calls = await countNewFunction(() => {
      // Classic zod is the one that compiles object parsers: it is the real test of `jitless`.
      const schema = classic.looseObject({ id: classic.string(), n: classic.number().optional() });
      parsed = schema.parse({ id: 'a', n: 2, extra: { x: true } });
      const mini = z.looseObject({ id: z.string() });
      expect(mini.parse({ id: 'b', other: 3 })).to.deep.equal({ id: 'b', other: 3 });
    });
    expect(parsed).to.deep.equal({ id: 'a', n: 2, extra: { x: true } });
    expect(calls).to.equal(0);
  });

  it('would call new Function without jitless, so the spy above can see it (control)', async () => {
    z.config({ jitless: false });
    try {
      const calls = await countNewFunction(() => {
        classic.object({ id: classic.string() }).parse({ id: 'a' });
      });
      expect(calls).to.be.greaterThan(0);
    } finally {
      z.config({ jitless: true });
    }
  });
});
