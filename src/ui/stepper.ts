import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { stepperMessages as t } from './stepper.messages.js';

export interface StepperStep {
  key: string;
  title: string;
  state: 'done' | 'current' | 'todo';
  /** A done step the citizen may go back to. */
  reachable?: boolean;
}

export interface StepperOptions {
  locale: Locale;
  steps: StepperStep[];
  /** Makes reachable done steps buttons (dev-kit-italia stepper / Modello Comuni cmp-info-progress). */
  onSelect?: (key: string) => void;
}

/** "Passo N di M" text, also used in `document.title` by the wizard. */
export function stepCountText(locale: Locale, n: number, total: number): string {
  return t(locale, 'count', { n, total });
}

/** Narrowest and widest step lists the CSS has a breakpoint for, in hundreds of px. */
const MIN_FIT = 3;
const MAX_FIT = 16;

/**
 * The width, in hundreds of px, from which every step title fits in its column without breaking
 * inside a word ("Informativ / a sulla / privacy" at 780px): a column needs the number badge, the
 * gaps and the longest word at the title's 15px bold (~9.5px a character, Titillium and fallbacks).
 * Below it the stepper shows the compact "Passo 1 di 6" form. A container query on the stepper
 * (not the viewport) picks the form, so the wizard in a narrow column of a wide page is compact too.
 */
export function fitWidth(steps: readonly StepperStep[]): number {
  const longest = Math.max(8, ...steps.flatMap((s) => s.title.split(/\s+/)).map((w) => w.length));
  const column = 48 + longest * 9.5;
  return Math.min(MAX_FIT, Math.max(MIN_FIT, Math.ceil((steps.length * column) / 100)));
}

/** The list form for every breakpoint of `fitWidth`. */
function fitRules(): string {
  let out = '';
  for (let k = MIN_FIT; k <= MAX_FIT; k++) {
    const s = `.stepper--w${k}`;
    out += `@container sdc-stepper (min-width: ${k * 100}px) {
      ${s} .stepper__bar { display: none; }
      ${s} .stepper__count { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      ${s} .stepper__list { display: flex; border-bottom: 1px solid var(--_border); }
    }\n`;
  }
  return out;
}

/**
 * Step indicator in the Modello Comuni style: "Passo 2 di 5" with the current step's name, the list of
 * steps (`aria-current="step"`, hidden "Completato:/Attivo:" text) on wide screens, a progress bar on
 * phones. Steps are not announced on change here: the host moves focus to the step heading.
 */
export function renderStepper(o: StepperOptions): TemplateResult {
  const total = o.steps.length;
  const i = Math.max(0, o.steps.findIndex((s) => s.state === 'current'));
  const current = o.steps[i];
  return html`<nav class="stepper stepper--w${fitWidth(o.steps)}" aria-label=${t(o.locale, 'label')} part="stepper">
    <p class="stepper__count">
      <strong>${stepCountText(o.locale, i + 1, total)}</strong>
      ${current ? html`<span class="stepper__current-title"> – ${current.title}</span>` : nothing}
    </p>
    <div class="stepper__bar" aria-hidden="true"><div class="stepper__fill" style="width:${Math.round(((i + 1) / Math.max(1, total)) * 100)}%"></div></div>
    <ol class="stepper__list">
      ${o.steps.map((s, n) => {
        const prefix = html`<span class="visually-hidden">${t(o.locale, s.state === 'done' ? 'done' : s.state === 'current' ? 'current' : 'todo')} </span>`;
        const body = html`<span class="stepper__num" aria-hidden="true">${n + 1}</span><span class="stepper__title">${s.title}</span>`;
        return html`<li class="stepper__item stepper__item--${s.state}" aria-current=${s.state === 'current' ? 'step' : nothing}>
          ${s.state === 'done' && s.reachable && o.onSelect
            ? html`<button type="button" class="stepper__link" @click=${() => o.onSelect!(s.key)}>${prefix}${body}</button>`
            : html`<span class="stepper__static">${prefix}${body}</span>`}
        </li>`;
      })}
    </ol>
  </nav>`;
}

export const stepperStyles = css`
  .stepper { margin: 0 0 24px; container: sdc-stepper / inline-size; }
  .stepper__count { margin: 0 0 8px; font-size: 1rem; }
  .stepper__current-title { color: var(--_muted); }
  .stepper__bar { height: 6px; border-radius: 3px; background: var(--_neutral-soft); overflow: hidden; }
  .stepper__fill { height: 100%; background: var(--_primary); }
  .stepper__list { display: none; list-style: none; margin: 0; padding: 0; }
  .stepper__item { flex: 1 1 0; min-width: 0; }
  ${unsafeCSS(fitRules())}
  .stepper__static, .stepper__link {
    display: flex; align-items: flex-start; gap: 8px; width: 100%; height: 100%; padding: 8px 4px 10px; border: 0;
    border-bottom: 3px solid transparent; background: none; font: inherit; color: var(--_muted); text-align: left;
  }
  .stepper__link { cursor: pointer; color: var(--_primary); text-decoration: underline; text-underline-offset: 2px; }
  .stepper__link:hover { background: var(--_primary-soft); }
  .stepper__item--current .stepper__static { color: var(--_text); font-weight: 700; border-bottom-color: var(--_primary); }
  .stepper__num {
    display: inline-flex; align-items: center; justify-content: center; flex: none; width: 24px; height: 24px;
    border-radius: 50%; border: 2px solid currentColor; font-size: 0.8125rem; font-weight: 700;
  }
  .stepper__item--done .stepper__num { background: var(--_success); border-color: var(--_success); color: #fff; }
  .stepper__item--current .stepper__num { background: var(--_primary); border-color: var(--_primary); color: #fff; }
  .stepper__title { font-size: 0.9375rem; line-height: 1.25; overflow-wrap: break-word; hyphens: auto; }
`;
