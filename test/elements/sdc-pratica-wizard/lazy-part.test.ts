import { expect } from '@open-wc/testing';
import { LazyPart } from '../../../src/elements/sdc-pratica-wizard/lazy-part.js';

describe('LazyPart', () => {
  const outcomes = (...o: Array<'ok' | 'fail'>) => {
    const calls = { n: 0 };
    const load = () => {
      const r = o[Math.min(calls.n++, o.length - 1)];
      return r === 'ok' ? Promise.resolve({ v: calls.n }) : Promise.reject(new TypeError('Failed to fetch'));
    };
    return { calls, load };
  };

  it('imports once, whoever asks', async () => {
    const { calls, load } = outcomes('ok');
    const p = new LazyPart('x', load);
    expect(p.state).to.equal('idle');
    void p.prefetch();
    expect(p.state).to.equal('loading');
    const [a, b] = await Promise.all([p.need(), p.need()]);
    expect(a).to.equal(b);
    expect(p.state).to.equal('ready');
    expect(p.module).to.deep.equal({ v: 1 });
    expect(calls.n).to.equal(1);
  });

  it('a failed prefetch is silent and the step asks again; a failed need shows until retried', async () => {
    const { calls, load } = outcomes('fail', 'fail', 'ok');
    const p = new LazyPart('x', load);
    const states: string[] = [];
    p.subscribe(() => states.push(p.state));
    expect(await p.prefetch()).to.equal(undefined);
    expect(p.state).to.equal('idle');
    expect(await p.need()).to.equal(undefined);
    expect(p.state).to.equal('failed');
    // Asking again without "Riprova" does not hammer the network.
    expect(await p.need()).to.equal(undefined);
    expect(calls.n).to.equal(2);
    expect(await p.retry()).to.deep.equal({ v: 3 });
    expect(p.state).to.equal('ready');
    expect(states).to.deep.equal(['loading', 'idle', 'loading', 'failed', 'idle', 'loading', 'ready']);
  });

  it('a need during a prefetch that then fails shows the failure', async () => {
    const { load } = outcomes('fail');
    const p = new LazyPart('x', load);
    void p.prefetch();
    expect(await p.need()).to.equal(undefined);
    expect(p.state).to.equal('failed');
  });

  it('stub() replaces the import and forgets the module; its return puts the real one back', async () => {
    const p = new LazyPart('x', () => Promise.resolve('real'));
    expect(await p.need()).to.equal('real');
    const restore = p.stub(() => Promise.resolve('stub'));
    expect(p.state).to.equal('idle');
    expect(await p.need()).to.equal('stub');
    restore();
    expect(p.module).to.equal(undefined);
    expect(await p.need()).to.equal('real');
  });

  it('retries the chunk the failure named with a query, where the browser keeps failed fetches', async () => {
    const urls: string[] = [];
    const p = new LazyPart<string>('x', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: https://cdn.example.it/sdc/chunks/late-steps-Ab12.js')),
      (url) => (urls.push(url), urls.length === 1 ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve('late')));
    expect(await p.need()).to.equal(undefined);
    expect(await p.retry()).to.equal(undefined);
    expect(p.state).to.equal('failed');
    expect(await p.retry()).to.equal('late');
    expect(urls).to.deep.equal(['https://cdn.example.it/sdc/chunks/late-steps-Ab12.js?retry=1', 'https://cdn.example.it/sdc/chunks/late-steps-Ab12.js?retry=2']);
  });
});
