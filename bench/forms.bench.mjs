// Speed (issue 11): the kit's wizard step rendering (form engine + the wizard's field renderers, in a
// shadow root) vs @formio/js `Formio.createForm`, same page, same Form.io JSON, runs alternating
// between the two, median of RUNS. Synthetic 200- and 800-field wizards (bench/synthetic-form.ts) and
// every form of the mock tenant. Form.io runs offline (its bundle from node_modules; any other host
// answered 204 by the harness).
//   node bench/forms.bench.mjs [--runs 15]
import { writeFileSync, mkdirSync } from 'node:fs';
import { bundle, serve, launch, median, ms, version, OUT } from './browser.mjs';
import { load } from './browser.mjs';
const LOAD = load();

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
// The synthetic generator and the mock's forms are TypeScript: load them through tsx.
const { tsImport } = await import('tsx/esm/api');
const { syntheticForm } = await tsImport('./synthetic-form.ts', import.meta.url);
const { forms } = await tsImport('../mocks/fixtures/forms/index.ts', import.meta.url);
const { inlineReferences } = await tsImport('../src/forms/resolve.ts', import.meta.url);
// The mock stores the applicant by reference, as the platform does; this bench measures rendering, so
// both sides get the forms with the Anagrafica inlined (forms-nested.bench.mjs measures the fetching).
const subforms = Object.fromEntries(forms());

/** The first legacy/simple condition of a form: the field and value that toggle a section. */
function firstToggle(json) {
  let found;
  const walk = (cs) => {
    for (const c of cs ?? []) {
      if (found) return;
      const cond = c.conditional;
      if (cond?.when && cond.eq !== undefined && cond.eq !== '') found = { key: cond.when, value: cond.eq, dependent: c.key };
      else if (cond?.conditions?.[0]?.component && cond.conditions[0].value !== undefined) found = { key: cond.conditions[0].component, value: cond.conditions[0].value, dependent: c.key };
      walk(c.components);
      for (const col of c.columns ?? []) walk(col.components);
    }
  };
  walk(json.components);
  return found;
}

const cases = [
  { name: 'synthetic, 200 fields', json: syntheticForm({ fields: 200 }), toggle: { key: 'campo_1', value: 'si', dependent: 'campo_2' } },
  { name: 'synthetic, 800 fields', json: syntheticForm({ fields: 800 }), toggle: { key: 'campo_1', value: 'si', dependent: 'campo_2' } },
  ...[...forms().values()].filter((f) => !f.tags.includes('anagrafica'))
    .map((f) => inlineReferences(f, subforms))
    .map((f) => ({ name: `mock: ${f.name}`, json: f, toggle: firstToggle(f) })),
];

const built = await bundle('bench/browser/forms-entry.ts', 'ours');
const page0 = `<!doctype html><html lang="it"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/@formio/js/dist/formio.form.min.css">
<script src="/node_modules/@formio/js/dist/formio.form.min.js"></script>
<script type="module" src="/bundle/ours.js"></script></head>
<body><div id="ours"></div><div id="formio"></div></body></html>`;
const server = await serve({ routes: { '/': { body: page0 } }, bundleDir: built.dir });
const { browser, page, version: chromeVersion } = await launch();
await page.goto(`${server.url}/`);
await page.waitForFunction(() => window.ours && window.Formio);
// Form.io: no icon font/CSS fetches, no CDN (the harness answers any other host with 204 anyway).
await page.evaluate(() => { window.Formio.icons = 'fontawesome'; window.Formio.cdn?.setBaseUrl?.(location.origin); });

async function runOurs(json, toggle) {
  return page.evaluate(({ json, toggle }) => {
    const host = document.getElementById('ours');
    const copy = JSON.parse(JSON.stringify(json));
    let t = performance.now();
    const inputs = window.ours.mount(host, copy);
    void host.getBoundingClientRect().height; // layout
    const first = performance.now() - t;
    let change = NaN;
    if (toggle) {
      t = performance.now();
      window.ours.change(toggle.key, toggle.value);
      void host.getBoundingClientRect().height;
      change = performance.now() - t;
    }
    t = performance.now();
    const errors = window.ours.validate();
    void host.getBoundingClientRect().height;
    const validate = performance.now() - t;
    window.ours.unmount(host);
    return { first, change, validate, inputs, errors };
  }, { json, toggle });
}

async function runFormio(json, toggle) {
  return page.evaluate(async ({ json, toggle }) => {
    const host = document.getElementById('formio');
    const copy = JSON.parse(JSON.stringify(json));
    let t = performance.now();
    const form = await window.Formio.createForm(host, copy, { noAlerts: true, buttonSettings: { showCancel: false } });
    await form.ready;
    void host.getBoundingClientRect().height;
    const first = performance.now() - t;
    const inputs = host.querySelectorAll('input, select, textarea').length;
    let change = NaN;
    if (toggle) {
      const comp = form.getComponent(toggle.key);
      if (comp) {
        t = performance.now();
        comp.setValue(toggle.value, { modified: true });
        form.checkConditions(form.data);
        void host.getBoundingClientRect().height;
        change = performance.now() - t;
      }
    }
    t = performance.now();
    const errs = form.validateCurrentPage ? form.validateCurrentPage({ dirty: true }) : form.validate(form.data, { dirty: true });
    form.currentPage?.components.forEach((c) => c.setPristine(false));
    form.showErrors(errs, true);
    void host.getBoundingClientRect().height;
    const validate = performance.now() - t;
    form.destroy(true);
    host.innerHTML = '';
    return { first, change, validate, inputs, errors: errs.length };
  }, { json, toggle });
}

const rows = [];
for (const c of cases) {
  // Warm up both (JIT, first-use caches), then alternate: ours, Form.io, ours, Form.io…
  await runOurs(c.json, c.toggle); await runFormio(c.json, c.toggle);
  const o = [], f = [];
  for (let i = 0; i < RUNS; i++) {
    o.push(await runOurs(c.json, c.toggle));
    f.push(await runFormio(c.json, c.toggle));
  }
  const m = (xs, k) => median(xs.map((x) => x[k]).filter((x) => Number.isFinite(x)));
  const row = {
    form: c.name,
    'ours first (ms)': ms(m(o, 'first')), 'formio first (ms)': ms(m(f, 'first')), 'first ×': (m(f, 'first') / m(o, 'first')).toFixed(1),
    'ours change': c.toggle ? ms(m(o, 'change')) : '–', 'formio change': c.toggle ? ms(m(f, 'change')) : '–',
    'change ×': c.toggle ? (m(f, 'change') / m(o, 'change')).toFixed(1) : '–',
    'ours validate': ms(m(o, 'validate')), 'formio validate': ms(m(f, 'validate')), 'validate ×': (m(f, 'validate') / m(o, 'validate')).toFixed(1),
    'inputs ours/formio': `${o[0].inputs}/${f[0].inputs}`,
  };
  rows.push(row);
  console.log(`  ${c.name}: first ${row['first ×']}×, change ${row['change ×']}×, validate ${row['validate ×']}×`);
}

const ratio = (k) => rows.map((r) => Number(r[k])).filter(Number.isFinite);
const minFirst = Math.min(...ratio('first ×'));
const minChange = Math.min(...ratio('change ×'));
console.log(`\nForms: ours vs @formio/js ${version('@formio/js')} (Chromium ${chromeVersion}, median of ${RUNS} alternating runs, ms)`);
console.table(rows);
console.log(`Targets: first render ≥ 10× faster — worst ${minFirst.toFixed(1)}× ${minFirst >= 10 ? 'OK' : 'MISSED'}; per change ≥ 20× faster — worst ${minChange.toFixed(1)}× ${minChange >= 20 ? 'OK' : 'MISSED'}.`);
console.log(`Requests to other hosts (blocked, answered 204): ${page.blocked.length}${page.blocked.length ? ` — ${[...new Set(page.blocked)].slice(0, 5).join(', ')}` : ''}`);

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/forms.json`, JSON.stringify({ load: LOAD, runs: RUNS, chromium: chromeVersion, formio: version('@formio/js'), rows, minFirst, minChange, blocked: page.blocked.length }, null, 2));
await browser.close();
await server.close();
built.cleanup();
