import { expect } from '@open-wc/testing';
import { SdcError } from '../../src/core/errors.js';
import type { Payment, PaymentStatus } from '../../src/domain/payment.js';
import {
  PENDING_STORAGE_KEY,
  PENDING_TTL_MS,
  START_GUARD_MS,
  cleanReturnParams,
  detectReturn,
  downloadPaymentDocument,
  forgetPending,
  groupNoticeCode,
  isApiUrl,
  pagoPaQrPayload,
  paymentOutcomeOf,
  pendingVerifications,
  pollPayment,
  rememberPending,
  resetStartGuard,
  startOnlinePayment,
  toCents,
} from '../../src/ui/payment-actions.js';
import type { SdcClient } from '../../src/api/http.js';

function payment(status: PaymentStatus = 'da-pagare', over: Partial<Payment> = {}): Payment {
  return {
    id: 'pay-1',
    type: 'pagopa',
    status,
    wireStatus: status,
    reason: 'Diritti di segreteria',
    amount: 16,
    currency: 'EUR',
    items: [],
    links: { payOnline: 'https://proxy.example.it/online-payment/pay-1', avviso: 'https://proxy.example.it/notice/pay-1' },
    ...over,
  };
}

/** A sessionStorage stand-in per test, so tests never see each other's pending checkouts. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

/** Counts the timers still scheduled, to prove nothing keeps running after an abort. */
function trackTimers() {
  const live = new Set<unknown>();
  const origSet = window.setTimeout;
  const origClear = window.clearTimeout;
  window.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = origSet(() => {
      live.delete(id);
      fn(...args);
    }, ms);
    live.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) live.delete(id);
    origClear(id);
  }) as typeof window.clearTimeout;
  return {
    live,
    restore() {
      window.setTimeout = origSet;
      window.clearTimeout = origClear;
    },
  };
}

describe('payment-actions: notice code and QR payload', () => {
  it('groups an 18-digit notice code in fours like the paper avviso', () => {
    expect(groupNoticeCode('301000000000000144')).to.equal('3010 0000 0000 0001 44');
    expect(groupNoticeCode('3010 0000 0000 0001 44')).to.equal('3010 0000 0000 0001 44');
  });

  it('converts euros to integer cents without floating-point drift', () => {
    expect(toCents(16)).to.equal(1600);
    expect(toCents(1020.99)).to.equal(102099);
    expect(toCents(0.1 + 0.2)).to.equal(30);
    expect(toCents(Number.NaN)).to.equal(undefined);
    expect(toCents(-1)).to.equal(undefined);
  });

  it('builds the exact pagoPA QR payload of pa-domain.md §1.3', () => {
    expect(pagoPaQrPayload('301000000000000144', '00311260095', 16)).to.equal('PAGOPA|002|301000000000000144|00311260095|1600');
    expect(pagoPaQrPayload('3010 0000 0000 0001 44', '00311260095', 1020.99)).to.equal('PAGOPA|002|301000000000000144|00311260095|102099');
  });

  it('refuses to build a QR payload from a malformed notice, ente CF or amount', () => {
    expect(pagoPaQrPayload('3010000000000001', '00311260095', 16)).to.equal(undefined);
    expect(pagoPaQrPayload('301000000000000144', '0031126009', 16)).to.equal(undefined);
    expect(pagoPaQrPayload(undefined, '00311260095', 16)).to.equal(undefined);
    expect(pagoPaQrPayload('301000000000000144', '00311260095', 0)).to.equal(undefined);
  });

  it('names the outcome of each citizen status', () => {
    expect(paymentOutcomeOf({ status: 'pagato' })).to.equal('paid');
    expect(paymentOutcomeOf({ status: 'errore' })).to.equal('failed');
    expect(paymentOutcomeOf({ status: 'annullato' })).to.equal('cancelled');
    expect(paymentOutcomeOf({ status: 'scaduto' })).to.equal('expired');
    expect(paymentOutcomeOf({ status: 'in-corso' })).to.equal('pending');
  });
});

describe('payment-actions: starting the checkout', () => {
  beforeEach(() => resetStartGuard());

  it('navigates to online_payment_begin and remembers the payment awaiting verification', () => {
    const storage = memoryStorage();
    const visited: string[] = [];
    const r = startOnlinePayment(payment('da-pagare', { praticaId: 'pr-1' }), { navigate: (u) => visited.push(u), storage, now: () => 1000 });
    expect(r).to.equal('started');
    expect(visited).to.deep.equal(['https://proxy.example.it/online-payment/pay-1']);
    expect(pendingVerifications(storage, 2000)).to.deep.include({ paymentId: 'pay-1', praticaId: 'pr-1', startedAt: 1000, returnUrl: location.href });
  });

  it('starts one checkout only when "Paga online" is clicked twice', () => {
    const storage = memoryStorage();
    const visited: string[] = [];
    let t = 1000;
    const opts = { navigate: (u: string) => visited.push(u), storage, now: () => t };
    expect(startOnlinePayment(payment(), opts)).to.equal('started');
    t += 300;
    expect(startOnlinePayment(payment(), opts)).to.equal('already-started');
    expect(visited).to.have.length(1);
    t += START_GUARD_MS;
    expect(startOnlinePayment(payment(), opts)).to.equal('started');
  });

  it('does nothing when the backend offers no online payment link', () => {
    const visited: string[] = [];
    expect(startOnlinePayment(payment('da-pagare', { links: { avviso: 'x' } }), { navigate: (u) => visited.push(u), storage: memoryStorage() })).to.equal('unavailable');
    expect(visited).to.be.empty;
  });
});

describe('payment-actions: detecting the return', () => {
  it('reads the payment and the outcome from the landing URL', () => {
    const r = detectReturn({ url: 'https://comune.example.it/pratiche?payment=pay-1&outcome=OK', storage: memoryStorage() });
    expect(r).to.deep.include({ paymentId: 'pay-1', hint: 'ok', source: 'url' });
    expect(detectReturn({ url: '/x?payment_id=pay-1&esito=annullato', storage: memoryStorage() })?.hint).to.equal('cancel');
    expect(detectReturn({ url: '/x?payment=pay-1&outcome=KO', storage: memoryStorage() })?.hint).to.equal('error');
  });

  it('detects a citizen who comes back to the page from the remembered checkout', () => {
    const storage = memoryStorage();
    rememberPending('pay-1', { startedAt: 5000, praticaId: 'pr-1' }, storage);
    const r = detectReturn({ url: 'https://comune.example.it/pratica', storage, now: 6000 });
    expect(r).to.deep.include({ paymentId: 'pay-1', hint: 'unknown', source: 'storage' });
  });

  it('ignores remembered checkouts that are too old or that belong to other payments', () => {
    const storage = memoryStorage();
    rememberPending('pay-1', { startedAt: 0 }, storage);
    expect(detectReturn({ url: '/p', storage, now: PENDING_TTL_MS + 1 })).to.equal(undefined);
    expect(detectReturn({ url: '/p', storage, now: 10, paymentIds: ['other'] })).to.equal(undefined);
    expect(detectReturn({ url: '/p?payment=pay-1', storage, now: 10, paymentIds: ['other'] })).to.equal(undefined);
  });

  it('forgets a verification once it is done and survives a corrupt storage entry', () => {
    const storage = memoryStorage();
    rememberPending('pay-1', { startedAt: 1 }, storage);
    forgetPending('pay-1', storage);
    expect(storage.getItem(PENDING_STORAGE_KEY)).to.equal(null);
    storage.setItem(PENDING_STORAGE_KEY, '{not json');
    expect(pendingVerifications(storage, 2)).to.deep.equal([]);
  });

  it('removes the return parameters so a reload is not taken for another return', () => {
    expect(cleanReturnParams('https://c.example.it/p?id=3&payment=pay-1&outcome=OK#x')).to.equal('https://c.example.it/p?id=3#x');
  });
});

describe('payment-actions: polling', () => {
  it('polls until the backend reports a final status and reports each read', async () => {
    const statuses: PaymentStatus[] = ['in-corso', 'in-corso', 'pagato'];
    const seen: PaymentStatus[] = [];
    const r = await pollPayment({
      load: async () => payment(statuses.shift()!),
      onUpdate: (p) => seen.push(p.status),
      minDelayMs: 1,
    });
    expect(r.kind).to.equal('final');
    expect(seen).to.deep.equal(['in-corso', 'in-corso', 'pagato']);
  });

  it('keeps polling through transient errors', async () => {
    let calls = 0;
    const r = await pollPayment({
      load: async () => {
        calls++;
        if (calls === 1) throw new SdcError('not-found', { status: 404 });
        if (calls === 2) throw new SdcError('server', { status: 502 });
        return payment('pagato');
      },
      minDelayMs: 1,
    });
    expect(r).to.deep.include({ kind: 'final' });
    expect(calls).to.equal(3);
  });

  it('stops with an error when the session is no longer valid', async () => {
    const r = await pollPayment({ load: async () => { throw new SdcError('unauthorized', { status: 401 }); }, minDelayMs: 1 });
    expect(r.kind).to.equal('error');
  });

  it('gives up when the time limit passes and returns the last status read', async () => {
    let t = 0;
    const r = await pollPayment({
      load: async () => {
        t += 1000;
        return payment('in-corso');
      },
      now: () => t,
      timeLimitMs: 3000,
      minDelayMs: 1,
    });
    expect(r.kind).to.equal('timeout');
    expect(r.payment?.status).to.equal('in-corso');
  });

  it('grows the delay between reads and never exceeds the cap', async () => {
    const timers = trackTimers();
    const delays: number[] = [];
    const orig = window.setTimeout;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return orig(fn, 0);
    }) as typeof window.setTimeout;
    try {
      let n = 0;
      await pollPayment({ load: async () => payment(++n >= 6 ? 'pagato' : 'in-corso'), minDelayMs: 100, maxDelayMs: 300, factor: 2 });
    } finally {
      window.setTimeout = orig;
      timers.restore();
    }
    expect(delays).to.deep.equal([100, 200, 300, 300, 300]);
  });

  it('leaves no timer and no request running after an abort', async () => {
    const timers = trackTimers();
    const controller = new AbortController();
    let requestSignal: AbortSignal | undefined;
    try {
      const done = pollPayment({
        load: async (signal) => {
          requestSignal = signal;
          return payment('in-corso');
        },
        signal: controller.signal,
        minDelayMs: 60_000,
      });
      await new Promise((r) => requestAnimationFrame(r));
      expect(timers.live.size).to.equal(1);
      controller.abort();
      const r = await done;
      expect(r.kind).to.equal('aborted');
      expect(timers.live.size).to.equal(0);
      expect(requestSignal?.aborted).to.equal(true);
    } finally {
      timers.restore();
    }
  });
});

describe('payment-actions: documents', () => {
  const client = {
    baseUrl: 'http://localhost:8000/lang',
    download: async () => ({ blob: new Blob(['%PDF-1.4'], { type: 'application/pdf' }), filename: 'avviso.pdf', mimeType: 'application/pdf' }),
  } as unknown as SdcClient;

  it('tells API URLs, which need the token, from proxy URLs', () => {
    expect(isApiUrl(client, 'http://localhost:8000/lang/api/applications/1/attachments/2')).to.equal(true);
    expect(isApiUrl(client, 'https://proxy.example.it/notice/pay-1')).to.equal(false);
    expect(isApiUrl(undefined, 'http://localhost:8000/lang/api/x')).to.equal(false);
  });

  it('opens a proxy avviso with a plain navigation', async () => {
    const visited: string[] = [];
    const r = await downloadPaymentDocument(client, 'https://proxy.example.it/notice/pay-1', { navigate: (u) => visited.push(u) });
    expect(r).to.equal('navigated');
    expect(visited).to.deep.equal(['https://proxy.example.it/notice/pay-1']);
  });

  it('downloads an API document through the client and saves it under its name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const orig = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { clicked.push(this); };
    try {
      const r = await downloadPaymentDocument(client, 'http://localhost:8000/lang/api/payments/pay-1/notice');
      expect(r).to.equal('downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = orig;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('avviso.pdf');
    expect(clicked[0]!.href).to.match(/^blob:/);
  });
});
