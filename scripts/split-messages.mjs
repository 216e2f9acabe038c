// One-off, mechanical split of `defineMessages({ it: {...}, en: {...} })` catalogues (issue 15):
// Italian stays inline as `const it`, English moves verbatim to `x.messages.en.ts`. The German file is
// written by hand. Idempotent: a file already split (no `en:` block) is left alone.
//
//   node scripts/split-messages.mjs src/elements/sdc-login/sdc-login.messages.ts ...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, join } from 'node:path';
import ts from 'typescript';

const NS = { 'messages.ts': 'forms', 'lint-messages.ts': 'form-lint' };

function namespaceOf(file) {
  const b = basename(file);
  return NS[b] ?? b.replace(/\.messages\.ts$/, '').replace(/\.ts$/, '');
}

/** Removes `n` spaces of indentation from every line but the first. */
const dedent = (text, n) => text.split('\n').map((l, i) => (i === 0 ? l : l.replace(new RegExp(`^ {0,${n}}`), ''))).join('\n');

for (const file of process.argv.slice(2)) {
  const src = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const calls = [];
  const visit = (n) => {
    if (ts.isCallExpression(n) && n.expression.getText(sf) === 'defineMessages' && n.arguments.length === 1 && ts.isObjectLiteralExpression(n.arguments[0])) calls.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  if (calls.length !== 1) { console.log(`${file}: ${calls.length} defineMessages({it, en}) calls, skipped`); continue; }
  const call = calls[0];
  const obj = call.arguments[0];
  const prop = (name) => obj.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(sf) === name);
  const it = prop('it'), en = prop('en');
  if (!it || !en) { console.log(`${file}: no it/en`); continue; }
  const itText = dedent(it.initializer.getText(sf), 2);
  const enText = dedent(en.initializer.getText(sf), 2);
  // The statement holding the call: `export const x = defineMessages(...)`.
  let stmt = call;
  while (stmt.parent && !ts.isSourceFile(stmt.parent)) stmt = stmt.parent;
  const ns = namespaceOf(file);
  const base = basename(file).replace(/\.ts$/, '');
  const i18n = relative(dirname(file), 'src/i18n/messages.js').replace(/^(?!\.)/, './');
  const typeArgs = call.typeArguments ? `<${call.typeArguments.map((t) => t.getText(sf)).join(', ')}>` : '';
  const head = src.slice(0, stmt.getFullStart())
    .replace(/import \{ defineMessages \} from '([^']+)';/, `import { defineMessages, type TranslationOf } from '$1';`);
  const callText = src.slice(stmt.getStart(sf), call.getStart(sf));
  const rest = src.slice(stmt.getEnd());
  const out = `${head}

/** Italian: the default locale and the source of the keys. Translations: ./${base}.en.ts, ./${base}.de.ts. */
const it = ${itText}${typeArgs ? ` satisfies Record${typeArgs.replace(/^<(.*)>$/, '<$1, string>')}` : ''};

/** What \`./${base}.<locale>.ts\` exports: every key of \`it\`, nothing more. */
export type Translation = TranslationOf<typeof it>;

${callText}defineMessages('${ns}', it, {
  en: () => import('./${base}.en.js'),
  de: () => import('./${base}.de.js'),
});${rest.replace(/\s*$/, '')}

declare module '${i18n}' {
  interface SdcMessageCatalogs { '${ns}': typeof it }
}
`;
  writeFileSync(file, out);
  writeFileSync(join(dirname(file), `${base}.en.ts`), `import type { Translation } from './${base}.js';

export default ${enText} satisfies Translation;
`);
  console.log(`${file}: split (${ns})`);
}
