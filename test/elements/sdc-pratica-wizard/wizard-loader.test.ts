/**
 * The wizard's loader (the function its Task runs) against the mock, without the wizard: every
 * outcome a citizen can meet before the first step.
 */
import { expect } from '@open-wc/testing';
import { BASE, CITIZEN, SERVICE, addPratica, loginAs, scenarios, worker } from '../../support/mock.js';
import { SdcClient } from '../../../src/api/http.js';
import { loadWizard, type LoadInput, type LoadOutcome } from '../../../src/elements/sdc-pratica-wizard/wizard-loader.js';
import { localDraftKey, writeLocalDraft } from '../../../src/elements/sdc-pratica-wizard/local-draft.js';

function input(client: SdcClient | undefined, over: Partial<LoadInput> = {}): LoadInput {
  return {
    client,
    serviceId: SERVICE.biblioteca,
    locale: 'it',
    ensureSession: (signal) => client!.session.ensure({ signal }),
    session: () => client?.session,
    onService: () => undefined,
    ...over,
  };
}

const load = (i: LoadInput, signal = new AbortController().signal): Promise<LoadOutcome> => loadWizard(i, signal);

afterEach(() => localStorage.clear());

describe('wizard loader', () => {
  it('loads service, form and citizen for a logged-in citizen, with the form prefilled', async () => {
    loginAs('giulia');
    const seen: string[] = [];
    const o = await load(input(new SdcClient(BASE), { onService: (s) => seen.push(s.name) }));
    expect(o.kind).to.equal('ready');
    if (o.kind !== 'ready') return;
    expect(seen).to.have.length(1);
    expect(o.loaded.service.id).to.equal(SERVICE.biblioteca);
    expect(o.loaded.model.steps.length).to.be.greaterThan(0);
    expect(o.loaded.citizen?.fiscalCode).to.equal('BNCGLI85C52A944F');
    expect(o.loaded.draftKey).to.contain(CITIZEN.giulia);
    expect(o.local).to.equal(undefined);
    expect(o.remote).to.equal(undefined);
  });

  it('gives the device draft and the backend draft asked for', async () => {
    loginAs('giulia');
    const client = new SdcClient(BASE);
    const draft = addPratica({ user: CITIZEN.giulia, service_id: SERVICE.biblioteca });
    writeLocalDraft(localDraftKey(client.baseUrl, SERVICE.biblioteca, CITIZEN.giulia), {
      v: 1, serviceId: SERVICE.biblioteca, position: 'riepilogo', privacyAccepted: true, savedAt: new Date().toISOString(),
      envelope: { version: 1, formId: 'f', formRevision: '1', data: {}, currentStep: null, visitedSteps: [], savedAt: '' },
    });
    const o = await load(input(client, { praticaId: draft.id }));
    expect(o.kind).to.equal('ready');
    if (o.kind !== 'ready') return;
    expect(o.local?.position).to.equal('riepilogo');
    expect(o.remote?.id).to.equal(draft.id);
  });

  it('resumes the device draft when the backend draft it points to has disappeared', async () => {
    loginAs('giulia');
    const client = new SdcClient(BASE);
    const gone = '0badc0de-0000-4000-8000-000000000000';
    writeLocalDraft(localDraftKey(client.baseUrl, SERVICE.biblioteca, CITIZEN.giulia), {
      v: 1, serviceId: SERVICE.biblioteca, praticaId: gone, position: 'riepilogo', privacyAccepted: true, savedAt: new Date().toISOString(),
      envelope: { version: 1, formId: 'f', formRevision: '1', data: {}, currentStep: null, visitedSteps: [], savedAt: '' },
    });
    const o = await load(input(client, { praticaId: gone }));
    expect(o.kind).to.equal('ready');
    if (o.kind !== 'ready') return;
    expect(o.remote).to.equal(undefined);
    expect(o.local?.praticaId).to.equal(gone);
  });

  it('asks to log in for a service that needs it', async () => {
    const o = await load(input(new SdcClient(BASE), { serviceId: SERVICE.accessoAtti }));
    expect(o.kind).to.equal('login');
  });

  it('says what is wrong: no base URL, no service, unknown service, a pratica already sent', async () => {
    expect(await load(input(undefined))).to.include({ kind: 'error', text: 'noBaseUrl', retry: false });
    expect(await load(input(new SdcClient(BASE), { serviceId: undefined }))).to.include({ kind: 'error', text: 'noService' });
    expect(await load(input(new SdcClient(BASE), { serviceId: 'non-esiste' }))).to.include({ kind: 'error', title: 'notFoundTitle' });
    loginAs('giulia');
    const sent = addPratica({ user: CITIZEN.giulia, service_id: SERVICE.biblioteca, status: 2000 });
    expect(await load(input(new SdcClient(BASE), { praticaId: sent.id }))).to.include({ kind: 'error', text: 'draftNotEditable', linkPratica: sent.id });
  });

  it('offers a retry when the form cannot be fetched', async () => {
    loginAs('giulia');
    worker.use(scenarios.notFound('/api/services/:id/form', 'get', 'Form not found'));
    expect(await load(input(new SdcClient(BASE)))).to.include({ kind: 'error', title: 'formMissingTitle', retry: true });
    worker.resetHandlers();
    worker.use(scenarios.serverError('/api/services/:id', 'get'));
    expect(await load(input(new SdcClient(BASE)))).to.include({ kind: 'error', title: 'loadErrorTitle', retry: true });
  });

  it('rejects when aborted (a newer load replaced it)', async () => {
    const abort = new AbortController();
    const p = load(input(new SdcClient(BASE)), abort.signal);
    abort.abort();
    const err = await p.then(() => undefined, (e: { kind?: string }) => e);
    expect(err?.kind).to.equal('aborted');
  });
});
