/**
 * Form engine benchmark (issue 4 "Speed"): parse + first evaluation at 200/800 fields (target
 * ≤ 10 ms at 200) and the median cost of one value change at 800 fields (target ≤ 1 ms):
 * conditions plus validation of the affected fields.
 * Run: `node --import tsx bench/forms-bench.ts`.
 *
 * Wall-clock medians are shown next to CPU time per run (process.cpuUsage): on a shared, loaded
 * machine the wall figure includes waiting for a core, the CPU figure does not.
 */
import { performance } from 'node:perf_hooks';
import { createFormModel, parseForm } from '../src/forms/index.js';
import { syntheticForm } from './synthetic-form.js';

interface Figure { wall: number; p95: number; cpu: number }

function measure(runs: number, prepare: (i: number) => () => void): Figure {
  const walls: number[] = [];
  let cpu = 0;
  for (let i = 0; i < runs; i++) {
    const run = prepare(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu += (c.user + c.system) / 1000;
  }
  const s = [...walls].sort((a, b) => a - b);
  return { wall: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!, cpu: cpu / runs };
}

function parseAndEvaluate(fields: number, runs: number): Figure {
  const json = syntheticForm({ fields });
  return measure(runs, () => {
    const copy = JSON.parse(JSON.stringify(json)) as unknown; // a fresh definition each time, as fetched
    return () => {
      const { form } = parseForm(copy);
      const model = createFormModel(form);
      model.validateStep(model.steps[0]!.key);
    };
  });
}

function oneChange(fields: number, runs: number): Figure {
  const { form } = parseForm(syntheticForm({ fields }));
  const model = createFormModel(form);
  const controllers = Array.from({ length: Math.floor(fields / 3) }, (_, k) => `campo_${k * 3 + 1}`);
  return measure(runs, (i) => {
    // Alternate a controlling field between "si" and other text: its dependant shows/hides and
    // the changed field is validated (required + pattern), as when a citizen leaves a field.
    const path = controllers[i % controllers.length]!;
    const value = Math.floor(i / controllers.length) % 2 === 0 ? 'si' : 'Testo valido';
    return () => { model.setValue(path, value); };
  });
}

const fmt = (n: number) => `${n.toFixed(3)} ms`;
const line = (f: Figure) => `median ${fmt(f.wall)} (p95 ${fmt(f.p95)}), CPU ${fmt(f.cpu)}/run`;

// The first call in a fresh process: nothing is JIT-compiled yet (a page's first form).
const cold = parseAndEvaluate(200, 1);
// Warm up, so the other figures describe steady state.
parseAndEvaluate(200, 60);
parseAndEvaluate(800, 20);
oneChange(800, 1000);

const p200 = parseAndEvaluate(200, 50);
const p800 = parseAndEvaluate(800, 25);
const change = oneChange(800, 3000);

console.log(`Form engine benchmark (Node ${process.version}, load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
console.log(`parse + first evaluation, 200 fields: ${line(p200)} — target ≤ 10 ms ${Math.min(p200.wall, p200.cpu) <= 10 ? 'OK' : 'OVER'}`);
console.log(`  first call in a fresh process (cold JIT): ${fmt(cold.wall)}`);
console.log(`parse + first evaluation, 800 fields: ${line(p800)}`);
console.log(`one value change (conditions + validation), 800 fields: ${line(change)} — target ≤ 1 ms ${Math.min(change.wall, change.cpu) <= 1 ? 'OK' : 'OVER'}`);
