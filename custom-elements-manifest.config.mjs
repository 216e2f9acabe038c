/**
 * Event `detail` types come from the one place each event is declared, the `SdcEventMap`
 * augmentation next to its element (CONTRIBUTING.md "Events"): the class JSDoc only names the event.
 * So the manifest (and the JSX/Vue typings and Storybook built from it) says `CustomEvent<{ meeting: Meeting }>`
 * without a second, drifting copy of the type in JSDoc.
 */
function sdcEventTypes() {
  /** event name → { type, description } from every `interface SdcEventMap { 'sdc-…': … }`. */
  const declared = new Map();
  return {
    name: 'sdc-event-detail-types',
    collectPhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'SdcEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const name = ts.isStringLiteral(member.name) ? member.name.text : member.name.getText();
        const doc = (member.jsDoc ?? []).map((d) => (typeof d.comment === 'string' ? d.comment : '')).join(' ').trim();
        declared.set(name, { type: member.type.getText().replace(/\s+/g, ' '), description: doc });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            const d = declared.get(event.name);
            if (!d) continue;
            event.type = { text: `CustomEvent<${d.type}>` };
            if (!event.description && d.description) event.description = d.description;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/forms/**', 'src/domain/**'],
  outdir: '.',
  litelement: true,
  // package.json's `customElements` stays `custom-elements.json`: the Node tests analyze into a temporary folder.
  packagejson: false,
  plugins: [sdcEventTypes()],
};
