import { getPratica } from '../../api/applications.js';
import { getService } from '../../api/services.js';
import { loadServiceForm, type ServiceForm } from '../../api/forms.js';
import type { SdcClient } from '../../api/http.js';
import type { Session, SessionState } from '../../api/session.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import type { Citizen, CitizenField as DomainCitizenField } from '../../domain/citizen.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import type { Service, ServiceAction } from '../../domain/service.js';
import type { CitizenField, CitizenProfile, FormModel, ParsedForm } from '../../forms/index.js';
// The engine's modules, not its index: the index's parseForm brings the JSONLogic evaluator (forms/with-logic.ts),
// and parse.ts the lint report, which the wizard only logs (compiled.ts `lintReport`).
import { toFormioData } from '../../forms/codec.js';
import { lintReport, parseFormLean } from '../../forms/compiled.js';
import { createFormModel } from '../../forms/model.js';
import { hasJsonLogic, installJsonLogic, usesJsonLogic } from '../../forms/logic.js';
import type { Locale } from '../../i18n/locale.js';
import { localDraftKey, readLocalDraft, type LocalDraft } from './local-draft.js';
import { safeBackendUrl } from '../../ui/url-template.js';
import type { WizardMessageKey } from './sdc-pratica-wizard.messages.js';
import { parts } from './wizard-parts.js';

export interface Loaded {
  client: SdcClient;
  service: Service;
  form: ParsedForm;
  model: FormModel;
  draftKey: string;
  citizen?: Citizen;
  /** The form has a file question (its code is a chunk of its own: wizard-parts.ts). */
  hasFiles?: boolean;
}

export type LoadOutcome =
  | { kind: 'error'; title: WizardMessageKey; text: WizardMessageKey | string; retry: boolean; link?: string; linkPratica?: string }
  | { kind: 'login'; service?: Service }
  /** `remote`: the backend pratica asked for (`pratica-id`, or the sent one a device draft points to). */
  | { kind: 'ready'; loaded: Loaded; local?: LocalDraft; remote?: Pratica };

export interface LoadInput {
  client: SdcClient | undefined;
  serviceId?: string;
  praticaId?: string;
  action?: ServiceAction;
  refPratica?: string;
  locale: Locale;
  /** The provider's Form.io server, when the service's flow_steps name none (opencity-api.md §6.1). */
  formServerUrl?: string;
  ensureSession(signal: AbortSignal): Promise<SessionState>;
  session(): Session | undefined;
  /** The service is known (the page may title itself after it). */
  onService(service: Service): void;
}

const fail = (title: WizardMessageKey, text: WizardMessageKey | string, retry: boolean, link?: string): LoadOutcome => ({ kind: 'error', title, text, retry, link });

/**
 * Everything the wizard needs before its first step: the service (or the service of an `action`),
 * the session, the Form.io form, the device draft, the backend pratica asked for and the answers of a
 * referenced pratica. Rejects only when aborted; every other failure is an outcome to show.
 */
export async function loadWizard(input: LoadInput, signal: AbortSignal): Promise<LoadOutcome> {
  const { client } = input;
  if (!client) return fail('loadErrorTitle', 'noBaseUrl', false);
  if (!input.serviceId) return fail('loadErrorTitle', 'noService', false);
  try {
    let service = await getService(client, input.serviceId, { signal, actions: !!input.action });
    if (input.action && service.action !== input.action) {
      const link = service.actions.find((a) => a.action === input.action);
      if (link) service = await getService(client, link.serviceId, { signal, actions: false });
    }
    input.onService(service);
    if (service.status !== 'attivo') return fail('suspendedTitle', service.statusReason || 'suspended', false);
    if (!service.formioId) return fail('noFormTitle', 'noForm', false, service.externalUrl);

    const state = await input.ensureSession(signal);
    if (signal.aborted) throw new SdcError('aborted');
    if (service.needsAuth && state !== 'authenticated') return { kind: 'login', service };

    const parsed = await loadForm(client, service, input, signal);
    if (!parsed) return fail('formBrokenTitle', 'formBroken', true);
    if ('kind' in parsed) return parsed;
    const { form, hasFiles } = parsed;

    const session = input.session();
    const citizen = session?.citizen;
    const draftKey = localDraftKey(client.baseUrl, service.id, citizen?.id ?? session?.claims?.id);
    const local = readLocalDraft(draftKey);
    const remoteId = input.praticaId ?? (local?.submitted ? local.praticaId : undefined);
    const remote = remoteId ? await getPratica(client, remoteId, { signal }).catch((e: unknown) => {
      // The draft has disappeared but this device kept its answers: resume them (the next save makes a new draft).
      if (toSdcError(e).kind === 'not-found' && local && !local.submitted && local.praticaId === remoteId) return undefined;
      throw e;
    }) : undefined;

    let initial: Record<string, unknown> | undefined;
    if (input.refPratica) {
      try {
        const ref = await getPratica(client, input.refPratica, { signal });
        initial = toFormioData(form, ref.data);
      } catch (e) {
        if (toSdcError(e).kind === 'aborted') throw e;
        // The form still works without the previous answers.
      }
    }
    const model = createFormModel(form, { locale: input.locale, data: initial });
    if (citizen) model.prefill(profileOf(citizen));
    const loaded: Loaded = { client, service, form, model, draftKey, citizen, hasFiles };
    const sent = local?.submitted && remote && local.praticaId === remote.id && remote.statusCode !== PRATICA_STATUS.DRAFT;
    if (remote && remote.statusCode !== PRATICA_STATUS.DRAFT && !sent) {
      return { kind: 'error', title: 'loadErrorTitle', text: 'draftNotEditable', retry: false, linkPratica: remote.id };
    }
    return { kind: 'ready', loaded, local, remote };
  } catch (e) {
    const err = toSdcError(e);
    if (err.kind === 'aborted' || signal.aborted) throw err;
    if (err.kind === 'not-found') return fail('notFoundTitle', 'notFound', false);
    // OpenCity answers 403 for a cancelled service (opencity-api.md §3.2).
    if (err.kind === 'forbidden') return fail('suspendedTitle', 'suspended', false);
    if (err.kind === 'unauthorized') return { kind: 'login' };
    return { kind: 'error', title: 'loadErrorTitle', text: err.userMessage(input.locale), retry: true };
  }
}

/**
 * The service's Form.io form, parsed and linted (the one place a form is fetched: nested-form
 * resolution hooks in here). undefined when the definition cannot be used.
 */
async function loadForm(client: SdcClient, service: Service, input: LoadInput, signal: AbortSignal): Promise<{ form: ParsedForm; hasFiles: boolean } | LoadOutcome | undefined> {
  let json: ServiceForm;
  // A form with JSONLogic rules needs the evaluator (a chunk of its own, issue 15): its import starts
  // as soon as the service's definition is here, alongside the nested forms' requests.
  let logic: ReturnType<typeof needLogic> | undefined;
  const startLogic = (...definitions: unknown[]) => {
    if (!logic && !hasJsonLogic() && usesJsonLogic(...definitions)) logic = needLogic();
  };
  try {
    // Nested forms by reference (the Anagrafica) are fetched from the form server and inlined here.
    json = await loadServiceForm(client, service, { signal, formServerUrl: input.formServerUrl, onForm: startLogic });
  } catch (e) {
    const err = toSdcError(e);
    if (err.kind === 'not-found') return fail('formMissingTitle', 'formMissing', true);
    if (err.kind === 'invalid-response') return fail('formBrokenTitle', 'formBroken', true);
    throw err;
  }
  startLogic(json.json, ...Object.values(json.subforms));
  if (logic) {
    const engine = await logic;
    if (signal.aborted) throw new SdcError('aborted');
    // Its import failed: the connection's error, with "Riprova" (which imports it again).
    if (!engine) return { kind: 'error', title: 'loadErrorTitle', text: new SdcError('network').userMessage(input.locale), retry: true };
    installJsonLogic(engine);
  }
  const { form, facts } = parseFormLean(json.json, { subforms: json.subforms });
  if (facts.findings) logLint(service, form, input.locale);
  if (facts.invalid) return undefined;
  // A form only a kit element can complete (the booking form): say where to book instead.
  if (facts.handledBy) return fail('elsewhereTitle', 'bookingElsewhere', false, safeBackendUrl(service.bookingUrl, client.baseUrl) ?? service.externalUrl);
  return { form, hasFiles: !!(facts.types.file || facts.types.sdcfile) };
}

/** The evaluator's import, again after a failure ("Riprova": a fresh URL, lazy-part.ts). */
function needLogic() {
  return parts.logic.state === 'failed' ? parts.logic.retry() : parts.logic.need();
}

/**
 * For the ente editor, in the console: what the engine ignored or fell back on (form-engines.md §5.5).
 * The report and its wording are a chunk of their own, loaded only when there is something to say
 * (issue 15); if it does not arrive, the console says nothing, and the citizen sees no difference.
 */
function logLint(service: Service, form: ParsedForm, locale: Locale): void {
  lintReport(form, locale).then((lint) => {
    const log = lint.ok ? console.info : console.warn;
    log(`[sdc-pratica-wizard] Modulo «${service.name}»: ${lint.errors} errori, ${lint.warnings} avvisi di compatibilità`,
      lint.issues.map((i) => `${i.severity} ${i.code} ${i.path}: ${i.message}`));
  }, () => undefined);
}

const CITIZEN_TO_PROFILE: Partial<Record<DomainCitizenField, CitizenField>> = {
  givenName: 'givenName', familyName: 'familyName', fiscalCode: 'taxCode', birthDate: 'birthDate', birthPlace: 'birthPlace',
  birthProvince: 'birthProvince', gender: 'gender', email: 'email', mobilePhone: 'mobilePhone', phone: 'phone', residence: 'address',
};

/** The SPID/CIE profile in the engine's prefill shape; the fields the IdP gave are locked. */
function profileOf(c: Citizen): CitizenProfile {
  return {
    givenName: c.givenName, familyName: c.familyName, taxCode: c.fiscalCode, email: c.email, mobilePhone: c.mobilePhone,
    phone: c.phone, birthDate: c.birthDate, birthPlace: c.birthPlace, birthProvince: c.birthProvince, gender: c.gender,
    address: { street: c.residence.address, municipality: c.residence.municipality, postalCode: c.residence.postalCode, county: c.residence.province, country: c.residence.country },
    verified: [...new Set(c.readOnlyFields.map((f) => CITIZEN_TO_PROFILE[f]).filter((f): f is CitizenField => !!f))],
  };
}
