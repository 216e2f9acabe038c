// Where one keystroke's main-thread time goes (issue 15): the wizard on an 800-field page (or Form.io, or a
// bare <input>), N real keystrokes, split by a devtools.timeline trace: every main-thread event's self time
// (event dispatch, script, style, layout, pre-paint, paint, commit…), wall and thread CPU (`tdur`: what a
// loaded machine's descheduling does not inflate), and CDP Performance.getMetrics.
//   node bench/forms-typing-profile.mjs [--keys 30] [--side ours|formio|bare] [--fields 800] [--trace out.json]
//     [--css '…' --ab 5]   A/B in one page: the same typing with and without extra CSS in the wizard's shadow
//                          root, alternating, 5 rounds (medians): how a CSS lever is tried before it is built.
import { writeFileSync } from 'node:fs';
import { median, ms } from './browser.mjs';
import { openTypingPage } from './typing-page.mjs';

const arg = (name, d) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : d; };
const KEYS = Number(arg('--keys', 30));
const SIDE = arg('--side', 'ours');
const FIELDS = Number(arg('--fields', 800));
const TRACE = arg('--trace', '');
const CSS = arg('--css', '');
const BASE_CSS = arg('--base-css', ''); // in both arms of an A/B
const AB = Number(arg('--ab', 0));
const CATS = arg('--cats', 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing');
const DELAY = 60;

const { tsImport } = await import('tsx/esm/api');
const { syntheticForm } = await tsImport('./synthetic-form.ts', import.meta.url);
const { SERVICE } = await tsImport('../mocks/fixtures/services.ts', import.meta.url);
const json = syntheticForm({ fields: FIELDS, perPanel: FIELDS });

const { page, cdp, close } = await openTypingPage();
const pause = (t) => new Promise((r) => setTimeout(r, t));

let shape;
if (SIDE === 'ours') shape = await page.evaluate(({ s, j }) => window.typing.mountOurs(s, j), { s: SERVICE.mensaRinnovo, j: json });
else if (SIDE === 'formio') shape = await page.evaluate((j) => window.typing.mountFormio(j), json);
const setCss = (on) => page.evaluate(({ css, base, on }) => {
  const r = document.querySelector('sdc-pratica-wizard')?.shadowRoot;
  if (!r) return;
  r.querySelector('style[data-experiment]')?.remove();
  const st = document.createElement('style'); st.dataset.experiment = ''; st.textContent = on ? css : base; if (st.textContent) r.append(st);
}, { css: `${BASE_CSS}\n${CSS}`, base: BASE_CSS, on });
if (CSS && !AB) await setCss(true);
// --chunk N: experiment, wraps every N sibling fields of the step in a <div class="chunk"> (moves Lit's nodes: typing only).
const CHUNK = Number(arg('--chunk', 0));
if (CHUNK) await page.evaluate((n) => {
  const step = document.querySelector('sdc-pratica-wizard').shadowRoot.querySelector('.form-step');
  const fields = [...step.children].filter((e) => e.classList.contains('field'));
  for (let i = 0; i < fields.length; i += n) { const d = document.createElement('div'); d.className = 'chunk'; fields[i].before(d); d.append(...fields.slice(i, i + n)); }
}, CHUNK);
const focus = () => (SIDE === 'bare' ? page.evaluate(() => window.typing.focusBare()) : page.evaluate((side) => window.typing.focusField(side, 'campo_0'), SIDE));
if (!(await focus())) throw new Error('no field');
console.log(`side ${SIDE}, ${FIELDS} fields, inputs ${shape?.inputs ?? 1}, DOM nodes ${await page.evaluate(() => { let n = 0; const walk = (r) => { for (const e of r.querySelectorAll('*')) { n++; if (e.shadowRoot) walk(e.shadowRoot); } }; walk(document); return n; })}`);
const TEXT = 'Mario Rossi abita in via Garibaldi dodici '.repeat(4).slice(0, KEYS);
await page.keyboard.type('ab', { delay: DELAY }); // warm-up
await page.keyboard.press('Backspace'); await page.keyboard.press('Backspace');
await pause(800);

const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));

/** Types TEXT with a trace running; returns per-key wall, CPU, getMetrics and self time by event name. */
async function measure() {
  await page.evaluate(() => { const a = document.activeElement; const i = a?.shadowRoot?.activeElement ?? a; if (i && 'value' in i) { i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true, composed: true })); } });
  await pause(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: CATS, transferMode: 'ReportEvents' });
  const m0 = await metrics();
  await page.keyboard.type(TEXT, { delay: DELAY });
  await pause(600);
  const m1 = await metrics();
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  if (TRACE) writeFileSync(TRACE, JSON.stringify({ traceEvents: events }));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.ph === 'X' && e.dur !== undefined && main && e.pid === main.pid && e.tid === main.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map(), selfCpu = new Map();
  const stack = [];
  let wall = 0, cpu = 0;
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) { self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur); selfCpu.set(parent.name, (selfCpu.get(parent.name) ?? 0) - (e.tdur ?? 0)); }
    else { wall += e.dur; cpu += e.tdur ?? 0; }
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    selfCpu.set(e.name, (selfCpu.get(e.name) ?? 0) + (e.tdur ?? 0));
    stack.push(e);
  }
  const per = (k) => ((m1[k] - m0[k]) * 1000) / KEYS;
  return {
    wall: wall / 1000 / KEYS, cpu: cpu / 1000 / KEYS, task: per('TaskDuration'), script: per('ScriptDuration'), layout: per('LayoutDuration'),
    self: new Map([...self].map(([k, v]) => [k, v / 1000 / KEYS])), selfCpu: new Map([...selfCpu].map(([k, v]) => [k, v / 1000 / KEYS])),
    layoutArgs: onMain.find((e) => e.name === 'Layout')?.args,
  };
}

const table = (runs) => {
  const names = new Set(runs.flatMap((r) => [...r.selfCpu.keys()]));
  return [...names].map((name) => ({ name, 'self CPU ms/key': median(runs.map((r) => r.selfCpu.get(name) ?? 0)), 'self wall ms/key': median(runs.map((r) => r.self.get(name) ?? 0)) }))
    .sort((a, b) => b['self CPU ms/key'] - a['self CPU ms/key']).slice(0, 16)
    .map((r) => ({ ...r, 'self CPU ms/key': ms(r['self CPU ms/key']), 'self wall ms/key': ms(r['self wall ms/key']) }));
};
const line = (label, runs) => console.log(`${label}: per key (medians of ${runs.length} × ${KEYS} keys) CPU ${ms(median(runs.map((r) => r.cpu)))} ms, wall ${ms(median(runs.map((r) => r.wall)))} ms, getMetrics TaskDuration ${ms(median(runs.map((r) => r.task)))}, script ${ms(median(runs.map((r) => r.script)))}, layout ${ms(median(runs.map((r) => r.layout)))}`);

if (process.argv.includes('--js')) {
  // Our script per keystroke, by function (self time; BENCH_NO_MINIFY=1 for readable names).
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.keyboard.type(TEXT, { delay: DELAY });
  await pause(600);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const by = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    if (['(idle)', '(program)', '(root)'].includes(f.functionName)) continue;
    by.set(k, (by.get(k) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(`JS self time per key: ${ms(total / 1000 / KEYS)} ms`);
  console.table([...by].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => ({ fn: k, 'ms/key': ms(v / 1000 / KEYS) })));
} else if (AB) {
  const a = [], b = [];
  for (let i = 0; i < AB; i++) {
    await setCss(false); await focus(); a.push(await measure());
    await setCss(true); await focus(); b.push(await measure());
  }
  line('without CSS', a);
  line('with CSS   ', b);
  if (process.argv.includes('--detail')) { console.table(table(a)); console.table(table(b)); }
  console.log('layout root with CSS:', JSON.stringify(b[0].layoutArgs?.endData?.layoutRoots?.[0]?.nodeName), 'dirty', b[0].layoutArgs?.beginData?.dirtyObjects);
} else {
  const r = await measure();
  line(SIDE, [r]);
  console.log('layout root:', JSON.stringify(r.layoutArgs?.endData?.layoutRoots?.[0]?.nodeName), 'dirty', r.layoutArgs?.beginData?.dirtyObjects);
  console.table(table([r]));
}
await close();
