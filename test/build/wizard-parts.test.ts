// Issue 15: what the wizard's first step does not need is not in the files a request page downloads
// first (the CDN build's chunk graph and its sourcemaps), but still in what it can import later.
import { expect } from '@open-wc/testing';

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }

const LATER = [
  'src/elements/sdc-pratica-wizard/payment-step.ts',
  'src/controllers/payment-watch.ts',
  'src/elements/sdc-pratica-wizard/confirmation-step.ts',
  'src/elements/sdc-pratica-wizard/riepilogo-step.ts',
  'src/elements/sdc-pratica-wizard/bollo-step.ts',
  'src/ui/fields/file-field.ts',
  'src/api/upload.ts',
  'src/forms/lint-messages.ts',
  'src/elements/sdc-pratica-wizard/late-steps.messages.ts',
  'src/elements/sdc-pratica-wizard/late-steps.styles.ts',
  'src/elements/sdc-pratica-wizard/payment-step.styles.ts',
  'src/forms/jsonlogic.ts',
  'src/elements/sdc-pratica-wizard/submit-flow.ts',
];

/** The sources (from the sourcemaps) of the files a page with the wizard loads, first or `onDemand` too. */
async function sourcesOfWizard(onDemand: boolean): Promise<Set<string>> {
  const manifest = (await (await fetch('/dist/cdn/.vite/manifest.json')).json()) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (m: ManifestChunk | undefined) => {
    if (!m || files.has(m.file)) return;
    files.add(m.file);
    (m.imports ?? []).forEach((k) => visit(manifest[k]));
    if (onDemand) (m.dynamicImports ?? []).filter((k) => !/\.messages\.[a-z]{2}\.ts$/.test(k)).forEach((k) => visit(manifest[k]));
  };
  visit(Object.values(manifest).find((m) => m.isEntry && m.file === 'elements/sdc-pratica-wizard.js'));
  expect(files.size, 'no wizard entry in dist/cdn (npm test builds it)').to.be.greaterThan(1);
  const sources = new Set<string>();
  for (const f of files) {
    const res = await fetch(`/dist/cdn/${f}.map`);
    if (res.status === 404) continue; // an entry that only re-exports a shared chunk, or rolldown's runtime: no sources of its own
    const map = (await res.json()) as { sources: string[] };
    for (const s of map.sources) sources.add(s.replace(/^(\.\.\/)+/, ''));
  }
  return sources;
}

describe('CDN bundle: the wizard’s later parts', () => {
  it('are not in what a request page downloads first, and are in what it imports later', async () => {
    const first = await sourcesOfWizard(false);
    const later = await sourcesOfWizard(true);
    expect(first.has('src/elements/sdc-pratica-wizard/sdc-pratica-wizard.ts')).to.equal(true);
    expect(LATER.filter((s) => first.has(s)), 'downloaded with the first step').to.deep.equal([]);
    expect(LATER.filter((s) => !later.has(s)), 'missing from the on-demand chunks').to.deep.equal([]);
  });
});
