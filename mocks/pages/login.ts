/**
 * Mock SPID/CIE login (`{base}/login?return-url=…`): choose a test citizen, then back to
 * `return-url` logged in; `GET {base}/api/session-auth` then answers with their JWT.
 */
import { loginAs } from '../db.js';
import { CITIZEN, CITIZEN_PERSONAS, type CitizenAlias } from '../fixtures/citizens.js';
import { h, header, mount, openTenant, safeReturnUrl, tenantBase } from './common.js';

const IDP: Record<string, string> = { posteid: 'SPID – Poste Italiane (PosteID)', arubaid: 'SPID – Aruba PEC (ArubaID)', cie: 'Carta d’Identità Elettronica (CIE)' };

const state = openTenant();
const params = new URLSearchParams(location.search);
const base = tenantBase('/login');
const back = safeReturnUrl(params.get('return-url'), `${location.origin}/`);

function person(alias: CitizenAlias) {
  const u = state.users.find((x) => x.id === CITIZEN[alias])!;
  return h('li', {},
    h('button', {
      type: 'button', class: 'person',
      onclick: () => {
        loginAs(alias);
        location.replace(back);
      },
    },
    h('span', { class: 'name' }, `Entra come ${u.nome} ${u.cognome}`),
    h('span', { class: 'meta' }, `${IDP[u.idp ?? ''] ?? 'SPID'} · ${u.codice_fiscale}`),
    h('span', { class: 'persona' }, CITIZEN_PERSONAS[alias])));
}

const aliases = Object.keys(CITIZEN) as CitizenAlias[];
const spid = aliases.filter((a) => state.users.find((u) => u.id === CITIZEN[a])?.authentication_method === 'spid');
const cie = aliases.filter((a) => state.users.find((u) => u.id === CITIZEN[a])?.authentication_method === 'cie');
const current = state.users.find((u) => u.id === state.session.userId);

document.body.prepend(header('Comune di Esempio', 'Area personale'));
mount(h('main', {},
  h('h1', {}, 'Accedi all’area personale'),
  h('p', { class: 'lead' }, 'Scegli con quale identità digitale accedere. È un accesso simulato del backend dimostrativo: nessun dato viene inviato a un gestore di identità.'),
  current ? h('div', { class: 'notice', role: 'status' }, `Hai già effettuato l’accesso come ${current.nome} ${current.cognome}. Scegliendo un’altra persona cambierai utente.`) : null,
  h('section', { class: 'card', 'aria-labelledby': 'spid-title' },
    h('h2', { id: 'spid-title' }, 'Entra con SPID'),
    h('p', {}, 'SPID è il Sistema Pubblico di Identità Digitale. Scegli la persona di prova:'),
    h('ul', { class: 'people' }, ...spid.map(person))),
  h('section', { class: 'card', 'aria-labelledby': 'cie-title' },
    h('h2', { id: 'cie-title' }, 'Entra con CIE'),
    h('p', {}, 'Accedi con la Carta d’Identità Elettronica. Scegli la persona di prova:'),
    h('ul', { class: 'people' }, ...cie.map(person))),
  h('p', {}, h('a', { href: back }, 'Annulla e torna al sito')),
  h('p', {}, h('a', { href: `${base}/mock` }, 'Gestisci il backend dimostrativo')),
));
document.querySelector<HTMLButtonElement>('button.person')?.focus();
