// The kit on a CMS page (cms-*.html): the mock backend first, then the whole kit, as a late script tag would.
import { startBackend } from './backend.js';

await startBackend();
await import('../src/index.js');
