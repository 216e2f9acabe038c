/**
 * pagoPA notice helpers (pa-domain.md §1.1–§1.3): pure, no Lit, no DOM.
 */
import { formatNoticeCode } from './payment.js';

/** `301000000000000144` → `3010 0000 0000 0001 44` (the 22-character AVVISO.CODICE, pa-domain.md §1.1). */
export function groupNoticeCode(code: string): string {
  return formatNoticeCode(code);
}

/**
 * Euros → integer cents without float drift: `1020.99 * 100` is `102098.99999999999`, so the
 * conversion goes through the decimal string (pa-domain.md §3.7 "integer math only").
 */
export function toCents(amountEuro: number): number | undefined {
  if (!Number.isFinite(amountEuro) || amountEuro < 0) return undefined;
  const [int, frac = ''] = amountEuro.toFixed(2).split('.');
  return Number(int) * 100 + Number(frac.padEnd(2, '0'));
}

/**
 * The QR payload printed on the avviso (pa-domain.md §1.3):
 * `PAGOPA|002|<18-digit notice>|<11-digit ente CF>|<cents>`. Undefined when a part is missing or
 * malformed, so no banking app is ever handed a code it would reject.
 */
export function pagoPaQrPayload(notice: string | undefined, enteCf: string | undefined, amountEuro: number): string | undefined {
  const n = (notice ?? '').replace(/\s/g, '');
  const cf = (enteCf ?? '').replace(/\s/g, '');
  const cents = toCents(amountEuro);
  if (!/^\d{18}$/.test(n) || !/^\d{11}$/.test(cf) || cents === undefined || cents < 1) return undefined;
  return `PAGOPA|002|${n}|${cf}|${cents}`;
}
