import { expect } from '@open-wc/testing';
import { BASE, tenantState, ENTE, SERVICE_GROUP } from '../support/mock.js';
import { forms } from '../../mocks/fixtures/forms/index.js';
import { isValidNotice, qrPayload } from '../../mocks/pagopa.js';

const ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
function cfCheck(cf: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) { const c = cf[i]!; sum += i % 2 === 0 ? ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65; }
  return String.fromCharCode(65 + (sum % 26));
}
function pivaOk(v: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) { let d = Number(v[i]); if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return (10 - (sum % 10)) % 10 === Number(v[10]);
}
const walk = (c: unknown, out: Array<Record<string, unknown>> = []) => {
  if (Array.isArray(c)) c.forEach((x) => walk(x, out));
  else if (c && typeof c === 'object') { out.push(c as Record<string, unknown>); Object.values(c).forEach((x) => walk(x, out)); }
  return out;
};

describe('mock fixtures: Comune di Esempio', () => {
  it('has at least 12 public services in at least 5 categories, each with the Modello Comuni voices', () => {
    const pub = tenantState().services.filter((s) => [1, 2, 4].includes(s.status));
    expect(pub.length).to.be.at.least(12);
    expect(new Set(pub.map((s) => s.topics_id)).size).to.be.at.least(5);
    for (const s of pub) {
      for (const k of ['short_description', 'description', 'who', 'how_to_do', 'what_you_need', 'what_you_get', 'times_and_deadlines', 'costs', 'conditions']) {
        expect(String(s[k]).replace(/<[^>]+>/g, '').trim().length, `${s.identifier}.${k}`).to.be.greaterThan(20);
      }
      expect((s.user_group_ids as string[]).length, `${s.identifier} contacts`).to.be.greaterThan(0);
    }
  });

  it('covers immediate, deferred, bollo, free and suspended services', () => {
    const s = tenantState().services;
    expect(s.some((x) => x.payment_required === 1 && /segreteria/i.test(String(x.costs)))).to.equal(true);
    expect(s.some((x) => x.payment_required === 2)).to.equal(true);
    expect(s.some((x) => x._bollo)).to.equal(true);
    expect(s.some((x) => x.payment_required === 0 && /gratuit/i.test(String(x.costs)))).to.equal(true);
    const suspended = s.find((x) => x.status === 2)!;
    expect(String(suspended.description)).to.match(/sospes/i);
  });

  it('groups the mensa services as attivazione, rinnovo, interruzione, sospensione, modifica, voltura, subentro', () => {
    const group = tenantState().services.filter((x) => x.service_group_id === SERVICE_GROUP.mensa).map((x) => x.identifier).join(' ');
    for (const word of ['iscrizione', 'rinnovo', 'rinuncia', 'sospensione', 'modifica', 'voltura', 'subentro']) expect(group).to.contain(word);
  });

  it('gives every form-based service a Form.io form with the nested applicant and OpenCity data paths', async () => {
    for (const s of tenantState().services.filter((x) => x.flow_steps.length && x.status !== 0)) {
      const form = await (await fetch(`${BASE}/api/services/${s.id}/form`)).json();
      const nodes = walk(form.components);
      const applicant = nodes.find((n) => n.key === 'applicant' && n.type === 'form')!;
      expect(applicant, s.identifier).to.exist;
      expect(applicant.reference).to.equal(false);
      // As on the platform, the applicant is a reference to the Anagrafica on the form server (`flow_steps` URL).
      const anagrafica = applicant.components ?? (await (await fetch(`${s.flow_steps[0]!.parameters.url}${applicant.form}`)).json()).components;
      const inner = walk(anagrafica);
      expect(inner.some((n) => n.key === 'fiscal_code' && n.type === 'form')).to.equal(true);
      expect(inner.some((n) => n.key === 'completename' && n.type === 'form')).to.equal(true);
    }
  });

  it('uses the component types and both condition formats OpenCity forms use', () => {
    const nodes = [...forms().values()].flatMap((f) => walk(f.components));
    const types = new Set(nodes.map((n) => n.type));
    for (const t of ['textfield', 'textarea', 'email', 'phoneNumber', 'select', 'radio', 'checkbox', 'selectboxes', 'datetime', 'datagrid', 'sdcfile', 'form', 'panel', 'fieldset']) expect(types.has(t), t).to.equal(true);
    const conds = nodes.map((n) => n.conditional as Record<string, unknown> | undefined).filter(Boolean);
    expect(conds.some((c) => c!.when)).to.equal(true);
    expect(conds.some((c) => c!.json)).to.equal(true);
    const delegate = nodes.find((n) => n.type === 'radio' && /per conto di un/.test(String(n.label)));
    expect(delegate).to.exist;
  });

  it('has citizens with valid codici fiscali and an ente with a valid numeric CF', () => {
    for (const u of tenantState().users) expect(cfCheck(u.codice_fiscale), u.codice_fiscale).to.equal(u.codice_fiscale[15]);
    expect(pivaOk(ENTE.fiscalCode)).to.equal(true);
    expect(pivaOk(ENTE.vatNumber)).to.equal(true);
  });

  it('issues valid notice codes and the pagoPA QR payload', () => {
    const p = tenantState().payments.find((x) => x.type === 'PAGOPA')!;
    expect(isValidNotice(p.payment.notice_code!)).to.equal(true);
    expect(qrPayload(p.payment.notice_code!, ENTE.fiscalCode, 10)).to.equal(`PAGOPA|002|${p.payment.notice_code}|80012340370|1000`);
  });
});
