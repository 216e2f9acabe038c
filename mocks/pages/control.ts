/** `{base}/mock`: the demo tenant's control page — who is logged in, what is stored, reset. */
import { addMessage, loginAs, logout, resetTenant, STORAGE_KEY, type ApplicationRecord } from '../db.js';
import { advancePratica } from '../handlers/applications-model.js';
import { OPERATOR_ID } from '../fixtures/pratiche.js';
import { STATUS } from '../status.js';
import { CITIZEN, type CitizenAlias } from '../fixtures/citizens.js';
import { STATUS_LABELS_IT } from '../status.js';
import { h, header, mount, openTenant, tenantBase } from './common.js';

const base = tenantBase('/mock');
document.body.prepend(header('Comune di Esempio', 'Backend dimostrativo'));

/** What an operator can do next, so a demo can move pratiche along without a back office. */
const OPERATOR_ACTIONS: Array<{ label: string; to: number; from: number[]; text: string; deferredOnly?: boolean }> = [
  { label: 'Prendi in carico', to: STATUS.PENDING, from: [STATUS.SUBMITTED, STATUS.REGISTERED, STATUS.SUBMITTED_AFTER_INTEGRATION], text: 'La pratica è stata presa in carico dall’ufficio.' },
  { label: 'Richiedi integrazioni', to: STATUS.DRAFT_FOR_INTEGRATION, from: [STATUS.PENDING], text: 'Per proseguire ci serve un documento in più: risponda a questo messaggio allegandolo.' },
  { label: 'Chiedi il pagamento', to: STATUS.PAYMENT_PENDING, from: [STATUS.PENDING], deferredOnly: true, text: 'Abbiamo calcolato l’importo da pagare: trova l’avviso pagoPA nella sezione Pagamenti.' },
  { label: 'Accetta', to: STATUS.COMPLETE, from: [STATUS.PENDING, STATUS.SUBMITTED_AFTER_INTEGRATION], text: 'La pratica è stata accolta.' },
  { label: 'Rifiuta', to: STATUS.CANCELLED, from: [STATUS.PENDING, STATUS.SUBMITTED_AFTER_INTEGRATION], text: 'La pratica non può essere accolta: mancano i requisiti previsti.' },
];

function operatorRow(a: ApplicationRecord, deferred: boolean, serviceName: string) {
  const actions = OPERATOR_ACTIONS.filter((x) => x.from.includes(a.status) && (!x.deferredOnly || deferred));
  return h('tr', {},
    h('th', { scope: 'row' }, serviceName),
    h('td', {}, `${STATUS_LABELS_IT[a.status] ?? a.status} (${a.status})`),
    h('td', {}, actions.length ? null : '—', ...actions.map((x) => h('button', {
      type: 'button', class: 'secondary',
      onclick: () => {
        advancePratica(a.id, x.to, x.text);
        addMessage({ application: a.id, message: `<p>${x.text}</p>`, author: OPERATOR_ID, subject: x.label });
        render(`Pratica “${serviceName}”: ${x.label.toLowerCase()} fatto.`);
      },
    }, x.label, h('span', { class: 'sr-only' }, ` – ${serviceName}`)))));
}

function render(message?: string) {
  const s = openTenant();
  const me = s.users.find((u) => u.id === s.session.userId);
  const rows = (Object.keys(CITIZEN) as CitizenAlias[]).map((alias) => {
    const u = s.users.find((x) => x.id === CITIZEN[alias])!;
    const apps = s.applications.filter((a) => a.user === u.id);
    return h('tr', {},
      h('th', { scope: 'row' }, `${u.nome} ${u.cognome}`),
      h('td', {}, String(apps.length)),
      h('td', {}, String(s.payments.filter((p) => p.user_id === u.id && p.status === 'PAYMENT_PENDING').length)),
      h('td', {}, String(s.meetings.filter((m) => m.user === u.id).length)),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => { loginAs(alias); render(`Ora sei ${u.nome} ${u.cognome}.`); } }, 'Accedi come', h('span', { class: 'sr-only' }, ` ${u.nome} ${u.cognome}`))));
  });
  const byStatus = new Map<number, number>();
  for (const a of s.applications) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
  mount(h('main', {},
    h('h1', {}, 'Backend dimostrativo'),
    h('p', { class: 'lead' }, `I dati del Comune di Esempio sono conservati in questo browser (localStorage, chiave "${STORAGE_KEY}").`),
    message ? h('div', { class: 'notice success', role: 'status' }, message) : null,
    h('section', { class: 'card', 'aria-labelledby': 'who' },
      h('h2', { id: 'who' }, 'Sessione'),
      h('p', {}, me ? `Accesso effettuato come ${me.nome} ${me.cognome} (${me.codice_fiscale}).` : 'Nessun accesso effettuato.'),
      me ? h('button', { type: 'button', class: 'secondary', onclick: () => { logout(); render('Sei uscito.'); } }, 'Esci') : null),
    h('section', { class: 'card', 'aria-labelledby': 'people' },
      h('h2', { id: 'people' }, 'Cittadini di prova'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Nome'), h('th', { scope: 'col' }, 'Pratiche'), h('th', { scope: 'col' }, 'Pagamenti da fare'), h('th', { scope: 'col' }, 'Appuntamenti'), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Azioni')))), h('tbody', {}, ...rows))),
    me ? h('section', { class: 'card', 'aria-labelledby': 'operatore' },
      h('h2', { id: 'operatore' }, `Fai l’operatore: pratiche di ${me.nome} ${me.cognome}`),
      h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Servizio'), h('th', { scope: 'col' }, 'Stato'), h('th', { scope: 'col' }, 'Azioni dell’ufficio'))),
        h('tbody', {}, ...s.applications.filter((a) => a.user === me.id).map((a) => {
          const svc = s.services.find((x) => x.id === a.service_id);
          return operatorRow(a, svc?.payment_required === 2, svc?.name ?? a.service_id);
        })))) : null,
    h('section', { class: 'card', 'aria-labelledby': 'stati' },
      h('h2', { id: 'stati' }, 'Pratiche per stato'),
      h('ul', {}, ...[...byStatus.entries()].sort((a, b) => a[0] - b[0]).map(([code, n]) => h('li', {}, `${STATUS_LABELS_IT[code] ?? code} (${code}): ${n}`)))),
    h('section', { class: 'card', 'aria-labelledby': 'reset' },
      h('h2', { id: 'reset' }, 'Ripristina'),
      h('p', {}, 'Riporta pratiche, messaggi, pagamenti e appuntamenti allo stato iniziale ed esce dall’area personale.'),
      h('button', { type: 'button', class: 'danger', onclick: () => { resetTenant(); render('Dati dimostrativi ripristinati.'); } }, 'Ripristina i dati dimostrativi')),
    h('p', {}, h('a', { href: '/' }, 'Torna al sito'), ' · ', h('a', { href: `${base}/login?return-url=${encodeURIComponent(location.href)}` }, 'Pagina di accesso')),
  ));
}

render();
