import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { recordOf } from '../../src/core/zod-record.js';

// recordOf stands in for z.record(z.string(), value) in the wire and form schemas: same answers.
describe('recordOf', () => {
  const samples: unknown[] = [{}, { a: 1, b: 2 }, { a: 1, b: 'x' }, [], [1], null, 'a', 3, { nested: { a: 1 } }];

  for (const value of [z.number(), z.unknown(), z.string()]) {
    it(`answers as z.record(z.string(), ${value._zod.def.type}) does`, () => {
      const ours = recordOf(value);
      const record = z.record(z.string(), value);
      for (const input of samples) {
        const a = ours.safeParse(input);
        const b = record.safeParse(input);
        expect(a.success, JSON.stringify(input)).to.equal(b.success);
        if (a.success && b.success) expect(a.data).to.deep.equal(b.data);
      }
    });
  }

  it('keeps every key and checks every value', () => {
    expect(recordOf(z.number()).parse({ a: 1, 'b-c': 2 })).to.deep.equal({ a: 1, 'b-c': 2 });
    expect(recordOf(z.number()).safeParse({ a: 1, b: 'due' }).success).to.equal(false);
  });
});
