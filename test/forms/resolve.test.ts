/**
 * Nested forms by reference (issue 20.1): the platform's service form holds the applicant as
 * `{type:"form", form:"<id>"}` and the Anagrafica is itself made of references, two levels deep.
 */
import { expect } from '@open-wc/testing';
import {
  collectReferences, createFormModel, hasErrors, lintForm, parseForm, resolveReferences, submissionData, summaryOf, toFormioData,
  type CitizenProfile, type FormFetcher,
} from '../../src/forms/index.js';
import { ANAGRAFICA_FORM_IDS as I, anagraficaForms, applicant } from '../../mocks/fixtures/forms/anagrafica.js';

const A = 'applicant.data';
const SERVICE_FORM = {
  _id: '64b7f0c2a1d3e4f5a6b7cfff', title: 'Prova', display: 'wizard',
  components: [
    { type: 'panel', key: 'richiedente', title: 'Richiedente', components: [applicant()] },
    { type: 'panel', key: 'richiesta', title: 'Richiesta', components: [{ type: 'textarea', key: 'descrizione', label: 'Descrizione', input: true, validate: { required: true } }] },
  ],
};
const SERVER = new Map(anagraficaForms().map((f) => [f._id, f as Record<string, unknown>]));

/** A fetcher over `forms`, recording what was asked and how many were in flight at once. */
function fakeServer(forms: Map<string, unknown> = SERVER) {
  const asked: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: FormFetcher = async (ref) => {
    asked.push(ref);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await Promise.resolve();
    await Promise.resolve();
    inFlight--;
    const def = forms.get(ref);
    if (!def) throw new Error(`404 ${ref}`);
    return structuredClone(def);
  };
  return { fetch, asked, get maxInFlight() { return maxInFlight; } };
}

const citizen: CitizenProfile = {
  givenName: 'Mario', familyName: 'Rossi', taxCode: 'RSSMRA80A01H501U', email: 'mario.rossi@esempio.it',
  birthDate: '1980-01-01', birthPlace: 'Roma', gender: 'M',
  address: { street: 'Via Roma', houseNumber: '1', municipality: 'Roma', postalCode: '00100', county: 'RM' },
};

describe('forms: nested forms by reference', () => {
  it('finds the references of a form, with the data keys that lead to them', () => {
    expect(collectReferences(SERVICE_FORM)).to.deep.equal([{ ref: I.anagrafica, path: 'richiedente.applicant' }]);
    const anagrafica = SERVER.get(I.anagrafica)!;
    expect(collectReferences(anagrafica).map((r) => r.path)).to.deep.equal(['completename', 'gender', 'Born', 'fiscal_code', 'address']);
  });

  it('resolves the Anagrafica two levels deep, fetching siblings in parallel and each form once', async () => {
    const server = fakeServer();
    const r = await resolveReferences(SERVICE_FORM, { fetch: server.fetch });
    expect(r.unresolved).to.deep.equal([]);
    expect(Object.keys(r.subforms).sort()).to.deep.equal([I.anagrafica, I.completename, I.gender, I.born, I.fiscalCode, I.address].sort());
    expect(server.asked.length).to.equal(6);
    expect(server.maxInFlight).to.equal(5); // the five blocks of the Anagrafica at once
  });

  it('gives a form that renders, prefills, locks, validates and submits the platform shape', async () => {
    const { subforms } = await resolveReferences(SERVICE_FORM, { fetch: fakeServer().fetch });
    const { form, lint } = parseForm(SERVICE_FORM, { subforms });
    expect(lint.issues.map((i) => i.code)).not.to.include('nested-form-not-inlined');
    const m = createFormModel(form);
    const labels = m.renderStep('richiedente');
    expect(JSON.stringify(labels)).to.contain('Codice fiscale').and.to.contain('Provincia');
    // Nothing typed yet: the applicant's required fields block "Avanti".
    expect(hasErrors(m.validateStep('richiedente'))).to.equal(true);
    const r = m.prefill(citizen);
    expect(r.locked).to.deep.equal([`${A}.completename.data.name`, `${A}.completename.data.surname`, `${A}.fiscal_code.data.fiscal_code`]);
    expect(m.isLocked(`${A}.fiscal_code.data.fiscal_code`)).to.equal(true);
    expect(m.getValue(`${A}.address.data.postal_code`)).to.equal('00100');
    expect(m.validateStep('richiedente')).to.deep.equal([]);
    m.setValue('descrizione', 'Una descrizione');
    const data = submissionData(m) as { applicant: { data: Record<string, { data: Record<string, unknown> }> } };
    expect(data.applicant.data.completename).to.deep.equal({ data: { name: 'Mario', surname: 'Rossi' } });
    expect(data.applicant.data.fiscal_code).to.deep.equal({ data: { fiscal_code: 'RSSMRA80A01H501U' } });
    expect(data.applicant.data.address!.data).to.include({ address: 'Via Roma', house_number: '1', municipality: 'Roma', county: 'RM', postal_code: '00100' });
    expect(data.applicant.data.email_address).to.equal('mario.rossi@esempio.it');
    // The parsed form is self-contained: a structured clone (a saved draft) re-parses whole.
    expect(JSON.stringify(form.json)).to.contain('"fiscal_code"');
  });

  it('puts the {data} wrappers back on v2 pratica data following the resolved references', async () => {
    const { subforms } = await resolveReferences(SERVICE_FORM, { fetch: fakeServer().fetch });
    const { form } = parseForm(SERVICE_FORM, { subforms });
    const v2 = { applicant: { completename: { name: 'Anna', surname: 'Verdi' }, Born: { natoAIl: '1990-05-04T00:00:00+02:00' }, email_address: 'a@b.it' }, descrizione: 'x' };
    expect(toFormioData(form, v2)).to.deep.equal({
      applicant: { data: { completename: { data: { name: 'Anna', surname: 'Verdi' } }, Born: { data: { natoAIl: '04/05/1990' } }, email_address: 'a@b.it' } },
      descrizione: 'x',
    });
    // Already wrapped data is left as it is.
    const wrapped = toFormioData(form, v2);
    expect(toFormioData(form, wrapped)).to.deep.equal(wrapped);
  });

  it('stops at a cycle and says so, without repeating the form', async () => {
    const a = { _id: 'aaaaaaaaaaaaaaaaaaaaaaaa', components: [{ type: 'textfield', key: 'x', label: 'X' }, { type: 'form', key: 'b', form: 'bbbbbbbbbbbbbbbbbbbbbbbb' }] };
    const b = { _id: 'bbbbbbbbbbbbbbbbbbbbbbbb', components: [{ type: 'textfield', key: 'y', label: 'Y' }, { type: 'form', key: 'a', form: 'aaaaaaaaaaaaaaaaaaaaaaaa' }] };
    const root = { components: [{ type: 'form', key: 'applicant', form: a._id }] };
    const server = fakeServer(new Map([[a._id, a], [b._id, b]]));
    const r = await resolveReferences(root, { fetch: server.fetch });
    expect(r.unresolved).to.deep.equal([{ ref: a._id, path: 'applicant.b.a', reason: 'cycle' }]);
    expect(server.asked).to.deep.equal([a._id, b._id]);
    const { lint, form } = parseForm(root, { subforms: r.subforms });
    expect(lint.issues.find((i) => i.code === 'nested-form-cycle')?.path).to.equal('applicant.b.a');
    const paths = summaryOf(createFormModel(form)).flatMap((s) => s.rows.map((row) => row.path));
    expect(paths.filter((p) => p.endsWith('.x'))).to.have.length(1);
  });

  it('bounds the depth and lists what it did not load', async () => {
    const forms = new Map<string, unknown>();
    for (let i = 0; i < 10; i++) forms.set(`f${i}`, { components: [{ type: 'form', key: `k${i + 1}`, form: `f${i + 1}` }] });
    const r = await resolveReferences({ components: [{ type: 'form', key: 'k0', form: 'f0' }] }, { fetch: fakeServer(forms).fetch, maxDepth: 3 });
    expect(Object.keys(r.subforms)).to.deep.equal(['f0', 'f1', 'f2']);
    expect(r.unresolved).to.deep.equal([{ ref: 'f3', path: 'k0.k1.k2.k3', reason: 'depth' }]);
  });

  it('lists a sub-form that fails or is not a form, and the lint names it', async () => {
    const forms = new Map<string, unknown>([...SERVER]);
    forms.delete(I.fiscalCode);
    forms.set(I.born, '<html>');
    const r = await resolveReferences(SERVICE_FORM, { fetch: fakeServer(forms).fetch });
    expect(r.unresolved.map((u) => [u.path, u.reason]).sort()).to.deep.equal([['richiedente.applicant.Born', 'invalid'], ['richiedente.applicant.fiscal_code', 'failed']]);
    const lint = lintForm(SERVICE_FORM, { subforms: r.subforms });
    expect(lint.issues.filter((i) => i.code === 'nested-form-not-inlined').map((i) => i.path).sort()).to.deep.equal(['richiedente.applicant.Born', 'richiedente.applicant.fiscal_code']);
  });

  it('rejects only when aborted', async () => {
    const ctl = new AbortController();
    const p = resolveReferences(SERVICE_FORM, { fetch: fakeServer().fetch, signal: ctl.signal });
    ctl.abort(new Error('gone'));
    let err: unknown;
    try { await p; } catch (e) { err = e; }
    expect((err as Error).message).to.equal('gone');
  });
});
