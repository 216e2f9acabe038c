import { expect } from '@open-wc/testing';
import { createFormModel, submissionData, summaryOf, parseForm, type Issue, type LintIssue, type RenderNode } from '../../src/forms/index.js';
import { fixture } from './helpers.js';

/** Small seeded PRNG (mulberry32) so a failing case can be replayed from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type R = ReturnType<typeof rng>;

const TYPES = ['textfield', 'textarea', 'number', 'currency', 'email', 'phoneNumber', 'checkbox', 'radio', 'selectboxes', 'select', 'day',
  'datetime', 'time', 'file', 'sdcfile', 'hidden', 'panel', 'fieldset', 'columns', 'well', 'container', 'content', 'htmlelement', 'form',
  'datagrid', 'editgrid', 'button', 'signature', 'tabs', 'table', 'address', '', 'unknownThing'];

function junk(r: R, depth = 0): unknown {
  switch (r.int(depth > 2 ? 7 : 10)) {
    case 0: return null;
    case 1: return r.int(1000) - 500;
    case 2: return r.pick(['', 'si', 'no', 'EE', '0', 'true', 'x'.repeat(r.int(300)), '__proto__', 'constructor', '01/02/2024', '2024-02-30', 'RSSMRA80A01H501U']);
    case 3: return r.next() < 0.5;
    case 4: return Number.NaN;
    case 5: return undefined;
    case 6: return r.pick([[], {}, [1, 2], { a: true }]);
    case 7: return Array.from({ length: r.int(4) }, () => junk(r, depth + 1));
    case 8: return Object.fromEntries(Array.from({ length: r.int(4) }, (_, i) => [r.pick(['key', 'type', 'data', 'value', 'var', 'when', String(i)]), junk(r, depth + 1)]));
    default: return { [r.pick(['==', 'var', 'and', 'if', 'missing', 'some', 'nope', 'in', '<'])]: [junk(r, depth + 1), junk(r, depth + 1)] };
  }
}

function allComponents(node: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 40) return out;
  if (Array.isArray(node)) node.forEach((n) => allComponents(n, out, depth + 1));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string') out.push(o);
    for (const k of ['components', 'columns']) if (k in o) allComponents(o[k], out, depth + 1);
  }
  return out;
}

const PROPS = ['type', 'key', 'label', 'validate', 'conditional', 'values', 'data', 'components', 'columns', 'defaultValue', 'multiple',
  'hidden', 'clearOnHide', 'customConditional', 'calculateValue', 'errors', 'fileMaxSize', 'filePattern', 'dayFirst', 'properties', 'persistent'];

function mutate(base: Record<string, unknown>, r: R): unknown {
  if (r.next() < 0.03) return junk(r);
  const json = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const comps = allComponents(json.components);
  const n = 1 + r.int(6);
  for (let i = 0; i < n && comps.length; i++) {
    const c = r.pick(comps);
    switch (r.int(9)) {
      case 0: c.type = r.pick(TYPES); break;
      case 1: c[r.pick(PROPS)] = junk(r); break;
      case 2: delete c[r.pick(PROPS)]; break;
      case 3: c.conditional = r.pick([
        { show: true, when: String(r.pick(comps).key), eq: junk(r) },
        { show: r.pick([true, false, 'true']), conjunction: r.pick(['all', 'any', 'x']), conditions: [{ component: String(r.pick(comps).key), operator: r.pick(['isEqual', 'isEmpty', 'greaterThan', 'dateLessThan', 'bogus']), value: junk(r) }] },
        { json: { '==': [{ var: `data.${String(r.pick(comps).key)}` }, junk(r)] } },
        { json: junk(r) },
      ]); break;
      case 4: c.validate = { required: r.next() < 0.5, pattern: r.pick(['[a-z]+', '(', '\\d{3}', junk(r)]), minLength: junk(r), json: junk(r), plugins: [r.pick(['codiceFiscale', 'iban', 'nope'])] }; break;
      case 5: (c.components = Array.isArray(c.components) ? c.components : []) && (c.components as unknown[]).push(JSON.parse(JSON.stringify(r.pick(comps)))); break;
      case 6: c.key = String(r.pick(comps).key); break; // duplicate keys
      case 7: c.components = [junk(r), { type: 'textfield', key: 'deep', components: [{ type: 'panel', components: [JSON.parse(JSON.stringify(c))] }] }]; break;
      default: c.key = r.pick(['', 'a.b.c', 'x[0]', '__proto__', 'data', '~weird']);
    }
  }
  return json;
}

function fieldPaths(nodes: RenderNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.kind === 'field' || n.kind === 'grid') out.push(n.path);
    if (n.kind === 'group') fieldPaths(n.children, out);
    if (n.kind === 'columns') n.columns.forEach((c) => fieldPaths(c.children, out));
    if (n.kind === 'grid') n.rows.forEach((row) => fieldPaths(row.children, out));
  }
  return out;
}

function checkIssue(i: Issue) {
  expect(i.path, 'issue path').to.be.a('string').and.not.equal('');
  expect(i.message, `message of ${i.path}`).to.be.a('string').and.not.equal('');
  expect(i.message).to.not.match(/undefined|NaN|\{\w+\}/);
  expect(['error', 'warning']).to.include(i.severity);
}

function checkLint(i: LintIssue) {
  expect(i.message).to.be.a('string').and.not.equal('');
  expect(i.message).to.not.match(/\{\w+\}/);
  expect(['error', 'warning', 'info']).to.include(i.severity);
}

describe('Form engine: fuzz', function () {
  this.timeout(120_000);

  it('survives 600 mutated definitions and random values, reporting every problem as a lint or validation result', async () => {
    const bases = await Promise.all(['occupazione-suolo.json', 'contributo-figli.json', 'problemi-lint.json'].map(fixture));
    let definitions = 0, changes = 0, lintFindings = 0, validationIssues = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const r = rng(seed);
      const def = mutate(bases[seed % bases.length]!, r);
      try {
        const { form, lint } = parseForm(def);
        definitions++;
        lint.issues.forEach(checkLint);
        // Every component outside the subset is reported (nothing is dropped silently).
        const SUPPORTED = new Set(TYPES.slice(0, 27).concat(['column', 'address']));
        const odd = allComponents((def as Record<string, unknown> | null)?.components).filter((c) => !SUPPORTED.has(String(c.type)));
        if (odd.length) expect(lint.issues.some((i) => i.code === 'unsupported-type' || i.code === 'invalid-component'), `seed ${seed}`).to.equal(true);
        lintFindings += lint.issues.length;
        const m = createFormModel(form, { data: r.next() < 0.2 ? (junk(r) as Record<string, unknown>) : undefined });
        const paths = m.allSteps.flatMap((s) => fieldPaths(m.renderStep(s.key)));
        for (let k = 0; k < 12; k++) {
          const path = r.next() < 0.85 && paths.length ? r.pick(paths) : r.pick(['', 'nope', 'a[999].b', '__proto__.x', 'figli[0]', 'applicant.data']);
          const op = r.int(10);
          const change = op === 0 ? m.addRow(path, junk(r) as Record<string, unknown>) : op === 1 ? m.removeRow(path, r.int(3)) : m.setValue(path, junk(r));
          changes++;
          Object.values(change.issues).flat().forEach(checkIssue);
        }
        const issues = m.validateAll();
        issues.forEach(checkIssue);
        validationIssues += issues.length;
        m.steps.forEach((s) => m.validateStep(s.key).forEach(checkIssue));
        summaryOf(m);
        JSON.stringify(submissionData(m));
        if (r.next() < 0.3) m.prefill({ givenName: 'Mario', familyName: 'Rossi', taxCode: 'RSSMRA80A01H501U', gender: String(junk(r)), birthDate: String(junk(r)) });
        const back = createFormModel(form).loadDraft(JSON.parse(JSON.stringify(m.toDraft({ currentStep: m.steps[0]?.key ?? null }))));
        back.issues.forEach(checkIssue);
      } catch (e) {
        throw new Error(`seed ${seed}: ${(e as Error).stack ?? e}`);
      }
    }
    expect(definitions).to.equal(600);
    expect(changes).to.be.greaterThan(6000);
    expect(lintFindings).to.be.greaterThan(600);
    expect(validationIssues).to.be.greaterThan(0);
  });

  it('keeps incremental visibility identical to a full re-evaluation after every change', async () => {
    const bases = await Promise.all(['occupazione-suolo.json', 'contributo-figli.json'].map(fixture));
    const allPaths = (mm: ReturnType<typeof createFormModel>) => mm.allSteps.flatMap((s) => {
      const out: string[] = [];
      const walk = (nodes: RenderNode[]) => nodes.forEach((n) => {
        out.push(n.path);
        if (n.kind === 'group') walk(n.children);
        if (n.kind === 'columns') n.columns.forEach((c) => walk(c.children));
        if (n.kind === 'grid') n.rows.forEach((row) => walk(row.children));
      });
      walk(mm.renderStep(s.key));
      return out;
    });
    const answers = ['si', 'no', 'EE', 'RM', 'evento', 'bonifico', 'contanti', 45000, 10, 7, 20, ['trasporto'], true, ''];
    for (let seed = 1; seed <= 80; seed++) {
      const r = rng(seed * 7919);
      // Half the runs on the fixtures as written, half on mutated ones (duplicate keys, cycles…).
      const { form } = parseForm(seed % 2 ? bases[seed % bases.length]! : mutate(bases[seed % bases.length]!, r));
      const m = createFormModel(form);
      for (let k = 0; k < 20; k++) {
        const paths = fieldPaths(m.allSteps.flatMap((s) => m.renderStep(s.key)));
        if (!paths.length) break;
        const path = r.pick(paths);
        const change = m.setValue(path, r.pick(answers));
        const fresh = createFormModel(form, { data: m.draftData() });
        const diff = allPaths(m).filter((p) => m.isVisible(p) !== fresh.isVisible(p));
        expect(diff, `seed ${seed}, step ${k}: ${path}`).to.deep.equal([]);
        expect(m.steps.map((s) => s.key)).to.deep.equal(fresh.steps.map((s) => s.key));
        expect(submissionData(m)).to.deep.equal(submissionData(fresh));
        for (const p of [...change.shown, ...change.hidden]) expect(m.isVisible(p), p).to.equal(change.shown.includes(p));
      }
    }
  });

  it('never hangs or overflows on deeply nested or huge definitions', () => {
    let deep: Record<string, unknown> = { type: 'textfield', key: 'leaf', label: 'Foglia' };
    for (let i = 0; i < 3000; i++) deep = { type: i % 2 ? 'container' : 'panel', key: `k${i}`, components: [deep] };
    const { form } = parseForm({ components: [deep] });
    expect(() => createFormModel(form).validateAll()).to.not.throw();
    const wide = { components: Array.from({ length: 25_000 }, (_, i) => ({ type: 'textfield', key: `f${i}`, label: `F${i}` })) };
    expect(() => parseForm(wide)).to.not.throw();
    // An object graph with a cycle (not JSON, but a caller could build one) stops at the nesting limit.
    const loop: Record<string, unknown> = { type: 'panel', key: 'loop', components: [] };
    (loop.components as unknown[]).push(loop);
    expect(() => summaryOf(createFormModel(parseForm({ components: [loop] }).form))).to.not.throw();
  });
});
