/**
 * The physical marca da bollo (contrassegno telematico) the citizen types in (pa-domain.md §2.1,
 * §3.8): one set of rules for the wizard's bollo step and the payment panel's bollo form.
 * Pure: no Lit, no DOM.
 */
import { romeInstant } from './rome-time.js';

/** `hh:mm` or `hh:mm:ss`, with `:` or `.` (as printed on the stamp or typed on a phone keypad). */
const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?:[:.]([0-5]\d))?$/;

export type BolloIdProblem = 'required' | 'format' | 'length';

/** The 14-digit identifier printed under the barcode; spaces are ignored. */
export function checkBolloIdentifier(text: string): { ok: true; value: string } | { ok: false; problem: BolloIdProblem } {
  const v = text.replace(/\s+/g, '');
  if (!v) return { ok: false, problem: 'required' };
  if (!/^\d+$/.test(v)) return { ok: false, problem: 'format' };
  return v.length === 14 ? { ok: true, value: v } : { ok: false, problem: 'length' };
}

/** `10.35` / `10:35` → `10:35:00` (OpenCity's Bollo gateway stores `bollo_ora_emissione` with seconds); undefined when not a time. */
export function normalizeBolloTime(text: string): string | undefined {
  const m = TIME.exec(text.trim());
  if (!m) return undefined;
  const p2 = (n: string | undefined) => (n ?? '0').padStart(2, '0');
  return `${p2(m[1])}:${p2(m[2])}:${p2(m[3])}`;
}

/**
 * Emission instant from `yyyy-mm-dd` and a time as typed, both as printed on the marca: Italian wall
 * time, whatever the device's zone (rome-time.ts). Undefined when either is not valid.
 */
export function bolloEmittedAt(isoDate: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const t = normalizeBolloTime(time);
  if (!d || !t) return undefined;
  const [h, m, s] = t.split(':').map(Number) as [number, number, number];
  const at = new Date(romeInstant(isoDate, `${h}:${m}`).getTime() + s * 1000);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** A stamp cannot be issued after the request it is applied to (pa-domain.md §2.1). */
export function isFutureEmission(emittedAt: Date, now: Date = new Date()): boolean {
  return emittedAt.getTime() > now.getTime();
}
