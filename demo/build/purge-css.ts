/**
 * Build-time only: drops the Bootstrap Italia rules no demo page can use, so the one render-blocking
 * stylesheet is small (Lighthouse: the full 600 kB sheet is most of a phone's first paint).
 *
 * Conservative, like PurgeCSS: the words of every source that can put a class on the page (demo pages
 * and modules, the kit's sources, the mock's pages) are collected; a selector stays when each class
 * it requires is one of those words, or starts with a word ending in "-" (a class built as `btn-${x}`).
 * Selectors using :is(), :where() or :has() stay; classes inside :not() are not required.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AcceptedPlugin, Rule } from 'postcss';

function files(dir: string, exts: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, exts, out);
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

export function usedWords(dirs: string[]): Set<string> {
  const words = new Set<string>();
  for (const dir of dirs) {
    for (const f of files(dir, /\.(ts|html|js)$/)) {
      for (const w of readFileSync(f, 'utf8').match(/[A-Za-z0-9_-]+/g) ?? []) words.add(w);
    }
  }
  return words;
}

export function purgeCss(words: Set<string>): AcceptedPlugin {
  const prefixes = [...words].filter((w) => w.endsWith('-') && w.length > 2);
  const used = (cls: string) => words.has(cls) || prefixes.some((p) => cls.startsWith(p));
  const keepSelector = (sel: string) => {
    if (/:(is|where|has)\(/.test(sel)) return true;
    const required = sel.replace(/:not\([^)]*\)/g, '');
    const classes = required.match(/\.(-?[_a-zA-Z][\w-]*)/g) ?? [];
    return classes.every((c) => used(c.slice(1)));
  };
  return {
    postcssPlugin: 'sdc-demo-purge-css',
    OnceExit(root) {
      root.walkRules((rule: Rule) => {
        const parent = rule.parent;
        if (parent?.type === 'atrule' && /keyframes$/i.test((parent as { name: string }).name)) return;
        const kept = rule.selectors.filter(keepSelector);
        if (kept.length === 0) rule.remove();
        else if (kept.length !== rule.selectors.length) rule.selectors = kept;
      });
      root.walkAtRules((at) => {
        if (at.nodes && at.nodes.length === 0) at.remove();
      });
    },
  };
}
