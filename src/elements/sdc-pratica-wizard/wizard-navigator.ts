import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusField, setErrorTitle } from '../../ui/error-summary.js';
import { stepCountText } from '../../ui/stepper.js';
import type { Locale } from '../../i18n/locale.js';
import { wizardMessages as t } from './sdc-pratica-wizard.messages.js';

/** Where the citizen is: `privacy`, `step:<panel key>`, `riepilogo`, `bollo`, `pagamento`, `conferma`. */
export type Position = string;
export const FORM_PREFIX = 'step:';

export type NavigatorHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface NavigatorOptions {
  /** Every position of this pratica, in order (changes with the form's conditional panels). */
  positions(): Position[];
  titleOf(position: Position): string;
  /** The service the history entries belong to (another wizard on the page ignores them). */
  serviceId(): string | undefined;
  locale(): Locale;
  /** `no-history`: the host page has its own router; neither history nor `document.title` are touched. */
  noHistory(): boolean;
  /** Positions are live (not loading, no conflict screen). */
  active(): boolean;
  /** Sent: Back never reopens the form (GOV.UK question pages). */
  submitted(): boolean;
  hasErrors(): boolean;
  /** The id of a field's input, to focus it (Riepilogo "Modifica"). */
  fieldId(path: string): string | undefined;
  /** Called on every move before history and title change: the host clears messages, starts the payment. */
  onEnter(position: Position): void;
  /** Called on every move after history and title: the host emits `sdc-step-change` and saves. */
  onEntered(position: Position, prev: Position | null): void;
}

export interface GoOptions {
  /** false: replace the history entry instead of adding one. */
  push?: boolean;
  /** false: leave focus alone; a path: focus that field; default: the step heading. */
  focus?: boolean | string;
}

interface HistoryEntry {
  serviceId?: string;
  position?: string;
}

/**
 * Positions, visited steps, browser history (Back/Forward, reload resume), `document.title`
 * ("Passo 2 di 5") and focus on step change. The only code of the wizard that touches `history`.
 */
export class WizardNavigator implements ReactiveController {
  position: Position = 'privacy';
  readonly visited = new Set<Position>();
  /** After a Riepilogo "Modifica": Avanti goes back to the Riepilogo (GOV.UK "Check answers"). */
  returnToSummary = false;
  #baseTitle?: string;

  constructor(
    private readonly host: NavigatorHost,
    private readonly o: NavigatorOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    if (this.#baseTitle !== undefined && !this.o.noHistory()) document.title = this.#baseTitle;
  }

  reset(): void {
    this.visited.clear();
    this.returnToSummary = false;
  }

  /** Steps shown in the indicator (the confirmation is not a step to fill). */
  get stepperPositions(): Position[] {
    return this.o.positions().filter((p) => p !== 'conferma');
  }

  get firstFormPosition(): Position {
    return this.o.positions()[1] ?? 'riepilogo';
  }

  /** The first position shown after loading: the one history remembers (reload, login), else `fallback`. */
  start(fallback: Position): void {
    this.goTo(this.#remembered() ?? fallback, { push: false, focus: false });
  }

  goTo(position: Position, opts: GoOptions = {}): void {
    const prev = this.o.active() ? this.position : null;
    const positions = this.o.positions();
    if (!positions.includes(position)) position = positions[0] ?? 'privacy';
    this.position = position;
    this.visited.add(position);
    this.o.onEnter(position);
    if (!this.o.noHistory()) {
      this.#record(position, opts.push !== false && prev !== null && prev !== position);
      this.syncTitle();
    }
    this.o.onEntered(position, prev);
    this.host.requestUpdate();
    if (opts.focus !== false) void this.host.updateComplete.then(() => this.#focus(opts.focus));
  }

  /** Where Avanti leads: the next position, or back to the Riepilogo after a "Modifica". */
  following(): Position {
    const positions = this.o.positions();
    const pos = this.position;
    if (!this.returnToSummary || !pos.startsWith(FORM_PREFIX)) return positions[positions.indexOf(pos) + 1] ?? 'riepilogo';
    // GOV.UK "Check answers": back to the Riepilogo, through any step that an edit made appear.
    const target = positions.find((p) => p.startsWith(FORM_PREFIX) && !this.visited.has(p)) ?? 'riepilogo';
    if (target === 'riepilogo') this.returnToSummary = false;
    return target;
  }

  /** A form step opened from the Riepilogo ("Modifica", an error link): Avanti returns there. */
  openFromSummary(stepKey: string, focus: boolean | string = false): void {
    this.returnToSummary = true;
    this.goTo(`${FORM_PREFIX}${stepKey}`, { focus });
  }

  /** The stepper's steps: done, current, to do; reachable once visited (not after sending). */
  steps(submitted: boolean): Array<{ key: Position; title: string; state: 'done' | 'current' | 'todo'; reachable: boolean }> {
    const pos = this.position;
    const positions = this.stepperPositions;
    const current = positions.indexOf(pos);
    return positions.map((p, i) => ({
      key: p,
      title: this.o.titleOf(p),
      state: pos === 'conferma' || i < current ? 'done' : i === current ? 'current' : 'todo',
      reachable: !submitted && p !== 'pagamento' && this.visited.has(p),
    }));
  }

  back(): void {
    const positions = this.o.positions();
    const i = positions.indexOf(this.position);
    if (i > 0) this.goTo(positions[i - 1]!);
  }

  /** `document.title`: "Richiedente – Passo 2 di 6 – page", "Errore: " first while errors are shown. */
  syncTitle(): void {
    if (this.o.noHistory()) return;
    const locale = this.o.locale();
    this.#baseTitle ??= document.title;
    const positions = this.stepperPositions;
    const i = positions.indexOf(this.position);
    const count = i >= 0 ? stepCountText(locale, i + 1, positions.length) : '';
    const step = this.o.titleOf(this.position);
    document.title = `${count ? t(locale, 'stepTitle', { step, count }) : step} – ${this.#baseTitle}`;
    setErrorTitle(locale, this.o.hasErrors());
  }

  /** The "Errore: " prefix alone (messages shown or cleared without a move). */
  syncErrorTitle(): void {
    if (!this.o.noHistory() && this.#baseTitle !== undefined) setErrorTitle(this.o.locale(), this.o.hasErrors());
  }

  /** "Ricomincia da capo": the next load starts from the consent, not from the remembered step. */
  forget(): void {
    if (!this.o.noHistory()) this.#record('privacy', false);
  }

  #focus(focus: boolean | string | undefined): void {
    if (typeof focus === 'string') {
      const id = this.o.fieldId(focus);
      if (id) void focusField(() => this.host.renderRoot, { targetId: id, text: '' });
      return;
    }
    this.host.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus({ preventScroll: true });
    this.host.scrollIntoView?.({ block: 'start' });
  }

  // --- URL/history sync: the one place to swap for a shared UrlState controller -----------------

  #entry(state: unknown): HistoryEntry | undefined {
    return (state as { sdcWizard?: HistoryEntry } | null)?.sdcWizard;
  }

  #record(position: Position, push: boolean): void {
    const st = { ...(history.state as object | null), sdcWizard: { serviceId: this.o.serviceId(), position } };
    if (push) history.pushState(st, '');
    else history.replaceState(st, '');
  }

  #remembered(): Position | undefined {
    if (this.o.noHistory()) return undefined;
    const s = this.#entry(history.state);
    return s && s.serviceId === this.o.serviceId() && s.position && this.o.positions().includes(s.position) ? s.position : undefined;
  }

  readonly #onPopState = (e: PopStateEvent): void => {
    const s = this.#entry(e.state);
    if (!s || !s.position || s.serviceId === undefined || s.serviceId !== this.o.serviceId() || !this.o.active()) return;
    if (this.o.submitted() && s.position !== 'pagamento' && s.position !== 'conferma') {
      this.#record(this.position, false);
      return;
    }
    this.goTo(s.position, { push: false });
  };
}
