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
import { DraftSync, LIVE_SAVE_MS, snapshotOf, type DraftSavedDetail, type Opening } from '../../../src/elements/sdc-pratica-wizard/draft-sync.js';
import { localDraftKey, readLocalDraft, writeLocalDraft, type LocalDraft } from '../../../src/elements/sdc-pratica-wizard/local-draft.js';
import { loadWizard, type Loaded } from '../../../src/elements/sdc-pratica-wizard/wizard-loader.js';

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

describe('DraftSync: which draft the wizard opens', () => {
  /** Loads the service as the wizard does, with `setup` writing the device draft and naming the pratica asked for. */
  async function opening(setup: (me: string) => { local?: Partial<LocalDraft>; praticaId?: string } = () => ({})): Promise<{ drafts: DraftSync; loaded: Loaded; open: Opening }> {
    const { drafts, me } = await rig();
    const client = new SdcClient(BASE);
    const { local, praticaId } = setup(me);
    if (local) {
      writeLocalDraft(localDraftKey(client.baseUrl, SERVICE.biblioteca, me), {
        v: 1, serviceId: SERVICE.biblioteca, position: 'riepilogo', privacyAccepted: true, savedAt: new Date().toISOString(),
        envelope: { version: 1, formId: 'f', formRevision: '1', data: {}, currentStep: null, visitedSteps: [], savedAt: '' }, ...local,
      });
    }
    const o = await loadWizard({
      client, serviceId: SERVICE.biblioteca, praticaId, locale: 'it', onService: () => undefined,
      ensureSession: (signal) => client.session.ensure({ signal }), session: () => client.session,
    }, new AbortController().signal);
    if (o.kind !== 'ready') throw new Error(`not loaded: ${o.kind}`);
    return { drafts, loaded: o.loaded, open: drafts.open(o.loaded, o.local, o.remote) };
  }

  it('opens on the privacy step when there is no draft', async () => {
    const { drafts, open } = await opening();
    expect(open).to.deep.equal({ kind: 'resume', restored: { privacyAccepted: false, visited: [], position: 'privacy', orphans: false } });
    expect(drafts.remoteId).to.equal(undefined);
  });

  it('resumes a device draft given consent, and says so', async () => {
    const { open } = await opening(() => ({ local: { visited: ['privacy'] } }));
    expect(open.kind).to.equal('resume');
    if (open.kind !== 'resume') return;
    expect(open.announced?.position).to.equal('riepilogo');
    expect(open.restored).to.include({ privacyAccepted: true, position: 'riepilogo' });
  });

  it('lets the citizen choose when the device kept answers newer than the backend draft, then resumes the copy chosen', async () => {
    const ids: string[] = [];
    const { drafts, loaded, open } = await opening((me) => {
      ids.push(addPratica({ user: me, service_id: SERVICE.biblioteca }).id);
      return { praticaId: ids[0], local: { praticaId: ids[0], syncedAt: new Date(Date.now() - 60_000).toISOString() } };
    });
    expect(open.kind).to.equal('conflict');
    if (open.kind !== 'conflict') return;
    expect(drafts.remoteId).to.equal(undefined);
    expect(drafts.choose(loaded, open, true)).to.include({ position: 'riepilogo' });
    expect(drafts.remoteId).to.equal(ids[0]);
  });

  it('goes to the end of a pratica the device sent, keeping its id for the payment and the confirmation', async () => {
    const ids: string[] = [];
    const { drafts, open } = await opening((me) => {
      ids.push(addPratica({ user: me, service_id: SERVICE.biblioteca, status: 1900 }).id);
      return { local: { praticaId: ids[0], submitted: true } };
    });
    expect(open.kind).to.equal('submitted');
    if (open.kind !== 'submitted') return;
    expect(open.pratica.id).to.equal(ids[0]);
    expect(open.awaitingPayment).to.equal(false);
    expect(drafts.remoteId).to.equal(ids[0]);
  });

  it('keeps on the device the Form.io step being filled, not the wizard-only steps', async () => {
    const { loaded } = await opening();
    const state = { visited: ['privacy'], privacyAccepted: true, bollo: { identifier: '', date: '', time: '', declaration: false }, submitted: false };
    const key = loaded.model.steps[0]!.key;
    expect(snapshotOf(loaded, { ...state, position: `step:${key}` }).envelope.currentStep).to.equal(key);
    const summary = snapshotOf(loaded, { ...state, position: 'riepilogo' });
    expect(summary.envelope.currentStep).to.equal(null);
    expect(summary).to.include({ position: 'riepilogo', submitted: undefined });
  });
});
