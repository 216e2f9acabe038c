/**
 * Mock pagoPA checkout, reached from `links.online_payment_begin.url`. "Paga" / "Annulla" /
 * "Simula errore" update the payment and its pratica in the tenant (settlePayment), then go back
 * to `return-url`, else the page that opened the checkout, else the tenant landing URL.
 */
import { mutate } from '../db.js';
import { settlePayment, PAYABLE } from '../payment-model.js';
import { ENTE } from '../fixtures/tenant.js';
import { formatNotice } from '../pagopa.js';
import { date, euro, h, header, mount, openTenant, safeReturnUrl, tenantBase } from './common.js';

const s = openTenant();
const base = tenantBase('/payment-proxy/');
const id = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const pay = s.payments.find((p) => p.id === id);
const key = `sdc-mock-checkout-return:${id}`;
if (!sessionStorage.getItem(key) && document.referrer) sessionStorage.setItem(key, document.referrer);
const landing = pay ? `${location.origin}${base}/it/pratiche/${pay.remote_id}/detail` : `${location.origin}/`;
const back = safeReturnUrl(new URLSearchParams(location.search).get('return-url') ?? sessionStorage.getItem(key), landing);

document.body.prepend(header('pagoPA', 'Pagamento simulato', 'pagopa'));

function finish(outcome: 'paid' | 'cancelled' | 'failed') {
  mutate((st) => settlePayment(st, id, outcome));
  sessionStorage.removeItem(key);
  const text = outcome === 'paid' ? 'Pagamento completato. Stai tornando al sito del Comune…' : outcome === 'failed' ? 'Il pagamento non è riuscito. Stai tornando al sito del Comune…' : 'Pagamento annullato. Stai tornando al sito del Comune…';
  mount(h('main', {}, h('div', { class: `notice ${outcome === 'paid' ? 'success' : outcome === 'failed' ? 'error' : ''}`, role: 'status' }, text)));
  location.replace(back);
}

if (!pay) {
  mount(h('main', {}, h('h1', {}, 'Pagamento non trovato'), h('div', { class: 'notice error', role: 'alert' }, 'Il link di pagamento non è valido o è scaduto.'), h('p', {}, h('a', { href: back }, 'Torna al sito del Comune'))));
} else if (!PAYABLE.includes(pay.status)) {
  const why = pay.status === 'COMPLETE' ? 'Questo avviso è già stato pagato.' : pay.status === 'EXPIRED' ? 'Questo avviso è scaduto e non può più essere pagato.' : 'Questo avviso non può essere pagato.';
  mount(h('main', {}, h('h1', {}, 'Pagamento non disponibile'), h('div', { class: 'notice', role: 'alert' }, why), h('p', {}, h('a', { href: back }, 'Torna al sito del Comune'))));
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
