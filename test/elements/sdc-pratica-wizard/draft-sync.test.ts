/**
 * DraftSync on its own, against the mock: device draft debounced on an injected clock, one backend
 * draft whatever the callers, PUT without reading back, a vanished draft made again, lost create answers.
 */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { BASE, SERVICE, addCitizen, addPratica, loginAs, scenarios, tenantState, worker } from '../../support/mock.js';
import { FakeClock } from '../../support/fake-clock.js';
import { SdcClient } from '../../../src/api/http.js';
import { DraftSync, LIVE_SAVE_MS, type DraftSavedDetail } from '../../../src/elements/sdc-pratica-wizard/draft-sync.js';
import { readLocalDraft } from '../../../src/elements/sdc-pratica-wizard/local-draft.js';

class DraftHost extends ReactiveElement {}
customElements.define('test-draft-host', DraftHost);

interface Rig {
  me: string;
  drafts: DraftSync;
  clock: FakeClock;
  key: string;
  answers: Record<string, unknown>;
  saved: DraftSavedDetail[];
  failed: string[];
  recreated: () => number;
  requests: string[];
}

async function rig(opts: { login?: boolean } = {}): Promise<Rig> {
  const me = addCitizen().id;
  if (opts.login !== false) loginAs(me);
  const client = new SdcClient(BASE);
  await client.session.ensure();
  const clock = new FakeClock();
  const key = `test-drafts:${me}`;
  const saved: DraftSavedDetail[] = [];
  const failed: string[] = [];
  let recreated = 0;
  const r: Partial<Rig> = { me, clock, key, saved, failed, answers: { note: 'prima' }, requests: [] };
  const host = document.createElement('test-draft-host') as DraftHost;
  const drafts = new DraftSync(host, {
    clock,
    snapshot: () => ({
      serviceId: SERVICE.biblioteca, position: 'step:dati', privacyAccepted: true,
      envelope: { version: 1, formId: 'f', formRevision: '1', data: { ...r.answers }, currentStep: 'dati', visitedSteps: [], savedAt: '' },
    }),
    data: () => ({ applicant: APPLICANT, ...r.answers }),
    session: () => client.session,
    onSaved: (d) => saved.push(d),
    onFailed: (k) => failed.push(k),
    onRecreated: () => recreated++,
  });
  document.body.append(host);
  drafts.attach({ client, serviceId: SERVICE.biblioteca, draftKey: key });
  worker.events.on('request:start', ({ request }) => {
    const u = new URL(request.url);
    if (u.pathname.includes('/api/')) r.requests!.push(`${request.method} ${u.pathname.replace(/^\/lang/, '')}`);
  });
  return { ...(r as Rig), drafts, recreated: () => recreated };
}

/** The Anagrafica of `addCitizen()`'s default citizen (the backend checks it against the login). */
const APPLICANT = { data: { completename: { data: { name: 'Luca', surname: 'Verdi' } }, fiscal_code: { data: { fiscal_code: 'VRDLCU90A01A944W' } } } };
const noteOf = (a: { data: unknown } | undefined) => (a?.data as { note?: string } | undefined)?.note;

const draftsOf = (me: string) => tenantState().applications.filter((a) => a.user === me && a.status === 1000);

afterEach(() => {
  worker.events.removeAllListeners();
  document.querySelectorAll('test-draft-host').forEach((h) => h.remove());
  localStorage.clear();
});

describe('DraftSync: the device draft', () => {
  it('keeps what is typed a moment after the last keystroke, on the injected clock', async () => {
    const { drafts, clock, key, answers } = await rig();
    answers.note = 'a';
    drafts.saveSoon();
    answers.note = 'ab';
    drafts.saveSoon();
    expect(readLocalDraft(key)).to.equal(undefined);
    expect(drafts.pending).to.equal(true);
    await clock.advance(LIVE_SAVE_MS - 1);
    expect(readLocalDraft(key)).to.equal(undefined);
    await clock.advance(1);
    expect(readLocalDraft(key)?.envelope.data).to.deep.equal({ note: 'ab' });
    expect(drafts.pending).to.equal(false);
  });

  it('saves a keystroke still waiting when the host leaves the page', async () => {
    const { drafts, key, answers } = await rig();
    answers.note = 'ultima';
    drafts.saveSoon();
    document.querySelector('test-draft-host')!.remove();
    expect(readLocalDraft(key)?.envelope.data).to.deep.equal({ note: 'ultima' });
  });
});

describe('DraftSync: the backend draft', () => {
  it('creates the draft once, then only writes it: no read-back GET after a PUT', async () => {
    const { drafts, me, answers, saved, requests } = await rig();
    await Promise.all([drafts.saveRemote(false), drafts.saveRemote(false)]);
    answers.note = 'seconda';
    await drafts.saveRemote(true);
    const mine = draftsOf(me);
    expect(mine).to.have.length(1);
    expect(noteOf(mine[0])).to.equal('seconda');
    expect(requests.filter((r) => r === 'POST /api/applications')).to.have.length(1);
    expect(requests.filter((r) => r.startsWith('PUT '))).to.have.length(2);
    expect(requests.filter((r) => r.startsWith('GET /api/applications/'))).to.deep.equal([]);
    expect(saved.map((s) => [s.local, s.explicit, s.pratica?.id])).to.deep.equal([[false, false, mine[0]!.id], [false, false, mine[0]!.id], [false, true, mine[0]!.id]]);
    expect(readLocalDraft(`test-drafts:${me}`)?.praticaId).to.equal(mine[0]!.id);
  });

  it('keeps an anonymous citizen’s draft on the device only', async () => {
    const { drafts, saved, requests } = await rig({ login: false });
    await drafts.saveRemote(true);
    expect(saved.map((s) => s.local)).to.deep.equal([true]);
    expect(requests.filter((r) => r.includes('/api/applications'))).to.deep.equal([]);
  });

  it('makes a new draft from the answers when the old one has disappeared, once, and never writes the dead id again', async () => {
    const { drafts, me, answers, saved, recreated, requests } = await rig();
    await drafts.saveRemote(false);
    const dead = draftsOf(me)[0]!.id;
    worker.use(scenarios.draftDeleted(dead));
    answers.note = 'dopo la cancellazione';
    await drafts.saveRemote(false);
    await drafts.saveRemote(false);
    const mine = draftsOf(me);
    expect(mine).to.have.length(1);
    expect(mine[0]!.id).not.to.equal(dead);
    expect(noteOf(mine[0])).to.equal('dopo la cancellazione');
    expect(recreated()).to.equal(1);
    expect(saved[1]!.recreated).to.equal(true);
    expect(saved[2]!.recreated).to.equal(false);
    expect(requests.filter((r) => r === `PUT /api/applications/${dead}`)).to.have.length(1);
    expect(drafts.remoteId).to.equal(mine[0]!.id);
  });

  it('a 410 Gone is a vanished draft too', async () => {
    const { drafts, me, recreated } = await rig();
    await drafts.saveRemote(false);
    const dead = draftsOf(me)[0]!.id;
    worker.use(http.put(`*/api/applications/${dead}`, () => HttpResponse.json(['Application deleted'], { status: 410 })));
    await drafts.saveRemote(false);
    expect(recreated()).to.equal(1);
    expect(draftsOf(me).map((a) => a.id)).to.include(drafts.remoteId).and.have.length(2);
  });

  it('reports an expired session without losing the device draft', async () => {
    const { drafts, failed, key } = await rig();
    worker.use(scenarios.unauthorized('/api/applications', 'post'));
    await drafts.saveRemote(true);
    expect(failed).to.deep.equal(['unauthorized']);
    expect(readLocalDraft(key)?.envelope.data).to.deep.equal({ note: 'prima' });
  });

  it('adopts the draft a create without an answer made, instead of making a second one', async () => {
    const { drafts, me, requests } = await rig();
    // The backend creates the draft, but the answer is lost on the way back.
    worker.use(http.post('*/api/applications', () => {
      addPratica({ user: me, service_id: SERVICE.biblioteca, data: { applicant: APPLICANT, note: 'prima' } });
      return HttpResponse.error();
    }));
    await drafts.saveRemote(false);
    expect(drafts.remoteId).to.equal(undefined);
    worker.resetHandlers();
    await drafts.saveRemote(false);
    const mine = draftsOf(me);
    expect(mine).to.have.length(1);
    expect(drafts.remoteId).to.equal(mine[0]!.id);
    expect(requests.filter((r) => r === 'POST /api/applications')).to.have.length(1);
  });
});
