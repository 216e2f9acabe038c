/**
 * SubmitFlow on its own, against the mock: one submission whatever the clicks, a failure kept for
 * "Riprova", and a submit whose answer was lost (the backend did send the pratica).
 */
import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { BASE, SERVICE, addCitizen, findApplication, loginAs, mutate, scenarios, tenantState, worker } from '../../support/mock.js';
import { submit as backendSubmit } from '../../../mocks/handlers/applications-model.js';
import { SdcClient } from '../../../src/api/http.js';
import type { SdcError } from '../../../src/core/errors.js';
import { DraftSync } from '../../../src/elements/sdc-pratica-wizard/draft-sync.js';
import { SubmitFlow } from '../../../src/elements/sdc-pratica-wizard/submit-flow.js';

class SubmitHost extends ReactiveElement {}
customElements.define('test-submit-host', SubmitHost);

const APPLICANT = { data: { completename: { data: { name: 'Luca', surname: 'Verdi' } }, fiscal_code: { data: { fiscal_code: 'VRDLCU90A01A944W' } } } };
const DATA = { applicant: APPLICANT, note: 'richiesta' };

async function rig(opts: { login?: boolean; needsAuth?: boolean } = {}) {
  const me = addCitizen().id;
  if (opts.login !== false) loginAs(me);
  const client = new SdcClient(BASE);
  await client.session.ensure();
  const host = document.createElement('test-submit-host') as SubmitHost;
  const drafts = new DraftSync(host, {
    snapshot: () => undefined,
    data: () => DATA,
    session: () => client.session,
    onSaved: () => undefined,
    onFailed: () => undefined,
    onRecreated: () => undefined,
  });
  const flow = new SubmitFlow(host, { drafts, client: () => client, session: () => client.session, needsAuth: () => opts.needsAuth ?? true });
  document.body.append(host);
  drafts.attach({ client, serviceId: SERVICE.biblioteca, draftKey: `test-submit:${me}` });
  const posts: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST') posts.push(new URL(request.url).pathname.replace(/^\/lang/, ''));
  });
  return { me, client, drafts, flow, posts, mine: () => tenantState().applications.filter((a) => a.user === me) };
}

afterEach(() => {
  worker.events.removeAllListeners();
  document.querySelectorAll('test-submit-host').forEach((h) => h.remove());
});

describe('SubmitFlow', () => {
  it('sends one pratica whatever the number of calls, and is busy meanwhile', async () => {
    const { flow, posts, mine } = await rig();
    const a = flow.submit(DATA);
    const b = flow.submit(DATA);
    expect(flow.submitting).to.equal(true);
    const [pa, pb] = await Promise.all([a, b]);
    expect(pa).to.equal(pb);
    expect(pa.statusCode).to.be.at.least(1900);
    expect(flow.submitting).to.equal(false);
    expect(mine()).to.have.length(1);
    expect(posts.filter((p) => p.endsWith('/transition/submit'))).to.have.length(1);
  });

  it('keeps a 500 for "Riprova", and the retry sends the same draft', async () => {
    const { flow, mine } = await rig();
    worker.use(scenarios.serverError('/api/applications/:id/transition/submit', 'post'));
    const err = await flow.submit(DATA).then(() => undefined, (e: SdcError) => e);
    expect(err?.kind).to.equal('server');
    expect(flow.error?.kind).to.equal('server');
    // A 500 may hide a submit that happened: the retry reads the pratica first; here it is still a draft.
    worker.resetHandlers();
    const p = await flow.submit(DATA);
    expect(flow.error).to.equal(undefined);
    expect(mine()).to.have.length(1);
    expect(p.id).to.equal(mine()[0]!.id);
    expect(mine()[0]!.status).to.be.at.least(1900);
  });

  it('after a submit whose answer was lost, finds the pratica sent instead of failing', async () => {
    const { flow, posts } = await rig();
    worker.use(http.post('*/api/applications/:id/transition/submit', ({ params }) => {
      const app = findApplication(String(params.id))!;
      mutate((s) => backendSubmit(s, app));
      return HttpResponse.error();
    }));
    const p = await flow.submit(DATA);
    expect(p.statusCode).to.be.at.least(1900);
    expect(flow.error).to.equal(undefined);
    expect(posts.filter((x) => x.endsWith('/transition/submit'))).to.have.length(1);
  });

  it('sends a new draft made from the answers when the saved one has disappeared', async () => {
    const { flow, drafts, mine } = await rig();
    await drafts.saveRemote(false);
    const dead = drafts.remoteId!;
    worker.use(scenarios.draftDeleted(dead));
    const p = await flow.submit(DATA);
    expect(p.id).not.to.equal(dead);
    expect(mine().map((a) => a.id)).to.deep.equal([p.id]);
    expect(mine()[0]!.status).to.be.at.least(1900);
  });

  it('asks for a login (no error to retry) when the service needs one and the session is gone', async () => {
    const { flow, mine } = await rig({ login: false });
    const err = await flow.submit(DATA).then(() => undefined, (e: SdcError) => e);
    expect(err?.kind).to.equal('unauthorized');
    expect(flow.error).to.equal(undefined);
    expect(mine()).to.have.length(0);
  });
});
