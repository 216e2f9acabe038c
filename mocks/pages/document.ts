/**
 * Navigations to the avviso (`/payment-proxy/notice/{id}`) and receipt (`/receipt/{id}`) links:
 * the PDF is generated in the page from the persisted tenant (same builder msw uses for fetches),
 * shown, and offered for download with its file name.
 */
import { mutate } from '../db.js';
import { noticeFor, receiptFor } from '../handlers/payments.js';
import { h, header, mount, openTenant } from './common.js';

const s = openTenant();
const parts = location.pathname.split('/');
const id = decodeURIComponent(parts.pop() ?? '');
const kind = parts.pop() === 'receipt' ? 'receipt' : 'notice';
const pay = s.payments.find((p) => p.id === id);
document.body.prepend(header('Comune di Esempio', kind === 'notice' ? 'Avviso di pagamento pagoPA' : 'Ricevuta di pagamento'));

const available = pay && (kind === 'notice' ? Boolean(pay.payment.notice_code) : pay.status === 'COMPLETE');
if (!pay || !available) {
  mount(h('main', {}, h('h1', {}, 'Documento non disponibile'), h('div', { class: 'notice error', role: 'alert' }, kind === 'notice' ? 'L’avviso richiesto non esiste.' : 'La ricevuta sarà disponibile dopo il pagamento.')));
} else {
  mutate(() => { pay.links_opened[kind === 'notice' ? 'offline_payment' : 'receipt'] = Date.now(); });
  const bytes = kind === 'notice' ? noticeFor(s, pay) : receiptFor(s, pay);
  const url = URL.createObjectURL(new Blob([bytes as unknown as BlobPart], { type: 'application/pdf' }));
  const name = kind === 'notice' ? `avviso-pagopa-${pay.payment.notice_code}.pdf` : `ricevuta-pagopa-${pay.payment.iuv ?? pay.id}.pdf`;
  const title = kind === 'notice' ? 'Avviso di pagamento' : 'Ricevuta di pagamento';
  mount(h('main', {},
    h('h1', {}, title),
    h('p', {}, pay.reason),
    h('p', {}, h('a', { class: 'button', href: url, download: name }, `Scarica il PDF (${Math.round(bytes.length / 1024)} kB)`)),
    h('iframe', { class: 'pdf', src: url, title }),
  ));
}
