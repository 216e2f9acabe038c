import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { getPratica } from '../../api/applications.js';
import { toSdcError } from '../../core/errors.js';
import { SdcElement } from '../../core/sdc-element.js';
import type { Payment } from '../../domain/payment.js';
import type { Pratica } from '../../domain/pratica.js';
import type { ServiceAction } from '../../domain/service.js';
import { formatTime, withTimeZoneNote } from '../../i18n/format.js';
import { alertStyles } from '../../ui/alert.js';
import { ApiController } from '../../controllers/api-controller.js';
import { UrlState, type UrlSync } from '../../controllers/url-state.js';
import { errorSummaryStyles } from '../../ui/error-summary.js';
import { fieldStyles, type FileUploads } from '../../ui/fields/index.js';
import { renderLoading, stateStyles } from '../../ui/states.js';
import { stepperStyles } from '../../ui/stepper.js';
import { base, controls, tokens } from '../../styles/tokens.js';
import type { ConfirmationStep } from './confirmation-step.js';
import { DraftSync, snapshotOf, type Restored } from './draft-sync.js';
import { FieldMessages } from './field-messages.js';
import { EMPTY_BOLLO, type BolloEntry, type LocalDraft } from './local-draft.js';
import { adoptPartStyles, LazyParts } from './lazy-part.js';
import type { PaymentStep } from './payment-step.js';
import { RemoteOptions } from './remote-options.js';
import { wizardStyles } from './sdc-pratica-wizard.styles.js';
import { wizardMessages as t } from './sdc-pratica-wizard.messages.js';
import { StepValidation } from './step-validation.js';
import type { SubmitFlow } from './submit-flow.js';
import { loadWizard, type Loaded, type LoadOutcome } from './wizard-loader.js';
import { FORM_PREFIX, WizardNavigator, type Position } from './wizard-navigator.js';
import { awaitsPayment, needsBolloStep, needsPayment, positionsOf, praticaUrl, titleOf } from './wizard-steps.js';
import { partOf, parts, prefetchFrom, type PartName } from './wizard-parts.js';
import * as views from './wizard-views.js';

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

/**
 * The online pratica, from the privacy consent to the confirmation: Informativa sulla privacy → the
 * service's Form.io panels (the `applicant` Anagrafica prefilled from SPID/CIE, locked fields
 * readonly) → Riepilogo → marca da bollo / pagamento when the service asks for it at submission →
 * Conferma. Validation with a GOV.UK error summary, conditional sections, files, drafts on the device
 * and on the backend, browser Back and reload resume.
 *
 * The element wires and renders; the work is in its controllers: `wizard-loader.ts` (a Task),
 * `WizardNavigator` (steps, history, title, focus), `FieldMessages` (GOV.UK error timing),
 * `StepValidation` (what Avanti/Invia checks on each step), `DraftSync` (device and backend drafts, which one to open),
 * `SubmitFlow` (idempotent submit), `PaymentStep`; step bodies are in `wizard-views.ts` and `*-step.ts`.
 *
 * @tag sdc-pratica-wizard
 * @summary The citizen's online request (pratica) for one service, with drafts, payment and confirmation.
 *
 * @attr {'blank' | 'self'} checkout-target - Where "Paga online" opens the pagoPA checkout: a new tab by
 *   default (OpenCity lands the citizen on its own pratica page afterwards, so the wizard watches the
 *   payment meanwhile); `self` keeps it in the same tab, for tenants whose landing leads back here.
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
 * @cssprop --sdc-color-primary-dark - Hover and pressed states, text of information tags.
 * @cssprop --sdc-color-primary-soft - Selected and information backgrounds.
 * @cssprop --sdc-color-text - Text.
 * @cssprop --sdc-color-muted - Hints, secondary text, field borders.
 * @cssprop --sdc-color-border - Card and row borders.
 * @cssprop --sdc-color-surface - Card and field backgrounds.
 * @cssprop --sdc-color-surface-alt - Panels, filter bars, states.
 * @cssprop --sdc-color-success - Success accents (borders, icons).
 * @cssprop --sdc-color-success-soft - Success backgrounds.
 * @cssprop --sdc-color-success-text - Text on success backgrounds (tags, alerts).
 * @cssprop --sdc-color-danger - Errors.
 * @cssprop --sdc-color-danger-soft - Error backgrounds.
 * @cssprop --sdc-color-danger-text - Error text (messages, tags).
 * @cssprop --sdc-color-warning - Warnings.
 * @cssprop --sdc-color-warning-soft - Warning backgrounds.
 * @cssprop --sdc-color-warning-text - Text on warning backgrounds (tags, alerts).
 * @cssprop --sdc-color-neutral-soft - Neutral tags, read-only fields.
 * @cssprop --sdc-color-neutral-text - Text of neutral tags.
 * @cssprop --sdc-font-family - Text font (Titillium Web by default).
 * @cssprop --sdc-font-family-mono - Codes to copy (notice code, bollo identifier).
 * @cssprop --sdc-font-size - Base text size of shadow-DOM elements.
 * @cssprop --sdc-radius - Corner radius.
 * @cssprop --sdc-space - Spacing unit.
 * @cssprop --sdc-focus-ring - Keyboard focus ring (Comuni template: white gap, black ring).
 * @cssprop --sdc-shadow - Card shadow.
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
  /**
   * Where the backend draft's id is kept (`?pratica=<id>`), so a reload resumes from the backend, not
   * only from this device: `search` (the page's query string) or `none`. `no-history` implies `none`.
   */
  @property({ attribute: 'url-sync' }) urlSync: UrlSync = 'search';

  readonly api = new ApiController(this);

  /** `pratica-id` came from the URL (not from the page): the URL may change it back. */
  #praticaFromUrl = false;
  readonly #url = new UrlState(this, {
    mode: () => (this.noHistory || this.urlSync === 'hash' ? 'none' : this.urlSync), keys: ['pratica'],
    read: (p) => {
      // Only on arrival (a reload, a shared link): later popstates are the wizard's own steps.
      const id = p.get('pratica');
      if (this.hasUpdated || this.praticaId || !id) return;
      this.praticaId = id;
      this.#praticaFromUrl = true;
    },
  });

  /** Keeps the backend draft's id in the URL (replacing, not adding, a history entry); `undefined` removes it. */
  #keepInUrl(id: string | undefined): void {
    this.#url.write(new URLSearchParams(id ? { pratica: id } : {}), { replace: true });
  }

  @state() private view: views.WizardView = { kind: 'loading' };
  @state() private privacyAccepted = false;
  @state() private bollo: BolloEntry = { ...EMPTY_BOLLO };
  @state() private sessionExpired = false;
  @state() private notice?: views.Notice;
  @state() private pratica?: Pratica;
  @state() private completedPayment?: Payment;

  #loaded?: Loaded;
  #submitted = false;
  /** Bumped to load again (Riprova, Ricomincia, reconnection) with the same attributes. */
  #reloads = 0;

  readonly #loader = new Task(this, {
    task: async ([client, serviceId, praticaId, action, refPratica], { signal }) => {
      this.view = { kind: 'loading' };
      const o = await loadWizard({
        client, serviceId, praticaId, action, refPratica, locale: this.resolvedLocale, formServerUrl: this.config?.formServerUrl,
        ensureSession: (s) => this.api.ensureSession({ signal: s }), session: () => this.api.session,
        // Same event as the service card: the page can title itself after the service (WCAG 2.4.2).
        onService: (service) => this.emit('sdc-service-loaded', { service }),
      }, signal);
      // A pratica this device sent, of a service paid at submission: back from pagoPA? The payment part
      // knows (its checkout record), and the step it opens on needs it anyway.
      if (o.kind === 'ready' && o.local?.submitted && o.remote && needsPayment(o.loaded)) await parts.payment.need();
      return o;
    },
    args: () => [this.api.client, this.serviceId, this.praticaId, this.action, this.refPratica, this.#reloads] as const,
    onComplete: (o) => this.#apply(o),
    // loadWizard turns every failure into an outcome; what is left is an abort (a newer load runs).
    onError: () => undefined,
  });

  readonly #messages: FieldMessages = new FieldMessages(this, { targetId: (p) => this.#steps.targetId(p), onChange: () => this.#nav.syncErrorTitle() });

  readonly #nav: WizardNavigator = new WizardNavigator(this, {
    positions: () => positionsOf(this.#loaded), titleOf: (p) => titleOf(this.#loaded, this.resolvedLocale, p), serviceId: () => this.#loaded?.service.id,
    locale: () => this.resolvedLocale, noHistory: () => this.noHistory, active: () => this.view.kind === 'ready', submitted: () => this.#submitted,
    hasErrors: () => this.#messages.hasErrors, fieldId: (p) => this.#loaded?.model.node(p)?.id,
    onEnter: (p) => {
      this.#messages.clear();
      if (this.#loaded) prefetchFrom(this.#loaded, p);
      if (p === 'pagamento') this.#startPayment();
    },
    onEntered: (p, prev) => {
      if (prev !== p) this.emit('sdc-step-change', { step: p, prevStep: prev });
      // Nothing to keep before the consent: a draft starts with the first answer.
      if (!this.#submitted && (this.privacyAccepted || this.#drafts.remoteId)) this.#drafts.saveLocal();
    },
  });

  readonly #drafts: DraftSync = new DraftSync(this, {
    // Nothing to keep while loading or while the citizen chooses between two drafts.
    snapshot: () => (this.#loaded && this.view.kind === 'ready' ? snapshotOf(this.#loaded, {
      position: this.#nav.position, visited: [...this.#nav.visited], privacyAccepted: this.privacyAccepted, bollo: this.bollo, submitted: this.#submitted,
    }) : undefined),
    data: () => this.#loaded!.model.draftData(), session: () => this.api.session,
    onSaved: ({ pratica, local, savedAt, explicit, recreated }) => {
      this.emit('sdc-draft-saved', { pratica, local, savedAt });
      if (pratica && !local) this.#keepInUrl(pratica.id);
      // The one sentence about a new draft wins over "Richiesta salvata" (it says the draft is saved too).
      if (explicit && !recreated) this.notice = { tone: 'success', text: t(this.resolvedLocale, local ? 'savedLocal' : 'savedAt', { time: withTimeZoneNote(formatTime(savedAt, this.resolvedLocale), savedAt, this.resolvedLocale) }) };
    },
    onFailed: (kind, explicit) => {
      if (kind === 'unauthorized') this.sessionExpired = true;
      else if (explicit) this.notice = { tone: 'warning', text: t(this.resolvedLocale, 'saveFailed') };
    },
    onRecreated: () => (this.notice = { tone: 'info', text: t(this.resolvedLocale, 'draftRecreated') }),
  });

  readonly #steps: StepValidation = new StepValidation(this, {
    model: () => this.#loaded?.model, messages: this.#messages, nav: this.#nav, locale: () => this.resolvedLocale,
    privacyAccepted: () => this.privacyAccepted, bollo: () => this.bollo, uploadsBusy: () => !!this.#uploads?.busy, needsBollo: () => needsBolloStep(this.#loaded),
    bolloRules: () => parts.late.module,
  });

  readonly #remoteOptions = new RemoteOptions(() => this.#loaded?.client, () => this.requestUpdate());
  // The parts in chunks of their own (wizard-parts.ts): their controllers are made when they arrive.
  readonly #parts = new LazyParts(this, Object.values(parts), () => this.#wire(), () => this.resolvedLocale);
  #payment?: PaymentStep;
  #confirmation?: ConfirmationStep;
  /** With the late part: only the Riepilogo and bollo steps send, and they wait for it. */
  #submit?: SubmitFlow;
  #uploads?: FileUploads;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#wire();
    this.requestUpdate();
  }

  /** Makes the controllers of the parts that have arrived (once each), and starts a payment waiting for its part. */
  #wire(): void {
    const late = parts.late.module;
    const payment = parts.payment.module;
    const files = parts.files.module;
    if (late && !this.#confirmation) {
      adoptPartStyles(this.renderRoot, late.styles);
      this.#confirmation = new late.ConfirmationStep(this, (detail) => this.emit('sdc-feedback', detail));
      this.#submit = new late.SubmitFlow(this, {
        drafts: this.#drafts, client: () => this.#loaded?.client, session: () => this.api.session, needsAuth: () => !!this.#loaded?.service.needsAuth,
      });
    }
    if (files && !this.#uploads) {
      this.#uploads = files.createUploads(this, {
        client: () => this.#loaded?.client, getValue: (path) => this.#loaded?.model.getValue(path),
        commit: (path, value) => this.#onChange(path, value), locale: () => this.resolvedLocale,
      });
    }
    if (payment && !this.#payment) {
      adoptPartStyles(this.renderRoot, payment.styles);
      this.#payment = new payment.PaymentStep(this, (p) => this.#onPaymentComplete(p));
      if (this.view.kind === 'ready' && this.#nav.position === 'pagamento') this.#startPayment();
    }
  }

  #startPayment(): void {
    if (!this.pratica || !this.#loaded) return;
    if (this.#payment) this.#payment.start(this.#loaded.client, this.pratica.id);
    else void parts.payment.need();
  }

  /** The part the current step is drawn with, while it has not arrived (the step shows the wait). */
  #waitingFor(l: Loaded, pos: Position): PartName | undefined {
    // A form without file questions, or once their code is here, needs nothing more: no walk of the step's tree.
    const name = partOf(pos, this.#uploads || !l.hasFiles ? undefined : () => l.model.renderStep(pos.slice(FORM_PREFIX.length)));
    if (!name) return undefined;
    const ready = name === 'files' ? !!this.#uploads : name === 'payment' ? !!this.#payment : !!this.#confirmation;
    return ready ? undefined : name;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loader.abort();
    // Put back in the page later: load again, as a new element would.
    this.#reloads++;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#loaded && this.#loaded.model.locale !== this.resolvedLocale) this.#loaded.model.locale = this.resolvedLocale;
  }

  #reload(): void {
    this.#reloads++;
    this.requestUpdate();
  }

  #apply(o: LoadOutcome): void {
    if (o.kind === 'error') return void (this.view = { ...o, link: o.linkPratica ? this.#praticaUrl(o.linkPratica) : o.link });
    if (o.kind === 'login') {
      this.#loaded = undefined;
      this.#drafts.attach(undefined);
      return void (this.view = { kind: 'login', service: o.service?.name ?? '' });
    }
    this.#loaded = o.loaded;
    this.#reset();
    // What this form will need later starts now (a file question, a marca da bollo): wizard-parts.ts.
    prefetchFrom(o.loaded, 'privacy');
    const open = this.#drafts.open(o.loaded, o.local, o.remote);
    if (open.kind === 'conflict') return void (this.view = open);
    if (open.kind === 'resume') return this.#resume(open.restored, open.announced);
    this.pratica = open.pratica;
    this.#submitted = true;
    this.view = { kind: 'ready' };
    this.#nav.goTo(open.awaitingPayment ? 'pagamento' : 'conferma', { push: false, focus: false });
  }

  #reset(): void {
    this.#nav.reset();
    this.#messages.reset();
    this.#submit?.reset();
    this.#submitted = false;
    this.pratica = undefined;
    this.privacyAccepted = false;
    this.bollo = { ...EMPTY_BOLLO };
    this.notice = undefined;
    this.sessionExpired = false;
  }

  /** Opens the wizard on a draft; `announced` says "we brought back your answers" (with "Ricomincia"). */
  #resume(r: Restored, announced?: LocalDraft): void {
    this.privacyAccepted = r.privacyAccepted;
    this.bollo = { ...EMPTY_BOLLO, ...r.bollo };
    for (const p of r.visited) this.#nav.visited.add(p);
    this.notice = views.resumeNotice(this.resolvedLocale, r.orphans, announced) ?? this.notice;
    this.view = { kind: 'ready' };
    this.#nav.start(r.position && positionsOf(this.#loaded).includes(r.position) ? r.position : this.#nav.firstFormPosition);
  }

  #next(): void {
    if (!this.#loaded || this.#submit?.submitting) return;
    const pos = this.#nav.position;
    // A step still waiting for its code has nothing to check nor send yet.
    if (this.#waitingFor(this.#loaded, pos)) return;
    const verdict = this.#steps.check(pos);
    if (verdict === 'send') return void this.#send();
    if (verdict === 'stay') return;
    if (pos.startsWith(FORM_PREFIX)) void this.#drafts.saveRemote(false);
    this.#nav.goTo(this.#nav.following());
  }

  #onChange(path: string, value: unknown, live = false): void {
    const m = this.#loaded?.model;
    if (!m) return;
    const r = m.setValue(path, value);
    // GOV.UK: a shown message goes once the value is valid, while typing too; none appears or changes
    // on a commit (blur), so the layout never moves under a pointer on its way to another field.
    const settled = this.#messages.settle(r.issues, r.hidden);
    if (live) {
      if (r.changed || r.stepsChanged) this.#drafts.saveSoon();
    } else if (r.changed || r.stepsChanged || settled || this.#drafts.pending) this.#drafts.saveLocal();
    // A keystroke is already on screen: the step renders again only when something else must show (a
    // section appears or goes, the steps change; `settle` asks for its own render when a message goes).
    // A committed choice renders its own field again, and only it (renderNodes skips unchanged fields).
    if (r.stepsChanged || r.shown.length || r.hidden.length || (r.changed && !live)) this.requestUpdate();
  }

  async #send(): Promise<void> {
    const l = this.#loaded!;
    const late = parts.late.module;
    // The sending steps are drawn with the late part: they are not shown without it (#waitingFor).
    if (!late || !this.#submit) return;
    this.#messages.clear();
    this.#drafts.saveLocal();
    try {
      const data = late.submissionData(l.model);
      const pratica = await this.#submit.submit(needsBolloStep(l) ? { ...data, ...late.bolloSubmission(this.bollo) } : data);
      this.pratica = pratica;
      this.#submitted = true;
      // Sent: "we brought back your answers… Ricomincia da capo" no longer applies, and a reload
      // opens the sent pratica from this device's record, not as a draft to resume.
      this.notice = undefined;
      this.#keepInUrl(undefined);
      this.emit('sdc-submitted', { pratica });
      if (awaitsPayment(this.#loaded, pratica.statusCode)) {
        this.#nav.goTo('pagamento');
        this.#drafts.saveLocal();
      } else {
        this.#drafts.clearLocal();
        this.#nav.goTo('conferma');
      }
    } catch (e) {
      const err = toSdcError(e);
      if (err.kind === 'validation') return this.#steps.showServer(late.serverIssues(err, l.model, this.resolvedLocale));
      if (err.kind === 'unauthorized') {
        this.sessionExpired = true;
        this.#drafts.saveLocal();
      }
      this.#focusSoon(err.kind === 'unauthorized' ? 'session-expired' : 'submit-error');
    }
  }

  #focusSoon(id: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus());
  }

  #onPaymentComplete(payment: Payment): void {
    this.completedPayment = payment;
    // `sdc-payment-complete` is declared by the payment panel (same event, same detail).
    this.emit('sdc-payment-complete', { payment });
    if (this.#loaded) void getPratica(this.#loaded.client, this.pratica!.id, { dedupe: false }).then((p) => (this.pratica = p), () => undefined);
    this.#finish();
  }

  #finish(): void {
    this.#drafts.clearLocal();
    this.#nav.goTo('conferma');
  }

  #startOver(): void {
    this.#drafts.clearLocal();
    this.#keepInUrl(undefined);
    if (this.#praticaFromUrl) {
      this.#praticaFromUrl = false;
      this.praticaId = undefined;
    }
    this.#nav.forget();
    this.#reload();
  }

  #resolveConflict(useLocal: boolean): void {
    if (this.view.kind !== 'conflict') return;
    const restored = this.#drafts.choose(this.#loaded!, this.view, useLocal);
    this.view = { kind: 'ready' };
    this.#resume(restored);
  }

  #praticaUrl(id: string): string | undefined {
    return praticaUrl(this.config, this.resolvedBaseUrl, this.resolvedLocale, id);
  }

  override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const v = this.view;
    if (v.kind === 'loading') return html`<div class="wizard">${renderLoading(locale, 6)}</div>`;
    if (v.kind === 'error') return views.renderErrorView(locale, v, () => this.#reload());
    if (v.kind === 'login') return views.renderLoginView(locale, v.service, this.api.loginUrl());
    if (v.kind === 'conflict') return views.renderConflictView(locale, v.local, v.remote, (useLocal) => this.#resolveConflict(useLocal));
    const l = this.#loaded!;
    const pos = this.#nav.position;
    const waiting = this.#waitingFor(l, pos);
    return views.renderReady({
      locale, loaded: l, pos, steps: this.#nav.steps(this.#submitted), messages: this.#messages, root: () => this.renderRoot, notice: this.notice,
      expired: this.sessionExpired || this.api.state === 'expired', loginUrl: () => this.api.loginUrl(), announcement: this.#uploads?.announcement ?? '',
      submitted: this.#submitted, submitting: !!this.#submit?.submitting, submitError: this.#submit?.error, returnToSummary: this.#nav.returnToSummary, late: parts.late.module,
      body: this.#renderBody(l, pos, waiting), waiting: !!waiting,
      onSelect: (k) => this.#nav.goTo(k), beforeLogin: () => this.#drafts.saveLocal(), startOver: () => this.#startOver(), openStepOf: (i) => this.#steps.openStepOf(i),
      onConfirmWarnings: () => { this.#steps.confirmWarnings(); this.#next(); },
      onNext: () => this.#next(), onBack: () => this.#nav.back(), onSave: () => void this.#drafts.saveRemote(true),
    });
  }

  #renderBody(l: Loaded, pos: Position, waiting: PartName | undefined): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    if (waiting) {
      const part = parts[waiting];
      // "Riprova" goes away with the error: once the step is there, the focus goes to its heading.
      const retry = () => void part.retry().then((m) => m && this.#focusSoon('step-heading'));
      return views.renderPartWait(locale, this.#parts.want(part), this.#submitted, retry);
    }
    const signedIn = !!this.api.session?.isAuthenticated && !this.api.session.isAnonymousUser;
    return views.renderStepBody({
      locale, loaded: l, pos, messages: this.#messages, uploads: this.#uploads, remoteOptions: this.#remoteOptions,
      privacyUrl: this.privacyUrl ?? this.config?.privacyUrl, privacyAccepted: this.privacyAccepted, bollo: this.bollo, late: parts.late.module,
      onPrivacy: (v) => {
        this.privacyAccepted = v;
        this.#steps.privacyChanged(v);
        this.#drafts.saveLocal();
      },
      onChange: (p, v, live) => this.#onChange(p, v, live),
      rowsChanged: (focus) => {
        this.#drafts.saveLocal();
        this.requestUpdate();
        if (focus) this.#focusSoon(focus);
      },
      onEdit: (p, k) => this.#nav.openFromSummary(k, p),
      onBollo: (next) => {
        this.bollo = next;
        this.#steps.bolloChanged(next);
        this.#drafts.saveLocal();
      },
      payment: () => this.#payment?.render({ onFinish: () => this.#finish() }) ?? html``,
      confirmation: () => this.#confirmation?.render({
        locale, service: l.service, pratica: this.pratica!, payment: this.completedPayment ?? this.#payment?.payment,
        // An anonymous citizen has no area personale to go to, nor a page of the pratica there.
        areaUrl: signedIn ? this.config?.areaPersonaleUrl : undefined, praticaUrl: signedIn ? this.#praticaUrl(this.pratica!.id) : undefined, client: l.client,
      }) ?? html``,
    });
  }
}
