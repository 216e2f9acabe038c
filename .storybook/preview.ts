import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { startMockBackend, resetTenant, worker } from '../mocks/browser.js';
import { setClientDefaults } from '../src/controllers/client-scope.js';
// What a Comuni site looks like: Bootstrap Italia and its fonts (Titillium Web, Roboto Mono), so designers
// see the elements as on the ente's page and not in the browser's Times New Roman.
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '../demo/fonts.css';
import '../src/index.js';

setCustomElementsManifest(manifest); // controls and Docs tables (attributes, events, parts, CSS properties)

/** The longest timer a browser keeps (2³¹−1 ms, ~24 days): a longer one fires at once. */
const NEVER_MS = 2_147_483_647;
/** The client's own per-attempt timeout (src/api/http.ts). */
const DEFAULT_TIMEOUT_MS = 15_000;

const preview: Preview = {
  tags: ['autodocs'], // a Docs page per element, its tables from custom-elements.json
  parameters: {
    a11y: { test: 'error' }, // an axe violation fails the story
    layout: 'padded',
    options: { storySort: { order: ['Introduzione', 'Per le redazioni', 'Elementi', 'Telefono', '*'] } },
  },
  // The same stateful mock tenant as the demo and the tests, clean for every story.
  loaders: [
    mswLoader(async () => {
      await startMockBackend({ reset: true, persist: false });
      return worker;
    }),
  ],
  beforeEach({ name, parameters }) {
    resetTenant();
    // A "Caricamento" story answers never (msw `delay('infinite')`): without this the client's own timeout
    // would turn it into the error state after ~16 s, and designers would review the wrong state.
    const forever = (parameters.loadingForever as boolean | undefined) ?? name === 'Caricamento';
    setClientDefaults(document, { timeoutMs: forever ? NEVER_MS : DEFAULT_TIMEOUT_MS });
  },
};
export default preview;
