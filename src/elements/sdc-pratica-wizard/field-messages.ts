import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../../forms/index.js';
import { focusErrorSummary, type SummaryItem } from '../../ui/error-summary.js';

/** A summary entry that knows its field (a link may open another step). */
export type PathItem = SummaryItem & { path?: string };

export type MessagesHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The messages shown next to fields and in the summaries, with GOV.UK's timing: they appear only when
 * the citizen asks to go on (Avanti/Invia); a shown message goes as soon as the value is valid, while
 * typing too; nothing appears or changes otherwise (a blur never moves the layout under the pointer).
 */
export class FieldMessages implements ReactiveController {
  errors = new Map<string, string>();
  warnings = new Map<string, string>();
  summaryItems: PathItem[] = [];
  warningItems: PathItem[] = [];
  /** Errors that belong to no field (server, uploads busy): the summary's title and first lines. */
  general: string[] = [];
  /** Warnings the citizen confirmed with "Conferma e prosegui": `path|rule|message`. */
  readonly #confirmed = new Set<string>();

  constructor(
    private readonly host: MessagesHost,
    private readonly o: { targetId(path: string): string; onChange(): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get hasErrors(): boolean {
    return this.summaryItems.length > 0 || this.general.length > 0;
  }

  reset(): void {
    this.#confirmed.clear();
    this.clear();
  }

  clear(): void {
    this.errors = new Map();
    this.warnings = new Map();
    this.summaryItems = [];
    this.warningItems = [];
    this.general = [];
    this.#changed();
  }

  /** Shows the issues of a step (summary on top, taking focus; the same words inline). */
  show(issues: Issue[], general: string[] = []): void {
    const errors = issues.filter((i) => i.severity === 'error');
    const m = new Map<string, string>();
    for (const i of errors) if (!m.has(i.path)) m.set(i.path, i.message);
    this.errors = m;
    this.summaryItems = [...m].map(([path, text]) => ({ targetId: this.o.targetId(path), text, path }));
    this.general = general;
    const w = new Map<string, string>();
    for (const i of issues) if (i.severity === 'warning' && !m.has(i.path) && !w.has(i.path)) w.set(i.path, i.message);
    this.warnings = w;
    this.warningItems = errors.length ? [] : [...w].filter(([p]) => !this.#isConfirmed(issues, p)).map(([path, text]) => ({ targetId: this.o.targetId(path), text, path }));
    this.#changed();
    void this.host.updateComplete.then(() => {
      if (this.hasErrors) focusErrorSummary(this.host.renderRoot, 'error-summary');
      else if (this.warningItems.length) focusErrorSummary(this.host.renderRoot, 'warning-summary');
    });
  }

  /** Messages keyed by the host's own ids (the bollo step), not by form paths. */
  showKeyed(entries: Array<[key: string, targetId: string, text: string]>): void {
    this.errors = new Map(entries.map(([k, , v]) => [k, v]));
    this.summaryItems = entries.map(([, targetId, text]) => ({ targetId, text }));
    this.#changed();
    void this.host.updateComplete.then(() => focusErrorSummary(this.host.renderRoot, 'error-summary'));
  }

  /** The keyed messages under `prefix` (the bollo step's `~bollo.`), by key without it. */
  keyed(prefix: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.errors) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
    return out;
  }

  /** The step's issues block Avanti (errors, or warnings not yet confirmed). */
  blocks(issues: Issue[]): boolean {
    return issues.some((i) => i.severity === 'error' || (i.severity === 'warning' && !this.#confirmed.has(key(i))));
  }

  confirm(issues: Issue[]): void {
    for (const i of issues) if (i.severity === 'warning') this.#confirmed.add(key(i));
  }

  /**
   * After a value changed (typing or committed): shown messages whose field is now fine, or hidden,
   * go. None is added or reworded. Returns whether anything went.
   */
  settle(fresh: Record<string, Issue[]>, hidden: string[] = []): boolean {
    let gone = false;
    const errors = new Map(this.errors);
    const warnings = new Map(this.warnings);
    for (const [p, list] of Object.entries(fresh)) {
      if (errors.has(p) && !list.some((i) => i.severity === 'error')) gone = errors.delete(p) || gone;
      if (warnings.has(p) && !list.some((i) => i.severity === 'warning')) gone = warnings.delete(p) || gone;
    }
    for (const p of hidden) {
      gone = errors.delete(p) || gone;
      gone = warnings.delete(p) || gone;
    }
    if (gone) {
      this.errors = errors;
      this.warnings = warnings;
      this.host.requestUpdate();
    }
    return gone;
  }

  /** Keyed messages (bollo) re-checked: those whose key is now valid go. */
  settleKeyed(stillWrong: (key: string) => boolean): void {
    const kept = [...this.errors].filter(([k]) => stillWrong(k));
    if (kept.length === this.errors.size) return;
    this.errors = new Map(kept);
    this.host.requestUpdate();
  }

  #isConfirmed(issues: Issue[], path: string): boolean {
    return issues.filter((i) => i.path === path && i.severity === 'warning').every((i) => this.#confirmed.has(key(i)));
  }

  #changed(): void {
    this.host.requestUpdate();
    this.o.onChange();
  }
}

const key = (i: Issue): string => `${i.path}|${i.rule}|${i.message}`;
