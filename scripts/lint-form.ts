/**
 * Lints Form.io definitions for ente editors (form-engines.md §5.5), nested forms by reference
 * resolved as the wizard resolves them (opencity-api.md §6.2).
 *
 *   npm run lint-form -- modulo.json [cartella/ …] [https://form.example.it/form/<id> …]
 *                        [--form-server https://form.example.it] [--forms cartella/] [--json] [--en|--de]
 *
 * - a file: one form; a folder: every `*.json` in it (and the folder is searched for references);
 *   a URL: the form fetched from there.
 * - references (`{type:"form", form:"<id>"}` without components) are looked up in the folders given
 *   (by `_id`, `name`, `path` or file name), then on `--form-server` (`{server}/form/{id}`).
 * Prints the findings per component and what could not be resolved; exits 1 when a form has errors
 * or an unresolved reference, 2 when an input cannot be read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formServerBase, subformUrl } from '../src/api/forms.js';
import { lintForm } from '../src/forms/with-logic.js';
import { resolveReferences, type UnresolvedRef } from '../src/forms/resolve.js';
import type { LintReport } from '../src/forms/types.js';
import { loadMessages } from '../src/i18n/messages.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const asJson = args.includes('--json');
const locale = args.includes('--en') ? 'en' : args.includes('--de') ? 'de' : 'it';
// Other languages are loaded on demand (src/i18n/messages.ts): before the first finding is worded.
if (locale !== 'it') await loadMessages(locale);
const server = formServerBase(flag('--form-server'));
const valued = new Set(['--form-server', '--forms']);
const inputs = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
const extraFolders = args.flatMap((a, i) => (args[i - 1] === '--forms' ? [a] : []));

if (!inputs.length || args.includes('--help')) {
  console.log('Uso: npm run lint-form -- modulo.json|cartella/|URL … [--form-server URL] [--forms cartella/] [--json] [--en|--de]');
  process.exit(inputs.length ? 0 : 2);
}

type Json = Record<string, unknown>;
const MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
const isUrl = (s: string) => /^https?:\/\//i.test(s);
let exit = 0;

/** Forms of a folder, by every name a reference may use. */
const pool = new Map<string, Json>();
function addToPool(file: string, json: unknown): void {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return;
  const j = json as Json;
  for (const k of [j._id, j.name, j.path, basename(file, '.json')]) if (typeof k === 'string' && k) pool.set(k, j);
}

const targets: Array<{ name: string; load: () => Promise<unknown> }> = [];
function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}
for (const input of [...inputs, ...extraFolders]) {
  const lintIt = inputs.includes(input);
  if (isUrl(input)) {
    if (lintIt) targets.push({ name: input, load: () => fetchJson(input) });
    continue;
  }
  let files: string[];
  try {
    files = statSync(input).isDirectory() ? readdirSync(input).filter((f) => f.endsWith('.json')).map((f) => join(input, f)) : [input];
  } catch (e) {
    if (!asJson) console.error(`${input}: impossibile leggere (${(e as Error).message})`);
    exit = 2;
    continue;
  }
  for (const file of files) {
    try {
      const json = readJson(file);
      addToPool(file, json);
      if (lintIt) targets.push({ name: file, load: () => Promise.resolve(json) });
    } catch (e) {
      if (lintIt) targets.push({ name: file, load: () => Promise.reject(e) });
    }
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15000) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error('la risposta non è JSON');
  }
}

async function fetchRef(ref: string): Promise<unknown> {
  const local = pool.get(ref);
  if (local) return local;
  const url = subformUrl(server, ref);
  if (!url) throw new Error(server ? 'riferimento non valido' : 'non trovato nelle cartelle (indica --form-server)');
  return fetchJson(url);
}

const REASON: Record<UnresolvedRef['reason'], string> = {
  failed: 'non caricato', invalid: 'non è un modulo Form.io', cycle: 'riferimento circolare', depth: 'troppi livelli', 'too-many': 'troppi moduli',
};
const out: Record<string, (LintReport & { unresolved: Array<{ ref: string; path: string; reason: string; error?: string }> }) | { error: string }> = {};

for (const target of targets) {
  let json: unknown;
  try {
    json = await target.load();
  } catch (e) {
    out[target.name] = { error: (e as Error).message };
    if (!asJson) console.error(`${target.name}: impossibile leggere (${(e as Error).message})`);
    exit = Math.max(exit, 2);
    continue;
  }
  const { subforms, unresolved } = await resolveReferences(json, { fetch: fetchRef });
  const report = lintForm(json, { locale, subforms });
  const unresolvedOut = unresolved.map((u) => ({ ref: u.ref, path: u.path, reason: u.reason, ...(u.error ? { error: (u.error as Error).message ?? String(u.error) } : {}) }));
  out[target.name] = { ...report, unresolved: unresolvedOut };
  if (report.errors || unresolved.length) exit = Math.max(exit, 1);
  if (asJson) continue;
  console.log(`\n${target.name}`);
  for (const i of report.issues) {
    const where = i.type ? `${i.path} (${i.type})` : i.path;
    console.log(`  ${MARK[i.severity]} ${i.severity.padEnd(7)} ${i.code.padEnd(24)} ${where}\n      ${i.message}`);
  }
  if (report.handledBy) console.log(`  → la procedura guidata non propone questo modulo: usa <${report.handledBy}>`);
  if (unresolvedOut.length) {
    console.log('  Riferimenti non risolti:');
    for (const u of unresolvedOut) console.log(`  ✖ ${u.path} → "${u.ref}": ${REASON[u.reason as UnresolvedRef['reason']]}${u.error ? ` (${u.error})` : ''}`);
  }
  const resolvedCount = Object.keys(subforms).length;
  const types = Object.entries(report.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`  ${report.errors} errori, ${report.warnings} avvisi, ${report.issues.length - report.errors - report.warnings} note · ${resolvedCount} moduli annidati risolti, ${unresolvedOut.length} no · componenti: ${types || 'nessuno'}`);
}
if (asJson) console.log(JSON.stringify(out, null, 2));
process.exit(exit);
