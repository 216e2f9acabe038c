/**
 * Office times are Italian wall-clock times (an OpenCity slot "09:30" is 09:30 in Rome), whatever
 * the time zone of the citizen's device or of the test browser. These convert between a wall time
 * in Rome and an instant, with the right CET/CEST offset for that day.
 */
export const TENANT_TIME_ZONE = 'Europe/Rome';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TENANT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

export interface WallTime { date: string; time: string; seconds: string }

/** The Rome wall time of an instant: `{date: '2026-03-05', time: '09:30'}`. */
export function romeWallTime(instant: Date): WallTime {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, seconds: p.second ?? '00' };
}

/** Minutes Rome is ahead of UTC at that instant (60 in winter, 120 in summer). */
function romeOffsetMinutes(utcMs: number): number {
  const w = romeWallTime(new Date(utcMs));
  const [y, m, d] = w.date.split('-').map(Number);
  const [hh, mm] = w.time.split(':').map(Number);
  return (Date.UTC(y!, m! - 1, d!, hh!, mm!, Number(w.seconds)) - Math.floor(utcMs / 1000) * 1000) / 60_000;
}

/** `2026-03-05` + `09:30` (Rome) → the instant. */
export function romeInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y!, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // Two passes settle the offset across a DST change.
  let off = romeOffsetMinutes(naive);
  off = romeOffsetMinutes(naive - off * 60_000);
  return new Date(naive - off * 60_000);
}

/** `2026-03-05` + `09:30` → `2026-03-05T09:30:00+01:00` (ISO 8601 with Rome's offset that day). */
export function romeIso(date: string, time: string): string {
  const instant = romeInstant(date, time);
  const off = romeOffsetMinutes(instant.getTime());
  const p = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const [hh, mm] = time.split(':');
  return `${date}T${p(Number(hh))}:${p(Number(mm))}:00${off >= 0 ? '+' : '-'}${p(Math.trunc(off / 60))}:${p(off % 60)}`;
}
