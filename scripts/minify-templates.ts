/**
 * Build plugin (issue 15): minifies the static text of `css` and `html` tagged templates in the kit's
 * sources, where the indentation of 60+ KB of CSS and of every template otherwise ships to the
 * browser. Conservative, and line-preserving so that sourcemaps stay usable without remapping:
 *
 * - css: comments dropped, indentation dropped (newlines kept), spaces around `{ } ; , :` dropped,
 *   quoted strings untouched;
 * - html: indentation dropped (a run of whitespace with a newline becomes its newlines only, which
 *   renders exactly like the run did); templates with `<pre` or `<textarea` are left alone.
 *
 * No eval, no parser dependency: a small lexer finds template literals (skipping strings, comments,
 * regular expressions and `${…}` expressions, nested templates included).
 */
import type { Plugin } from 'vite';

interface Segment { tag: string; start: number; end: number; whole: string }

/** Static text segments of every tagged template literal in `code`, with the tag before the backtick. */
export function templateSegments(code: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;

  const skipString = (q: string): void => {
    i++;
    while (i < code.length && code[i] !== q) {
      if (code[i] === '\\') i++;
      else if (code[i] === '\n') return; // unterminated: give up on this string
      i++;
    }
    i++;
  };
  const skipRegex = (): void => {
    i++;
    let inClass = false;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '\n') return;
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) { i++; return; }
      i++;
    }
  };
  const prevSignificant = (): string => {
    let j = i - 1;
    while (j >= 0 && /\s/.test(code[j])) j--;
    return j >= 0 ? code[j] : '';
  };

  /** From just after an opening backtick to just after the closing one. */
  const template = (tag: string): void => {
    const groupStart = out.length;
    let segStart = i;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') {
        out.push({ tag, start: segStart, end: i, whole: '' });
        i++;
        break;
      }
      if (c === '$' && code[i + 1] === '{') {
        out.push({ tag, start: segStart, end: i, whole: '' });
        i += 2;
        codeUntilBrace();
        segStart = i;
        continue;
      }
      i++;
    }
    // Every segment of one template knows the template's whole static text (for the <pre> check).
    const whole = out.slice(groupStart).filter((s) => s.tag === tag).map((s) => code.slice(s.start, s.end)).join('');
    for (let k = groupStart; k < out.length; k++) if (out[k].tag === tag && out[k].whole === '') out[k].whole = whole;
  };

  /** Code, until the `}` that closes the current `${` (or the end of the file at top level). */
  const codeUntilBrace = (): void => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '"' || c === "'") { skipString(c); continue; }
      if (c === '/' && code[i + 1] === '/') { while (i < code.length && code[i] !== '\n') i++; continue; }
      if (c === '/' && code[i + 1] === '*') { const e = code.indexOf('*/', i + 2); i = e < 0 ? code.length : e + 2; continue; }
      if (c === '/' && (prevSignificant() === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prevSignificant()) || /\b(return|typeof|case|in|of|void)\s*$/.test(code.slice(Math.max(0, i - 8), i)))) { skipRegex(); continue; }
      if (c === '`') {
        const tag = /([A-Za-z_$][\w$]*)\s*$/.exec(code.slice(Math.max(0, i - 40), i))?.[1] ?? '';
        i++;
        template(tag);
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        if (depth === 0) { i++; return; }
        depth--;
      }
      i++;
    }
  };

  codeUntilBrace();
  return out;
}

/** Keeps the newlines of a whitespace run (so lines do not move), drops the rest. */
const newlinesOf = (ws: string): string => (ws.includes('\n') ? '\n'.repeat(ws.split('\n').length - 1) : ' ');

export function minifyCss(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      const comment = text.slice(i, e < 0 ? text.length : e + 2);
      out += '\n'.repeat(comment.split('\n').length - 1);
      i = e < 0 ? text.length : e + 2;
      continue;
    }
    if (/\s/.test(c)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      const ws = text.slice(i, j);
      // No space next to punctuation that never needs it (newlines stay, for the line count).
      const bare = '{};,:'.includes(out.at(-1) ?? '') || '{};,'.includes(text[j] ?? '');
      out += ws.includes('\n') || !bare ? newlinesOf(ws) : '';
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

export function minifyHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, (ws) => newlinesOf(ws));
}

/** Rewrites the static parts of `css`/`html` templates; returns undefined when nothing changed. */
export function minifyTemplates(code: string): string | undefined {
  const segments = templateSegments(code).filter((s) => s.tag === 'css' || (s.tag === 'html' && !/<(pre|textarea)\b/i.test(s.whole)));
  if (!segments.length) return undefined;
  let out = '';
  let last = 0;
  for (const s of segments.sort((a, b) => a.start - b.start)) {
    if (s.start < last) continue;
    const text = code.slice(s.start, s.end);
    out += code.slice(last, s.start) + (s.tag === 'css' ? minifyCss(text) : minifyHtml(text));
    last = s.end;
  }
  out += code.slice(last);
  return out === code ? undefined : out;
}

export function minifyTemplatesPlugin(): Plugin {
  return {
    name: 'sdc-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id.replace(/\?.*$/, ''))) return null;
      const out = minifyTemplates(code);
      // Lines are preserved: the sourcemap of the next step stays right line by line.
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
