import { html, nothing, type TemplateResult } from 'lit';
import type { SdcError } from '../../core/errors.js';
import { formatDateTime, withTimeZoneNote } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import type { Pratica } from '../../domain/pratica.js';
import { renderError, renderLoading } from '../../ui/states.js';
import { focusField, renderErrorSummary, renderWarningSummary } from '../../ui/error-summary.js';
import { renderStepper, type StepperStep } from '../../ui/stepper.js';
import type { BolloEntry, LocalDraft } from './local-draft.js';
import type { FormModel } from '../../forms/index.js';
import { renderNodes, type FileUploads } from '../../ui/fields/index.js';
import type { FieldMessages, PathItem } from './field-messages.js';
import type * as LateSteps from './late-steps.js';
import type { PartState } from './lazy-part.js';
import { PRIVACY_PATH, renderPrivacyStep } from './privacy-step.js';
import type { RemoteOptions } from './remote-options.js';
import { wizardMessages as t, type WizardMessageKey } from './sdc-pratica-wizard.messages.js';
import type { Loaded } from './wizard-loader.js';
import { FORM_PREFIX, type Position } from './wizard-navigator.js';
import { needsBolloStep, positionsOf, titleOf } from './wizard-steps.js';

/** A saved copy's time, in Rome time, saying so when the device's clock differs. */
const savedTime = (at: Date | string, locale: Locale): string => withTimeZoneNote(formatDateTime(at, locale), at, locale);

/** The screens that are not a step: a load failure, the login gate, the device/portal conflict. */

/** What the wizard shows: one of those screens, or the steps (`ready`). */
export type WizardView =
  | { kind: 'loading' }
  | ({ kind: 'error' } & ErrorView)
  | { kind: 'login'; service: string }
  | { kind: 'conflict'; local: LocalDraft; remote: Pratica }
  | { kind: 'ready' };

export interface ErrorView {
  title: WizardMessageKey;
  text: WizardMessageKey | string;
  retry: boolean;
  link?: string;
}

export function renderErrorView(locale: Locale, v: ErrorView, onRetry: () => void): TemplateResult {
  const text = t(locale, v.text as WizardMessageKey) === v.text ? v.text : t(locale, v.text as WizardMessageKey);
  return html`<div class="wizard">
    ${v.retry
      ? renderError(locale, text, onRetry, t(locale, v.title))
      : // Nothing to retry (no such service, no online form): say what it is, without "check the connection".
        html`<div class="sdc-state sdc-state--error" role="alert">
          <p class="sdc-state__title">${t(locale, v.title)}</p>
          <p class="sdc-state__text">${text}</p>
        </div>`}
    ${v.link ? html`<p><a class="btn btn-outline" href=${v.link}>${t(locale, v.title === 'noFormTitle' ? 'externalLink' : v.title === 'elsewhereTitle' ? 'bookingLink' : 'seePratica')}</a></p>` : nothing}
  </div>`;
}

export function renderLoginView(locale: Locale, service: string, href: string | undefined): TemplateResult {
  return html`<div class="wizard">
    <section class="login-gate" aria-labelledby="login-title">
      <h2 id="login-title">${t(locale, 'loginTitle')}</h2>
      <p>${t(locale, 'loginText', { service })}</p>
      ${href ? html`<a class="btn" href=${href} data-element="personal-area-login">${t(locale, 'login')}</a>` : nothing}
    </section>
  </div>`;
}

export function renderConflictView(locale: Locale, local: LocalDraft, remote: Pratica, choose: (useLocal: boolean) => void): TemplateResult {
  return html`<div class="wizard">
    <section class="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title">${t(locale, 'conflictTitle')}</h2>
      <p>${t(locale, 'conflictText', { local: savedTime(local.savedAt, locale), remote: savedTime(remote.updatedAt ?? remote.createdAt, locale) })}</p>
      <div class="actions actions--start">
        <button type="button" class="btn" @click=${() => choose(true)}>${t(locale, 'useLocal')}</button>
        <button type="button" class="btn btn-outline" @click=${() => choose(false)}>${t(locale, 'useRemote')}</button>
      </div>
    </section>
  </div>`;
}

/** The summary when some errors belong to no field: the first is the title, field links follow. */
export function renderGeneralSummary(general: string[], items: PathItem[], focus: (i: PathItem) => void): TemplateResult {
  return html`<div class="error-summary" id="error-summary" tabindex="-1" part="error-summary" aria-labelledby="gen-title">
    <div role="alert">
      <h2 class="error-summary__title" id="gen-title">${general[0]}</h2>
      ${general.length > 1 || items.length
        ? html`<ul class="error-summary__list">
            ${general.slice(1).map((g) => html`<li>${g}</li>`)}
            ${items.map((i) => html`<li><a href="#${i.targetId}" @click=${(e: Event) => { e.preventDefault(); focus(i); }}>${i.text}</a></li>`)}
          </ul>`
        : nothing}
    </div>
  </div>`;
}

export interface Notice {
  text: string;
  tone: 'info' | 'success' | 'warning';
  /** Offer "Ricomincia da capo" (a resumed device draft). */
  undo?: boolean;
}

export function renderNotice(locale: Locale, n: Notice | undefined, startOver: () => void): TemplateResult | typeof nothing {
  if (!n) return nothing;
  return html`<div class="callout callout--${n.tone}" role="status">
    <p>${n.text}</p>
    ${n.undo ? html`<button type="button" class="btn btn-link btn-sm" @click=${startOver}>${t(locale, 'startOver')}</button>` : nothing}
  </div>`;
}

export function renderSessionExpired(locale: Locale, href: string | undefined, beforeLogin: () => void): TemplateResult {
  return html`<div class="callout callout--warning" id="session-expired" tabindex="-1" role="alert">
    <p><strong>${t(locale, 'expiredTitle')}</strong></p>
    <p>${t(locale, 'expiredText')}</p>
    ${href ? html`<a class="btn" href=${href} @click=${beforeLogin}>${t(locale, 'loginAgain')}</a>` : nothing}
  </div>`;
}

export interface ActionsView {
  locale: Locale;
  first: boolean;
  /** The label of the button when this step sends the pratica (Riepilogo, or the bollo step after it): from the late part. */
  sendLabel?: string;
  submitting: boolean;
  backToSummary: boolean;
  canSave: boolean;
  /** The step's code has not arrived (wizard-parts.ts): nothing to go on with nor to send yet. */
  waiting?: boolean;
  onBack(): void;
  onSave(): void;
}

export function renderActions(a: ActionsView): TemplateResult {
  const { locale } = a;
  const primary = a.sendLabel ?? t(locale, a.backToSummary ? 'backToSummary' : 'next');
  return html`<div class="actions" part="actions">
    ${a.first ? html`<span></span>` : html`<button type="button" class="btn btn-outline btn-back" ?disabled=${a.submitting} @click=${a.onBack}>${t(locale, 'back')}</button>`}
    <div class="actions__end">
      ${a.canSave ? html`<button type="button" class="btn btn-outline" ?disabled=${a.submitting} @click=${a.onSave}>${t(locale, 'save')}</button>` : nothing}
      ${a.waiting
        ? nothing
        : html`<button type="submit" class="btn btn-primary" ?disabled=${a.submitting} aria-disabled=${a.submitting ? 'true' : nothing}>
            ${a.submitting ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${primary}
          </button>`}
    </div>
  </div>`;
}

export interface FormStepView {
  locale: Locale;
  model: FormModel;
  /** The Form.io panel's key. */
  stepKey: string;
  messages: FieldMessages;
  /** The file questions' controller, once its chunk is here (a step with one waits for it). */
  uploads?: FileUploads;
  remoteOptions: RemoteOptions;
  onChange(path: string, value: unknown, live?: boolean): void;
  /** A repeatable row was added or removed; `focus` is the id to focus afterwards. */
  rowsChanged(focus?: string): void;
}

/** One Form.io panel, with the messages FieldMessages shows. */
export function renderFormStep(v: FormStepView): TemplateResult {
  const { model: m, messages: msgs } = v;
  return html`<div class="form-step">${renderNodes(m.renderStep(v.stepKey), {
    locale: v.locale, headingLevel: 3, uploads: v.uploads,
    value: (p) => m.getValue(p),
    error: (p) => msgs.errors.get(p),
    warning: (p) => msgs.warnings.get(p),
    onChange: (p, val, live) => v.onChange(p, val, live),
    addRow: (p) => { m.addRow(p); v.rowsChanged(); },
    removeRow: (p, i) => { m.removeRow(p, i); v.rowsChanged(m.node(p)?.id ?? ''); },
    remoteOptions: (n) => v.remoteOptions.get(n),
  })}</div>`;
}

/** What to say on resuming a draft: a device draft brought back (with "Ricomincia"), answers the form no longer has. */
export function resumeNotice(locale: Locale, orphans: boolean, announced?: LocalDraft): Notice | undefined {
  const lost = orphans ? t(locale, 'orphans') : '';
  if (announced) return { tone: 'info', text: `${t(locale, 'resumedLocal', { date: savedTime(announced.savedAt, locale) })} ${lost}`.trim(), undo: true };
  return lost ? { tone: 'info', text: lost } : undefined;
}

export interface StepBodyView extends Omit<FormStepView, 'model' | 'stepKey'> {
  loaded: Loaded;
  pos: Position;
  privacyUrl?: string;
  privacyAccepted: boolean;
  bollo: BolloEntry;
  onPrivacy(accepted: boolean): void;
  onBollo(next: BolloEntry): void;
  onEdit(path: string, stepKey: string): void;
  /** Riepilogo, bollo and Conferma, once their chunk is here (the element shows the wait until then). */
  late?: typeof LateSteps;
  /** Pagamento and Conferma are rendered by their own controllers. */
  payment(): TemplateResult;
  confirmation(): TemplateResult;
}

/** The body of the current step. */
export function renderStepBody(v: StepBodyView): TemplateResult | typeof nothing {
  const { locale, loaded: l, pos, messages: msgs } = v;
  if (pos === 'privacy') return renderPrivacyStep({ locale, privacyUrl: v.privacyUrl, accepted: v.privacyAccepted, error: msgs.errors.get(PRIVACY_PATH), onChange: v.onPrivacy });
  if (pos.startsWith(FORM_PREFIX)) return renderFormStep({ ...v, model: l.model, stepKey: pos.slice(FORM_PREFIX.length) });
  if (pos === 'riepilogo') return v.late?.renderRiepilogo({ locale, sections: v.late.summaryOf(l.model), onEdit: v.onEdit }) ?? nothing;
  if (pos === 'bollo') return v.late?.renderBolloStep({ locale, amount: l.service.bollo?.amount ?? 16, value: v.bollo, errors: msgs.keyed('~bollo.'), onChange: v.onBollo }) ?? nothing;
  return pos === 'pagamento' ? v.payment() : v.confirmation();
}

export interface ReadyView {
  locale: Locale;
  loaded: Loaded;
  pos: Position;
  steps: StepperStep[];
  messages: FieldMessages;
  /** The element's render root, where summary links focus. */
  root(): ParentNode | null | undefined;
  notice?: Notice;
  expired: boolean;
  /** Asked only when the session has expired. */
  loginUrl(): string | undefined;
  submitted: boolean;
  submitting: boolean;
  submitError?: SdcError;
  /** Riepilogo, bollo and Conferma, once their chunk is here: the sending steps' wording comes with it. */
  late?: typeof LateSteps;
  /** Came from Riepilogo's "Modifica": Avanti goes back there. */
  returnToSummary: boolean;
  announcement: string;
  body: TemplateResult | typeof nothing;
  /** The body waits for its code (loading or failed): no Avanti/Invia meanwhile. */
  waiting: boolean;
  onSelect(key: string): void;
  beforeLogin(): void;
  startOver(): void;
  openStepOf(item: PathItem): Promise<void>;
  onConfirmWarnings(): void;
  onNext(): void;
  onBack(): void;
  onSave(): void;
}

/** The steps: stepper, notices and summaries, the current step's body, the action bar. */
export function renderReady(v: ReadyView): TemplateResult {
  const { locale, loaded: l, pos, messages: msgs, root } = v;
  // Riepilogo sends, or the bollo step after it; both are drawn with the late part (no button without it: `waiting`).
  const sends = pos === (needsBolloStep(l) ? 'bollo' : 'riepilogo');
  return html`<div class="wizard" role="region" aria-label=${t(locale, 'label', { service: l.service.name })}>
    ${pos === 'conferma' ? nothing : renderStepper({ locale, steps: v.steps, onSelect: v.onSelect })}
    ${v.expired ? renderSessionExpired(locale, v.loginUrl(), v.beforeLogin) : nothing}
    ${renderNotice(locale, v.notice, v.startOver)}
    ${msgs.general.length
      ? renderGeneralSummary(msgs.general, msgs.summaryItems, (i) => void focusField(root, i, v.openStepOf))
      : renderErrorSummary({ locale, items: msgs.summaryItems, root, beforeFocus: v.openStepOf })}
    ${renderWarningSummary({ locale, items: msgs.warningItems, root, onConfirm: v.onConfirmWarnings })}
    <h2 id="step-heading" class="step-heading" tabindex="-1">${pos === 'conferma' ? t(locale, 'doneTitle') : titleOf(l, locale, pos)}</h2>
    <form novalidate class="step step--${pos.startsWith(FORM_PREFIX) ? 'form' : pos}" @submit=${(e: Event) => { e.preventDefault(); v.onNext(); }}>
      ${v.body}
      ${v.late && v.submitError && sends ? v.late.renderSubmitError(locale, v.submitError) : nothing}
      ${pos === 'pagamento' || pos === 'conferma'
        ? nothing
        : renderActions({
            locale, sendLabel: sends ? v.late?.sendLabel(locale, v.submitting, !!v.submitError) : undefined, first: positionsOf(l).indexOf(pos) === 0,
            submitting: v.submitting, backToSummary: v.returnToSummary && pos.startsWith(FORM_PREFIX),
            canSave: pos !== 'privacy' && !v.submitted, waiting: v.waiting, onBack: v.onBack, onSave: v.onSave,
          })}
    </form>
    <div class="visually-hidden" role="status" aria-live="polite">${v.announcement}</div>
  </div>`;
}

/**
 * A step whose code is still on its way (wizard-parts.ts): the kit's loading state, or, when the import
 * failed, its error state with "Riprova". Never a blank step; the answers stay where they are.
 */
export function renderPartWait(locale: Locale, state: PartState, sent: boolean, onRetry: () => void): TemplateResult {
  if (state !== 'failed') return renderLoading(locale, 4);
  return renderError(locale, t(locale, sent ? 'partFailedSent' : 'partFailedKept'), onRetry);
}
