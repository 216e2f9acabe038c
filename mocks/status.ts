/**
 * Application status codes, names and allowed transitions, as in OpenCity 2.13
 * (`Pratica::STATUS_*`, `PraticaStatusService::TRANSITIONS_MAPPING`; opencity-api.md §5.1).
 */
export const STATUS = {
  DRAFT: 1000,
  PAYMENT_PENDING: 1500,
  PAYMENT_OUTCOME_PENDING: 1510,
  PAYMENT_SUCCESS: 1520,
  PAYMENT_ERROR: 1530,
  PRE_SUBMIT: 1900,
  SUBMITTED: 2000,
  REGISTERED: 3000,
  PENDING: 4000,
  REQUEST_INTEGRATION: 4100,
  DRAFT_FOR_INTEGRATION: 4200,
  SUBMITTED_AFTER_INTEGRATION: 4300,
  REGISTERED_AFTER_INTEGRATION: 4400,
  PENDING_AFTER_INTEGRATION: 4500,
  PROCESSING: 5000,
  COMPLETE_WAITALLEGATIOPERATORE: 6000,
  COMPLETE: 7000,
  CANCELLED_WAITALLEGATIOPERATORE: 8000,
  CANCELLED: 9000,
  WITHDRAW: 20000,
  REVOKED: 50000,
} as const;

export type StatusCode = (typeof STATUS)[keyof typeof STATUS];

const NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(STATUS).map(([k, v]) => [v, `status_${k.toLowerCase()}`]),
);

/** `status_name` on the wire: the lower-cased constant, e.g. `status_submitted`. */
export function statusName(code: number): string {
  return NAMES[code] ?? 'status_unknown';
}

export function isKnownStatus(code: number): boolean {
  return code in NAMES;
}

export const ALL_STATUS_CODES: number[] = Object.values(STATUS);

/** Italian labels of `translations/messages.it.yml` (pa-domain.md §6.1). */
export const STATUS_LABELS_IT: Record<number, string> = {
  1000: 'Bozza',
  1500: 'In attesa di pagamento',
  1510: "In attesa dell'esito di pagamento",
  1520: 'Pagamento avvenuto con successo',
  1530: 'Pagamento rifiutato',
  1900: 'Inviata',
  2000: 'Acquisita',
  3000: 'Protocollata',
  4000: 'Presa in carico',
  4100: 'Richiesta integrazioni',
  4200: 'In attesa di integrazioni',
  4300: 'Integrazioni concluse',
  4400: 'Integrazioni protocollate',
  4500: 'Presa in carico in seguito a integrazioni',
  5000: 'In elaborazione',
  6000: 'Elaborata (in attesa di protocollazione del documento di esito)',
  7000: 'Accettata',
  8000: 'Rifiutata (in attesa di protocollazione del documento di esito)',
  9000: 'Rifiutata',
  20000: 'Ritirata',
  50000: 'Annullata',
};

/** `links` on an application: actions per status (opencity-api.md §5.1, TRANSITIONS_MAPPING). */
export const TRANSITIONS: Record<number, string[]> = {
  1000: ['submit'],
  2000: ['register', 'assign', 'withdraw'],
  3000: ['assign', 'withdraw'],
  4000: ['request-integration', 'accept', 'reject', 'withdraw'],
  4100: ['register-integration-request'],
  4200: ['accept-integration', 'withdraw'],
  4300: ['register-integration-answer'],
  7000: ['withdraw'],
  9000: ['withdraw'],
};

export const TRANSITION_DESCRIPTIONS: Record<string, string> = {
  submit: 'Submit Application',
  register: 'Register Application',
  assign: 'Assign Application',
  withdraw: 'Withdraw Application',
  'request-integration': 'Request integration',
  accept: 'Accept Application',
  reject: 'Reject Application',
  'register-integration-request': 'Register integration request',
  'accept-integration': 'Accept integration',
  'register-integration-answer': 'Register integration answer',
};

/** Where a citizen may withdraw from (`PraticaStatusService`, opencity-api.md §5.1). */
export const WITHDRAWABLE: number[] = [1900, 2000, 3000, 4000, 4100, 4200, 4400];

export const FINAL_STATES: number[] = [7000, 9000, 20000, 50000];
