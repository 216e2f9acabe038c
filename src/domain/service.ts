import type { Attachment } from './attachment.js';

/** Service `status` (opencity-api.md §5.2): 0 cancelled, 1 published, 2 suspended, 3 private, 4 scheduled. */
export type ServiceStatus = 'attivo' | 'sospeso' | 'programmato' | 'privato' | 'cancellato';

/** Service `access_level` (§5.2): 0 anonymous, 1000 social, 2000 SPID L1, 3000 SPID L2, 4000 CIE. */
export type AccessLevel = 'anonimo' | 'social' | 'spid-l1' | 'spid-l2' | 'cie';

/** `payment_required` (§4.1): 0 none, 1 immediate (before submission), 2 deferred (asked by the operator later). */
export type PaymentMode = 'none' | 'immediate' | 'deferred';

/**
 * What the citizen can do with a service, beyond a first request. OpenCity has no such field
 * (opencity-api.md §4.2): each action is a separate service inside one service group, and the adapter
 * infers the action from the member's identifier/slug/name (see `actionFromText`).
 */
export type ServiceAction =
  | 'attivazione'
  | 'rinnovo'
  | 'interruzione'
  | 'sospensione'
  | 'modifica'
  | 'voltura'
  | 'subentro';

export const SERVICE_ACTIONS: readonly ServiceAction[] = [
  'attivazione',
  'rinnovo',
  'interruzione',
  'sospensione',
  'modifica',
  'voltura',
  'subentro',
];

/** A link from a service to the service that performs one action on it (a member of the same service group). */
export interface ServiceActionLink {
  action: ServiceAction;
  serviceId: string;
  identifier?: string;
  slug: string;
  name: string;
  /** The member's status: a suspended action is shown but cannot be started. */
  status: ServiceStatus;
}

/** Marca da bollo required by the service (pa-domain.md §2). */
export interface BolloConfig {
  /** Euros, e.g. 16. */
  amount: number;
  /** `richiesta`: a stamp on the request (entered by the citizen or paid digitally); `rilascio`: on the issued document. */
  when: 'richiesta' | 'rilascio';
  /** `fisica`: the citizen types the 14-digit identifier and emission date/time; `digitale`: @e.bollo via pagoPA. */
  mode: 'fisica' | 'digitale';
  reason?: string;
}

/**
 * The Modello Comuni voices of the scheda servizio (pa-domain.md §5.2), as backend HTML strings.
 * They are NOT sanitized here: render them only through `src/ui/sanitize.ts`.
 * Empty string when the backend has nothing.
 */
export interface ServiceTexts {
  /** "Descrizione" (`description`). */
  descrizione: string;
  /** "A chi è rivolto" (`who`). */
  aChiERivolto: string;
  /** "Come fare" (`how_to_do`, else `howto`). */
  comeFare: string;
  /** "Cosa serve" (`what_you_need`). */
  cosaServe: string;
  /** "Cosa si ottiene" (`what_you_get`). */
  cosaSiOttiene: string;
  /** "Tempi e scadenze" (`times_and_deadlines`). */
  tempiEScadenze: string;
  /** "Quanto costa" (`costs`). */
  costi: string;
  /** "Condizioni di servizio" (`conditions`, else `constraints`). */
  condizioni: string;
  /** "Contatti" / unità organizzativa. OpenCity has no dedicated field: `more_info` is used. */
  contatti: string;
  /** "Casi particolari" (`special_cases`). */
  casiParticolari: string;
  /** "Ulteriori informazioni" (`more_info`). */
  ulterioriInformazioni: string;
  /** Text shown before the form (`compilation_info`). */
  informazioniCompilazione: string;
  /** Text shown after submission (`final_indications`). */
  indicazioniFinali: string;
}

/** A category (argomento) of services: `/api/categories`. */
export interface Topic {
  id: string;
  name: string;
  slug: string;
  description?: string;
  parentId?: string;
}

/** Counts for filter UIs: `/api/services/facets`. */
export interface ServiceFacet {
  id: string;
  name: string;
  count: number;
}
export interface ServiceFacets {
  topics: ServiceFacet[];
  recipients: ServiceFacet[];
  geographicAreas: ServiceFacet[];
}

export interface ServiceGroup {
  id: string;
  name: string;
  slug: string;
  description: string;
  shortDescription: string;
  servicesCount?: number;
}

export interface Service {
  id: string;
  /** Public identifier, e.g. `bookings`; `/api/services/{identifier}` works too. */
  identifier?: string;
  slug: string;
  name: string;
  /** Plain text or light HTML (`short_description`). */
  shortDescription: string;
  texts: ServiceTexts;
  /** The category: OpenCity gives one (`topics` slug + `topics_id`); kept as a list for future multi-topic backends. */
  topics: Array<{ id?: string; slug: string; name?: string }>;
  recipients: string[];
  geographicAreas: string[];
  status: ServiceStatus;
  statusCode: number;
  /** Why the service is not active, when the backend says (schedule window, suspension note). */
  statusReason?: string;
  scheduledFrom?: Date;
  scheduledTo?: Date;
  accessLevel: AccessLevel;
  accessLevelCode: number;
  /** True unless `access_level` is 0 (anonymous). */
  needsAuth: boolean;
  loginSuggested: boolean;
  paymentMode: PaymentMode;
  /** Fixed amount in euros from `payment_parameters.total_amounts`, when public (often it is not: §4.1). */
  paymentAmount?: number;
  bollo?: BolloConfig;
  /** The Form.io form id when the service is a Form.io service (`flow_steps[].type == "formio"`). */
  formioId?: string;
  /** Form server base (`flow_steps[].parameters.url`), e.g. `https://form.stanzadelcittadino.it/form/`. */
  formServerUrl?: string;
  /** `booking_call_to_action`: link to book an appointment for this service. */
  bookingUrl?: string;
  /** `external_card_url`: the service is delivered elsewhere. */
  externalUrl?: string;
  costsAttachments: Attachment[];
  conditionsAttachments: Attachment[];
  allowWithdraw: boolean;
  allowIntegrationRequest: boolean;
  allowReopening: boolean;
  protocolRequired: boolean;
  /** Days (`max_response_time`). */
  maxResponseDays?: number;
  serviceGroupId?: string;
  serviceGroupSlug?: string;
  /** The action this service itself performs inside its group (e.g. this is the "rinnovo" of mensa). */
  action?: ServiceAction;
  /** Related actions (other members of the same service group). Filled by `getService(…, { actions: true })`. */
  actions: ServiceActionLink[];
  /** Offices in charge (`user_group_ids`): the "Contatti". Always set by the adapter (optional for hand-built objects). */
  officeIds?: string[];
  /** The offices themselves, filled by `getService(…, { offices: true })`. */
  offices?: Office[];
  sticky: boolean;
  createdAt?: Date;
  updatedAt?: Date;
}

export function serviceStatusFromCode(code: number): ServiceStatus {
  switch (code) {
    case 1: return 'attivo';
    case 2: return 'sospeso';
    case 3: return 'privato';
    case 4: return 'programmato';
    default: return 'cancellato';
  }
}

export function accessLevelFromCode(code: number): AccessLevel {
  if (code >= 4000) return 'cie';
  if (code >= 3000) return 'spid-l2';
  if (code >= 2000) return 'spid-l1';
  if (code >= 1000) return 'social';
  return 'anonimo';
}

export function paymentModeFromCode(code: number | null | undefined): PaymentMode {
  return code === 1 ? 'immediate' : code === 2 ? 'deferred' : 'none';
}

/** Whether a citizen can start the service online now. */
export function canStartOnline(service: Pick<Service, 'status' | 'formioId' | 'externalUrl'>): boolean {
  return service.status === 'attivo' && (service.formioId !== undefined || service.externalUrl !== undefined);
}

// Word stems that name an action, in the order they are tried (longest/most specific first).
const ACTION_WORDS: Array<[RegExp, ServiceAction]> = [
  [/\bvoltur/, 'voltura'],
  [/\bsubentr/, 'subentro'],
  [/\brinnov/, 'rinnovo'],
  [/\bsospens|\bsospend/, 'sospensione'],
  [/\binterru|\bdisdett|\bcessazion|\brinuncia|\bdisattiva/, 'interruzione'],
  [/\bmodific|\bvariazion/, 'modifica'],
  [/\battivazion|\biscrizion|\bnuova\b|\bnuovo\b|\brichiesta di attivazione/, 'attivazione'],
];

/**
 * Infers the action a service performs from its identifier, slug or name, e.g. `mensa-scolastica-rinnovo`
 * or "Rinnovo iscrizione mensa" → `rinnovo` (opencity-api.md §4.2: actions are separate grouped services).
 */
export function actionFromText(...texts: Array<string | null | undefined>): ServiceAction | undefined {
  for (const text of texts) {
    if (!text) continue;
    const t = text.toLowerCase().replace(/[-_]+/g, ' ');
    for (const [re, action] of ACTION_WORDS) if (re.test(t)) return action;
  }
  return undefined;
}

/**
 * An office ("unità organizzativa"): the "Contatti" voice of a scheda servizio. OpenCity lists them as
 * user groups (`GET /api/user-groups`) and a service points at its offices with `user_group_ids`.
 */
export interface Office {
  id: string;
  name: string;
  /** HTML allowed: sanitize before rendering. */
  description: string;
  mainFunction?: string;
  moreInfo?: string;
  contact: { name?: string; email?: string; pec?: string; phone?: string; url?: string };
  location?: { name?: string; address?: string; buildingNumber?: string; postalCode?: string; municipality?: string; province?: string };
  openingHoursText?: string;
  calendarIds: string[];
}

/**
 * The office's postal address on one line, as the scheda's "Contatti" and its JSON-LD show it:
 * `Via Roma 1, 38100 Trento (TN)`. Undefined when the backend has no location text.
 */
export function officeAddress(office: Pick<Office, 'location'>): string | undefined {
  const l = office.location;
  if (!l) return undefined;
  const trim = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);
  const street = [trim(l.address), trim(l.buildingNumber)].filter(Boolean).join(' ');
  const province = trim(l.province);
  const town = [trim(l.postalCode), trim(l.municipality), province ? `(${province})` : undefined].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || undefined;
}
