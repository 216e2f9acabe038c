import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import manifest from '../custom-elements.json';
import { startMockBackend, resetTenant, worker } from '../mocks/browser.js';
import '../src/index.js';

setCustomElementsManifest(manifest); // controls and docs from the custom elements manifest

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' }, // an axe violation fails the story
    layout: 'padded',
    options: { storySort: { order: ['Introduzione', 'Elementi', '*'] } },
  },
  // The same stateful mock tenant as the demo and the tests, clean for every story.
  loaders: [
    mswLoader(async () => {
      await startMockBackend({ reset: true, persist: false });
      return worker;
    }),
  ],
  beforeEach() {
    resetTenant();
  },
};
export default preview;
