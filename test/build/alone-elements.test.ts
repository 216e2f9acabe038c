// Issue 15: an element no page type has (profile, thread, payment panel…) may sit alone on a CMS page;
// it downloads none of the wizard's form engine it never runs (vite.config.ts kitChunks, the CDN
// build's chunk graph and its sourcemaps), while a request page still downloads it first.
import { expect } from '@open-wc/testing';

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[] }

const ENGINE = ['src/forms/model.ts', 'src/forms/compile.ts', 'src/forms/validation.ts', 'src/elements/sdc-pratica-wizard/sdc-pratica-wizard.messages.ts'];
const FIELDS = ['src/ui/fields/text-field.ts', 'src/ui/fields/choice-field.ts', 'src/forms/italian.ts'];

/** The sources (from the sourcemaps) of every file a page with these elements loads first. */
async function sourcesOf(tags: string[]): Promise<Set<string>> {
  const manifest = (await (await fetch('/dist/cdn/.vite/manifest.json')).json()) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (m: ManifestChunk | undefined) => {
    if (!m || files.has(m.file)) return;
    files.add(m.file);
    (m.imports ?? []).forEach((k) => visit(manifest[k]));
  };
  for (const tag of tags) visit(Object.values(manifest).find((m) => m.isEntry && m.file === `elements/${tag}.js`));
  expect(files.size, `no ${tags.join(', ')} entry in dist/cdn (npm test builds it)`).to.be.greaterThan(tags.length);
  const sources = new Set<string>();
  for (const f of files) {
    const res = await fetch(`/dist/cdn/${f}.map`);
    if (res.status === 404) continue; // an entry that only re-exports a shared chunk: no sources of its own
    const map = (await res.json()) as { sources: string[] };
    for (const s of map.sources) sources.add(s.replace(/^(\.\.\/)+/, ''));
  }
  return sources;
}

describe('CDN bundle: elements used alone', () => {
  it('the profile gets the field renderers it shares with the wizard, not the form engine', async () => {
    const profile = await sourcesOf(['sdc-profile']);
    expect(FIELDS.filter((s) => !profile.has(s)), 'missing from the profile').to.deep.equal([]);
    expect(ENGINE.filter((s) => profile.has(s)), 'downloaded by the profile alone').to.deep.equal([]);
  });

  it('the thread, the inbox and the payment panel download no field renderer nor form engine', async () => {
    for (const tag of ['sdc-message-thread', 'sdc-messages-inbox', 'sdc-payment-panel']) {
      const sources = await sourcesOf([tag]);
      expect([...ENGINE, 'src/ui/fields/text-field.ts', 'src/ui/fields/fields.styles.ts'].filter((s) => sources.has(s)), tag).to.deep.equal([]);
    }
  });

  it('a request page still downloads the engine and the fields first', async () => {
    const request = await sourcesOf(['sdc-provider', 'sdc-login', 'sdc-pratica-wizard']);
    expect([...ENGINE, ...FIELDS].filter((s) => !request.has(s))).to.deep.equal([]);
  });
});
