/**
 * Lints Form.io definitions for ente editors (form-engines.md §5.5).
 *   npm run lint-form -- path/to/form.json [more.json…] [--json] [--en]
 * Prints the findings per component; exits 1 when a form has errors, 2 when a file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { lintForm } from '../src/forms/lint.js';
import type { LintReport } from '../src/forms/types.js';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const asJson = args.includes('--json');
const locale = args.includes('--en') ? 'en' : 'it';

if (!files.length || args.includes('--help')) {
  console.log('Uso: npm run lint-form -- modulo.json [altro.json…] [--json] [--en]');
  process.exit(files.length ? 0 : 2);
}

const MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
let exit = 0;
const out: Record<string, LintReport | { error: string }> = {};

for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    out[file] = { error: (e as Error).message };
    if (!asJson) console.error(`${file}: impossibile leggere il file (${(e as Error).message})`);
    exit = Math.max(exit, 2);
    continue;
  }
  const report = lintForm(text, { locale });
  out[file] = report;
  if (report.errors) exit = Math.max(exit, 1);
  if (asJson) continue;
  console.log(`\n${file}`);
  for (const i of report.issues) {
    const where = i.type ? `${i.path} (${i.type})` : i.path;
    console.log(`  ${MARK[i.severity]} ${i.severity.padEnd(7)} ${i.code.padEnd(24)} ${where}\n      ${i.message}`);
  }
  const types = Object.entries(report.types).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  console.log(`  ${report.errors} errori, ${report.warnings} avvisi, ${report.issues.length - report.errors - report.warnings} note · componenti: ${types || 'nessuno'}`);
}
if (asJson) console.log(JSON.stringify(out, null, 2));
process.exit(exit);
