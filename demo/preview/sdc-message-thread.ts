/**
 * Preview of <sdc-message-thread> in every state, on the demo site's chrome, with the embedded mock
 * logged in as Giulia Bianchi. `?stato=long|unread|attachments|actions|closed|empty|sending|failed`.
 */
import 'bootstrap-italia/dist/css/bootstrap-italia.min.css';
import '../fonts.css';
import '../demo.css';
import { http, HttpResponse, delay } from 'msw';
import { worker } from '../../mocks/browser.js';
import { startBackend } from '../backend.js';
import { seedMessageThread, type ThreadKind } from '../../mocks/fixtures/message-thread.js';

const STATES: Record<string, string> = {
  long: 'Conversazione lunga',
  unread: 'Messaggi non letti',
  attachments: 'Con allegati',
  actions: 'Con azioni richieste',
  closed: 'Pratica chiusa',
  empty: 'Nessun messaggio',
  sending: 'Invio in corso',
  failed: 'Invio non riuscito',
};

const stato = new URLSearchParams(location.search).get('stato') ?? 'unread';
document.getElementById('states')!.innerHTML = Object.entries(STATES)
  .map(([k, label]) => `<li><a href="?stato=${k}"${k === stato ? ' aria-current="page"' : ''}>${label}</a></li>`)
  .join('');

// In memory, not the demo's saved tenant: the preview must not overwrite what a visitor did elsewhere.
await startBackend({ persist: false, reset: true });
const kind: ThreadKind = stato === 'sending' || stato === 'failed' ? 'long' : (stato as ThreadKind);
const id = seedMessageThread(kind in { long: 1, unread: 1, attachments: 1, actions: 1, closed: 1, empty: 1 } ? kind : 'unread');

if (stato === 'sending') worker.use(http.post('*/api/applications/:id/messages', async () => { await delay('infinite'); return HttpResponse.json({}); }));
if (stato === 'failed') worker.use(http.post('*/api/applications/:id/messages', () => HttpResponse.error()));

await import('../../src/elements/sdc-provider/define.js');
await import('../../src/elements/sdc-message-thread/define.js');
const thread = document.getElementById('thread')!;
thread.setAttribute('pratica-id', id);

if (stato === 'sending' || stato === 'failed') {
  // Write and send a message, as the citizen would.
  const root = thread.shadowRoot!;
  const until = async (sel: string) => { while (!root.querySelector(sel)) await new Promise((r) => setTimeout(r, 50)); return root.querySelector(sel)!; };
  const ta = (await until('#sdc-compose-text')) as HTMLTextAreaElement;
  ta.value = 'Buongiorno, allego la ricevuta del bonifico del canone.\nCordiali saluti, Giulia Bianchi';
  ta.dispatchEvent(new Event('input'));
  const input = root.querySelector('#sdc-compose-file') as HTMLInputElement;
  const dt = new DataTransfer();
  dt.items.add(new File([new Uint8Array(84_000)], 'Ricevuta bonifico canone.pdf', { type: 'application/pdf' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change'));
  await (thread as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  (root.querySelector('.composer__send') as HTMLButtonElement).click();
}
