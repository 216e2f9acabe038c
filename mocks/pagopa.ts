/**
 * pagoPA notice codes and QR payloads for the mock payments (pa-domain.md §1.1–§1.3).
 */

/** Check digits of an aux-3 notice: the first 16 digits mod 93, 2 digits (pa-domain.md §1.2). */
export function checkDigits(first16: string): string {
  return String(BigInt(first16) % 93n).padStart(2, '0');
}

/** An 18-digit notice code `3` + segregation `01` + 13-digit IUV base + check digits. */
export function noticeCode(iuvBase: number | string, segregation = '01'): string {
  const first16 = `3${segregation}${String(iuvBase).padStart(13, '0')}`;
  return first16 + checkDigits(first16);
}

/** IUV = the notice code without the aux digit (17 digits for aux 3). */
export function iuvOf(notice: string): string {
  return notice.slice(1);
}

export function isValidNotice(notice: string): boolean {
  return /^3\d{17}$/.test(notice) && checkDigits(notice.slice(0, 16)) === notice.slice(16);
}

/** `PAGOPA|002|<notice>|<CF ente>|<cents>` (pa-domain.md §1.3). */
export function qrPayload(notice: string, enteCf: string, amountEuro: number): string {
  return `PAGOPA|002|${notice}|${enteCf}|${Math.round(amountEuro * 100)}`;
}

/** `3010 0000 0000 0001 44` */
export function formatNotice(notice: string): string {
  return notice.replace(/(\d{4})(?=\d)/g, '$1 ');
}
