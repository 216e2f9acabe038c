import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getPratica, listPratiche, submitPratica, updatePratica, createPratica } from '../../api/applications.js';
import { getService, getServiceForm } from '../../api/services.js';
import { uploadFile } from '../../api/upload.js';
import type { SdcClient } from '../../api/http.js';
import { SdcError, toSdcError } from '../../core/errors.js';
import { SdcElement } from '../../core/sdc-element.js';
import type { Citizen, CitizenField as DomainCitizenField } from '../../domain/citizen.js';
import type { Payment } from '../../domain/payment.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import type { Service, ServiceAction } from '../../domain/service.js';
import {
  createFormModel,
  hasErrors,
  parseForm,
  type CitizenField,
  type CitizenProfile,
  type FileValue,
  type FormModel,
  type Issue,
  type LintReport,
  type ParsedForm,
} from '../../forms/index.js';
import { formatDateTime, formatTime } from '../../i18n/format.js';
import { alertStyles } from '../../ui/alert.js';
import { ApiController } from '../../controllers/api-controller.js';
import {
  errorSummaryStyles,
  focusErrorSummary,
  focusField,
  renderErrorSummary,
  renderWarningSummary,
  setErrorTitle,
  type SummaryItem,
} from '../../ui/error-summary.js';
import { FileUploads, fieldStyles, renderNodes, type RenderContext } from '../../ui/fields/index.js';
import { detectReturn, saveBlob } from '../../ui/payment-actions.js';
import { renderError, renderLoading, stateStyles } from '../../ui/states.js';
import { renderStepper, stepCountText, stepperStyles, type StepperStep } from '../../ui/stepper.js';
import { base, controls, tokens } from '../../styles/tokens.js';
import { bolloFieldId, bolloSubmission, EMPTY_BOLLO, renderBolloStep, validateBollo } from './bollo-step.js';
import { ratingAnswerLabel, renderConfirmation, type RatingState } from './confirmation-step.js';
import { clearLocalDraft, localDraftKey, readLocalDraft, writeLocalDraft, type BolloEntry, type LocalDraft } from './local-draft.js';
import { PaymentStep } from './payment-step.js';
import { RemoteOptions } from './remote-options.js';
import { mapServerErrors, wrapNestedForms } from './pratica-data.js';
import { PRIVACY_PATH, privacyField, renderPrivacyStep } from './privacy-step.js';
import { renderRiepilogo } from './riepilogo-step.js';
import { wizardStyles } from './sdc-pratica-wizard.styles.js';
import { wizardMessages as t, type WizardMessageKey } from './sdc-pratica-wizard.messages.js';

declare module '../../core/events.js' {
  interface SdcEventMap {
    /** The citizen moved to another step (`privacy`, `step:<panel key>`, `riepilogo`, `bollo`, `pagamento`, `conferma`). */
    'sdc-step-change': { step: string; prevStep: string | null };
    /** A draft was saved: on the backend (`pratica`, status 1000) or only on this device (`local: true`). */
    'sdc-draft-saved': { pratica?: Pratica; local: boolean; savedAt: Date };
    /** The pratica was submitted (status 1900, or 1500 when it waits for an immediate payment). */
    'sdc-submitted': { pratica: Pratica };
  }
}

/** Where the citizen is. Form steps are `step:<panel key>`. */
type Position = string;

type View =
  | { kind: 'loading' }
  | { kind: 'error'; title: WizardMessageKey; text: WizardMessageKey | string; retry: boolean; link?: string }
  | { kind: 'login' }
  | { kind: 'conflict'; local: LocalDraft; remote: Pratica }
  | { kind: 'ready' };

interface Loaded {
  client: SdcClient;
  service: Service;
  form: ParsedForm;
  model: FormModel;
  draftKey: string;
  citizen?: Citizen;
}

const FORM_PREFIX = 'step:';

/** A backend draft and whether it was just created with the data being saved. */
interface RemoteDraft {
  id: string;
  fresh: boolean;
}

/** How far before a lost create a found draft may be dated (device and backend clocks differ a little). */
const LOST_CREATE_SKEW_MS = 5 * 60_000;

/** No answer, or a gateway/server failure: the backend may or may not have done the work. */
function isUncertain(e: unknown): boolean {
  const kind = toSdcError(e).kind;
  return kind === 'network' || kind === 'timeout' || kind === 'server';
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

function logLint(service: Service, lint: LintReport): void {
  if (!lint.issues.length) return;
  // For the ente editor, in the console: what the engine ignored or fell back on (form-engines.md §5.5).
  const log = lint.ok ? console.info : console.warn;
  log(`[sdc-pratica-wizard] Modulo «${service.name}»: ${lint.errors} errori, ${lint.warnings} avvisi di compatibilità`,
    lint.issues.map((i) => `${i.severity} ${i.code} ${i.path}: ${i.message}`));
}

/**
 * The online pratica, from the privacy consent to the confirmation: Informativa sulla privacy → the
 * service's Form.io panels (the `applicant` Anagrafica prefilled from SPID/CIE, locked fields
 * readonly) → Riepilogo → marca da bollo / pagamento when the service asks for it at submission →
 * Conferma. Validation with a GOV.UK error summary, conditional sections, files, drafts on the device
 * and on the backend, browser Back and reload resume.
 *
 * @tag sdc-pratica-wizard
 * @summary The citizen's online request (pratica) for one service, with drafts, payment and confirmation.
 *
 * @event sdc-step-change - `{step, prevStep}` when the citizen changes step.
 * @event sdc-draft-saved - `{pratica?, local, savedAt}` when a draft is saved on the backend or on the device.
 * @event sdc-submitted - `{pratica}` when the pratica is submitted.
 * @event sdc-payment-complete - `{payment}` when the backend confirms the payment of the submitted pratica.
 * @event sdc-feedback - `{rating, positive, answer, answerLabel, details, page}` when the citizen rates the
 *   service at the end (C.SE.1.7); the same event and detail as `<sdc-feedback kind="service">`.
 * @event sdc-service-loaded - `{service}` when the service is known (the page may use its name as title).
 *
 * @csspart stepper - The step indicator ("Passo 2 di 5").
 * @csspart error-summary - The "C’è un problema" box.
 * @csspart warning-summary - The box listing warnings with "Conferma e prosegui".
 * @csspart actions - The bar with Indietro / Salva richiesta / Avanti / Invia.
 *
 * @cssprop --sdc-color-primary - Buttons, links, current step.
 * @cssprop --sdc-color-danger - Errors.
 * @cssprop --sdc-color-warning - Warnings.
 * @cssprop --sdc-font-family - Text font (Titillium Web by default).
 * @cssprop --sdc-radius - Corner radius.
 */
export class SdcPraticaWizard extends SdcElement {
  static override styles = [tokens, base, controls, stateStyles, alertStyles, fieldStyles, errorSummaryStyles, stepperStyles, wizardStyles];

  /** The service to request: uuid or public identifier. */
  @property({ attribute: 'service-id', reflect: true }) serviceId?: string;
  /** Resume this backend draft (status 1000). */
  @property({ attribute: 'pratica-id', reflect: true }) praticaId?: string;
  /** An action on an existing pratica (rinnovo, voltura…): the wizard opens the service of that action. */
  @property() action?: ServiceAction;
  /** The pratica the action refers to: its answers prefill the form. */
  @property({ attribute: 'ref-pratica' }) refPratica?: string;
  /** The ente's privacy notice (else the provider's `privacy-url`). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Do not use the browser history nor `document.title` (hosts with their own router). */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;

  readonly api = new ApiController(this);

  @state() private view: View = { kind: 'loading' };
  @state() private position: Position = 'privacy';
  @state() private privacyAccepted = false;
  @state() private bollo: BolloEntry = { ...EMPTY_BOLLO };
  /** Inline messages currently shown, by path (only after Avanti/Invia, GOV.UK). */
  @state() private errors = new Map<string, string>();
  @state() private warnings = new Map<string, string>();
  @state() private summaryItems: SummaryItem[] = [];
  @state() private warningItems: SummaryItem[] = [];
  @state() private generalErrors: string[] = [];
  @state() private submitting = false;
  @state() private submitError?: SdcError;
  @state() private sessionExpired = false;
  @state() private notice?: { text: string; tone: 'info' | 'success' | 'warning'; undo?: boolean };
  @state() private pratica?: Pratica;
  @state() private rating: RatingState = { text: '', sent: false };
  @state() private receiptError?: string;
  @state() private completedPayment?: Payment;

  #loaded?: Loaded;
  #loadAbort?: AbortController;
  #loadKey = '';
  #visited = new Set<Position>();
  #confirmedWarnings = new Set<string>();
  #returnToSummary = false;
  #submitInFlight?: Promise<void>;
  #remoteId?: string;
  #creating?: Promise<RemoteDraft>;
  /**
   * When a create got no answer (network, timeout, 5xx) the backend may have made the draft anyway:
   * the time the attempt started, so the next save looks for that draft before creating another one.
   */
  #lostCreateSince?: number;
  /** A submit got no answer: the backend may have sent the pratica, so the retry re-reads it first. */
  #submitUncertain = false;
  #saveChain: Promise<unknown> = Promise.resolve();
  #syncedAt?: string;
  #liveSaveTimer?: ReturnType<typeof setTimeout>;
  #baseTitle?: string;
  #submitted = false;

  readonly #payment = new PaymentStep(this, (p) => this.#onPaymentComplete(p));
  readonly #remoteOptions = new RemoteOptions(() => this.#loaded?.client, () => this.requestUpdate());

  readonly #uploads = new FileUploads(this, {
    uploader: () => {
      const client = this.#loaded?.client;
      if (!client) return undefined;
      return ({ file, signal, onProgress, fileType }) =>
        uploadFile(client, file, { signal, fileType, onProgress: (l, total) => onProgress(total ? l / total : 0) }) as Promise<unknown> as Promise<FileValue>;
    },
    getValue: (path) => this.#loaded?.model.getValue(path),
    commit: (path, value) => this.#onChange(path, value),
    locale: () => this.resolvedLocale,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  /** Reload, tab closed, navigation to the login or to pagoPA: the last keystrokes are saved first. */
  readonly #onPageHide = (): void => {
    if (this.#liveSaveTimer !== undefined) this.#saveLocal();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#loadAbort?.abort();
    this.#loadKey = '';
    // A keystroke still waiting for its debounced save is saved now (navigation, element removed).
    if (this.#liveSaveTimer !== undefined) this.#saveLocal();
    if (this.#baseTitle !== undefined && !this.noHistory) document.title = this.#baseTitle;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = [this.resolvedBaseUrl, this.serviceId, this.praticaId, this.action, this.refPratica].join('|');
    if (key !== this.#loadKey && this.isConnected) {
      this.#loadKey = key;
      void this.#load();
    }
    if (this.#loaded && this.#loaded.model.locale !== this.resolvedLocale) this.#loaded.model.locale = this.resolvedLocale;
  }

  // ----------------------------------------------------------------------------------------------
  // Loading

  async #load(): Promise<void> {
    this.#loadAbort?.abort();
    const abort = (this.#loadAbort = new AbortController());
    const signal = abort.signal;
    this.view = { kind: 'loading' };
    const client = this.api.client;
    if (!client) return this.#fail('loadErrorTitle', 'noBaseUrl', false);
    if (!this.serviceId) return this.#fail('loadErrorTitle', 'noService', false);
    try {
      let service = await getService(client, this.serviceId, { signal, actions: !!this.action });
      if (this.action && service.action !== this.action) {
        const link = service.actions.find((a) => a.action === this.action);
        if (link) service = await getService(client, link.serviceId, { signal, actions: false });
      }
      // Same event as the service card: the page can title itself after the service (WCAG 2.4.2).
      this.emit('sdc-service-loaded', { service });
      if (service.status !== 'attivo') return this.#fail('suspendedTitle', service.statusReason || 'suspended', false);
      if (!service.formioId) return this.#fail('noFormTitle', 'noForm', false, service.externalUrl);

      const state = await this.api.ensureSession({ signal });
      if (signal.aborted) return;
      if (service.needsAuth && state !== 'authenticated') {
        this.#loaded = undefined;
        this.#serviceForLogin = service;
        this.view = { kind: 'login' };
        return;
      }

      let json: unknown;
      try {
        json = await getServiceForm(client, service.id, { signal });
      } catch (e) {
        const err = toSdcError(e);
        if (err.kind === 'not-found') return this.#fail('formMissingTitle', 'formMissing', true);
        if (err.kind === 'invalid-response') return this.#fail('formBrokenTitle', 'formBroken', true);
        throw err;
      }
      const { form, lint } = parseForm(json, { locale: this.resolvedLocale });
      logLint(service, lint);
      if (lint.issues.some((i) => i.code === 'invalid-definition')) return this.#fail('formBrokenTitle', 'formBroken', true);

      const citizen = this.api.session?.citizen;
      const draftKey = localDraftKey(client.baseUrl, service.id, citizen?.id ?? this.api.session?.claims?.id);
      const local = readLocalDraft(draftKey);

      let remote: Pratica | undefined;
      const remoteId = this.praticaId ?? (local?.submitted ? local.praticaId : undefined);
      if (remoteId) remote = await getPratica(client, remoteId, { signal });

      let initial: Record<string, unknown> | undefined;
      if (this.refPratica) {
        try {
          const ref = await getPratica(client, this.refPratica, { signal });
          initial = wrapNestedForms((form.json as { components?: unknown }).components, ref.data);
        } catch (e) {
          if (toSdcError(e).kind === 'aborted') return;
          // The form still works without the previous answers.
        }
      }
      const model = createFormModel(form, { locale: this.resolvedLocale, data: initial });
      if (citizen) model.prefill(profileOf(citizen));
      this.#loaded = { client, service, form, model, draftKey, citizen };
      this.#reset();

      // A submitted pratica coming back from pagoPA (or a reload on the confirmation).
      if (local?.submitted && remote && local.praticaId === remote.id && remote.statusCode !== PRATICA_STATUS.DRAFT) {
        this.pratica = remote;
        this.#submitted = true;
        this.#remoteId = remote.id;
        this.view = { kind: 'ready' };
        // Back from pagoPA the pratica may already have moved on (1520 → 1900): the payment step still
        // asks the backend for the payment's outcome before confirming (pa-domain.md §1.9).
        const awaitingPayment = this.#needsPayment && ((remote.statusCode >= 1500 && remote.statusCode < 1900) || !!detectReturn());
        this.#goTo(awaitingPayment ? 'pagamento' : 'conferma', { push: false, focus: false });
        return;
      }
      if (remote && remote.statusCode !== PRATICA_STATUS.DRAFT) {
        return this.#fail('loadErrorTitle', 'draftNotEditable', false, this.#praticaUrl(remote.id));
      }
      if (remote && local && local.praticaId === remote.id && local.savedAt > (local.syncedAt ?? '')) {
        this.view = { kind: 'conflict', local, remote };
        return;
      }
      if (remote) this.#useRemote(remote, local);
      else if (local && !local.submitted && local.privacyAccepted) this.#useLocal(local, true);
      else this.#start('privacy');
    } catch (e) {
      const err = toSdcError(e);
      if (err.kind === 'aborted' || signal.aborted) return;
      if (err.kind === 'not-found') return this.#fail('notFoundTitle', 'notFound', false);
      // OpenCity answers 403 for a cancelled service (opencity-api.md §3.2).
      if (err.kind === 'forbidden') return this.#fail('suspendedTitle', 'suspended', false);
      if (err.kind === 'unauthorized') {
        this.view = { kind: 'login' };
        return;
      }
      this.view = { kind: 'error', title: 'loadErrorTitle', text: err.userMessage(this.resolvedLocale), retry: true };
    }
  }

  #serviceForLogin?: Service;

  #fail(title: WizardMessageKey, text: WizardMessageKey | string, retry: boolean, link?: string): void {
    this.view = { kind: 'error', title, text, retry, link };
  }

  #reset(): void {
    this.#visited = new Set();
    this.#confirmedWarnings = new Set();
    this.#returnToSummary = false;
    this.#remoteId = undefined;
    this.#lostCreateSince = undefined;
    this.#submitUncertain = false;
    this.#syncedAt = undefined;
    this.#submitted = false;
    this.pratica = undefined;
    this.privacyAccepted = false;
    this.bollo = { ...EMPTY_BOLLO };
    this.notice = undefined;
    this.submitError = undefined;
    this.sessionExpired = false;
    this.#clearMessages();
  }

  /** Where history.state says we were (reload, Back/Forward across a login), if still valid. */
  #historyPosition(): Position | undefined {
    if (this.noHistory) return undefined;
    const s = (history.state as { sdcWizard?: { serviceId?: string; position?: string } } | null)?.sdcWizard;
    return s && s.serviceId === this.#loaded?.service.id && s.position && this.#positions.includes(s.position) ? s.position : undefined;
  }

  #start(position: Position): void {
    this.view = { kind: 'ready' };
    this.#goTo(this.#historyPosition() ?? position, { push: false, focus: false });
  }

  #useLocal(local: LocalDraft, announce: boolean): void {
    const m = this.#loaded!.model;
    const result = m.loadDraft(local.envelope);
    this.privacyAccepted = local.privacyAccepted;
    this.bollo = { ...EMPTY_BOLLO, ...local.bollo };
    this.#remoteId = local.praticaId;
    this.#syncedAt = local.syncedAt;
    for (const p of local.visited ?? []) this.#visited.add(p);
    const orphans = result.orphans.length ? ` ${t(this.resolvedLocale, 'orphans')}` : '';
    if (announce) {
      this.notice = {
        tone: 'info',
        text: t(this.resolvedLocale, 'resumedLocal', { date: formatDateTime(local.savedAt, this.resolvedLocale) }) + orphans,
        undo: true,
      };
    }
    const position = this.#positions.includes(local.position) ? local.position : this.#firstFormPosition;
    this.#start(position);
  }

  #useRemote(remote: Pratica, local?: LocalDraft): void {
    const l = this.#loaded!;
    const data = wrapNestedForms((l.form.json as { components?: unknown }).components, remote.data);
    const result = l.model.loadDraft({
      version: 1, formId: l.form.id, formRevision: l.form.revision, data, currentStep: null, visitedSteps: [], savedAt: (remote.updatedAt ?? remote.createdAt).toISOString(),
    });
    this.#remoteId = remote.id;
    this.#syncedAt = new Date().toISOString();
    // A backend draft exists only after the consent was given.
    this.privacyAccepted = true;
    if (local?.praticaId === remote.id) {
      this.bollo = { ...EMPTY_BOLLO, ...local.bollo };
      for (const p of local.visited ?? []) this.#visited.add(p);
    }
    if (result.orphans.length) this.notice = { tone: 'info', text: t(this.resolvedLocale, 'orphans') };
    const first = result.currentStep ? `${FORM_PREFIX}${result.currentStep}` : this.#firstFormPosition;
    this.#start(local?.praticaId === remote.id && this.#positions.includes(local.position) ? local.position : first);
  }

  // ----------------------------------------------------------------------------------------------
  // Steps

  get #needsPayment(): boolean {
    return this.#loaded?.service.paymentMode === 'immediate';
  }

  /** A physical stamp at submission that the form itself does not ask for (pa-domain.md §2.1). */
  get #needsBolloStep(): boolean {
    const l = this.#loaded;
    const b = l?.service.bollo;
    return !!l && !!b && b.mode === 'fisica' && b.when === 'richiesta' && !l.model.node('bollo_identifier');
  }

  get #positions(): Position[] {
    const m = this.#loaded?.model;
    if (!m) return [];
    return [
      'privacy',
      ...m.steps.map((s) => `${FORM_PREFIX}${s.key}`),
      'riepilogo',
      ...(this.#needsBolloStep ? ['bollo'] : []),
      ...(this.#needsPayment ? ['pagamento'] : []),
      'conferma',
    ];
  }

  get #firstFormPosition(): Position {
    return this.#positions[1] ?? 'riepilogo';
  }

  #titleOf(position: Position): string {
    const locale = this.resolvedLocale;
    if (position.startsWith(FORM_PREFIX)) {
      const key = position.slice(FORM_PREFIX.length);
      return this.#loaded?.model.steps.find((s) => s.key === key)?.title || this.#loaded?.form.title || '';
    }
    const keys: Record<string, WizardMessageKey> = {
      privacy: 'privacyTitle', riepilogo: 'summaryTitle', bollo: 'bolloTitle', pagamento: 'paymentTitle', conferma: 'doneTitle',
    };
    return t(locale, keys[position] ?? 'summaryTitle');
  }

  #goTo(position: Position, opts: { push?: boolean; focus?: boolean | string } = {}): void {
    const prev = this.view.kind === 'ready' ? this.position : null;
    const positions = this.#positions;
    if (!positions.includes(position)) position = positions[0] ?? 'privacy';
    this.position = position;
    this.#visited.add(position);
    this.#clearMessages();
    if (position === 'pagamento' && this.pratica && this.#loaded) this.#payment.start(this.#loaded.client, this.pratica.id);
    if (!this.noHistory) {
      const st = { ...(history.state as object | null), sdcWizard: { serviceId: this.#loaded?.service.id, position } };
      if (opts.push !== false && prev !== null && prev !== position) history.pushState(st, '');
      else history.replaceState(st, '');
      this.#setTitle();
    }
    if (prev !== position) this.emit('sdc-step-change', { step: position, prevStep: prev });
    // Nothing to keep before the consent: a draft starts with the first answer.
    if (!this.#submitted && (this.privacyAccepted || this.#remoteId)) this.#saveLocal();
    if (opts.focus !== false) {
      void this.updateComplete.then(() => {
        if (typeof opts.focus === 'string') {
          const node = this.#loaded?.model.node(opts.focus);
          if (node) void focusField(() => this.renderRoot, { targetId: node.id, text: '' });
        } else {
          const h = this.renderRoot.querySelector<HTMLElement>('#step-heading');
          h?.focus({ preventScroll: true });
          this.scrollIntoView?.({ block: 'start' });
        }
      });
    }
  }

  #setTitle(): void {
    if (this.noHistory) return;
    this.#baseTitle ??= document.title;
    const positions = this.#stepperPositions;
    const i = positions.indexOf(this.position);
    const count = i >= 0 ? stepCountText(this.resolvedLocale, i + 1, positions.length) : '';
    const step = this.#titleOf(this.position);
    document.title = `${count ? t(this.resolvedLocale, 'stepTitle', { step, count }) : step} – ${this.#baseTitle}`;
    setErrorTitle(this.resolvedLocale, this.summaryItems.length > 0 || this.generalErrors.length > 0);
  }

  /** Steps shown in the indicator (the confirmation is not a step to fill). */
  get #stepperPositions(): Position[] {
    return this.#positions.filter((p) => p !== 'conferma');
  }

  readonly #onPopState = (e: PopStateEvent): void => {
    const s = (e.state as { sdcWizard?: { serviceId?: string; position?: string } } | null)?.sdcWizard;
    if (!s || !this.#loaded || s.serviceId !== this.#loaded.service.id || !s.position || this.view.kind !== 'ready') return;
    // After submission, Back never reopens the form: the pratica is sent (GOV.UK question pages).
    if (this.#submitted && s.position !== 'pagamento' && s.position !== 'conferma') {
      history.replaceState({ ...(e.state as object), sdcWizard: { serviceId: s.serviceId, position: this.position } }, '');
      return;
    }
    this.#goTo(s.position, { push: false });
  };

  #clearMessages(): void {
    this.errors = new Map();
    this.warnings = new Map();
    this.summaryItems = [];
    this.warningItems = [];
    this.generalErrors = [];
    if (!this.noHistory && this.#baseTitle !== undefined) setErrorTitle(this.resolvedLocale, false);
  }

  #targetId(path: string): string {
    if (path === PRIVACY_PATH) return privacyField(this.resolvedLocale).id;
    return this.#loaded?.model.node(path)?.id ?? path;
  }

  /** GOV.UK: summary at the top that takes focus, the same words inline, "Errore: " in the title. */
  #showIssues(issues: Issue[], general: string[] = []): void {
    const errors = issues.filter((i) => i.severity === 'error');
    const m = new Map<string, string>();
    for (const i of errors) if (!m.has(i.path)) m.set(i.path, i.message);
    this.errors = m;
    this.summaryItems = [...m].map(([path, text]) => ({ targetId: this.#targetId(path), text, path }) as SummaryItem);
    this.generalErrors = general;
    const w = new Map<string, string>();
    for (const i of issues) if (i.severity === 'warning' && !m.has(i.path) && !w.has(i.path)) w.set(i.path, i.message);
    this.warnings = w;
    this.warningItems = errors.length ? [] : [...w].filter(([p]) => !this.#isConfirmed(issues, p)).map(([path, text]) => ({ targetId: this.#targetId(path), text, path }) as SummaryItem);
    if (!this.noHistory) setErrorTitle(this.resolvedLocale, this.summaryItems.length > 0 || general.length > 0);
    void this.updateComplete.then(() => {
      if (this.summaryItems.length || general.length) focusErrorSummary(this.renderRoot, 'error-summary');
      else if (this.warningItems.length) focusErrorSummary(this.renderRoot, 'warning-summary');
    });
  }

  #isConfirmed(issues: Issue[], path: string): boolean {
    return issues.filter((i) => i.path === path && i.severity === 'warning').every((i) => this.#confirmedWarnings.has(`${i.path}|${i.rule}|${i.message}`));
  }

  #next(): void {
    const l = this.#loaded;
    if (!l || this.submitting) return;
    const pos = this.position;
    const positions = this.#positions;
    if (pos === 'privacy') {
      if (!this.privacyAccepted) {
        this.#showIssues([{ path: PRIVACY_PATH, message: t(this.resolvedLocale, 'privacyRequired'), severity: 'error', rule: 'required', label: '', stepKey: 'privacy' }]);
        return;
      }
    } else if (pos.startsWith(FORM_PREFIX)) {
      const key = pos.slice(FORM_PREFIX.length);
      if (this.#uploads.busy) {
        this.#showIssues([], [t(this.resolvedLocale, 'uploadsBusy')]);
        return;
      }
      const issues = l.model.validateStep(key);
      if (hasErrors(issues) || issues.some((i) => i.severity === 'warning' && !this.#confirmedWarnings.has(`${i.path}|${i.rule}|${i.message}`))) {
        this.#showIssues(issues);
        return;
      }
      void this.#saveRemote(false);
    } else if (pos === 'riepilogo') {
      if (!this.#checkAll()) return;
      if (!this.#needsBolloStep) return void this.#submit();
    } else if (pos === 'bollo') {
      const e = validateBollo(this.bollo, this.resolvedLocale);
      if (Object.keys(e).length) {
        this.#showBolloErrors(e);
        return;
      }
      return void this.#submit();
    }
    let target = positions[positions.indexOf(pos) + 1] ?? 'riepilogo';
    if (this.#returnToSummary && pos.startsWith(FORM_PREFIX)) {
      // GOV.UK "Check answers": back to the Riepilogo, through any step that an edit made appear.
      const unvisited = positions.find((p) => p.startsWith(FORM_PREFIX) && !this.#visited.has(p));
      target = unvisited ?? 'riepilogo';
      if (target === 'riepilogo') this.#returnToSummary = false;
    }
    this.#goTo(target);
  }

  #showBolloErrors(e: Partial<Record<keyof BolloEntry, string>>): void {
    const locale = this.resolvedLocale;
    this.errors = new Map(Object.entries(e).map(([k, v]) => [`~bollo.${k}`, v!]));
    this.summaryItems = Object.entries(e).map(([k, v]) => ({ targetId: bolloFieldId(locale, k as keyof BolloEntry), text: v! }));
    if (!this.noHistory) setErrorTitle(locale, true);
    void this.updateComplete.then(() => focusErrorSummary(this.renderRoot, 'error-summary'));
  }

  /** Before sending: every visible step (some may have been skipped through the Riepilogo links). */
  #checkAll(): boolean {
    const m = this.#loaded!.model;
    const errors = m.validateAll().filter((i) => i.severity === 'error');
    if (!errors.length) return true;
    const first = errors[0]!;
    this.#returnToSummary = true;
    this.#goTo(`${FORM_PREFIX}${first.stepKey}`, { focus: false });
    this.#showIssues(errors.filter((i) => i.stepKey === first.stepKey));
    return false;
  }

  #back(): void {
    const positions = this.#positions;
    const i = positions.indexOf(this.position);
    if (i > 0) this.#goTo(positions[i - 1]!);
  }

  #edit(path: string, stepKey: string): void {
    this.#returnToSummary = true;
    this.#goTo(`${FORM_PREFIX}${stepKey}`, { focus: path });
  }

  #confirmWarnings(): void {
    const m = this.#loaded?.model;
    const key = this.position.slice(FORM_PREFIX.length);
    if (!m) return;
    for (const i of m.validateStep(key)) if (i.severity === 'warning') this.#confirmedWarnings.add(`${i.path}|${i.rule}|${i.message}`);
    this.#next();
  }

  // ----------------------------------------------------------------------------------------------
  // Values and drafts

  #onChange(path: string, value: unknown, live = false): void {
    const m = this.#loaded?.model;
    if (!m) return;
    const r = m.setValue(path, value);
    if (!live && !r.changed) {
      // The value reached the model while typing (`live`): the commit still saves and re-checks the shown message.
      if (this.errors.has(path) || this.warnings.has(path)) r.issues = { ...r.issues, [path]: m.validateField(path) };
      else if (this.#liveSaveTimer !== undefined) return this.#saveLocal();
      else if (!r.stepsChanged) return;
    } else if (!r.changed && !r.stepsChanged) return;
    if (!live) {
      // Fields already showing a message are re-checked as the citizen fixes them; others stay quiet
      // until Avanti (GOV.UK: no validation while typing).
      const errors = new Map(this.errors);
      const warnings = new Map(this.warnings);
      for (const [p, list] of Object.entries(r.issues)) {
        if (!errors.has(p) && !warnings.has(p)) continue;
        const e = list.find((i) => i.severity === 'error');
        const w = list.find((i) => i.severity === 'warning');
        if (e) errors.set(p, e.message);
        else errors.delete(p);
        if (w && !e) warnings.set(p, w.message);
        else warnings.delete(p);
      }
      for (const p of r.hidden) {
        errors.delete(p);
        warnings.delete(p);
      }
      this.errors = errors;
      this.warnings = warnings;
      this.#saveLocal();
    } else {
      clearTimeout(this.#liveSaveTimer);
      this.#liveSaveTimer = setTimeout(() => this.#saveLocal(), 400);
    }
    this.requestUpdate();
  }

  #saveLocal(): void {
    const l = this.#loaded;
    clearTimeout(this.#liveSaveTimer);
    this.#liveSaveTimer = undefined;
    if (!l || this.view.kind !== 'ready') return;
    const draft: LocalDraft = {
      v: 1,
      serviceId: l.service.id,
      praticaId: this.#remoteId,
      position: this.position,
      privacyAccepted: this.privacyAccepted,
      bollo: this.bollo,
      envelope: l.model.toDraft({ currentStep: this.position.startsWith(FORM_PREFIX) ? this.position.slice(FORM_PREFIX.length) : null, visitedSteps: [...this.#visited] }),
      savedAt: new Date().toISOString(),
      syncedAt: this.#syncedAt,
      visited: [...this.#visited],
      submitted: this.#submitted || undefined,
    };
    writeLocalDraft(l.draftKey, draft);
  }

  /**
   * The draft pratica on the backend, created once whatever the number of callers (double click).
   * `fresh` is true when it was just created with `data` (no update needed).
   */
  #ensureRemoteDraft(data: Record<string, unknown>): Promise<RemoteDraft> {
    const l = this.#loaded!;
    if (this.#remoteId) return Promise.resolve({ id: this.#remoteId, fresh: false });
    this.#creating ??= (async (): Promise<RemoteDraft> => {
      // POST is not idempotent: after a create that got no answer, adopt the draft the backend may
      // have made instead of creating a second one (which would stay behind as an orphan draft).
      const adopted = await this.#findLostDraft(l);
      if (adopted) {
        this.#remoteId = adopted;
        this.#saveLocal();
        return { id: adopted, fresh: false };
      }
      const startedAt = Date.now();
      try {
        const p = await createPratica(l.client, { service: l.service.id, data });
        this.#remoteId = p.id;
        this.#saveLocal();
        return { id: p.id, fresh: true };
      } catch (e) {
        if (isUncertain(e)) this.#lostCreateSince ??= startedAt;
        throw e;
      }
    })().finally(() => {
      this.#creating = undefined;
    });
    return this.#creating;
  }

  /**
   * After a create without an answer: the newest draft of this service created since that attempt
   * (allowing for the clock of the device and of the backend being a little apart). A failed lookup
   * rejects, so nothing is created while it is unknown whether the draft exists.
   */
  async #findLostDraft(l: Loaded): Promise<string | undefined> {
    const since = this.#lostCreateSince;
    if (since === undefined) return undefined;
    const page = await listPratiche(
      l.client,
      { serviceId: l.service.id, status: PRATICA_STATUS.DRAFT, sort: 'DESC', limit: 5 },
      { dedupe: false },
    );
    this.#lostCreateSince = undefined;
    return page.items.find((p) => p.serviceId === l.service.id && p.createdAt.getTime() >= since - LOST_CREATE_SKEW_MS)?.id;
  }

  /**
   * After a submit without an answer: the pratica if the backend did send it (out of draft: 1500–1530
   * while it waits for an immediate payment, ≥ 1900 otherwise), else undefined.
   */
  async #alreadySubmitted(l: Loaded, id: string): Promise<Pratica | undefined> {
    const p = await getPratica(l.client, id, { dedupe: false });
    return p.statusCode >= PRATICA_STATUS.PAYMENT_PENDING ? p : undefined;
  }

  /**
   * Backend draft (status 1000) on "Salva richiesta" (explicit) and on each step change (silent).
   * Only for a logged-in citizen; otherwise the device draft is the draft.
   */
  #saveRemote(explicit: boolean): Promise<unknown> {
    const l = this.#loaded;
    if (!l || this.#submitted) return Promise.resolve();
    this.#saveLocal();
    const run = async (): Promise<void> => {
      const session = this.api.session;
      if (!session?.token || session.isAnonymousUser) {
        if (explicit) {
          const savedAt = new Date();
          this.notice = { tone: 'success', text: t(this.resolvedLocale, 'savedLocal', { time: formatTime(savedAt, this.resolvedLocale) }) };
          this.emit('sdc-draft-saved', { local: true, savedAt });
        }
        return;
      }
      const data = this.#draftData();
      try {
        const { id, fresh } = await this.#ensureRemoteDraft(data);
        const pratica = fresh ? await getPratica(l.client, id, { dedupe: false }) : await updatePratica(l.client, id, { data });
        const savedAt = new Date();
        this.#syncedAt = savedAt.toISOString();
        this.#saveLocal();
        this.emit('sdc-draft-saved', { pratica, local: false, savedAt });
        if (explicit) this.notice = { tone: 'success', text: t(this.resolvedLocale, 'savedAt', { time: formatTime(savedAt, this.resolvedLocale) }) };
      } catch (e) {
        const err = toSdcError(e);
        if (err.kind === 'unauthorized') this.sessionExpired = true;
        else if (explicit) this.notice = { tone: 'warning', text: t(this.resolvedLocale, 'saveFailed') };
      }
    };
    this.#saveChain = this.#saveChain.then(run, run);
    return this.#saveChain;
  }

  #draftData(): Record<string, unknown> {
    return this.#loaded!.model.draftData();
  }

  #submissionData(): Record<string, unknown> {
    const data = this.#loaded!.model.submissionData();
    return this.#needsBolloStep ? { ...data, ...bolloSubmission(this.bollo) } : data;
  }

  // ----------------------------------------------------------------------------------------------
  // Submit

  /** One submission at a time: the button is disabled and a second call joins the first. */
  #submit(): Promise<void> {
    this.#submitInFlight ??= this.#doSubmit().finally(() => {
      this.#submitInFlight = undefined;
      this.submitting = false;
    });
    return this.#submitInFlight;
  }

  async #doSubmit(): Promise<void> {
    const l = this.#loaded!;
    this.submitting = true;
    this.submitError = undefined;
    this.#clearMessages();
    this.#saveLocal();
    try {
      await this.#saveChain.catch(() => undefined);
      const session = this.api.session;
      if (!session?.token) {
        if (l.service.needsAuth) throw new SdcError('unauthorized');
        await session?.createAnonymous();
      }
      const data = this.#submissionData();
      const { id } = await this.#ensureRemoteDraft(data);
      // A retry after a submit without an answer: the pratica may already be sent, and updating or
      // submitting it again would be refused ("not in the right status").
      let pratica = this.#submitUncertain ? await this.#alreadySubmitted(l, id) : undefined;
      if (!pratica) {
        await updatePratica(l.client, id, { data });
        try {
          pratica = await submitPratica(l.client, id);
        } catch (e) {
          if (!isUncertain(e)) throw e;
          this.#submitUncertain = true;
          pratica = await this.#alreadySubmitted(l, id).catch(() => undefined);
          if (!pratica) throw e;
        }
      }
      this.#submitUncertain = false;
      this.pratica = pratica;
      this.#submitted = true;
      this.emit('sdc-submitted', { pratica });
      if (this.#needsPayment && pratica.statusCode >= 1500 && pratica.statusCode < 1900) {
        this.#goTo('pagamento');
        this.#saveLocal();
      } else {
        clearLocalDraft(l.draftKey);
        this.#goTo('conferma');
      }
    } catch (e) {
      const err = toSdcError(e);
      if (err.kind === 'unauthorized') {
        this.sessionExpired = true;
        this.#saveLocal();
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#session-expired')?.focus());
      } else if (err.kind === 'validation') {
        const mapped = mapServerErrors(err.fields, l.model);
        const issues: Issue[] = Object.entries(mapped.byPath).map(([path, msgs]) => ({
          path, message: msgs.join(' '), severity: 'error', rule: 'server', label: '', stepKey: l.model.stepOf(path) ?? '',
        }));
        this.#showIssues(issues, mapped.general.length || !issues.length ? [t(this.resolvedLocale, 'serverErrors'), ...mapped.general] : []);
      } else {
        this.submitError = err;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus());
      }
    }
  }

  #onPaymentComplete(payment: Payment): void {
    this.completedPayment = payment;
    // `sdc-payment-complete` is declared by the payment panel (same event, same detail).
    this.emit('sdc-payment-complete', { payment });
    const l = this.#loaded;
    if (l) {
      void getPratica(l.client, this.pratica!.id, { dedupe: false }).then((p) => (this.pratica = p), () => undefined);
      clearLocalDraft(l.draftKey);
    }
    this.#goTo('conferma');
  }

  #finishWithoutPaying(): void {
    if (this.#loaded) clearLocalDraft(this.#loaded.draftKey);
    this.#goTo('conferma');
  }

  #startOver(): void {
    const l = this.#loaded;
    if (!l) return;
    clearLocalDraft(l.draftKey);
    if (!this.noHistory) history.replaceState({ ...(history.state as object | null), sdcWizard: { serviceId: l.service.id, position: 'privacy' } }, '');
    this.#loadKey = '';
    this.requestUpdate();
  }

  #resolveConflict(useLocal: boolean): void {
    if (this.view.kind !== 'conflict') return;
    const { local, remote } = this.view;
    this.view = { kind: 'ready' };
    if (useLocal) this.#useLocal(local, false);
    else this.#useRemote(remote, { ...local, bollo: local.bollo });
  }

  async #downloadReceipt(): Promise<void> {
    const l = this.#loaded;
    const file = this.pratica?.compiledModules[0];
    if (!l || !file) return;
    this.receiptError = undefined;
    try {
      const d = await l.client.download(file.url);
      saveBlob(d.blob, d.filename !== 'download' ? d.filename : file.originalName || 'ricevuta.pdf');
    } catch {
      this.receiptError = t(this.resolvedLocale, 'receiptFailed');
    }
  }

  #onRating(next: RatingState, submit = false): void {
    if (submit) {
      if (next.value === undefined) {
        this.rating = { ...next, error: t(this.resolvedLocale, 'ratingRequired') };
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#star-5')?.focus());
        return;
      }
      const rating = next.value as 1 | 2 | 3 | 4 | 5;
      this.emit('sdc-feedback', {
        rating,
        positive: rating >= 4,
        answer: next.answer,
        answerLabel: next.answer ? ratingAnswerLabel(this.resolvedLocale, next.answer) : undefined,
        details: next.text || undefined,
        page: typeof location === 'undefined' ? '' : location.pathname + location.search,
      });
      this.rating = { ...next, sent: true };
      return;
    }
    this.rating = next;
  }

  #praticaUrl(id: string): string | undefined {
    const area = this.config?.areaPersonaleUrl;
    if (area) return `${area}${area.includes('?') ? '&' : '?'}pratica=${encodeURIComponent(id)}`;
    const b = this.resolvedBaseUrl;
    return b ? `${b}/${this.resolvedLocale}/pratiche/${encodeURIComponent(id)}/detail` : undefined;
  }

  #loginHref(): string | undefined {
    return this.api.loginUrl();
  }

  // ----------------------------------------------------------------------------------------------
  // Rendering

  override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const v = this.view;
    switch (v.kind) {
      case 'loading':
        return html`<div class="wizard">${renderLoading(locale, 6)}</div>`;
      case 'error': {
        const text = (t(locale, v.text as WizardMessageKey) === v.text ? v.text : t(locale, v.text as WizardMessageKey));
        return html`<div class="wizard">
          ${v.retry
            ? renderError(locale, text, () => { this.#loadKey = ''; this.requestUpdate(); }, t(locale, v.title))
            : // Nothing to retry (no such service, no online form): say what it is, without "check the connection".
              html`<div class="sdc-state sdc-state--error" role="alert">
                <p class="sdc-state__title">${t(locale, v.title)}</p>
                <p class="sdc-state__text">${text}</p>
              </div>`}
          ${v.link ? html`<p><a class="btn btn-outline" href=${v.link}>${t(locale, v.title === 'noFormTitle' ? 'externalLink' : 'seePratica')}</a></p>` : nothing}
        </div>`;
      }
      case 'login': {
        const name = this.#serviceForLogin?.name ?? '';
        return html`<div class="wizard">
          <section class="login-gate" aria-labelledby="login-title">
            <h2 id="login-title">${t(locale, 'loginTitle')}</h2>
            <p>${t(locale, 'loginText', { service: name })}</p>
            ${this.#loginHref() ? html`<a class="btn" href=${this.#loginHref()!} data-element="personal-area-login">${t(locale, 'login')}</a>` : nothing}
          </section>
        </div>`;
      }
      case 'conflict':
        return html`<div class="wizard">
          <section class="conflict" aria-labelledby="conflict-title">
            <h2 id="conflict-title">${t(locale, 'conflictTitle')}</h2>
            <p>${t(locale, 'conflictText', { local: formatDateTime(v.local.savedAt, locale), remote: formatDateTime(v.remote.updatedAt ?? v.remote.createdAt, locale) })}</p>
            <div class="actions actions--start">
              <button type="button" class="btn" @click=${() => this.#resolveConflict(true)}>${t(locale, 'useLocal')}</button>
              <button type="button" class="btn btn-outline" @click=${() => this.#resolveConflict(false)}>${t(locale, 'useRemote')}</button>
            </div>
          </section>
        </div>`;
      default:
        return this.#renderReady();
    }
  }

  #renderReady(): TemplateResult {
    const locale = this.resolvedLocale;
    const l = this.#loaded!;
    const pos = this.position;
    const positions = this.#stepperPositions;
    const current = positions.indexOf(pos);
    const steps: StepperStep[] = positions.map((p, i) => ({
      key: p,
      title: this.#titleOf(p),
      state: pos === 'conferma' || i < current ? 'done' : i === current ? 'current' : 'todo',
      reachable: !this.#submitted && p !== 'pagamento' && this.#visited.has(p),
    }));
    const formStep = pos.startsWith(FORM_PREFIX);
    return html`<div class="wizard" role="region" aria-label=${t(locale, 'label', { service: l.service.name })}>
      ${pos === 'conferma' ? nothing : renderStepper({ locale, steps, onSelect: (k) => this.#goTo(k) })}
      ${this.#renderSessionExpired()}
      ${this.notice
        ? html`<div class="callout callout--${this.notice.tone}" role="status">
            <p>${this.notice.text}</p>
            ${this.notice.undo ? html`<button type="button" class="btn btn-link btn-sm" @click=${() => this.#startOver()}>${t(locale, 'startOver')}</button>` : nothing}
          </div>`
        : nothing}
      ${this.generalErrors.length
        ? html`<div class="error-summary" id="error-summary" tabindex="-1" part="error-summary" aria-labelledby="gen-title">
            <div role="alert">
              <h2 class="error-summary__title" id="gen-title">${this.generalErrors[0]}</h2>
              ${this.generalErrors.length > 1 || this.summaryItems.length
                ? html`<ul class="error-summary__list">
                    ${this.generalErrors.slice(1).map((g) => html`<li>${g}</li>`)}
                    ${this.summaryItems.map((i) => html`<li><a href="#${i.targetId}" @click=${(e: Event) => { e.preventDefault(); void this.#focusIssue(i); }}>${i.text}</a></li>`)}
                  </ul>`
                : nothing}
            </div>
          </div>`
        : renderErrorSummary({ locale, items: this.summaryItems, root: () => this.renderRoot, beforeFocus: (i) => this.#openStepOf(i) })}
      ${renderWarningSummary({ locale, items: this.warningItems, root: () => this.renderRoot, onConfirm: () => this.#confirmWarnings() })}
      <h2 id="step-heading" class="step-heading" tabindex="-1">${pos === 'conferma' ? t(locale, 'doneTitle') : this.#titleOf(pos)}</h2>
      <form novalidate class="step step--${formStep ? 'form' : pos}" @submit=${(e: Event) => { e.preventDefault(); this.#next(); }}>
        ${this.#renderBody()}
        ${this.#renderSubmitError()}
        ${this.#renderActions()}
      </form>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#uploads.announcement}</div>
    </div>`;
  }

  async #focusIssue(item: SummaryItem): Promise<void> {
    await focusField(() => this.renderRoot, item, (i) => this.#openStepOf(i));
  }

  /** A summary link may point to a field of another step (server errors on the Riepilogo). */
  async #openStepOf(item: SummaryItem): Promise<void> {
    const path = (item as SummaryItem & { path?: string }).path;
    const key = path ? this.#loaded?.model.stepOf(path) : undefined;
    if (key && this.position !== `${FORM_PREFIX}${key}`) {
      const keep = { errors: this.errors, items: this.summaryItems };
      this.#returnToSummary = true;
      this.#goTo(`${FORM_PREFIX}${key}`, { focus: false });
      this.errors = keep.errors;
      this.summaryItems = keep.items.filter((i) => (i as SummaryItem & { path?: string }).path && this.#loaded?.model.stepOf((i as SummaryItem & { path?: string }).path!) === key);
      await this.updateComplete;
    }
  }

  #renderSessionExpired(): TemplateResult | typeof nothing {
    if (!this.sessionExpired && this.api.state !== 'expired') return nothing;
    const locale = this.resolvedLocale;
    const href = this.#loginHref();
    return html`<div class="callout callout--warning" id="session-expired" tabindex="-1" role="alert">
      <p><strong>${t(locale, 'expiredTitle')}</strong></p>
      <p>${t(locale, 'expiredText')}</p>
      ${href ? html`<a class="btn" href=${href} @click=${() => this.#saveLocal()}>${t(locale, 'loginAgain')}</a>` : nothing}
    </div>`;
  }

  #renderSubmitError(): TemplateResult | typeof nothing {
    const e = this.submitError;
    if (!e || this.position !== (this.#needsBolloStep ? 'bollo' : 'riepilogo')) return nothing;
    const locale = this.resolvedLocale;
    return html`<div class="callout callout--danger" id="submit-error" tabindex="-1" role="alert">
      <p><strong>${t(locale, 'submitFailedTitle')}</strong></p>
      <p>${e.userMessage(locale)} ${t(locale, 'submitFailed')}</p>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const locale = this.resolvedLocale;
    const l = this.#loaded!;
    const pos = this.position;
    if (pos === 'privacy') {
      return renderPrivacyStep({
        locale,
        privacyUrl: this.privacyUrl ?? this.config?.privacyUrl,
        accepted: this.privacyAccepted,
        error: this.errors.get(PRIVACY_PATH),
        onChange: (v) => {
          this.privacyAccepted = v;
          if (v && this.errors.has(PRIVACY_PATH)) this.#clearMessages();
          this.#saveLocal();
        },
      });
    }
    if (pos.startsWith(FORM_PREFIX)) {
      const ctx: RenderContext = {
        locale,
        value: (p) => l.model.getValue(p),
        error: (p) => this.errors.get(p),
        warning: (p) => this.warnings.get(p),
        onChange: (p, v, live) => this.#onChange(p, v, live),
        uploads: this.#uploads,
        addRow: (p) => {
          l.model.addRow(p);
          this.#saveLocal();
          this.requestUpdate();
        },
        removeRow: (p, i) => {
          l.model.removeRow(p, i);
          this.#saveLocal();
          this.requestUpdate();
          void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(l.model.node(p)?.id ?? '')}`)?.focus());
        },
        headingLevel: 3,
        remoteOptions: (n) => this.#remoteOptions.get(n),
      };
      return html`<div class="form-step">${renderNodes(l.model.renderStep(pos.slice(FORM_PREFIX.length)), ctx)}</div>`;
    }
    if (pos === 'riepilogo') {
      return renderRiepilogo({ locale, sections: l.model.summary(), onEdit: (p, k) => this.#edit(p, k) });
    }
    if (pos === 'bollo') {
      const errs: Partial<Record<keyof BolloEntry, string>> = {};
      for (const [k, v] of this.errors) if (k.startsWith('~bollo.')) errs[k.slice(7) as keyof BolloEntry] = v;
      return renderBolloStep({
        locale,
        amount: l.service.bollo?.amount ?? 16,
        value: this.bollo,
        errors: errs,
        onChange: (next, live) => {
          this.bollo = next;
          if (!live && this.errors.size) {
            const now = validateBollo(next, locale);
            this.errors = new Map([...this.errors].filter(([k]) => now[k.slice(7) as keyof BolloEntry]).map(([k]) => [k, now[k.slice(7) as keyof BolloEntry]!]));
          }
          this.#saveLocal();
        },
      });
    }
    if (pos === 'pagamento') return this.#payment.render({ onFinish: () => this.#finishWithoutPaying() });
    return renderConfirmation({
      locale,
      service: l.service,
      pratica: this.pratica!,
      payment: this.completedPayment ?? this.#payment.payment,
      email: this.#email(),
      areaUrl: this.config?.areaPersonaleUrl,
      praticaUrl: this.pratica ? this.#praticaUrl(this.pratica.id) : undefined,
      onReceipt: () => void this.#downloadReceipt(),
      receiptError: this.receiptError,
      rating: this.rating,
      onRating: (r, s) => this.#onRating(r, s),
    });
  }

  #email(): string | undefined {
    const m = this.#loaded?.model;
    const v = m?.getValue('applicant.data.email_address') || m?.getValue('email_address') || this.#loaded?.citizen?.email;
    return typeof v === 'string' && v ? v : undefined;
  }

  #renderActions(): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const pos = this.position;
    if (pos === 'pagamento' || pos === 'conferma') return nothing;
    const positions = this.#positions;
    const first = positions.indexOf(pos) === 0;
    const sends = (pos === 'riepilogo' && !this.#needsBolloStep) || pos === 'bollo';
    const primary = sends
      ? this.submitting
        ? t(locale, 'sending')
        : this.submitError
          ? t(locale, 'retrySend')
          : t(locale, 'sendLong')
      : this.#returnToSummary && pos.startsWith(FORM_PREFIX)
        ? t(locale, 'backToSummary')
        : t(locale, 'next');
    return html`<div class="actions" part="actions">
      ${first ? html`<span></span>` : html`<button type="button" class="btn btn-outline btn-back" ?disabled=${this.submitting} @click=${() => this.#back()}>${t(locale, 'back')}</button>`}
      <div class="actions__end">
        ${pos !== 'privacy' && !this.#submitted
          ? html`<button type="button" class="btn btn-outline" ?disabled=${this.submitting} @click=${() => void this.#saveRemote(true)}>${t(locale, 'save')}</button>`
          : nothing}
        <button type="submit" class="btn btn-primary" ?disabled=${this.submitting} aria-disabled=${this.submitting ? 'true' : nothing}>
          ${this.submitting ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${primary}
        </button>
      </div>
    </div>`;
  }
}
