import { expect } from '@open-wc/testing';
import { SdcError } from '../../src/core/errors.js';
import { poll } from '../../src/api/poll.js';

describe('poll', () => {
  it('reads until the condition holds, skipping transient errors', async () => {
    const values = [1900, -1, 1900, 2000];
    let i = 0;
    const seen: unknown[] = [];
    const v = await poll(
      async () => {
        const x = values[i++]!;
        if (x < 0) throw new SdcError('network');
        return x;
      },
      (x) => x >= 2000,
      { intervalMs: 1, onValue: (x) => seen.push(x) },
    );
    expect(v).to.equal(2000);
    expect(seen).to.deep.equal([1900, 1900, 2000]);
  });

  it('stops at once on a non-transient error', async () => {
    let calls = 0;
    try {
      await poll(async () => {
        calls++;
        throw new SdcError('forbidden');
      }, () => true, { intervalMs: 1 });
      expect.fail('should reject');
    } catch (e) {
      expect((e as SdcError).kind).to.equal('forbidden');
    }
    expect(calls).to.equal(1);
  });

  it('gives up with timeout', async () => {
    try {
      await poll(async () => 1, () => false, { intervalMs: 5, timeoutMs: 20 });
      expect.fail('should reject');
    } catch (e) {
      expect((e as SdcError).kind).to.equal('timeout');
    }
  });

  it('can be cancelled', async () => {
    const ac = new AbortController();
    const p = poll(async () => 1, () => false, { intervalMs: 10_000, signal: ac.signal });
    setTimeout(() => ac.abort(), 5);
    try {
      await p;
      expect.fail('should reject');
    } catch (e) {
      expect((e as SdcError).kind).to.equal('aborted');
    }
  });
});
