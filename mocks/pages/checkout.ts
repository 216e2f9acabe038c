/**
 * Mock pagoPA checkout, reached from `links.online_payment_begin.url`. "Paga" / "Annulla" /
 * "Simula errore" update the payment and its pratica in the tenant (settlePayment), then go to the
 * payment's landing: the backend's pratica page (`online_payment_landing`, opencity-api.md §4.6 A),
 * as on the platform. No `return-url`, no referrer: OpenCity honours neither, and a kinder mock
 * would hide the journey a real citizen makes.
 */
import { mutate } from '../db.js';
import { checkoutLanding, settlePayment, PAYABLE } from '../payment-model.js';
import { ENTE } from '../fixtures/tenant.js';
import { formatNotice } from '../pagopa.js';
import { date, euro, h, header, mount, openTenant, tenantBase } from './common.js';

const s = openTenant();
const base = tenantBase('/payment-proxy/');
const id = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const pay = s.payments.find((p) => p.id === id);
const back = pay ? checkoutLanding(`${location.origin}${base}`, pay) : `${location.origin}${base}/`;

document.body.prepend(header('pagoPA', 'Pagamento simulato', 'pagopa'));

function finish(outcome: 'paid' | 'cancelled' | 'failed') {
  mutate((st) => settlePayment(st, id, outcome));
  const text = outcome === 'paid' ? 'Pagamento completato. Stai andando alla pagina della pratica…' : outcome === 'failed' ? 'Il pagamento non è riuscito. Stai andando alla pagina della pratica…' : 'Pagamento annullato. Stai andando alla pagina della pratica…';
  mount(h('main', {}, h('div', { class: `notice ${outcome === 'paid' ? 'success' : outcome === 'failed' ? 'error' : ''}`, role: 'status' }, text)));
  location.replace(back);
}

if (!pay) {
  mount(h('main', {}, h('h1', {}, 'Pagamento non trovato'), h('div', { class: 'notice error', role: 'alert' }, 'Il link di pagamento non è valido o è scaduto.'), h('p', {}, h('a', { href: back }, 'Vai alla pagina della pratica'))));
} else if (!PAYABLE.includes(pay.status)) {
  const why = pay.status === 'COMPLETE' ? 'Questo avviso è già stato pagato.' : pay.status === 'EXPIRED' ? 'Questo avviso è scaduto e non può più essere pagato.' : 'Questo avviso non può essere pagato.';
  mount(h('main', {}, h('h1', {}, 'Pagamento non disponibile'), h('div', { class: 'notice', role: 'alert' }, why), h('p', {}, h('a', { href: back }, 'Vai alla pagina della pratica'))));
} else {
  mutate(() => { pay.links_opened.online_payment_begin = Date.now(); });
  mount(h('main', {},
    h('h1', {}, 'Paga l’avviso'),
    h('p', { class: 'lead' }, 'Checkout pagoPA simulato dal backend dimostrativo: nessun addebito reale.'),
    h('section', { class: 'card', 'aria-labelledby': 'sum' },
      h('h2', { id: 'sum' }, 'Riepilogo'),
      h('p', { class: 'amount' }, euro(pay.payment.amount)),
      h('dl', { class: 'summary' },
        h('dt', {}, 'Oggetto del pagamento'), h('dd', {}, pay.reason),
        h('dt', {}, 'Ente creditore'), h('dd', {}, `${ENTE.name} (C.F. ${ENTE.fiscalCode})`),
        h('dt', {}, 'Codice avviso'), h('dd', {}, pay.payment.notice_code ? formatNotice(pay.payment.notice_code) : '—'),
        h('dt', {}, 'Scadenza'), h('dd', {}, date(pay.payment.expire_at)),
      ),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => finish('paid') }, `Paga ${euro(pay.payment.amount)}`),
        h('button', { type: 'button', class: 'secondary', onclick: () => finish('cancelled') }, 'Annulla'),
        h('button', { type: 'button', class: 'danger', onclick: () => finish('failed') }, 'Simula errore'),
      ),
    ),
  ));
  document.querySelector<HTMLButtonElement>('.actions button')?.focus();
}
