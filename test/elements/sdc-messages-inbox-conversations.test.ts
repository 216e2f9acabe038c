import { expect } from '@open-wc/testing';
import { delay, http } from 'msw';
import { BASE, loginAs, worker, addCitizen, addPratica, addMessage, SERVICE } from '../support/mock.js';
import { PRATICA } from '../../mocks/fixtures/pratiche.js';
import { SdcClient } from '../../src/api/http.js';
import { conversationsOf, MAX_CONCURRENT } from '../../src/api/conversations.js';

// One client per test, as a page's elements share one (controllers/client-scope.ts).
let shared: SdcClient;
async function client() {
  const c = shared;
  await c.session.ensure({ force: true });
  return c;
}

describe('Conversations (the inbox’s and the badge’s session cache)', () => {
  beforeEach(() => { shared = new SdcClient(BASE); });

  it('fetches each thread once, and never more than 4 at a time', async () => {
    const who = addCitizen();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const p = addPratica({ user: who.id, service_id: SERVICE.disservizio, status: 2000 });
      addMessage({ application: p.id, message: `<p>Messaggio ${i}</p>` });
      ids.push(p.id);
    }
    loginAs(who.id);
    let running = 0;
    let peak = 0;
    worker.use(http.get('*/api/v2/applications/:id/messages', async () => {
      running++;
      peak = Math.max(peak, running);
      await delay(30);
      running--;
      // Nothing returned: msw goes on to the mock's own handler.
      return undefined;
    }));
    const c = conversationsOf(await client());
    await Promise.all([...ids, ...ids].map((id) => c.thread(id)));
    expect(peak).to.be.at.most(MAX_CONCURRENT);
    expect(c.threadRequests).to.equal(12);
    await c.thread(ids[0]!);
    expect(c.threadRequests).to.equal(12);
  });

  it('reads a long thread’s newest page, not the whole thread (two requests for 450 messages)', async () => {
    const who = addCitizen();
    const p = addPratica({ user: who.id, service_id: SERVICE.disservizio, status: 2000 });
    const t0 = Date.now() - 450 * 60_000;
    for (let i = 0; i < 450; i++) {
      addMessage({ application: p.id, message: `<p>Messaggio ${i}</p>`, created_at: t0 + i * 60_000, read_at: i < 449 ? t0 + i * 60_000 : null });
    }
    loginAs(who.id);
    const asked: string[] = [];
    worker.use(http.get('*/api/v2/applications/:id/messages', ({ request }) => {
      asked.push(new URL(request.url).search);
      return undefined;
    }));
    const thread = await conversationsOf(await client()).thread(p.id);
    expect(asked).to.have.length(2);
    expect(thread.messages).to.have.length(100);
    expect(thread.last?.body).to.contain('Messaggio 449');
    expect(thread.unread).to.equal(1);
  });

  it('counts unread office messages and follows what the citizen reads on the page', async () => {
    loginAs('giulia');
    const c = conversationsOf(await client());
    expect(await c.countUnread()).to.equal(2);
    const t = c.known(PRATICA.giuliaDieta)!;
    expect(t.unread).to.equal(1);
    expect(t.lastFromOffice).to.equal(true);
    const unread = t.messages.find((m) => m.readAt === undefined)!;
    c.read(PRATICA.giuliaDieta, { ...unread, readAt: new Date() });
    expect(c.unreadTotal).to.equal(1);
  });

  it('leaves drafts out: the office cannot have written on them', async () => {
    loginAs('giulia');
    const list = await conversationsOf(await client()).pratiche();
    expect(list.some((p) => p.id === PRATICA.giuliaSospensione)).to.equal(false);
  });
});
