/** A file the citizen chose, as far as selection rules care (a browser `File` fits). */
export interface ChosenFile {
  name: string;
  size: number;
  lastModified: number;
}

export type TooManyFiles = { code: 'too-many' };

/**
 * Adds a new selection to the files already chosen: each file checked, the same file chosen twice kept
 * once, at most `maxFiles`; `problems` say what was left out and why. One rule for the message composer
 * and the integration answer, so a citizen meets the same behaviour in both.
 */
export function addChosenFiles<F extends ChosenFile, P extends { code: string }>(
  current: readonly F[],
  added: readonly F[],
  check: (file: F) => P | undefined,
  maxFiles: number,
): { files: F[]; problems: Array<P | TooManyFiles> } {
  const files = [...current];
  const problems: Array<P | TooManyFiles> = [];
  for (const f of added) {
    const p = check(f);
    if (p) {
      problems.push(p);
      continue;
    }
    if (files.some((x) => x.name === f.name && x.size === f.size && x.lastModified === f.lastModified)) continue;
    if (files.length >= maxFiles) {
      if (!problems.some((x) => x.code === 'too-many')) problems.push({ code: 'too-many' });
      continue;
    }
    files.push(f);
  }
  return { files, problems };
}
