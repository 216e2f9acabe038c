/**
 * The light-DOM elements (service list, card, feedback, login) on a page WITHOUT Bootstrap Italia, with
 * careless global CSS: they must still look finished and must not restyle the page. `?id=<identifier>`.
 */
import { startBackend } from '../backend.js';

const id = new URLSearchParams(location.search).get('id');
if (id) document.querySelector('sdc-service-card[data-from-url]')?.setAttribute('service-id', id);
await startBackend({ persist: false });
await Promise.all([
  import('../../src/elements/sdc-service-list/define.js'),
  import('../../src/elements/sdc-service-card/define.js'),
  import('../../src/elements/sdc-login/define.js'),
]);
