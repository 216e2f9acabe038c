/**
 * Date helpers. The wire format is ISO 8601 with the tenant's offset (Europe/Rome), e.g.
 * `2022-04-28T11:15:30+02:00` (opencity-api.md §1), and fixtures are dated relative to "now" so
 * the demo never looks stale and the calendars never run out of slots.
 */
const DAY = 86_400_000;

const romeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function parts(ms: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of romeParts.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

// Offsets change only on the hour (DST): memoised per UTC hour, formatToParts is slow.
const offsetCache = new Map<number, number>();

/** Offset of Europe/Rome at `ms`, in minutes (60 or 120). */
export function romeOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let off = offsetCache.get(hour);
  if (off === undefined) {
    const at = hour * 3_600_000;
    const p = parts(at);
    off = Math.round((Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at) / 60_000);
    offsetCache.set(hour, off);
  }
  return off;
}

const pad = (n: number, l = 2) => String(n).padStart(l, '0');

/** `2022-04-28T11:15:30+02:00` */
export function iso(ms: number): string {
  const off = romeOffsetMinutes(ms);
  const d = new Date(Math.floor(ms / 1000) * 1000 + off * 60_000);
  const p = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
  const sign = off >= 0 ? '+' : '-';
  const a = Math.abs(off);
  return `${p.year}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}:${pad(p.second!)}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** `YYYY-MM-DD` of `ms` in Rome. */
export function isoDate(ms: number): string {
  const d = new Date(ms + romeOffsetMinutes(ms) * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Instant of a Rome wall-clock time. */
export function romeTime(date: string, time = '00:00'): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const guess = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  return guess - romeOffsetMinutes(guess) * 60_000;
}

/** `n` days before now at `hh:mm` Rome time (negative n = in the future). */
export function daysAgo(n: number, time = '10:00'): number {
  return romeTime(isoDate(Date.now() - n * DAY), time);
}

export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = Date.UTC(y!, m! - 1, d! + n);
  const dt = new Date(t);
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of a `YYYY-MM-DD`. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function unix(ms: number): number {
  return Math.floor(ms / 1000);
}

/** `dd/mm/yyyy` (the Form.io `natoAIl` mask) → ISO 8601 at Rome midnight. */
export function italianDateToIso(value: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) return null;
  return iso(romeTime(`${m[3]}-${m[2]}-${m[1]}`));
}

export function uuid(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Non-secure contexts (http on a LAN address) lack randomUUID.
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
