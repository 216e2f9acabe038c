import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormModel, Issue } from '../../forms/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { bolloFieldId, validateBollo } from './bollo-step.js';
import type { FieldMessages, PathItem } from './field-messages.js';
import type { BolloEntry } from './local-draft.js';
import { PRIVACY_PATH, privacyField } from './privacy-step.js';
import { wizardMessages as t } from './sdc-pratica-wizard.messages.js';
import { FORM_PREFIX, type Position, type WizardNavigator } from './wizard-navigator.js';

export interface StepValidationOptions {
  model(): Pick<FormModel, 'validateStep' | 'validateAll' | 'stepOf' | 'node'> | undefined;
  messages: FieldMessages;
  nav: Pick<WizardNavigator, 'position' | 'openFromSummary'>;
  locale(): Locale;
  privacyAccepted(): boolean;
  bollo(): BolloEntry;
  uploadsBusy(): boolean;
  /** A marca da bollo step follows the Riepilogo (it sends instead). */
  needsBollo(): boolean;
  /** The bollo step's rules, once its chunk is here (the step shows only then: wizard-parts.ts). */
  bolloRules(): BolloRules | undefined;
}

export interface BolloRules {
  validateBollo: typeof validateBollo;
  bolloFieldId: typeof bolloFieldId;
}

/** What "Avanti"/"Invia" does: stay (messages shown), go to the following step, or send the pratica. */
export type Verdict = 'stay' | 'go' | 'send';

/**
 * The checks behind "Avanti" and "Invia", step by step: the privacy consent, the Form.io panel
 * (warnings pass once confirmed), every visible step before sending, the bollo entry. Failures are
 * shown through FieldMessages; a summary link may open the step its field is on.
 */
export class StepValidation implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: StepValidationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The id a summary link points to: the question's input (the privacy checkbox for the consent). */
  targetId(path: string): string {
    if (path === PRIVACY_PATH) return privacyField(this.o.locale()).id;
    return this.o.model()?.node(path)?.id ?? path;
  }

  check(pos: Position): Verdict {
    const { messages: msgs } = this.o;
    const m = this.o.model();
    const locale = this.o.locale();
    if (!m) return 'stay';
    if (pos === 'privacy') {
      if (this.o.privacyAccepted()) return 'go';
      msgs.show([{ path: PRIVACY_PATH, message: t(locale, 'privacyRequired'), severity: 'error', rule: 'required', label: '', stepKey: 'privacy' }]);
      return 'stay';
    }
    if (pos.startsWith(FORM_PREFIX)) {
      const issues = this.o.uploadsBusy() ? undefined : m.validateStep(pos.slice(FORM_PREFIX.length));
      if (issues && !msgs.blocks(issues)) return 'go';
      msgs.show(issues ?? [], issues ? [] : [t(locale, 'uploadsBusy')]);
      return 'stay';
    }
    if (pos === 'riepilogo') return !this.checkAll() ? 'stay' : this.o.needsBollo() ? 'go' : 'send';
    if (pos === 'bollo') {
      const rules = this.o.bolloRules();
      if (!rules) return 'stay';
      const { validateBollo, bolloFieldId } = rules;
      const e = validateBollo(this.o.bollo(), locale);
      const keys = Object.keys(e) as Array<keyof BolloEntry>;
      if (!keys.length) return 'send';
      msgs.showKeyed(keys.map((k) => [`~bollo.${k}`, bolloFieldId(locale, k), e[k]!]));
      return 'stay';
    }
    return 'go';
  }

  /** Before sending: every visible step (some may have been skipped through the Riepilogo links). */
  checkAll(): boolean {
    const errors = this.o.model()!.validateAll().filter((i) => i.severity === 'error');
    if (!errors.length) return true;
    const key = errors[0]!.stepKey;
    this.o.nav.openFromSummary(key);
    this.o.messages.show(errors.filter((i) => i.stepKey === key));
    return false;
  }

  /** The consent was given or taken back: its "required" message goes once it is given. */
  privacyChanged(accepted: boolean): void {
    if (accepted && this.o.messages.errors.has(PRIVACY_PATH)) this.o.messages.clear();
  }

  /** The bollo entry changed: a shown message goes once its field is valid, none appears (GOV.UK timing). */
  bolloChanged(next: BolloEntry): void {
    const now = this.o.bolloRules()?.validateBollo(next, this.o.locale());
    if (!now) return;
    this.o.messages.settleKeyed((k) => !!now[k.slice('~bollo.'.length) as keyof BolloEntry]);
  }

  /** "Conferma e prosegui": the current step's warnings no longer block it. */
  confirmWarnings(): void {
    const m = this.o.model();
    if (m) this.o.messages.confirm(m.validateStep(this.o.nav.position.slice(FORM_PREFIX.length)));
  }

  /** The backend refused the answers (422): its messages by field, and those of no field on top (late-steps' `serverIssues`). */
  showServer({ issues, general }: { issues: Issue[]; general: string[] }): void {
    this.o.messages.show(issues, general);
  }

  /** A summary link may point to a field of another step (server errors on the Riepilogo). */
  async openStepOf(item: PathItem): Promise<void> {
    const m = this.o.model();
    const msgs = this.o.messages;
    const key = item.path ? m?.stepOf(item.path) : undefined;
    if (!key || this.o.nav.position === `${FORM_PREFIX}${key}`) return;
    const keep = { errors: msgs.errors, items: msgs.summaryItems };
    this.o.nav.openFromSummary(key);
    msgs.errors = keep.errors;
    msgs.summaryItems = keep.items.filter((i) => i.path && m?.stepOf(i.path) === key);
    this.host.requestUpdate();
    await this.host.updateComplete;
  }
}
