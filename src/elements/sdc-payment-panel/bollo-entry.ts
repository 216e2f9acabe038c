import { checkItalianDate } from '../../forms/italian.js';
import { bolloEmittedAt, checkBolloIdentifier, isFutureEmission, normalizeBolloTime } from '../../domain/bollo.js';
import type { MessageKey } from './sdc-payment-panel.messages.js';
import type { Payment } from '../../domain/payment.js';
import type { Pratica } from '../../domain/pratica.js';

/**
 * The physical marca da bollo the citizen types in (pa-domain.md §2.1, §3.8): 14-digit identifier,
 * emission date and time (OpenCity's Bollo gateway asks for both), and the self-declaration that the
 * stamp is used only once (art. 3 DM 10/11/2011). Pure: the element renders, this decides.
 */
export interface BolloInput {
  identifier: string;
  /** `gg/mm/aaaa` as typed. */
  date: string;
  /** `hh:mm` or `hh:mm:ss` as typed. */
  time: string;
  declared: boolean;
}

export type BolloField = keyof BolloInput;
/** Field order = order of the error summary. */
export const BOLLO_FIELDS: readonly BolloField[] = ['identifier', 'date', 'time', 'declared'];

export interface BolloStampValue {
  identifier: string;
  emittedAt: Date;
  /** `yyyy-mm-dd`, as the Bollo gateway stores it. */
  date: string;
  /** `hh:mm:ss`. */
  time: string;
}

export interface BolloValidation {
  errors: Partial<Record<BolloField, MessageKey>>;
  value?: BolloStampValue;
}

export const EMPTY_BOLLO: BolloInput = { identifier: '', date: '', time: '', declared: false };

export function validateBollo(input: BolloInput, now: Date = new Date()): BolloValidation {
  const errors: BolloValidation['errors'] = {};
  const id = checkBolloIdentifier(input.identifier);
  if (!id.ok) errors.identifier = id.problem === 'required' ? 'errId' : id.problem === 'length' ? 'errIdLength' : 'errIdFormat';

  // The panel asks for the date as printed on the stamp, gg/mm/aaaa.
  const dateText = input.date.trim().replace(/[.-]/g, '/');
  const date = checkItalianDate(dateText);
  if (input.date.trim() === '') errors.date = 'errDate';
  else if (!date.ok) errors.date = date.code === 'date' ? 'errDateReal' : 'errDateFormat';

  const time = normalizeBolloTime(input.time);
  if (input.time.trim() === '') errors.time = 'errTime';
  else if (!time) errors.time = 'errTimeFormat';

  let value: BolloStampValue | undefined;
  if (!errors.date && !errors.time && time) {
    const [dd, mm, yyyy] = date.normalized.split('/');
    const iso = `${yyyy}-${mm}-${dd}`;
    const emittedAt = bolloEmittedAt(iso, time);
    if (!emittedAt) errors.date = 'errDateReal';
    else if (isFutureEmission(emittedAt, now)) errors.date = 'errFuture';
    else if (id.ok) value = { identifier: id.value, emittedAt, date: iso, time };
  }
  if (!input.declared) errors.declared = 'errDeclaration';
  return Object.keys(errors).length ? { errors } : { errors, value };
}

/**
 * The stamp as recorded in the submission `data` (what `saveBolloStamp` writes), for backends that
 * fill `payment_data` only at submission: the citizen still sees it recorded, not the form again.
 */
export function bolloFromData(pratica: Pratica): Payment | undefined {
  const d = pratica.data;
  const id = typeof d.bollo_identifier === 'string' ? d.bollo_identifier.trim() : '';
  if (!id) return undefined;
  const date = typeof d.bollo_data_emissione === 'string' ? d.bollo_data_emissione : '';
  const time = typeof d.bollo_ora_emissione === 'string' ? d.bollo_ora_emissione : '';
  // Italian wall time, as printed on the marca (domain/bollo.ts).
  const at = /^\d{4}-\d{2}-\d{2}/.test(date) ? bolloEmittedAt(date.slice(0, 10), normalizeBolloTime(time) ?? '00:00') : undefined;
  return {
    id: `${pratica.id}-bollo`,
    type: 'bollo',
    status: 'pagato',
    wireStatus: 'paid',
    reason: 'Imposta di bollo',
    amount: 16,
    currency: 'EUR',
    items: [{ kind: 'imposta-di-bollo', amount: 16 }],
    praticaId: pratica.id,
    links: {},
    bollo: { identifier: id, emittedAt: at && !Number.isNaN(at.getTime()) ? at : undefined },
  };
}

/**
 * A pratica's payments as the citizen should see them: the proxy's payments, with the physical stamp
 * of the pratica (`payment_data` §4.6 A, or its `data`) attached to the proxy's STAMP payment if there
 * is one (it carries no identifier), else shown on its own; the legacy `payment_data` payment only
 * when the proxy has none.
 */
export function mergePraticaPayments(payments: Payment[], own: Payment | undefined, pratica: Pratica, bolloAmount?: number): Payment[] {
  const stampOwn = own?.type === 'bollo' ? own : bolloFromData(pratica);
  if (stampOwn) {
    if (bolloAmount !== undefined && own?.type !== 'bollo') {
      stampOwn.amount = bolloAmount;
      stampOwn.items = [{ kind: 'imposta-di-bollo', amount: bolloAmount }];
    }
    const i = payments.findIndex((p) => p.type === 'bollo' && !p.bollo);
    if (i >= 0) return payments.map((p, j) => (j === i ? { ...p, bollo: stampOwn.bollo } : p));
    return [...payments, stampOwn];
  }
  return own && payments.length === 0 ? [own] : payments;
}
