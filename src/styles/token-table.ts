/**
 * THE design token table: every `--sdc-*` custom property the kit reads, its default and (a comment) what it is for.
 * Shadow roots get each one as `--_<key>` (`tokens` in tokens.ts), the light-DOM elements as
 * `--_sdc-<key>` (`lightKitStyles` in ui/light-kit.ts): one table, so the two can no longer diverge.
 * Each falls back to the page's Bootstrap Italia variable where there is one (an ente theme colours the
 * kit), then to the Designers Italia default. README "Theming" lists the same rows and every element
 * names the ones it reads with `@cssprop`; `test/node/tokens.test.ts` keeps the three in step.
 * Plain data, no Lit: Node tests and docs read it.
 */
export interface Token {
  /** The public property an ente sets. */
  readonly name: `--sdc-${string}`;
  /** The private alias inside the kit: `--_<key>` in shadow roots, `--_sdc-<key>` in the light DOM. */
  readonly key: string;
  /** The value when the page sets nothing: a Bootstrap Italia variable first where one exists. */
  readonly fallback: string;
}

// What each token colours or sizes is a comment, not data: README "Theming" and `@cssprop` say it to
// people, and this table ships in the chunk every page loads (issue 15).

export const TOKENS: readonly Token[] = [
  { name: '--sdc-color-primary', key: 'primary', fallback: 'var(--bs-primary, #0066cc)' }, // Buttons, links, the current step and selection
  { name: '--sdc-color-primary-dark', key: 'primary-dark', fallback: 'var(--bs-primary-dark, #004d99)' }, // Hover and pressed states, text of information tags
  { name: '--sdc-color-primary-soft', key: 'primary-soft', fallback: '#e5f0fa' }, // Selected and information backgrounds
  { name: '--sdc-color-text', key: 'text', fallback: 'var(--bs-body-color, #1a1a1a)' }, // Text
  { name: '--sdc-color-muted', key: 'muted', fallback: '#5d7083' }, // Hints, secondary text, field borders
  { name: '--sdc-color-border', key: 'border', fallback: '#c5c7c9' }, // Card and row borders
  { name: '--sdc-color-surface', key: 'surface', fallback: '#ffffff' }, // Card and field backgrounds
  { name: '--sdc-color-surface-alt', key: 'surface-alt', fallback: '#f2f7fc' }, // Panels, filter bars, states
  { name: '--sdc-color-success', key: 'success', fallback: 'var(--bs-success, #008055)' }, // Success accents (borders, icons)
  { name: '--sdc-color-success-soft', key: 'success-soft', fallback: '#e6f2ee' }, // Success backgrounds
  { name: '--sdc-color-success-text', key: 'success-text', fallback: '#00603f' }, // Text on success backgrounds (tags, alerts)
  { name: '--sdc-color-danger', key: 'danger', fallback: 'var(--bs-danger, #cc334d)' }, // Errors: borders, icons, invalid fields
  { name: '--sdc-color-danger-soft', key: 'danger-soft', fallback: '#faebee' }, // Error backgrounds
  { name: '--sdc-color-danger-text', key: 'danger-text', fallback: '#a3263b' }, // Error text (messages, tags)
  { name: '--sdc-color-warning', key: 'warning', fallback: '#995c00' }, // Warning accents
  { name: '--sdc-color-warning-soft', key: 'warning-soft', fallback: '#fff4e0' }, // Warning backgrounds
  { name: '--sdc-color-warning-text', key: 'warning-text', fallback: '#7a4700' }, // Text on warning backgrounds (tags, alerts)
  { name: '--sdc-color-neutral-soft', key: 'neutral-soft', fallback: '#ebeef0' }, // Neutral tags, read-only fields
  { name: '--sdc-color-neutral-text', key: 'neutral-text', fallback: '#3d4955' }, // Text of neutral tags
  { name: '--sdc-font-family', key: 'font', fallback: "var(--bs-font-sans-serif, 'Titillium Web', Geneva, Tahoma, sans-serif)" }, // All text
  { name: '--sdc-font-family-mono', key: 'font-mono', fallback: "'Roboto Mono', ui-monospace, monospace" }, // Codes to copy (notice code, bollo identifier)
  { name: '--sdc-font-size', key: 'font-size', fallback: '1rem' }, // Base text size of shadow-DOM elements
  { name: '--sdc-radius', key: 'radius', fallback: '4px' }, // Corners
  { name: '--sdc-space', key: 'space', fallback: '8px' }, // Spacing unit
  { name: '--sdc-focus-ring', key: 'focus-ring', fallback: '0 0 0 3px #fff, 0 0 0 6px #000' }, // Keyboard focus ring (Comuni template: white gap, black ring)
  { name: '--sdc-shadow', key: 'shadow', fallback: '0 2px 20px rgb(0 0 0 / 10%)' }, // Card shadow
];

/** `--_<key>: var(--sdc-…, fallback);` for every token, with `prefix` before the key. */
export function tokenDeclarations(prefix: string): string {
  return TOKENS.map((t) => `--${prefix}${t.key}: var(${t.name}, ${t.fallback});`).join('\n');
}
