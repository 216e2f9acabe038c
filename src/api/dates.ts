/** `YYYY-MM-DD` of a Date in local time (the citizen and the ente share the Italian calendar). */
export function ymd(d: Date | string): string {
  if (typeof d === 'string') return d.slice(0, 10);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// Slot times are Rome wall-clock times: send them with Rome's offset, not the device's.
export { romeIso as localIso } from '../domain/rome-time.js';
