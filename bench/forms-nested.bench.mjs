// Nested forms by reference (issue 20): first render of a platform form whose applicant is a
// reference to the Anagrafica, itself made of references, two levels deep — the form and every
// sub-form fetched from a local form server (`/form/{id}`), cold (empty caches) and cached (a second
// form on the same page). The kit (src/forms resolveReferences + engine + field renderers) next to
// @formio/js `Formio.createForm(el, "{server}/form/{id}")`, which fetches the references itself.
// Median of RUNS alternating runs.   node bench/forms-nested.bench.mjs [--runs 15]
import { writeFileSync, mkdirSync } from 'node:fs';
import { bundle, serve, launch, median, ms, version, load, OUT } from './browser.mjs';
const LOAD = load();

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const { tsImport } = await import('tsx/esm/api');
const { forms, FORM } = await tsImport('../mocks/fixtures/forms/index.ts', import.meta.url);

const all = forms();
const routes = { '/': { body: `<!doctype html><html lang="it"><head><meta charset="utf-8">
<link rel="stylesheet" href="/node_modules/@formio/js/dist/formio.form.min.css">
<script src="/node_modules/@formio/js/dist/formio.form.min.js"></script>
<script type="module" src="/bundle/ours.js"></script></head>
<body><div id="ours"></div><div id="formio"></div></body></html>` } };
for (const [id, f] of all) routes[`/form/${id}`] = { type: 'application/json', body: JSON.stringify(f) };

const cases = [
  { name: 'Contributo libri (applicant by reference)', id: FORM.libri },
  { name: 'Iscrizione mensa (applicant by reference, wizard)', id: FORM.mensaIscrizione },
  { name: 'Segnalazione disservizio (Anagrafica lite)', id: FORM.disservizio },
];

const built = await bundle('bench/browser/forms-entry.ts', 'ours');
const server = await serve({ routes, bundleDir: built.dir });
const { browser, page, version: chromeVersion } = await launch();
await page.goto(`${server.url}/`);
await page.waitForFunction(() => window.ours && window.Formio);
await page.evaluate((url) => { window.Formio.icons = 'fontawesome'; window.Formio.setBaseUrl(url); window.Formio.setProjectUrl(url); }, server.url);

const requests = { ours: 0, formio: 0 };
let counting = null;
page.on('request', (r) => { if (counting && new URL(r.url()).pathname.startsWith('/form/')) requests[counting]++; });

async function runOurs(id, cold) {
  return page.evaluate(async ({ id, cold, url }) => {
    const host = document.getElementById('ours');
    const t = performance.now();
    const inputs = await window.ours.mountFromServer(host, url, id, cold);
    void host.getBoundingClientRect().height;
    const first = performance.now() - t;
    window.ours.unmount(host);
    return { first, inputs };
  }, { id, cold, url: server.url });
}

async function runFormio(id, cold) {
  return page.evaluate(async ({ id, cold, url }) => {
    const host = document.getElementById('formio');
    if (cold) window.Formio.clearCache();
    const t = performance.now();
    const form = await window.Formio.createForm(host, `${url}/form/${id}`, { noAlerts: true, buttonSettings: { showCancel: false } });
    await form.ready;
    // Nested forms load after `ready` in some versions: wait until the Anagrafica's inputs are there.
    for (let i = 0; i < 200 && !host.querySelector('[name*="fiscal_code"]'); i++) await new Promise((r) => setTimeout(r, 5));
    void host.getBoundingClientRect().height;
    const first = performance.now() - t;
    const inputs = host.querySelectorAll('input, select, textarea').length;
    form.destroy(true);
    host.innerHTML = '';
    return { first, inputs };
  }, { id, cold, url: server.url });
}

const rows = [];
for (const c of cases) {
  for (const cold of [true, false]) {
    await runOurs(c.id, cold); await runFormio(c.id, cold); // warm-up (JIT)
    const o = [], f = [];
    for (let i = 0; i < RUNS; i++) {
      if (!cold) { await runOurs(c.id, true); await runFormio(c.id, true); } // fill the caches first
      counting = 'ours'; requests.ours = 0;
      o.push({ ...(await runOurs(c.id, cold)), requests: requests.ours });
      counting = 'formio'; requests.formio = 0;
      f.push({ ...(await runFormio(c.id, cold)), requests: requests.formio });
      counting = null;
    }
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const row = {
      form: c.name, caches: cold ? 'cold' : 'cached',
      'ours first (ms)': ms(m(o, 'first')), 'formio first (ms)': ms(m(f, 'first')), 'first ×': (m(f, 'first') / m(o, 'first')).toFixed(1),
      'form requests ours/formio': `${o[0].requests}/${f[0].requests}`,
      'inputs ours/formio': `${o[0].inputs}/${f[0].inputs}`,
    };
    rows.push(row);
    console.log(`  ${c.name} (${row.caches}): ours ${row['ours first (ms)']} ms, formio ${row['formio first (ms)']} ms, ${row['first ×']}×`);
  }
}

console.log(`\nNested forms by reference: ours vs @formio/js ${version('@formio/js')} (Chromium ${chromeVersion}, median of ${RUNS} alternating runs, ms, local form server)`);
console.table(rows);
console.log(`Requests to other hosts (blocked, answered 204): ${page.blocked.length}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/forms-nested.json`, JSON.stringify({ load: LOAD, runs: RUNS, chromium: chromeVersion, formio: version('@formio/js'), rows }, null, 2));
await browser.close();
await server.close();
built.cleanup();
