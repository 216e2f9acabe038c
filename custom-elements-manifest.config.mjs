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

/**
 * `type UrlSync = 'search' | 'hash' | 'none'` is a name to an editor: attributes typed with such an alias
 * get the union itself in the manifest, so Storybook's controls, the JSX/Vue typings and VS Code list the
 * values (`checkout-target`: `'blank' | 'self'`).
 */
function sdcLiteralAliases() {
  /** alias name → `'a' | 'b'` for every type alias that is a union of string literals. */
  const aliases = new Map();
  return {
    name: 'sdc-literal-aliases',
    collectPhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const parts = node.type.types;
      if (parts.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
        aliases.set(node.name.text, parts.map((t) => `'${t.literal.text}'`).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        const names = type.text.split('|').map((p) => p.trim());
        if (!names.some((n) => aliases.has(n))) return;
        type.text = names.map((n) => aliases.get(n) ?? n).join(' | ');
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const a of decl.attributes ?? []) expand(a.type);
          for (const m of decl.members ?? []) expand(m.type);
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
  plugins: [sdcEventTypes(), sdcLiteralAliases()],
};
