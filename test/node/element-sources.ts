// What an element's code reaches and which public tokens it reads: shared by the token and manifest checks.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { TOKENS } from '../../src/styles/token-table.js';
import { ROOT } from './manifest-support.js';

const TABLE = 'src/styles/token-table.ts';
const BY_KEY = new Map<string, string>(TOKENS.map((t) => [t.key, t.name]));
export const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');
const posix = (p: string) => p.split(sep).join('/');

/** The src/ files an element's module reaches, without entering another element's folder. */
export function reach(entry: string): string[] {
  const folder = dirname(entry);
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const cur = queue.shift()!;
    for (const f of ts.preProcessFile(read(cur), true, true).importedFiles) {
      if (!f.fileName.startsWith('.')) continue;
      const to = posix(relative(ROOT, resolve(ROOT, dirname(cur), f.fileName))).replace(/\.js$/, '.ts');
      if (seen.has(to) || (to.startsWith('src/elements/') && !to.startsWith(`${folder}/`))) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return [...seen];
}

/** The public tokens a set of files reads, directly (`var(--sdc-…)`) or through their alias (`var(--_…)`), sorted. */
export function tokensRead(files: string[]): string[] {
  const found = new Set<string>();
  for (const f of files.filter((p) => p !== TABLE)) {
    const source = read(f);
    for (const m of source.matchAll(/var\((--sdc-[a-z0-9-]*[a-z0-9])/g)) found.add(m[1]!);
    for (const m of source.matchAll(/var\(--_(?:sdc-)?([a-z0-9-]+)/g)) { const n = BY_KEY.get(m[1]!); if (n) found.add(n); }
  }
  return [...found].sort();
}
