// "Componi il widget": the embed builder, starting from the backend the demo uses (the mock, or `?backend=`).
import { backendUrl, startBackend } from './backend.js';
import './builder/embed-builder.js';

const defines = import.meta.glob('../src/elements/*/define.ts');
const builder = document.querySelector('demo-embed-builder');
if (builder) {
  builder.defaultBaseUrl = backendUrl();
  // The preview fetches through the mock worker: wait for it (main.ts starts it; this is the same promise).
  builder.loadElement = async (tag) => {
    await startBackend();
    await Promise.all([defines[`../src/elements/${tag}/define.ts`]?.(), defines['../src/elements/sdc-provider/define.ts']?.()]);
  };
}
