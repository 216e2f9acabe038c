// The copy style of CONTRIBUTING.md "Copy style", where a machine can check it: typographic
// apostrophes, one vocabulary for statuses (domain/labels.ts only), "Femminile"/"Maschile".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const p = `${dir}/${name}`;
    return statSync(join(ROOT, p)).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
/**
 * The UI catalogues: every messages file however it is split (`x.messages.ts`, `x.messages.it.ts`,
 * `forms/messages.ts`, `lint-messages.ts`, a `messages/` folder), and the domain's labels. Not the
 * catalogue machinery (`i18n/messages.ts`) nor the API module `api/messages.ts`.
 */
const CATALOGUES = walk('src').filter((p) => p !== 'src/i18n/messages.ts' && !p.startsWith('src/api/')
  && (/(^|[/.-])messages([./][\w./-]*)?\.ts$/.test(p) || /\/messages\//.test(p) || p === 'src/domain/labels.ts'));

/** Every string literal of a file (template literals' text included), by TypeScript's scanner. */
function strings(file: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, readFileSync(join(ROOT, file), 'utf8'));
  const out: string[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.StringLiteral || k === ts.SyntaxKind.NoSubstitutionTemplateLiteral) out.push(scanner.getTokenValue());
  }
  return out;
}

test('the catalogues are found, the form engine’s validation messages among them', () => {
  assert.ok(CATALOGUES.length > 10);
  assert.ok(CATALOGUES.includes('src/forms/messages.ts'));
});

test('visible text uses typographic apostrophes (l’ufficio, not l\'ufficio)', () => {
  const bad = CATALOGUES.flatMap((f) => strings(f).filter((s) => /\p{L}'\p{L}/u.test(s)).map((s) => `${f}: ${s.slice(0, 80)}`));
  assert.deepEqual(bad, []);
});

test('sex reads "Femminile" / "Maschile" in the UI', () => {
  const bad = CATALOGUES.flatMap((f) => strings(f).filter((s) => /^(Femmina|Maschio)$/.test(s)).map((s) => `${f}: ${s}`));
  assert.deepEqual(bad, []);
});

test('pratica status names live only in domain/labels.ts (one vocabulary for list, detail, iter, payments)', () => {
  // Distinctive status names (§5.1); a catalogue that needs one calls praticaStatusLabel() instead.
  const NAMES = new Set(['Acquisita', 'Protocollata', 'Presa in carico', 'In lavorazione', 'Integrazioni concluse', 'Integrazioni inviate', 'Richiesta integrazioni', 'In attesa di integrazioni', 'Pagamento rifiutato', 'In creazione', 'In preparazione']);
  const bad = CATALOGUES.filter((f) => !f.startsWith('src/domain/labels.'))
    .flatMap((f) => strings(f).filter((s) => NAMES.has(s)).map((s) => `${f}: ${s}`));
  assert.deepEqual(bad, []);
});
